import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../src/cli/CliIo.js';
import { runCli } from '../../../src/cli/runCli.js';
import { runCapturing } from '../fakeIo.js';
import { docxParts, paragraphsOf, tablesOf } from '../write/docxXml.js';

const SEED = 'examples/wuhua-2019-01.json';

/** The non-empty paragraphs of a written .docx. */
function texts(bytes: Uint8Array | undefined): string[] {
  const document = docxParts(bytes ?? new Uint8Array()).get('word/document.xml') ?? '';
  return paragraphsOf(document)
    .map((paragraph) => paragraph.text)
    .filter((text) => text !== '');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('zwfw-stats report --format docx', () => {
  it('writes the seed as a .docx to --out, nothing to stdout', async () => {
    const { status, stdout, stderr, written } = await runCapturing(['report', SEED, '--format', 'docx', '--out', 'r.docx', '--date', '2019-02-20']);
    expect([status, stdout, stderr]).toStrictEqual([0, '', '']);
    const bytes = written.get('r.docx');
    const paragraphs = texts(bytes);
    // the title from the report: the centre, and the period as reports write it
    expect(paragraphs[0]).toBe('五华区人民政府政务服务中心\n2019年1月质量运行情况分析');
    expect(paragraphs[1]).toBe('一、基本情况');
    expect(paragraphs[3]).toContain('共受理各类事项35300件,办结35133件,在办事项167件,办结率99.53%');
    expect(paragraphs.some((text) => text.includes('各街道办事处为民服务中心共受理各类事项22256件'))).toBe(true);
    // the issuing office is the centre unless --issuer names another
    expect(paragraphs.slice(-2)).toStrictEqual(['五华区人民政府政务服务中心', '2019年2月20日']);
    const tables = tablesOf(docxParts(bytes ?? new Uint8Array()).get('word/document.xml') ?? '');
    expect(tables.at(-1)?.[1]).toStrictEqual(['五华区人民政府政务服务中心', '35300', '35133', '167', '99.53%', '100%', '同比增长26.32%']);
  });

  it('takes the title, the issuing office and the date from the options', async () => {
    const { status, written } = await runCapturing([
      'report', SEED, '--format', 'docx', '--out', 'r.docx',
      '--title', '五华区政务服务中心\\n1月质量运行情况分析', '--issuer', '五华区人民政府政务服务管理局', '--date', '2019-02-20',
    ]);
    expect(status).toBe(0);
    const paragraphs = texts(written.get('r.docx'));
    expect(paragraphs[0]).toBe('五华区政务服务中心\n1月质量运行情况分析');
    expect(paragraphs.slice(-2)).toStrictEqual(['五华区人民政府政务服务管理局', '2019年2月20日']);
  });

  it('dates the document today in Beijing when --date is not given', async () => {
    // 2019-02-19 16:30 UTC is 2019-02-20 00:30 in Beijing
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2019-02-19T16:30:00Z'));
    const { status, written } = await runCapturing(['report', SEED, '--format', 'docx', '--out', 'r.docx']);
    expect(status).toBe(0);
    expect(texts(written.get('r.docx')).at(-1)).toBe('2019年2月20日');
  });

  it('writes the English text under the English names with --locale en', async () => {
    const { status, written } = await runCapturing(['report', SEED, '--format', 'docx', '--out', 'r.docx', '--locale', 'en', '--date', '2019-02-20']);
    expect(status).toBe(0);
    const paragraphs = texts(written.get('r.docx'));
    expect(paragraphs[0]).toBe('Wuhua District Government Service Centre\nQuality report, January 2019');
    expect(paragraphs[1]).toBe('I. Overview');
    expect(paragraphs.at(-2)).toBe('Wuhua District Government Service Centre');
  });

  it('writes the other formats to --out as well', async () => {
    const { status, stdout, written } = await runCapturing(['report', SEED, '--out', 'r.txt']);
    expect([status, stdout]).toStrictEqual([0, '']);
    expect(new TextDecoder().decode(written.get('r.txt'))).toContain('共受理各类事项35300件');
  });

  it.each([
    [['--format', 'docx'], '--format docx writes a binary file, not text for a terminal: give --out FILE.docx (see zwfw-stats report --help)', '--format docx 写出的是二进制文件,不是终端上的文字:请用 --out FILE.docx 指定文件(见 zwfw-stats report --help)'],
    [['--format', 'docx', '--out', 'r.docx', '--date', '2019-2-20'], "--date must be a date written YYYY-MM-DD, got '2019-2-20' (see zwfw-stats report --help)", "--date 必须是写成 YYYY-MM-DD 的日期,而不是 '2019-2-20'(见 zwfw-stats report --help)"],
    [['--format', 'docx', '--out', 'r.docx', '--date', '2019-02-29'], "--date must be a date written YYYY-MM-DD, got '2019-02-29' (see zwfw-stats report --help)", "--date 必须是写成 YYYY-MM-DD 的日期,而不是 '2019-02-29'(见 zwfw-stats report --help)"],
    [['--format', 'docx', '--out', 'r.docx', '--title', ' '], '--title must not be empty (see zwfw-stats report --help)', '--title 不能为空(见 zwfw-stats report --help)'],
    [['--date', '2019-02-20'], '--title, --issuer and --date go with --format docx (see zwfw-stats report --help)', '--title、--issuer 和 --date 只能与 --format docx 一起用(见 zwfw-stats report --help)'],
  ])('exits 2 with one line for %j, in English with --locale en and in Chinese by default', async (options, english, chinese) => {
    for (const [locale, message] of [[['--locale', 'en'], english], [[], chinese]] as const) {
      const { status, stdout, stderr, written } = await runCapturing(['report', SEED, ...locale, ...options]);
      expect([status, stdout, stderr]).toStrictEqual([2, '', `zwfw-stats: ${message}\n`]);
      expect(written.size).toBe(0);
    }
  });

  it.each([
    ['en', 'zwfw-stats: missing/r.docx: cannot be written (ENOENT)\n'],
    ['zh-CN', 'zwfw-stats: missing/r.docx: 无法写入(ENOENT)\n'],
  ])('says in one line that --out cannot be written (--locale %s)', async (locale, message) => {
    let stderr = '';
    const io: CliIo = {
      stdout: () => undefined,
      stdoutBytes: () => undefined,
      stderr: (text) => void (stderr += text),
      stderrIsTty: false,
      readFile: (path) => readFile(path),
      streamFile: () => (async function* () {})(),
      fileSize: async () => undefined,
      writeFile: async () => Promise.reject(Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' })),
    };
    const status = await runCli(['report', SEED, '--locale', locale, '--format', 'docx', '--out', 'missing/r.docx', '--date', '2019-02-20'], io);
    expect([status, stderr]).toStrictEqual([2, message]);
  });
});
