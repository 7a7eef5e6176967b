import { auditReport } from '../../report/auditReport.js';
import type { CliIo } from '../CliIo.js';
import { commandOptions, oneOf, singleFile } from '../options/commandOptions.js';
import { HELP } from '../help.js';
import { readReportFile } from '../read/readReportFile.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `zwfw-stats audit FILE.json [--format text|json] [--locale zh-CN|en]`: exit status 1 on a finding of severity error. */
export async function auditCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals, locale } = commandOptions('audit', args, {
    format: { type: 'string' },
    locale: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(HELP.audit);
    return 0;
  }
  const format = oneOf(
    'audit',
    'format',
    values.format,
    ['text', 'json'],
    // Stryker disable next-line StringLiteral: equivalent, any format but 'json' prints text
    'text',
    locale,
  );
  const file = singleFile('audit', positionals, { en: 'FILE.json', zh: '报表文件 FILE.json' }, locale);
  const findings = auditReport(await readReportFile(file, io, locale), { locale });
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  if (format === 'json') {
    io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
  } else if (findings.length === 0) {
    io.stdout(locale === 'en' ? `${file}: no findings, the figures agree\n` : `${file}: 未发现问题,数字一致\n`);
  } else {
    const lines = findings.map((finding) => `${finding.severity.padEnd(7)} ${finding.path}: ${finding.message}`);
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    const infos = findings.length - errors - warnings;
    lines.push(
      locale === 'en'
        ? `${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info`
        : `${file}: ${errors}个错误,${warnings}个警告,${infos}条提示`,
    );
    io.stdout(`${lines.join('\n')}\n`);
  }
  return errors > 0 ? 1 : 0;
}
