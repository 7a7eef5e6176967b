import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CASE_CATEGORIES } from '../../src/models/caseCategories.js';
import { CaseCategorySchema } from '../../src/models/CaseCategorySchema.js';
import { caseCategoryLabel } from '../../src/models/caseCategoryLabel.js';
import { ITEM_TYPE_CODES, type ItemTypeCode } from '../../src/models/itemTypeCodes.js';
import { toCaseCategory } from '../../src/models/toCaseCategory.js';
import { expectClean } from '../support/expectClean.js';

describe('toCaseCategory, for any string', () => {
  test.prop([fc.constantFrom(...ITEM_TYPE_CODES)], { numRuns: 100 })(
    'maps 01 to 行政许可 and every other known code to 公共服务, a category the schema accepts',
    (code) => {
      const category = toCaseCategory(code);
      expect(category).toBe(code === '01' ? 'administrative_licensing' : 'public_service');
      expect(CaseCategorySchema.parse(category)).toBe(category);
    },
  );

  test.prop([fc.string({ maxLength: 4 }).filter((s) => !(ITEM_TYPE_CODES as readonly string[]).includes(s))], {
    numRuns: 500,
  })('rejects any other string, "__proto__" and "1" included', (s) => {
    expect(() => toCaseCategory(s as ItemTypeCode)).toThrow(RangeError);
  });
});

describe('caseCategoryLabel, for every category and locale', () => {
  test.prop([fc.constantFrom(...CASE_CATEGORIES), fc.constantFrom('zh-CN' as const, 'en' as const)], { numRuns: 50 })(
    'gives a non-empty label with no placeholder in it',
    (category, locale) => {
      const label = caseCategoryLabel(category, { locale });
      expect(label.length).toBeGreaterThan(0);
      expectClean(label);
    },
  );
});
