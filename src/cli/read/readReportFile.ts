import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { parseMonthlyReport } from '../../report/parseMonthlyReport.js';
import type { ReportLocale } from '../../report/ReportLocale.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import type { Locale } from '../options/readLocale.js';
import { decodeBytes } from './decodeBytes.js';
import { fileError } from './fileError.js';
import { jsonSyntaxError } from './jsonSyntaxError.js';
import { inexactJsonNumber } from '../../internal/inexactJsonNumber.js';
import { lineAndColumn } from '../../internal/scanJson.js';
import { jsonPathText } from './jsonPathText.js';

/** At most this many problems are listed under the first line. */
const MAX_PROBLEM_LINES = 10;

/** A problem's path or message as listed: cut at `length` characters, since either may quote the file at any length. */
function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/**
 * Reads a JSON file whose numbers are counts: a missing file, bytes that are
 * not text, malformed JSON (with line and column) or a number that
 * JSON.parse would read as another (such as `1e400`, read as Infinity) is a
 * {@link CliError}, in English or (`locale: 'zh-CN'`) in Chinese; the
 * reason a JSON text is malformed is given in English.
 */
export async function readJsonFile(file: string, io: CliIo, locale: Locale): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    throw fileError(file, error, locale);
  }
  const text = decodeBytes(bytes, 'auto', file, '', locale);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { line, column, reason } = jsonSyntaxError(text);
    throw new CliError(`${file}:${line}:${column}: ${locale === 'en' ? 'malformed JSON: ' : 'JSON格式有误:'}${reason}`);
  }
  // Every number of a report is a count: one that does not read as written
  // would reach the schema as another number (Infinity, or a rounded one).
  const inexact = inexactJsonNumber(text);
  if (inexact !== null) {
    const { line, column } = lineAndColumn(text, inexact.index);
    const why = inexact.tooLarge
      ? locale === 'en'
        ? `is too large for a count (at most ${Number.MAX_SAFE_INTEGER})`
        : `太大,不能作为件数(至多${Number.MAX_SAFE_INTEGER})`
      : locale === 'en'
        ? `cannot be read exactly (it would be read as ${String(inexact.value)})`
        : `无法精确读取(会被读作${String(inexact.value)})`;
    const number = locale === 'en' ? `the number ${inexact.text} ` : `数字${inexact.text}`;
    throw new CliError(`${file}:${line}:${column}: ${jsonPathText(inexact.path)}: ${number}${why}`);
  }
  return data;
}

/**
 * The problems of a file in the wrong shape, as a {@link CliError}: the first
 * line, then each problem's path and message (ten at most). `what` names the
 * kind of file in each language (`{ en: 'monthly report', zh: '月报' }`).
 */
export function shapeError(
  file: string,
  what: { readonly en: string; readonly zh: string },
  problems: readonly { readonly path: string; readonly message: string }[],
  locale: Locale,
): CliError {
  const lines = problems.slice(0, MAX_PROBLEM_LINES).map((problem) => `  ${cut(problem.path, 200)}: ${cut(problem.message, 400)}`);
  const rest = problems.length - MAX_PROBLEM_LINES;
  if (rest > 0) lines.push(locale === 'en' ? `  … and ${rest} more` : `  … 另有${rest}个`);
  if (locale !== 'en') return new CliError(`${file}: 不是有效的${what.zh}(${problems.length}个问题):`, lines);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new CliError(`${file}: not a valid ${what.en} (${count}):`, lines);
}

/**
 * Reads a report's JSON file and checks it: {@link readJsonFile}'s errors,
 * or data in the wrong shape (with each problem's JSON path, at most ten),
 * are a {@link CliError}, in the language of `locale`.
 */
export async function readReportFile(file: string, io: CliIo, locale: ReportLocale): Promise<MonthlyReport> {
  const data = await readJsonFile(file, io, locale);
  const result = parseMonthlyReport(data, { locale });
  if (result.success) return result.report;
  throw shapeError(file, { en: 'monthly report', zh: '月报' }, result.problems, locale);
}
