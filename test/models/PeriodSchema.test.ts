import { describe, expect, it } from 'vitest';
import { PeriodSchema } from '../../src/models/PeriodSchema.js';

describe('PeriodSchema', () => {
  it.each(['2019-1', '2019/01', '2019-13'])('says what a period looks like when given %s', (text) => {
    const result = PeriodSchema.safeParse(text);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'a period is a month written YYYY-MM, such as 2019-01',
    ]);
  });
});
