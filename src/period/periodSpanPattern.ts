/**
 * A span's text: `YYYY`, `YYYY-MM`, `YYYY-Qn`, `YYYY-Hn` or `YYYY-MM..YYYY-MM`,
 * years 0001–9999. Groups: 1 the year, 2 the month, 3 and 4 the last year and
 * month of a range, 5 the quarter, 6 the half. It does not check that a range
 * runs forwards (a pattern cannot).
 *
 * @internal
 */
export const PERIOD_SPAN_PATTERN =
  /^(?!0000)(\d{4})(?:-(0[1-9]|1[0-2])(?:\.\.(?!0000)(\d{4})-(0[1-9]|1[0-2]))?|-Q([1-4])|-H([12]))?$/;
