/**
 * A reporting period: a calendar month written `'YYYY-MM'`, such as `'2019-01'`.
 * The same type as `z.infer<typeof PeriodSchema>`.
 *
 * `'2019-1'`, `'2019/01'` and `'2019-13'` are not periods: use
 * {@link parsePeriod} or {@link PeriodSchema} to check a string from outside.
 *
 * @category Period
 */
export type Period = `${number}-${number}`;

/**
 * A period taken apart by {@link parsePeriod}.
 *
 * @category Period
 */
export interface PeriodParts {
  /** The year, 1–9999. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
}
