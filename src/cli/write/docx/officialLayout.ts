// The measures of GB/T 9704-2012 (党政机关公文格式) that the .docx follows, in
// the units of WordprocessingML: twips (1/20 pt) for lengths, half-points for
// font sizes. 1 mm = 1440 / 25.4 twips.

const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/**
 * The page: A4 (210 mm × 297 mm), a text area (版心) of 156 mm × 225 mm, 37 mm
 * from the top (天头) and 28 mm from the left edge (订口), so 35 mm at the
 * bottom and 26 mm at the right (GB/T 9704-2012 5.2.1, 5.2.2).
 */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  /** The page number's line sits about 7 mm below the text area (7.5): the footer's bottom edge 22 mm above the page's. */
  footer: mm(22),
  header: mm(15),
} as const;

/** The text area's width, 156 mm: what a table fills. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * The body's line pitch: 22 lines in the 225 mm text area (5.2.3), 28.95 pt, a
 * fixed line spacing (固定值) so that every line keeps it whatever the font.
 */
export const LINE_PITCH = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / 22);

/** Font sizes in half-points: 二号 22 pt (the title), 三号 16 pt (the body), 四号 14 pt (page numbers), 小四 12 pt (tables). */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;

/** One character of the body (三号, 16 pt), in twips: indents are counted in characters (空二字). */
export const BODY_CHARACTER = 320;

/**
 * The fonts, by name: fonts are not embedded, and Word, WPS and LibreOffice
 * take a Chinese font from the East Asian slot (w:eastAsia) of w:rFonts. The
 * names are those of the standard's fonts as Chinese offices install them.
 */
export const FONT = {
  /** The title: 小标宋 (GB/T 9704-2012 7.3.1). */
  title: '方正小标宋简体',
  /** The body, the issuing office and the date: 仿宋 (5.2.3). */
  body: '仿宋_GB2312',
  /** First-level headings (一、) and the 附件 label: 黑体 (7.3.3, 8). */
  heading1: '黑体',
  /** Second-level headings ((一)): 楷体 (7.3.3). */
  heading2: '楷体_GB2312',
  /** Page numbers: 宋体 (7.5). */
  pageNumber: '宋体',
} as const;

/** w:rFonts with every slot set to one font, East Asian first, so that digits and Latin letters take it too. */
export function fontSlots(name: string): { ascii: string; eastAsia: string; hAnsi: string; cs: string } {
  return { eastAsia: name, ascii: name, hAnsi: name, cs: name };
}

/**
 * The font table (word/fontTable.xml): each font named, as a Chinese font
 * (w:charset 86, GB2312), with the name of the font that Windows ships for
 * it as w:altName, which Word takes where the font itself is missing (仿宋 for
 * 仿宋_GB2312, 楷体 for 楷体_GB2312, 宋体 for 方正小标宋简体).
 */
export function fontTableXml(): string {
  const alternatives: Record<string, string> = {
    [FONT.title]: '宋体',
    [FONT.body]: '仿宋',
    [FONT.heading1]: 'SimHei',
    [FONT.heading2]: '楷体',
    [FONT.pageNumber]: 'SimSun',
  };
  const fonts = Object.entries(alternatives).map(
    ([name, alternative]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alternative}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`;
}
