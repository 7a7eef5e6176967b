import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { describeValue } from '../../internal/describeValue.js';
import type { ReportBlock } from '../../report/reportBlocks.js';
import { docxTable } from './docx/docxTable.js';
import { BODY_CHARACTER, FONT, LINE_PITCH, PAGE, SIZE, fontSlots, fontTableXml } from './docx/officialLayout.js';
import { documentDate, signatureIndents } from './docx/signature.js';

/**
 * An attachment (附件) of a document: its title and its blocks, on pages of
 * its own after the body (GB/T 9704-2012 8).
 */
export interface ReportDocxAppendix {
  /** The attachment's name, as the 附件说明 under the body lists it (接办件情况同期比对表). */
  readonly title: string;
  /** Its content: usually one table. */
  readonly blocks: readonly ReportBlock[];
}

/** Options of {@link writeReportDocx}: what a document holds besides its blocks. */
export interface ReportDocxOptions {
  /** The title (标题), centred above the body, a line break where it holds `\n`: 五华区人民政府政务服务中心\n2019年1月质量运行情况分析. */
  readonly title: string;
  /** The issuing office (发文机关署名), under the body. */
  readonly issuer: string;
  /** The date (成文日期) written `YYYY-MM-DD`, printed under the issuing office as 2019年2月20日. */
  readonly date: string;
  /** Attachments (附件), each on pages of its own, listed under the body (附件：1.…). */
  readonly appendices?: readonly ReportDocxAppendix[];
}

const LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const INDENT_TWO = { firstLine: 2 * BODY_CHARACTER } as const;

function run(text: string, font: string, size: number): TextRun {
  return new TextRun({ text, font: fontSlots(font), size });
}

function bodyParagraph(text: string, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}): Paragraph {
  return new Paragraph({ children: text === '' ? [] : [run(text, FONT.body, SIZE.body)], spacing: LINE, ...extra });
}

function blank(keepNext = false): Paragraph {
  return bodyParagraph('', { keepNext });
}

/** 标题 in 二号小标宋, centred, its lines as given (a line break where the title has one); a blank line of the body below it (7.3.1). */
function titleParagraphs(title: string): Paragraph[] {
  const lines = title.split('\n').map((line, index) => new TextRun({ text: line, font: fontSlots(FONT.title), size: SIZE.title, break: index === 0 ? 0 : 1 }));
  return [new Paragraph({ children: lines, alignment: AlignmentType.CENTER, spacing: LINE }), blank()];
}

/** The blocks' paragraphs and tables; `keepLast` keeps the last paragraph on the page of what follows (the signature). */
function blockChildren(blocks: readonly ReportBlock[], keepLast = false): FileChild[] {
  const children: FileChild[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'heading') {
      // 一、 in 黑体, (一) in 楷体, indented two characters as the body is (7.3.3); outline levels for the navigation pane.
      const font = block.level === 2 ? FONT.heading1 : FONT.heading2;
      children.push(
        new Paragraph({
          children: [run(block.text, font, SIZE.body)],
          spacing: LINE,
          indent: INDENT_TWO,
          outlineLevel: block.level - 2,
          keepNext: true,
        }),
      );
    } else if (block.kind === 'paragraph') {
      const keepNext = keepLast && index === blocks.length - 1;
      children.push(bodyParagraph(block.text, { indent: INDENT_TWO, alignment: AlignmentType.JUSTIFIED, keepNext }));
    } else {
      children.push(docxTable(block), blank());
    }
  }
  return children;
}

/**
 * 附件说明 (7.3.4): 附件：名称, or 附件：1.名称 with the next ones under 1.; a name
 * that runs over a line goes on under its own first character (hanging indents,
 * in characters: 附件 and its full-width colon are three, 1. is one).
 */
function appendixNote(appendices: readonly ReportDocxAppendix[]): Paragraph[] {
  if (appendices.length === 0) return [];
  const numbered = appendices.length > 1;
  const nameAt = numbered ? 6 : 5;
  return [
    blank(true),
    ...appendices.map((appendix, index) => {
      const name = numbered ? `${index + 1}.${appendix.title}` : appendix.title;
      const startAt = index === 0 ? 2 : 5;
      return bodyParagraph(index === 0 ? `附件：${name}` : name, {
        indent: { left: nameAt * BODY_CHARACTER, hanging: (nameAt - startAt) * BODY_CHARACTER },
        keepNext: true,
      });
    }),
  ];
}

function signature(issuer: string, date: string): Paragraph[] {
  const indents = signatureIndents(issuer, date);
  // Kept on one page together (and with the date), so that the date never opens a page alone.
  return [
    blank(true),
    bodyParagraph(issuer, { alignment: AlignmentType.RIGHT, indent: { right: indents.office }, keepNext: true }),
    bodyParagraph(date, { alignment: AlignmentType.RIGHT, indent: { right: indents.date } }),
  ];
}

/** Each attachment on a new page: 附件1 in 黑体 at the top left, its title centred on the third line (8). */
function appendixPages(appendices: readonly ReportDocxAppendix[]): FileChild[] {
  return appendices.flatMap((appendix, index) => [
    new Paragraph({
      children: [run(appendices.length === 1 ? '附件' : `附件${index + 1}`, FONT.heading1, SIZE.body)],
      spacing: LINE,
      pageBreakBefore: true,
    }),
    blank(),
    ...titleParagraphs(appendix.title),
    ...blockChildren(appendix.blocks),
  ]);
}

/** — 1 — in 四号宋体: odd pages on the right, even pages on the left, one character in (7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const character = SIZE.pageNumber * 10; // one 四号 character in twips
  return new Footer({
    children: [
      new Paragraph({
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontSlots(FONT.pageNumber), size: SIZE.pageNumber })],
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: character } : { left: character },
      }),
    ],
  });
}

function assertText(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`writeReportDocx requires ${name} to be a string, got ${describeValue(value)}`);
  if (value.trim() === '') throw new RangeError(`writeReportDocx requires ${name} to be a non-empty string, got ${describeValue(value)}`);
}

/**
 * Writes a report's blocks as a Word document (.docx) laid out as Chinese
 * official documents are (GB/T 9704-2012, 党政机关公文格式), which Word, WPS and
 * LibreOffice open.
 *
 * The layout: A4, a 156 mm × 225 mm text area 37 mm from the top and 28 mm
 * from the left; the title in 二号方正小标宋简体, centred; the body in
 * 三号仿宋_GB2312 (16 pt) at a fixed line spacing of 22 lines to the page,
 * indented two characters; first-level headings (一、) in 黑体 and second-level
 * ones ((一)) in 楷体_GB2312; tables with borders, filling the text area, in
 * 小四 with their header row in 黑体 and repeated on each page; the list of
 * attachments (附件说明), the issuing office and the date at the end, as a
 * document without a seal places them; each attachment on pages of its own;
 * page numbers — 1 — in 四号宋体, outside on odd and even pages. Fonts are
 * named, not embedded: each run names its font in every slot of w:rFonts,
 * w:eastAsia included, and the font table gives each the Windows font that
 * stands in for it where it is not installed (仿宋 for 仿宋_GB2312).
 *
 * It is the command's (`zwfw-stats report --format docx`), not the package's:
 * it takes the blocks that the report's renderer builds
 * (`renderReportBlocks` in src/report), and loads the docx package, which the package
 * root and zwfw-stats/node never load. A call:
 *
 * ```ts
 * const bytes = await writeReportDocx(renderReportBlocks(report, 'zh-CN'), {
 *   title: '五华区人民政府政务服务中心\n2019年1月质量运行情况分析',
 *   issuer: '五华区人民政府政务服务管理局',
 *   date: '2019-02-20',
 *   appendices: [{ title: '接办件情况同期比对表', blocks: [table] }],
 * });
 * await writeFile('wuhua-2019-01.docx', bytes);
 * ```
 *
 * @param blocks - The report's headings, paragraphs and tables, as the report's renderer builds them.
 * @param options - The title, the issuing office, the date (`YYYY-MM-DD`) and any attachments.
 * @returns The bytes of the .docx file.
 * @throws {TypeError} `writeReportDocx requires options.title to be a string, got undefined` (likewise `issuer`, `date`, an attachment's title).
 * @throws {RangeError} `writeReportDocx requires options.date to be a date written YYYY-MM-DD, got "2019-2-20"`; an empty title or issuer.
 */
export async function writeReportDocx(blocks: readonly ReportBlock[], options: ReportDocxOptions): Promise<Uint8Array> {
  if (!Array.isArray(blocks)) throw new TypeError(`writeReportDocx requires blocks to be an array, got ${describeValue(blocks)}`);
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`writeReportDocx requires options to be an object, got ${describeValue(options)}`);
  }
  const { title, issuer, date, appendices = [] } = options;
  assertText('options.title', title);
  assertText('options.issuer', issuer);
  if (typeof date !== 'string') throw new TypeError(`writeReportDocx requires options.date to be a string, got ${describeValue(date)}`);
  const printedDate = documentDate(date);
  if (printedDate === undefined) {
    throw new RangeError(`writeReportDocx requires options.date to be a date written YYYY-MM-DD, got ${describeValue(date)}`);
  }
  if (!Array.isArray(appendices)) {
    throw new TypeError(`writeReportDocx requires options.appendices to be an array, got ${describeValue(appendices)}`);
  }
  appendices.forEach((appendix: ReportDocxAppendix, index) => assertText(`options.appendices[${index}].title`, appendix.title));
  const document = new Document({
    title,
    creator: issuer,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontSlots(FONT.body), size: SIZE.body, language: { eastAsia: 'zh-CN' } },
          paragraph: { spacing: LINE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.header, footer: PAGE.footer },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          ...titleParagraphs(title),
          ...blockChildren(blocks, true),
          ...appendixNote(appendices),
          ...signature(issuer, printedDate),
          ...appendixPages(appendices),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]));
}
