import { z } from 'zod';
import { ITEM_TYPE_CODES } from './itemTypeCodes.js';

/**
 * Checks a standard 事项类型 code (an {@link ItemTypeCode}): a two-digit
 * string among `'01'` … `'10'` and `'20'`.
 *
 * @example
 * ```ts
 * ItemTypeCodeSchema.parse('07');
 * // => '07'
 * ItemTypeCodeSchema.safeParse('7').success;
 * // => false
 * ```
 * @category Models
 */
export const ItemTypeCodeSchema = z.literal(ITEM_TYPE_CODES);
