/**
 * `YYYY-MM`: a four-digit year from 0001 and a two-digit month 01–12.
 *
 * @internal
 */
export const PERIOD_PATTERN = /^(?!0000)(\d{4})-(0[1-9]|1[0-2])$/;
