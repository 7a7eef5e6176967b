/**
 * The two buckets that monthly reports split cases into, as stored values.
 *
 * - `'administrative_licensing'`: 行政许可 (事项类型 code 01).
 * - `'public_service'`: 公共服务, which in reports such as the 五华区 seed means
 *   every matter other than 行政许可 (codes 02–10 and 20).
 *
 * @example
 * ```ts
 * CASE_CATEGORIES;
 * // => ['administrative_licensing', 'public_service']
 * ```
 * @category Models
 */
export const CASE_CATEGORIES = ['administrative_licensing', 'public_service'] as const;

/**
 * A case category: one of {@link CASE_CATEGORIES}. The same type as
 * `z.infer<typeof CaseCategorySchema>`.
 *
 * @category Models
 */
export type CaseCategory = (typeof CASE_CATEGORIES)[number];
