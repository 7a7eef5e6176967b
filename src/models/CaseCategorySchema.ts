import { z } from 'zod';
import { CASE_CATEGORIES } from './caseCategories.js';

/**
 * Checks a {@link CaseCategory}: `'administrative_licensing'` (行政许可) or
 * `'public_service'` (公共服务, every matter other than 行政许可).
 *
 * ```text
 * CaseCategory = 'administrative_licensing' | 'public_service'
 * ```
 *
 * @example
 * ```ts
 * CaseCategorySchema.parse('public_service');
 * // => 'public_service'
 * CaseCategorySchema.safeParse('公共服务').success;
 * // => false
 * ```
 * @see {@link toCaseCategory} to map a 事项类型 code.
 * @category Models
 */
export const CaseCategorySchema = z.literal(CASE_CATEGORIES);
