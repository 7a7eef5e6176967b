import { assertOneOf } from '../internal/assertOneOf.js';
import { describeValue } from '../internal/describeValue.js';
import { readOptions } from '../internal/readOptions.js';
import type { TimeLimit, TimeLimitUnit } from './TimeLimit.js';

/**
 * The unit of a bare number, as a column of its own writes it: the unit's
 * name, or its Chinese word.
 *
 * @category Calendar
 */
export type TimeLimitUnitName = TimeLimitUnit | '工作日' | '个工作日' | '自然日' | '个自然日' | '天' | '日' | '小时';

/**
 * Options of {@link parseTimeLimit}.
 *
 * @category Calendar
 */
export interface ParseTimeLimitOptions {
  /** The unit of a bare number (`15`, `'15'`), when the export gives it in a column of its own. */
  readonly unit?: TimeLimitUnitName;
  /**
   * What 天 and 日 mean: `'natural-days'` (default, 民法典 第二百条's days) or
   * `'working-days'`, for a column of limits under 行政许可法, whose days are
   * working days (第八十二条).
   */
  readonly days?: 'natural-days' | 'working-days';
}

const UNIT_NAMES: readonly TimeLimitUnitName[] = ['working-days', 'natural-days', 'hours', '工作日', '个工作日', '自然日', '个自然日', '天', '日', '小时'];
const FORMS = '"15个工作日", "15工作日", "20天", "20日", "3个自然日", "48小时", "即办" or "即时办结" (or a number with options.unit)';
const PATTERN = /^(\d+)\s*(个?工作日|个?自然日|天|日|个?小时)?$/;

/** The unit a word names; 天 and 日 as `days` says. */
function unitOf(word: string, days: TimeLimitUnit): TimeLimitUnit {
  if (word.endsWith('工作日') || word === 'working-days') return 'working-days';
  if (word.endsWith('自然日') || word === 'natural-days') return 'natural-days';
  if (word.endsWith('小时') || word === 'hours') return 'hours';
  return days;
}

/**
 * Reads a time limit (承诺时限, 法定时限) as exports write it: `"15个工作日"`,
 * `"20天"`, `"即办"`, or a bare number whose unit is in another column.
 *
 * The accepted forms, with spaces around the number allowed and full-width
 * digits (１５) read as digits:
 *
 * ```text
 * N个工作日, N工作日           → { amount: N, unit: 'working-days' }
 * N个自然日, N自然日           → { amount: N, unit: 'natural-days' }
 * N天, N日                     → natural days (or working days with days: 'working-days')
 * N小时, N个小时               → { amount: N, unit: 'hours' }
 * 即办, 即时办结               → { amount: 0, unit: 'working-days' }
 * N (a number or digits)       → { amount: N, unit: options.unit }
 * ```
 *
 * 天 and 日 are natural days, as in 民法典 (第二百条 counts periods by
 * 年、月、日、小时). A limit set under 行政许可法 is in working days whatever the
 * word (第八十二条: "本法规定的行政机关实施行政许可的期限以工作日计算"): read a
 * column of such limits with `days: 'working-days'`.
 *
 * Edge cases: anything else, a Chinese numeral (十五个工作日) included, is a
 * `RangeError` listing the forms; a number that is not a non-negative integer (-0
 * included) is a `RangeError`; a bare number without `options.unit` is a
 * `RangeError`; a number with a unit word and `options.unit` keeps its word.
 *
 * @param text - The time limit, as a string, or a non-negative integer with `options.unit`.
 * @param options - `unit` for a bare number; `days` for what 天 and 日 mean.
 * @returns The {@link TimeLimit}.
 * @throws {TypeError} `parseTimeLimit requires text to be a string or a number, got null`.
 * @throws {RangeError} `parseTimeLimit requires text to be a time limit such as "15个工作日", "15工作日", "20天", "20日", "3个自然日", "48小时", "即办" or "即时办结" (or a number with options.unit), got "两周"`, `parseTimeLimit requires text to name its unit, or options.unit to be given, got "15"`, or an unknown `unit` or `days`.
 * @example
 * ```ts
 * parseTimeLimit('15个工作日');
 * // => { amount: 15, unit: 'working-days' }
 * parseTimeLimit('20天');
 * // => { amount: 20, unit: 'natural-days' }
 * // a limit under 行政许可法
 * parseTimeLimit('20日', { days: 'working-days' });
 * // => { amount: 20, unit: 'working-days' }
 * parseTimeLimit('即办');
 * // => { amount: 0, unit: 'working-days' }
 * parseTimeLimit(5, { unit: '工作日' });
 * // => { amount: 5, unit: 'working-days' }
 * parseTimeLimit('两周');
 * // throws RangeError: parseTimeLimit requires text to be a time limit such as "15个工作日", "15工作日", "20天", "20日", "3个自然日", "48小时", "即办" or "即时办结" (or a number with options.unit), got "两周"
 * ```
 * @see docs/working-days.md, the guide.
 * @category Calendar
 */
export function parseTimeLimit(text: string | number, options?: ParseTimeLimitOptions): TimeLimit {
  const { unit, days } = readOptions('parseTimeLimit', options);
  if (unit !== undefined) assertOneOf('parseTimeLimit', 'unit', unit, UNIT_NAMES);
  if (days !== undefined) assertOneOf('parseTimeLimit', 'days', days, ['natural-days', 'working-days'] as const);
  const dayUnit = days ?? 'natural-days';
  if (typeof text === 'number') {
    // -0 too, which would come back as the amount.
    if (!Number.isSafeInteger(text) || text < 0 || Object.is(text, -0)) {
      throw new RangeError(`parseTimeLimit requires text to be a non-negative integer when it is a number, got ${describeValue(text)}`);
    }
    if (unit === undefined) throw new RangeError(`parseTimeLimit requires text to name its unit, or options.unit to be given, got ${describeValue(text)}`);
    return { amount: text, unit: unitOf(unit, dayUnit) };
  }
  if (typeof text !== 'string') throw new TypeError(`parseTimeLimit requires text to be a string or a number, got ${describeValue(text)}`);
  // Full-width digits (０–９) as ASCII ones.
  const normal = text.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (normal === '即办' || normal === '即时办结') return { amount: 0, unit: 'working-days' };
  const match = PATTERN.exec(normal);
  const amount = match === null ? Number.NaN : Number(match[1]);
  if (match === null || !Number.isSafeInteger(amount)) {
    throw new RangeError(`parseTimeLimit requires text to be a time limit such as ${FORMS}, got ${describeValue(text)}`);
  }
  const word = match[2] ?? unit;
  if (word === undefined) throw new RangeError(`parseTimeLimit requires text to name its unit, or options.unit to be given, got ${describeValue(text)}`);
  return { amount, unit: unitOf(word, dayUnit) };
}
