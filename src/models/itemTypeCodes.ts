/**
 * Every standard 事项类型 code, in catalogue order: two-digit strings.
 *
 * @example
 * ```ts
 * ITEM_TYPE_CODES.length;
 * // => 11
 * ```
 * @category Models
 */
export const ITEM_TYPE_CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '20'] as const;

/**
 * A standard 事项类型 code, such as `'01'`: one of {@link ITEM_TYPE_CODES}.
 * The same type as `z.infer<typeof ItemTypeCodeSchema>`.
 *
 * @category Models
 */
export type ItemTypeCode = (typeof ITEM_TYPE_CODES)[number];

/**
 * The standard 事项类型 (matter type) codes and their Chinese names, as used by
 * the national 政务服务事项 catalogue.
 *
 * ```text
 * 01 行政许可  02 行政处罚  03 行政强制  04 行政征收  05 行政给付  06 行政检查
 * 07 行政确认  08 行政奖励  09 行政裁决  10 其他行政权力  20 公共服务
 * ```
 *
 * Codes are two-digit strings: `'01'`, never `'1'` or `1`. JavaScript lists
 * integer-like keys ('10', '20') first, so iterate {@link ITEM_TYPE_CODES}
 * for catalogue order.
 *
 * @example
 * ```ts
 * ITEM_TYPE_NAMES['07'];
 * // => '行政确认'
 * ```
 * @see {@link toCaseCategory} for the two-bucket view.
 * @category Models
 */
export const ITEM_TYPE_NAMES: { readonly [code in ItemTypeCode]: string } = {
  '01': '行政许可',
  '02': '行政处罚',
  '03': '行政强制',
  '04': '行政征收',
  '05': '行政给付',
  '06': '行政检查',
  '07': '行政确认',
  '08': '行政奖励',
  '09': '行政裁决',
  '10': '其他行政权力',
  '20': '公共服务',
};

