/**
 * The written forms of a time limit (承诺时限, 法定时限) that `parseTimeLimit`
 * reads, shared with the case-record schema, which checks a record's
 * `timeLimit` where it enters: digits with an optional unit word
 * (`15个工作日`, `15工作日`, `3个自然日`, `20天`, `20日`, `48小时`, `15`), or
 * 即办 / 即时办结.
 *
 * @internal
 */
export const TIME_LIMIT_PATTERN = /^(\d+)\s*(个?工作日|个?自然日|天|日|个?小时)?$/;

/** The words for 即办 (done on the spot, a limit of 0). @internal */
export const IMMEDIATE_WORDS: readonly string[] = ['即办', '即时办结'];

/**
 * A limit's text as it is compared: trimmed, full-width digits (０–９) as ASCII ones.
 *
 * @internal
 */
export function normalizeTimeLimitText(text: string): string {
  return text.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/**
 * Whether a string is a time limit in one of the written forms (a bare
 * number included: its unit may come from elsewhere).
 *
 * @internal
 */
export function isTimeLimitText(text: string): boolean {
  const normal = normalizeTimeLimitText(text);
  return IMMEDIATE_WORDS.includes(normal) || TIME_LIMIT_PATTERN.test(normal);
}
