/**
 * The dimensions a tally can be grouped by, in the order their values sort.
 *
 * - `'department'` 部门: by `departmentId`.
 * - `'category'`: by the two-bucket {@link CaseCategory} (行政许可 / 公共服务).
 * - `'streetOffice'` 街道: by `streetOfficeId`; records with none form the
 *   group `null` or are left out ({@link TallyOptions.missingStreetOffice}).
 * - `'period'`: by the month in which each event happened (see {@link TallyOptions.period}).
 *
 * @example
 * ```ts
 * TALLY_DIMENSIONS;
 * // => ['department', 'category', 'streetOffice', 'period']
 * ```
 * @category Tally
 */
export const TALLY_DIMENSIONS = ['department', 'category', 'streetOffice', 'period'] as const;

/**
 * One of {@link TALLY_DIMENSIONS}.
 *
 * @category Tally
 */
export type Dimension = (typeof TALLY_DIMENSIONS)[number];
