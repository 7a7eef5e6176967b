import { describe, expect, it } from 'vitest';
import { CaseTallySchema, DepartmentSchema, PeriodSchema, StreetOfficeSchema } from '../../src/index.js';

describe('CaseTallySchema', () => {
  it('accepts the seed centre’s tally', () => {
    const tally = { accepted: 35300, completed: 35133, inProgress: 167, completedOnTime: 35133 };
    expect(CaseTallySchema.parse(tally)).toEqual(tally);
  });

  it('accepts completed above accepted (carry-over, 结转)', () => {
    expect(CaseTallySchema.safeParse({ accepted: 10, completed: 12 }).success).toBe(true);
  });

  it('rejects completedOnTime above completed, at the completedOnTime path', () => {
    const result = CaseTallySchema.safeParse({ accepted: 10, completed: 5, completedOnTime: 6 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['completedOnTime']);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '35300', null])('rejects accepted = %s', (accepted) => {
    const result = CaseTallySchema.safeParse({ accepted, completed: 0 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['accepted']);
  });

  it('rejects a missing count and an unknown key rather than dropping it', () => {
    expect(CaseTallySchema.safeParse({ accepted: 1 }).success).toBe(false);
    expect(CaseTallySchema.safeParse({ accepted: 1, completed: 1, complted: 1 }).success).toBe(false);
  });
});

describe('DepartmentSchema and StreetOfficeSchema', () => {
  it('accept an id and a name, ids such as __proto__ included', () => {
    expect(DepartmentSchema.parse({ id: 'health', name: '区卫计局' })).toEqual({ id: 'health', name: '区卫计局' });
    expect(StreetOfficeSchema.parse({ id: '__proto__', name: '红云街道为民服务中心' }).id).toBe('__proto__');
  });

  it('reject empty names and unknown keys', () => {
    expect(DepartmentSchema.safeParse({ id: 'health', name: '' }).success).toBe(false);
    expect(StreetOfficeSchema.safeParse({ id: 'x', name: 'y', extra: 1 }).success).toBe(false);
  });

  it('reject a non-string with a length without throwing, as "expected string"', () => {
    // zod ran the length check of min(1) on any value with a length, and compared it: this threw
    for (const schema of [DepartmentSchema, StreetOfficeSchema]) {
      const result = schema.safeParse({ id: { length: Object.create(null) }, name: 'x' });
      expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[['id'], 'Invalid input: expected string, received object']]);
    }
    expect(DepartmentSchema.safeParse({ id: '', name: 'x' }).error?.issues[0]?.message).toBe('Too small: expected string to have >=1 characters');
  });
});

describe('PeriodSchema', () => {
  it('accepts YYYY-MM months and rejects the rest', () => {
    expect(PeriodSchema.parse('2019-01')).toBe('2019-01');
    for (const bad of ['2019-13', '2019-1', '2019/01', '0000-01', 201901]) {
      expect(PeriodSchema.safeParse(bad).success).toBe(false);
    }
  });
});
