import { describe, expect, it } from 'vitest';
import {
  CASE_CATEGORIES,
  CaseCategorySchema,
  caseCategoryLabel,
  ITEM_TYPE_CODES,
  ITEM_TYPE_NAMES,
  ItemTypeCodeSchema,
  toCaseCategory,
} from '../../src/index.js';

describe('toCaseCategory', () => {
  it('maps 01 to 行政许可', () => {
    expect(toCaseCategory('01')).toBe('administrative_licensing');
  });

  it('maps every other standard code to 公共服务, as the seed defines it', () => {
    // 公共服务 = 除行政许可事项以外的其他全部事项
    for (const code of ['02', '03', '04', '05', '06', '07', '08', '09', '10', '20'] as const) {
      expect(toCaseCategory(code)).toBe('public_service');
    }
  });

  it.each(['1', '00', '11', '19', '21', '99', '', ' 01', 'constructor', '__proto__', 'toString'])('throws for code %j', (code) => {
    expect(() => toCaseCategory(code as never)).toThrow(
      new RangeError(`toCaseCategory requires code to be a known 事项类型 code (01–10, 20), got ${JSON.stringify(code)}`),
    );
  });

  it('throws TypeError for a number', () => {
    expect(() => toCaseCategory(1 as never)).toThrow(new TypeError('toCaseCategory requires code to be a string, got 1'));
  });
});

describe('item type codes', () => {
  it('lists the eleven standard codes with their names', () => {
    expect(ITEM_TYPE_CODES).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '20']);
    expect(ITEM_TYPE_NAMES['01']).toBe('行政许可');
    expect(ITEM_TYPE_NAMES['10']).toBe('其他行政权力');
    expect(ITEM_TYPE_NAMES['20']).toBe('公共服务');
    // Object.keys puts integer-like keys ('10', '20') first: compare as sets, iterate ITEM_TYPE_CODES for order
    expect(Object.keys(ITEM_TYPE_NAMES).sort()).toEqual([...ITEM_TYPE_CODES]);
  });

  it('checks codes with ItemTypeCodeSchema', () => {
    expect(ItemTypeCodeSchema.parse('07')).toBe('07');
    expect(ItemTypeCodeSchema.safeParse('7').success).toBe(false);
    expect(ItemTypeCodeSchema.safeParse(7).success).toBe(false);
  });
});

describe('caseCategoryLabel', () => {
  it('gives the Chinese labels by default', () => {
    expect(caseCategoryLabel('administrative_licensing')).toBe('行政许可');
    expect(caseCategoryLabel('public_service')).toBe('公共服务');
  });

  it('gives English labels on request', () => {
    expect(caseCategoryLabel('administrative_licensing', { locale: 'en' })).toBe('administrative licensing');
    expect(caseCategoryLabel('public_service', { locale: 'en' })).toBe('public services');
  });

  it('throws for an unknown category or locale', () => {
    expect(() => caseCategoryLabel('行政许可' as never)).toThrow(
      new RangeError("caseCategoryLabel requires category to be one of 'administrative_licensing', 'public_service', got \"行政许可\""),
    );
    expect(() => caseCategoryLabel('public_service', { locale: 'fr' as never })).toThrow(
      new RangeError("caseCategoryLabel requires locale to be one of 'zh-CN', 'en', got \"fr\""),
    );
    expect(() => caseCategoryLabel(undefined as never)).toThrow(TypeError);
  });
});

describe('CaseCategorySchema', () => {
  it('accepts exactly the two buckets', () => {
    for (const category of CASE_CATEGORIES) expect(CaseCategorySchema.parse(category)).toBe(category);
    expect(CaseCategorySchema.safeParse('公共服务').success).toBe(false);
    expect(CaseCategorySchema.safeParse('licensing').success).toBe(false);
  });
});
