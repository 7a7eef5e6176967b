import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  CaseCategory,
  CaseCategorySchema,
  CaseTally,
  ItemTypeCode,
  ItemTypeCodeSchema,
  OnTimeRatio,
  Period,
  PeriodSchema,
  Ratio,
} from '../../src/index.js';
import { completionRate, onTimeRate, toCaseCategory } from '../../src/index.js';

describe('model types', () => {
  it('are the zod schemas’ inferred types', () => {
    expectTypeOf<z.infer<typeof CaseCategorySchema>>().toEqualTypeOf<CaseCategory>();
    expectTypeOf<z.infer<typeof ItemTypeCodeSchema>>().toEqualTypeOf<ItemTypeCode>();
    expectTypeOf<z.infer<typeof PeriodSchema>>().toEqualTypeOf<Period>();
  });

  it('keep optional counts optional', () => {
    expectTypeOf<CaseTally['completedOnTime']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CaseTally['accepted']>().toEqualTypeOf<number>();
  });
});

describe('metric types', () => {
  it('say when a rate can be absent', () => {
    expectTypeOf(completionRate({ accepted: 1, completed: 1 })).toEqualTypeOf<Ratio>();
    expectTypeOf<Ratio['value']>().toEqualTypeOf<number | null>();
    expectTypeOf(onTimeRate({ completed: 1, completedOnTime: 1 })).toEqualTypeOf<OnTimeRatio>();
    expectTypeOf(toCaseCategory('01')).toEqualTypeOf<CaseCategory>();
  });

  it('reject a code that is not a standard one at compile time', () => {
    // @ts-expect-error '11' is not a 事项类型 code
    toCaseCategory('11');
  });
});
