import { ITEM_TYPE_CODES, ITEM_TYPE_NAMES, type ItemTypeCode } from './itemTypeCodes.js';
import { ITEM_TYPE_BY_TEXT } from './toItemTypeCode.js';

/** The category of a 事项类型 code: 0 for 01 (行政许可), 1 for the others. */
const categoryOfCode = (code: ItemTypeCode): number => (code === '01' ? 0 : 1);

/**
 * Category texts: the two ids, and every 事项类型 name with the code it implies
 * (公共服务 implies none: it is also the name of the bucket).
 */
const CATEGORY_BY_TEXT: ReadonlyMap<string, readonly [categoryIndex: number, code: ItemTypeCode | null]> = new Map([
  ['administrative_licensing', [0, null]],
  ['public_service', [1, null]],
  ...ITEM_TYPE_CODES.map((code) => [ITEM_TYPE_NAMES[code], [categoryOfCode(code), code === '20' ? null : code]] as const),
]);

/** What a record's category may be, for messages. */
export const CATEGORY_FORMS = `'administrative_licensing' or 'public_service', a 事项类型 name (${ITEM_TYPE_CODES.map((code) => ITEM_TYPE_NAMES[code]).join(', ')}), or absent beside an itemTypeCode`;

/** {@link readCaseType}'s answer for a category it does not know (or none, with no code). */
export const UNKNOWN_CATEGORY = -3;
/** {@link readCaseType}'s answer for an item type it does not know. */
export const UNKNOWN_ITEM_TYPE = -6;
/** {@link readCaseType}'s answer when the category and the item type disagree. */
export const CATEGORY_DISAGREES = -7;

/**
 * Reads the category and the 事项类型 of a record as exports write them: a
 * code or name in `itemTypeCode` (`'01'`, `'1'`, `1`, `'行政确认'`), a bucket
 * id or a 事项类型 name in `category` (`'public_service'`, `'公共服务'`,
 * `'行政确认'`, which implies code 07), or a code alone (category from it).
 *
 * @returns Without allocating: `categoryIndex · 256 + (index of the code in
 *   ITEM_TYPE_CODES + 1, or 0 for none)`, or a negative problem:
 *   {@link UNKNOWN_CATEGORY}, {@link UNKNOWN_ITEM_TYPE}, {@link CATEGORY_DISAGREES}.
 * @internal
 */
export function readCaseType(category: unknown, itemTypeCode: unknown): number {
  let code: ItemTypeCode | null = null;
  if (itemTypeCode !== undefined && itemTypeCode !== null) {
    const text = typeof itemTypeCode === 'number' && Number.isInteger(itemTypeCode) && itemTypeCode > 0 ? String(itemTypeCode) : itemTypeCode;
    const found = typeof text === 'string' ? ITEM_TYPE_BY_TEXT.get(text) : undefined;
    if (found === undefined) return UNKNOWN_ITEM_TYPE;
    code = found;
  }
  let categoryIndex: number;
  if (category === undefined || category === null) {
    if (code === null) return UNKNOWN_CATEGORY;
    categoryIndex = categoryOfCode(code);
  } else {
    const found = typeof category === 'string' ? CATEGORY_BY_TEXT.get(category) : undefined;
    if (found === undefined) return UNKNOWN_CATEGORY;
    categoryIndex = found[0];
    const implied = found[1];
    if (implied !== null) {
      if (code !== null && code !== implied) return CATEGORY_DISAGREES;
      code = implied;
    }
    if (code !== null && categoryOfCode(code) !== categoryIndex) return CATEGORY_DISAGREES;
  }
  return categoryIndex * 256 + (code === null ? 0 : ITEM_TYPE_CODES.indexOf(code) + 1);
}
