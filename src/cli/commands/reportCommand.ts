import { auditReport } from '../../report/auditReport.js';
import { renderReport } from '../../report/renderReport.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { commandOptions, oneOf, singleFile } from '../options/commandOptions.js';
import { HELP } from '../help.js';
import { readReportFile } from '../read/readReportFile.js';
import { renderReportBlocks } from '../../report/renderReportBlocks.js';
import { reportDocxOptions } from '../write/reportDocxOptions.js';

/** Writes `--out FILE`; a file that cannot be written is a one-line error naming it. */
async function writeOut(io: CliIo, path: string, bytes: Uint8Array): Promise<void> {
  try {
    await io.writeFile(path, bytes);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw new CliError(`${path}: cannot be written${typeof code === 'string' ? ` (${code})` : ''}`);
  }
}

/** `zwfw-stats report FILE.json [--format text|markdown|json|docx] [--locale zh-CN|en] [--out FILE] [--title T] [--issuer I] [--date YYYY-MM-DD]`. */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = commandOptions('report', args, {
    format: { type: 'string' },
    locale: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string' },
    issuer: { type: 'string' },
    date: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(HELP.report);
    return 0;
  }
  const format = oneOf('report', 'format', values.format, ['text', 'markdown', 'json', 'docx'], 'text');
  const locale = oneOf('report', 'locale', values.locale, ['zh-CN', 'en'], 'zh-CN');
  const file = singleFile('report', positionals, 'FILE.json');
  const given = (name: 'out' | 'title' | 'issuer' | 'date'): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const out = given('out');
  const docx = { title: given('title'), issuer: given('issuer'), date: given('date') };
  if (format === 'docx' && out === undefined) {
    throw new CliError('--format docx writes a binary file, not text for a terminal: give --out FILE.docx (see zwfw-stats report --help)');
  }
  if (format !== 'docx' && Object.values(docx).some((value) => value !== undefined)) {
    throw new CliError('--title, --issuer and --date go with --format docx (see zwfw-stats report --help)');
  }
  const report = await readReportFile(file, io, locale);
  if (format === 'docx') {
    // Loaded only here, so that the other formats and commands never load the .docx writer.
    const { writeReportDocx } = await import('../write/writeReportDocx.js');
    const options = reportDocxOptions('report', report, locale, docx);
    await writeOut(io, out as string, await writeReportDocx(renderReportBlocks(report, locale), options));
  } else {
    const output = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, { locale, format });
    if (out === undefined) io.stdout(output);
    else await writeOut(io, out, new TextEncoder().encode(output));
  }
  // The text is written from the counts; say so when the figures disagree among themselves.
  const errors = auditReport(report).filter((finding) => finding.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`zwfw-stats: warning: ${file} has ${errors} inconsistent figure${errors === 1 ? '' : 's'} (see zwfw-stats audit ${file})\n`);
  }
  return 0;
}
