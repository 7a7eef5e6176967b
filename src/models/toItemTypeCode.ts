import { describeValue } from '../internal/describeValue.js';
import { ITEM_TYPE_CODES, ITEM_TYPE_NAMES, type ItemTypeCode } from './itemTypeCodes.js';

/**
 * Every way an export writes a 事项类型, to its code: the codes (`'01'`), the
 * codes as Excel leaves them without the leading zero (`'1'` … `'9'`) and the
 * names (`'行政许可'` … `'公共服务'`). A Map, so that `'__proto__'` is no key.
 *
 * @internal
 */
export const ITEM_TYPE_BY_TEXT: ReadonlyMap<string, ItemTypeCode> = new Map(
  ITEM_TYPE_CODES.flatMap((code) => {
    const texts: [string, ItemTypeCode][] = [
      [code, code],
      [ITEM_TYPE_NAMES[code], code],
    ];
    if (code.startsWith('0')) texts.push([code.slice(1), code]);
    return texts;
  }),
);

/** The accepted forms, for messages. */
export const ITEM_TYPE_FORMS = `a 事项类型 code (01–10, 20; 1–9 as Excel leaves them) or name (${ITEM_TYPE_CODES.map((code) => ITEM_TYPE_NAMES[code]).join(', ')})`;

/**
 * The standard 事项类型 code of a code or a name as exports write it.
 *
 * For the 事项类型 / 事项类别 / 权力类型 column of an approval system's export,
 * which holds a code (`01`, or `1` where Excel dropped the zero) or a name
 * (`行政许可`, `行政确认` …).
 *
 * ```text
 * '01' | '1' | 1 | '行政许可' → '01';  …;  '20' | 20 | '公共服务' → '20'
 * ```
 * In words: a code with or without its leading zero, as text or a whole
 * number, or the Chinese name of the 事项类型, gives the two-digit code.
 *
 * Edge cases: surrounding spaces are not trimmed (`' 01'` is refused; a
 * reader trims cells); `'00'`, `'11'` and names outside the catalogue are
 * refused.
 *
 * @param value - A code or a name.
 * @returns The two-digit {@link ItemTypeCode}.
 * @throws {TypeError} `toItemTypeCode requires value to be a string or a whole number, got null`.
 * @throws {RangeError} `toItemTypeCode requires value to be a 事项类型 code (01–10, 20; 1–9 as Excel leaves them) or name (行政许可, …, 公共服务), got "行政审批"`.
 * @example
 * ```ts
 * toItemTypeCode('行政确认');
 * // => '07'
 * toItemTypeCode('1');
 * // => '01'
 * toItemTypeCode(20);
 * // => '20'
 * ```
 * @see {@link toCaseCategory} for the two-bucket category of a code.
 * @category Models
 */
export function toItemTypeCode(value: string | number): ItemTypeCode {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new TypeError(`toItemTypeCode requires value to be a string or a whole number, got ${describeValue(value)}`);
  }
  const code = ITEM_TYPE_BY_TEXT.get(typeof value === 'number' && Number.isInteger(value) && value > 0 ? String(value) : (value as string));
  if (code === undefined || (typeof value === 'number' && !Number.isInteger(value))) {
    throw new RangeError(`toItemTypeCode requires value to be ${ITEM_TYPE_FORMS}, got ${describeValue(value)}`);
  }
  return code;
}
