// The .docx opened for real: LibreOffice converts it to PDF and the PDF's text
// is read back. Where LibreOffice, poppler or a Chinese font is missing the
// test is skipped with a warning, except in CI, where .ci/run installs them
// and a skip would hide a document that no longer opens.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeReportDocx } from '../../../src/cli/write/writeReportDocx.js';
import { renderReportBlocks } from '../../../src/report/renderReportBlocks.js';
import type { ReportBlock } from '../../../src/report/reportBlocks.js';
import { convertToPdf, missingForLibreOffice, pdfInfo, pdfText } from '../../support/libreOffice.js';
import { seedReport } from '../../report/seedReport.js';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

const blocks = renderReportBlocks(seedReport(), 'zh-CN');
const tables = blocks.filter((block): block is TableBlock => block.kind === 'table');
const units = tables.at(-1) as TableBlock;

/** The text with every space and line break taken out, and the page numbers (—1—) too: what is left of the words and figures, in order. */
function squash(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^—\s*\d+\s*—$/.test(line.trim()))
    .join('')
    .replace(/\s+/g, '');
}

let missing: string | null = null;
let text = '';
let info: Record<string, string> = {};

beforeAll(async () => {
  missing = await missingForLibreOffice();
  if (missing !== null) {
    if (process.env['CI'] !== undefined) throw new Error(`the .docx cannot be opened for real here: ${missing}`);
    console.warn(`LibreOffice cannot open the .docx here, so the test is skipped: ${missing}`);
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'zwfw-docx-'));
  const file = join(folder, 'wuhua-2019-01.docx');
  const bytes = await writeReportDocx(blocks, {
    title: '五华区人民政府政务服务中心\n2019年1月质量运行情况分析',
    issuer: '五华区人民政府政务服务管理局',
    date: '2019-02-20',
    appendices: [{ title: '接办件情况同期比对表', blocks: [units] }],
  });
  writeFileSync(file, bytes);
  const pdf = await convertToPdf(file);
  [text, info] = await Promise.all([pdfText(pdf), pdfInfo(pdf)]);
}, 180_000);

describe('writeReportDocx, opened in LibreOffice', () => {
  it('prints on A4 pages', ({ skip }) => {
    if (missing !== null) return skip(missing);
    // 210 × 297 mm is 595.3 × 841.9 pt
    expect(info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(Number(info['Pages'])).toBeGreaterThanOrEqual(3);
  });

  it('reads back the title, the headings, every paragraph and the signature, in order', ({ skip }) => {
    if (missing !== null) return skip(missing);
    const read = squash(text);
    const expected = [
      '五华区人民政府政务服务中心2019年1月质量运行情况分析',
      ...blocks.filter((block) => block.kind !== 'table').map((block) => block.text),
      '附件：接办件情况同期比对表',
      '五华区人民政府政务服务管理局',
      '2019年2月20日',
      '附件',
      '接办件情况同期比对表',
    ].map(squash);
    let from = 0;
    for (const part of expected) {
      const at = read.indexOf(part, from);
      expect(at, `${part} after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + part.length;
    }
    // the seed's figures, whole: 35300 and 22256 at two levels, the rates as printed
    for (const figure of ['35300', '35133', '167', '99.53%', '26.32%', '22256', '10.16%', '3410', '2938', '2752', '20564', '14736']) {
      expect(text.split(/\s+/).some((word) => word.includes(figure))).toBe(true);
    }
  });

  it('reads back every table cell by cell, no figure split across lines', ({ skip }) => {
    if (missing !== null) return skip(missing);
    const read = squash(text);
    for (const table of tables) expect(read).toContain(squash([table.header, ...table.rows].flat().join('')));
    // the units' table of the body, and again in the attachment
    const cells = squash([units.header, ...units.rows].flat().join(''));
    expect(read.indexOf(cells, read.indexOf(cells) + 1)).toBeGreaterThan(0);
    const words = new Set(text.split(/\s+/));
    for (const row of units.rows) {
      for (const cell of row.slice(1).filter((value) => /^[\d.%]+$/.test(value))) expect(words).toContain(cell);
    }
  });
});
