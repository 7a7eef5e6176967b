import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { parseMonthlyReport } from '../../report/parseMonthlyReport.js';
import type { ReportLocale } from '../../report/ReportLocale.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
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
 * {@link CliError}.
 */
export async function readJsonFile(file: string, io: CliIo): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    throw fileError(file, error);
  }
  const text = decodeBytes(bytes, 'auto', file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { line, column, reason } = jsonSyntaxError(text);
    throw new CliError(`${file}:${line}:${column}: malformed JSON: ${reason}`);
  }
  // Every number of a report is a count: one that does not read as written
  // would reach the schema as another number (Infinity, or a rounded one).
  const inexact = inexactJsonNumber(text);
  if (inexact !== null) {
    const { line, column } = lineAndColumn(text, inexact.index);
    const why = inexact.tooLarge
      ? `is too large for a count (at most ${Number.MAX_SAFE_INTEGER})`
      : `cannot be read exactly (it would be read as ${String(inexact.value)})`;
    throw new CliError(`${file}:${line}:${column}: ${jsonPathText(inexact.path)}: the number ${inexact.text} ${why}`);
  }
  return data;
}

/** The problems of a file in the wrong shape, as a {@link CliError}: the first line, then each problem's path and message (ten at most). */
export function shapeError(file: string, what: string, problems: readonly { readonly path: string; readonly message: string }[]): CliError {
  const lines = problems.slice(0, MAX_PROBLEM_LINES).map((problem) => `  ${cut(problem.path, 200)}: ${cut(problem.message, 400)}`);
  if (problems.length > MAX_PROBLEM_LINES) lines.push(`  … and ${problems.length - MAX_PROBLEM_LINES} more`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new CliError(`${file}: not a valid ${what} (${count}):`, lines);
}

/**
 * Reads a report's JSON file and checks it: {@link readJsonFile}'s errors,
 * or data in the wrong shape (with each problem's JSON path, at most ten),
 * are a {@link CliError}.
 */
export async function readReportFile(file: string, io: CliIo, locale: ReportLocale): Promise<MonthlyReport> {
  const data = await readJsonFile(file, io);
  const result = parseMonthlyReport(data, { locale });
  if (result.success) return result.report;
  throw shapeError(file, 'monthly report', result.problems);
}
