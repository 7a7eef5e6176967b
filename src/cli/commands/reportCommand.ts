import { auditReport } from '../../report/auditReport.js';
import { renderReport } from '../../report/renderReport.js';
import type { CliIo } from '../CliIo.js';
import { commandOptions, oneOf, singleFile } from '../options/commandOptions.js';
import { HELP } from '../help.js';
import { readReportFile } from '../read/readReportFile.js';

/** `zwfw-stats report FILE.json [--format text|markdown|json] [--locale zh-CN|en]`. */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = commandOptions('report', args, {
    format: { type: 'string' },
    locale: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(HELP.report);
    return 0;
  }
  const format = oneOf('report', 'format', values.format, ['text', 'markdown', 'json'], 'text');
  const locale = oneOf('report', 'locale', values.locale, ['zh-CN', 'en'], 'zh-CN');
  const file = singleFile('report', positionals, 'FILE.json');
  const report = await readReportFile(file, io, locale);
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, { locale, format }));
  // The text is written from the counts; say so when the figures disagree among themselves.
  const errors = auditReport(report).filter((finding) => finding.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`zwfw-stats: warning: ${file} has ${errors} inconsistent figure${errors === 1 ? '' : 's'} (see zwfw-stats audit ${file})\n`);
  }
  return 0;
}
