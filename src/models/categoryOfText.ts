import type { CaseCategory } from './caseCategories.js';
import { ITEM_TYPE_CODES, ITEM_TYPE_NAMES } from './itemTypeCodes.js';
import { ITEM_TYPE_BY_TEXT } from './toItemTypeCode.js';

/** 0 for a name, 1 for a two-digit code, 2 for a code without its zero. */
const kind = (text: string): number => (/^\d{2}$/.test(text) ? 1 : /^\d$/.test(text) ? 2 : 0);

/**
 * Every text a report's category may be, to its bucket: the two ids, and
 * every 事项类型 name and code (`'行政许可'`, `'01'`, `'1'` as Excel leaves it →
 * `'administrative_licensing'`; `'公共服务'`, `'行政确认'`, `'07'`, `'20'` …
 * → `'public_service'`, which in reports means every matter but 行政许可).
 * A Map, so that `'__proto__'` is no key. Shared by MonthlyReportSchema and
 * the zod-free check of auditReport and renderReport, so that the two accept
 * the same texts.
 *
 * @internal
 */
export const CATEGORY_OF_TEXT: ReadonlyMap<string, CaseCategory> = new Map<string, CaseCategory>([
  ['administrative_licensing', 'administrative_licensing'],
  ['public_service', 'public_service'],
  // names, then codes, then codes without their zero: the order the JSON Schema lists them in
  ...[...ITEM_TYPE_BY_TEXT]
    .sort(([a], [b]) => kind(a) - kind(b))
    .map(([text, code]): [string, CaseCategory] => [text, code === '01' ? 'administrative_licensing' : 'public_service']),
]);

const names = ITEM_TYPE_CODES.map((code) => ITEM_TYPE_NAMES[code]);

/**
 * The accepted category texts as messages list them, after "to be" or "应为".
 *
 * @internal
 */
export const CATEGORY_TEXT_FORMS = {
  en: `"administrative_licensing" or "public_service", or a 事项类型 name (${names.join(', ')}) or code (01–10, 20)`,
  'zh-CN': `"administrative_licensing"、"public_service",或事项类型名称(${names.join('、')})或代码(01–10、20)`,
} as const;
