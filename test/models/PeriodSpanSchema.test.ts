import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PeriodSchema, PeriodSpanSchema } from '../../src/index.js';

const FORMS =
  'a period is a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06)';

describe('PeriodSpanSchema', () => {
  it.each(['2019-01', '2019-Q1', '2019-Q4', '2019-H1', '2019-H2', '2019', '2019-01..2019-06', '2018-12..2019-02', '0001-01', '9999-12'])(
    'takes %s as it is',
    (text) => {
      expect(PeriodSpanSchema.parse(text)).toBe(text);
    },
  );

  it('gives a range of one month as the month', () => {
    expect(PeriodSpanSchema.parse('2019-03..2019-03')).toBe('2019-03');
  });

  it('takes every month PeriodSchema takes, unchanged', () => {
    for (const text of ['2019-01', '0001-01', '9999-12', '2020-02']) {
      expect(PeriodSpanSchema.parse(text)).toBe(PeriodSchema.parse(text));
    }
  });

  it.each(['2019-q1', '2019-Q5', '2019-H3', '2019-1', '0000', '2019-01 ..2019-06', '', '2019-01–2019-06'])(
    'lists the forms when given %j',
    (text) => {
      expect(PeriodSpanSchema.safeParse(text).error?.issues.map((issue) => issue.message)).toEqual([FORMS]);
    },
  );

  it('says that a range runs forwards', () => {
    expect(PeriodSpanSchema.safeParse('2019-06..2019-01').error?.issues.map((issue) => issue.message)).toEqual([
      'a range of months runs forwards: its first month is not after its last, such as 2019-01..2019-06',
    ]);
  });

  it('refuses what is not a string, without coercing', () => {
    expect(PeriodSpanSchema.safeParse(2019).success).toBe(false);
    expect(PeriodSpanSchema.safeParse({ from: '2019-01', to: '2019-03' }).success).toBe(false);
  });

  it('has the pattern of the forms in its JSON Schema', () => {
    const json = z.toJSONSchema(PeriodSpanSchema, { io: 'input' }) as { type?: string; pattern?: string };
    expect(json.type).toBe('string');
    const pattern = new RegExp(json.pattern ?? '');
    expect(['2019-01', '2019-Q1', '2019-H2', '2019', '2018-12..2019-02'].every((text) => pattern.test(text))).toBe(true);
    expect(['2019-q1', '2019-13', '0000'].some((text) => pattern.test(text))).toBe(false);
  });
});
