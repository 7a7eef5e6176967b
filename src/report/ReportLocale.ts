/**
 * The language of report text and messages: `'zh-CN'` (the default, as the
 * reports are written) or `'en'`.
 *
 * @category Report
 */
export type ReportLocale = 'zh-CN' | 'en';
