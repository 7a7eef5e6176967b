import { describeValue } from '../internal/describeValue.js';
import type { CaseCategory } from './caseCategories.js';
import { ITEM_TYPE_NAMES, type ItemTypeCode } from './itemTypeCodes.js';

/**
 * Maps a standard 事项类型 code to the two-bucket view of monthly reports.
 *
 * ```text
 * '01'                      → 'administrative_licensing'  (行政许可)
 * '02' … '10', '20'         → 'public_service'            (公共服务: everything else)
 * ```
 *
 * Reports such as the 五华区 seed define 公共服务 as "every matter other than
 * 行政许可", so a 行政确认 (07) case counts as 公共服务 there. Keep the finer
 * code beside the bucket (a case record's `itemTypeCode`) when you
 * have it; this function loses it on purpose.
 *
 * @param code - A two-digit code from {@link ITEM_TYPE_NAMES}, such as `'01'`.
 * @returns The {@link CaseCategory} bucket.
 * @throws {TypeError} `toCaseCategory requires code to be a string, got …` for a non-string.
 * @throws {RangeError} `toCaseCategory requires code to be a known 事项类型 code (01–10, 20), got "11"` for an unknown code.
 * @example
 * ```ts
 * toCaseCategory('01');
 * // => 'administrative_licensing'
 * toCaseCategory('07');
 * // => 'public_service'
 * toCaseCategory('1');
 * // throws RangeError
 * ```
 * @category Models
 */
export function toCaseCategory(code: ItemTypeCode): CaseCategory {
  if (typeof code !== 'string') {
    throw new TypeError(`toCaseCategory requires code to be a string, got ${describeValue(code)}`);
  }
  if (!Object.hasOwn(ITEM_TYPE_NAMES, code)) {
    throw new RangeError(
      `toCaseCategory requires code to be a known 事项类型 code (01–10, 20), got ${describeValue(code)}`,
    );
  }
  return code === '01' ? 'administrative_licensing' : 'public_service';
}
