import { assertOneOf } from '../internal/assertOneOf.js';
import { readOptions } from '../internal/readOptions.js';
import { CASE_CATEGORIES, type CaseCategory } from './caseCategories.js';

/**
 * Options of {@link caseCategoryLabel}.
 *
 * @category Models
 */
export interface CaseCategoryLabelOptions {
  /** `'zh-CN'` (default) gives 行政许可 / 公共服务; `'en'` gives the English names. */
  readonly locale?: 'zh-CN' | 'en';
}

const LABELS = {
  'zh-CN': { administrative_licensing: '行政许可', public_service: '公共服务' },
  en: { administrative_licensing: 'administrative licensing', public_service: 'public services' },
} as const;

/**
 * The label that a report prints for a case category.
 *
 * ```text
 * administrative_licensing → 行政许可 | administrative licensing
 * public_service           → 公共服务 | public services
 * ```
 *
 * @param category - A {@link CaseCategory}.
 * @param options - `locale`: `'zh-CN'` (default) or `'en'`.
 * @returns The label, lower case in English so that it can stand inside a sentence.
 * @throws {TypeError} `caseCategoryLabel requires category to be one of …` for a non-string.
 * @throws {RangeError} `caseCategoryLabel requires category to be one of 'administrative_licensing', 'public_service', got "licensing"` for an unknown category (likewise `locale`).
 * @example
 * ```ts
 * caseCategoryLabel('administrative_licensing');
 * // => '行政许可'
 * caseCategoryLabel('public_service', { locale: 'en' });
 * // => 'public services'
 * ```
 * @category Models
 */
export function caseCategoryLabel(category: CaseCategory, options?: CaseCategoryLabelOptions): string {
  assertOneOf('caseCategoryLabel', 'category', category, CASE_CATEGORIES);
  const { locale = 'zh-CN' } = readOptions('caseCategoryLabel', options);
  assertOneOf('caseCategoryLabel', 'locale', locale, ['zh-CN', 'en']);
  return LABELS[locale][category];
}
