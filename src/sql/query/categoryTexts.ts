import { ITEM_TYPE_CODES, ITEM_TYPE_NAMES } from '../../models/itemTypeCodes.js';

/**
 * The texts a category column may hold, per bucket, as the JavaScript readers
 * take them: the bucket's id, a 事项类型 name, or a 事项类型 code (`'07'`, or
 * `'7'` as Excel leaves it). 01 and 行政许可 are 行政许可; every other code and
 * name (公共服务 too) is 公共服务.
 *
 * ```text
 * licensing      administrative_licensing, 行政许可, 01, 1
 * public service public_service, and every other 事项类型 name and code
 * ```
 *
 * @internal
 */
export const CATEGORY_TEXTS: readonly [licensing: readonly string[], publicService: readonly string[]] = (() => {
  const licensing = ['administrative_licensing'];
  const publicService = ['public_service'];
  for (const code of ITEM_TYPE_CODES) {
    const texts = code.startsWith('0') ? [ITEM_TYPE_NAMES[code], code, code.slice(1)] : [ITEM_TYPE_NAMES[code], code];
    (code === '01' ? licensing : publicService).push(...texts);
  }
  return [licensing, publicService];
})();
