import { describe, expect, it } from 'vitest';
import { writeReportDocx, type ReportDocxOptions } from '../../../src/cli/write/writeReportDocx.js';
import { renderReportBlocks } from '../../../src/report/renderReportBlocks.js';
import type { ReportBlock } from '../../../src/report/reportBlocks.js';
import { seedReport } from '../../report/seedReport.js';
import { docxParts, paragraphsOf, tablesOf } from './docxXml.js';

const OPTIONS: ReportDocxOptions = {
  title: '五华区人民政府政务服务中心\n2019年1月质量运行情况分析',
  issuer: '五华区人民政府政务服务管理局',
  date: '2019-02-20',
};

async function seedDocx(options: Partial<ReportDocxOptions> = {}) {
  const blocks = renderReportBlocks(seedReport(), 'zh-CN');
  const parts = docxParts(await writeReportDocx(blocks, { ...OPTIONS, ...options }));
  const document = parts.get('word/document.xml') ?? '';
  return { blocks, parts, document, paragraphs: paragraphsOf(document), tables: tablesOf(document) };
}

/** The East Asian font a run's properties name. */
const eastAsia = (run: string): string | undefined => /<w:rFonts [^>]*w:eastAsia="([^"]*)"/.exec(run)?.[1];

describe('writeReportDocx', () => {
  it('holds the seed’s title, headings and figures, in the order of the report', async () => {
    const { paragraphs } = await seedDocx();
    const texts = paragraphs.map((paragraph) => paragraph.text).filter((text) => text !== '');
    expect(texts[0]).toBe('五华区人民政府政务服务中心\n2019年1月质量运行情况分析');
    expect(texts[1]).toBe('一、基本情况');
    expect(texts[2]).toBe('(一)办件情况');
    // the seed's section 一: 35300 at the centre's windows, 22256 at the street offices (two levels)
    expect(texts[3]).toBe(
      '2019年1月,五华区人民政府政务服务中心各窗口共受理各类事项35300件,办结35133件,在办事项167件,办结率99.53%,按时办结率为100%,接件总数同比增长26.32%;在办事项中,区卫计局164件,区农林局3件;在所受理的各类事项中,行政许可事项20564件,公共服务事项(除行政许可事项以外的其他全部事项)14736件。',
    );
    expect(texts).toContain(
      '本月,五华区各街道办事处为民服务中心共受理各类事项22256件,办结22256件,办结率为100%,接件总数同比下降10.16%;受理业务量前三名的是:红云街道为民服务中心3410件,办结3410件;普吉街道为民服务中心2938件,办结2938件;大观街道为民服务中心2752件,办结2752件。',
    );
    expect(texts).toContain('(二)业务工作情况');
    expect(texts).toContain('3.本月,人社综合服务窗口工作人员收到书面表扬信1封。');
    // the issuing office and the date (2019-02-20 as 成文日期 are written) close the document
    expect(texts.slice(-2)).toStrictEqual(['五华区人民政府政务服务管理局', '2019年2月20日']);
  });

  it('writes every table block as a table, cell by cell', async () => {
    const { blocks, tables } = await seedDocx();
    const expected = blocks.filter((block): block is Extract<ReportBlock, { kind: 'table' }> => block.kind === 'table').map((block) => [block.header, ...block.rows]);
    expect(tables).toStrictEqual(expected);
    // the units' table: the centre, the street offices' total, the top three
    expect(tables.at(-1)?.slice(0, 3)).toStrictEqual([
      ['单位', '受理', '办结', '在办', '办结率', '按时办结率', '接件总数同比'],
      ['五华区人民政府政务服务中心', '35300', '35133', '167', '99.53%', '100%', '同比增长26.32%'],
      ['各街道为民服务中心合计', '22256', '22256', '—', '100%', '—', '同比下降10.16%'],
    ]);
  });

  it('lays the page out as GB/T 9704 does: A4, 37 mm top, 28 mm left, a 156 mm × 225 mm text area', async () => {
    const { document } = await seedDocx();
    // 210 × 297 mm = 11906 × 16838 twips (1 mm = 1440 / 25.4 twips)
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    // top 37 mm = 2098, right 26 mm = 1474, bottom 35 mm = 1984, left 28 mm = 1587: 210 − 28 − 26 = 156, 297 − 37 − 35 = 225
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // tables fill the text area: 11906 − 1587 − 1474 = 8845 twips, less the rounding of each column
    const widths = [...document.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    for (const width of widths) expect(width).toBeGreaterThan(8845 - 8);
    for (const width of widths) expect(width).toBeLessThanOrEqual(8845);
  });

  it('sets the title in 小标宋, the body in 三号仿宋 at a fixed 28.95 pt, headings in 黑体 and 楷体', async () => {
    const { paragraphs } = await seedDocx();
    const find = (text: string) => paragraphs.find((paragraph) => paragraph.text === text);
    const title = find('五华区人民政府政务服务中心\n2019年1月质量运行情况分析');
    expect(eastAsia(title?.run ?? '')).toBe('方正小标宋简体');
    expect(title?.run).toContain('<w:sz w:val="44"/>'); // 二号, 22 pt
    expect(title?.properties).toContain('<w:jc w:val="center"/>');
    expect(eastAsia(find('一、基本情况')?.run ?? '')).toBe('黑体');
    expect(eastAsia(find('(一)办件情况')?.run ?? '')).toBe('楷体_GB2312');
    const body = paragraphs.find((paragraph) => paragraph.text.startsWith('2019年1月,'));
    expect(body?.run).toContain('<w:rFonts w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>');
    expect(body?.run).toContain('<w:sz w:val="32"/>'); // 三号, 16 pt
    // 22 lines in 225 mm: 12756 / 22 = 579 twips, exactly; indented two characters of 16 pt
    expect(body?.properties).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(body?.properties).toContain('<w:ind w:firstLine="640"/>');
  });

  it('names the fonts in the styles and the font table too, East Asian language zh-CN, without embedding them', async () => {
    const { parts } = await seedDocx();
    const styles = parts.get('word/styles.xml') ?? '';
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<\/w:docDefaults>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:eastAsia="zh-CN"\/>[\s\S]*<\/w:docDefaults>/);
    expect([...parts.keys()].filter((name) => name.startsWith('word/fonts/'))).toStrictEqual([]);
    // where a font is missing, Word takes the font table's w:altName: the fonts Windows ships
    const fontTable = parts.get('word/fontTable.xml') ?? '';
    const alternatives = Object.fromEntries([...fontTable.matchAll(/<w:font w:name="([^"]+)"><w:altName w:val="([^"]+)"\/><w:charset w:val="86"\/>/g)].map((match) => [match[1], match[2]]));
    expect(alternatives).toStrictEqual({ 方正小标宋简体: '宋体', 仿宋_GB2312: '仿宋', 黑体: 'SimHei', 楷体_GB2312: '楷体', 宋体: 'SimSun' });
  });

  it('puts the issuing office 右空二字 and the date two characters right of its first character', async () => {
    const { paragraphs } = await seedDocx();
    const office = paragraphs.find((paragraph) => paragraph.text === '五华区人民政府政务服务管理局');
    const date = paragraphs.find((paragraph) => paragraph.text === '2019年2月20日');
    // 14 characters and 6.5 (digits are half of one): office 2 characters (640 twips) in, date 2 + (14 − 2 − 6.5) = 7.5 (2400)
    expect(office?.properties).toContain('<w:jc w:val="right"/>');
    expect(office?.properties).toContain('<w:ind w:right="640"/>');
    expect(date?.properties).toContain('<w:ind w:right="2400"/>');
  });

  it('numbers the pages — 1 — in 四号宋体, odd pages right and even pages left', async () => {
    const { parts } = await seedDocx();
    expect(parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = [...parts.entries()].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('PAGE');
      expect(paragraphsOf(footer)[0]?.text.replace(/\d/g, '')).toBe('—  —');
      expect(eastAsia(paragraphsOf(footer)[0]?.run ?? '')).toBe('宋体');
    }
    expect(footers.map((footer) => /<w:jc w:val="(\w+)"\/>/.exec(footer)?.[1]).sort()).toStrictEqual(['left', 'right']);
  });

  it('lists the attachments under the body and gives each pages of its own, 附件N in 黑体 first', async () => {
    const blocks = renderReportBlocks(seedReport(), 'zh-CN');
    const units = blocks.at(-1 - blocks.slice().reverse().findIndex((block) => block.kind === 'table')) as ReportBlock;
    const appendices = [
      { title: '接办件情况同期比对表', blocks: [units] },
      { title: '街道办事处为民服务中心办件情况统计表', blocks: [units] },
    ];
    const { paragraphs, tables } = await seedDocx({ appendices });
    const texts = paragraphs.map((paragraph) => paragraph.text);
    const note = texts.indexOf('附件：1.接办件情况同期比对表');
    expect(note).toBeGreaterThan(0);
    expect(texts.slice(note, note + 4)).toStrictEqual(['附件：1.接办件情况同期比对表', '2.街道办事处为民服务中心办件情况统计表', '', '五华区人民政府政务服务管理局']);
    // 附件：1. starts two characters in; the names start 2 + 3 + 1 = 6 characters in (1920 twips), 2. at 5 (hanging 320)
    expect(paragraphs[note]?.properties).toContain('<w:ind w:left="1920" w:hanging="1280"/>');
    expect(paragraphs[note + 1]?.properties).toContain('<w:ind w:left="1920" w:hanging="320"/>');
    const label = paragraphs.find((paragraph) => paragraph.text === '附件2');
    expect(label?.properties).toContain('<w:pageBreakBefore/>');
    expect(eastAsia(label?.run ?? '')).toBe('黑体');
    expect(texts.slice(texts.indexOf('附件2'), texts.indexOf('附件2') + 3)).toStrictEqual(['附件2', '', '街道办事处为民服务中心办件情况统计表']);
    // the two attachments' tables after the body's three
    expect(tables).toHaveLength(5);
  });

  it('refuses options it cannot print, naming the option and showing the value', async () => {
    const blocks = renderReportBlocks(seedReport(), 'zh-CN');
    await expect(writeReportDocx(blocks, { ...OPTIONS, date: '2019-2-20' })).rejects.toThrow(
      new RangeError('writeReportDocx requires options.date to be a date written YYYY-MM-DD, got "2019-2-20"'),
    );
    await expect(writeReportDocx(blocks, { ...OPTIONS, date: '2019-02-29' })).rejects.toThrow(
      new RangeError('writeReportDocx requires options.date to be a date written YYYY-MM-DD, got "2019-02-29"'),
    );
    await expect(writeReportDocx(blocks, { ...OPTIONS, title: ' ' })).rejects.toThrow(
      new RangeError('writeReportDocx requires options.title to be a non-empty string, got " "'),
    );
    await expect(writeReportDocx(blocks, { ...OPTIONS, issuer: undefined as unknown as string })).rejects.toThrow(
      new TypeError('writeReportDocx requires options.issuer to be a string, got undefined'),
    );
    await expect(writeReportDocx('blocks' as unknown as ReportBlock[], OPTIONS)).rejects.toThrow(
      new TypeError('writeReportDocx requires blocks to be an array, got "blocks"'),
    );
  });
});
