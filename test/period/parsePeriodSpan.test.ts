import { describe, expect, it } from 'vitest';
import { parsePeriodSpan, tallyCases, type CaseRecord, type PeriodRange } from '../../src/index.js';

const FORMS =
  'a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06)';

describe('parsePeriodSpan', () => {
  it('reads a month as itself', () => {
    expect(parsePeriodSpan('2019-01')).toEqual({ kind: 'month', from: '2019-01', to: '2019-01', text: '2019-01' });
  });

  it('reads each quarter as its three months', () => {
    expect(parsePeriodSpan('2019-Q1')).toEqual({ kind: 'quarter', from: '2019-01', to: '2019-03', text: '2019-Q1' });
    expect(parsePeriodSpan('2019-Q2')).toEqual({ kind: 'quarter', from: '2019-04', to: '2019-06', text: '2019-Q2' });
    expect(parsePeriodSpan('2019-Q3')).toEqual({ kind: 'quarter', from: '2019-07', to: '2019-09', text: '2019-Q3' });
    expect(parsePeriodSpan('2019-Q4')).toEqual({ kind: 'quarter', from: '2019-10', to: '2019-12', text: '2019-Q4' });
  });

  it('reads a half-year as January–June (上半年) or July–December (下半年)', () => {
    expect(parsePeriodSpan('2019-H1')).toEqual({ kind: 'half-year', from: '2019-01', to: '2019-06', text: '2019-H1' });
    expect(parsePeriodSpan('2019-H2')).toEqual({ kind: 'half-year', from: '2019-07', to: '2019-12', text: '2019-H2' });
  });

  it('reads a year as January–December', () => {
    expect(parsePeriodSpan('2019')).toEqual({ kind: 'year', from: '2019-01', to: '2019-12', text: '2019' });
  });

  it('reads a range of months within a year and across years', () => {
    expect(parsePeriodSpan('2019-01..2019-06')).toEqual({ kind: 'range', from: '2019-01', to: '2019-06', text: '2019-01..2019-06' });
    expect(parsePeriodSpan('2018-12..2019-02')).toEqual({ kind: 'range', from: '2018-12', to: '2019-02', text: '2018-12..2019-02' });
    expect(parsePeriodSpan('2017-07..2019-06')).toEqual({ kind: 'range', from: '2017-07', to: '2019-06', text: '2017-07..2019-06' });
  });

  it('takes a range of one month as the month, and keeps a range that covers a quarter or a year a range', () => {
    expect(parsePeriodSpan('2019-03..2019-03')).toEqual(parsePeriodSpan('2019-03'));
    expect(parsePeriodSpan('2019-01..2019-03').kind).toBe('range');
    expect(parsePeriodSpan('2019-01..2019-12').kind).toBe('range');
  });

  it('reaches from year 0001 to year 9999', () => {
    expect(parsePeriodSpan('0001-01')).toEqual({ kind: 'month', from: '0001-01', to: '0001-01', text: '0001-01' });
    expect(parsePeriodSpan('0001')).toEqual({ kind: 'year', from: '0001-01', to: '0001-12', text: '0001' });
    expect(parsePeriodSpan('9999-Q4')).toEqual({ kind: 'quarter', from: '9999-10', to: '9999-12', text: '9999-Q4' });
    expect(parsePeriodSpan('9999-H2')).toEqual({ kind: 'half-year', from: '9999-07', to: '9999-12', text: '9999-H2' });
    expect(parsePeriodSpan('0001-01..9999-12')).toEqual({ kind: 'range', from: '0001-01', to: '9999-12', text: '0001-01..9999-12' });
  });

  it.each([
    '2019-Q5', '2019-Q0', '2019-H3', '2019-H0', '2019-q1', '2019-h1', '2019Q1', '2019-Q01', 'Q1-2019', '2019-1',
    '2019-13', '2019-00', '0000', '0000-01', '10000', '19', '2019-01..2019-13', '2019-01..0000-01', '2019-01..06',
    '2019-01–2019-06', '2019-01—2019-06', '2019-01...2019-06', '2019-01 .. 2019-06', '2019-Q1..2019-Q2',
    '2019..2020', ' 2019', '2019 ', '2019-01-05', '２０１９', '',
  ])('refuses %j rather than guess', (period) => {
    expect(() => parsePeriodSpan(period)).toThrow(
      new RangeError(`parsePeriodSpan requires period to be ${FORMS}, got ${JSON.stringify(period)}`),
    );
  });

  it('refuses a range that runs backwards', () => {
    expect(() => parsePeriodSpan('2019-06..2019-01')).toThrow(
      new RangeError('parsePeriodSpan requires period to be a range of months whose first month is not after its last, got "2019-06..2019-01"'),
    );
    expect(() => parsePeriodSpan('2019-01..2018-12')).toThrow(RangeError);
  });

  it('throws TypeError for a non-string', () => {
    expect(() => parsePeriodSpan(2019 as never)).toThrow(new TypeError('parsePeriodSpan requires period to be a string, got 2019'));
  });
});

describe('a span as a tally’s period', () => {
  // Four records around the first quarter of 2019, in China time:
  // r1 accepted and completed in January; r2 accepted in February, open;
  // r3 accepted on the quarter's last second, completed in April (so open at its end);
  // r4 accepted in December 2018, completed in March (carried over: 办结, not 受理);
  // r5 accepted on the first second of April, outside.
  const records: CaseRecord[] = [
    { id: 'r1', category: 'public_service', departmentId: 'D', acceptedAt: '2019-01-05T09:30:00+08:00', completedAt: '2019-01-10T10:00:00+08:00' },
    { id: 'r2', category: 'public_service', departmentId: 'D', acceptedAt: '2019-02-14T09:30:00+08:00' },
    { id: 'r3', category: 'public_service', departmentId: 'D', acceptedAt: '2019-03-31T23:59:59+08:00', completedAt: '2019-04-02T10:00:00+08:00' },
    { id: 'r4', category: 'public_service', departmentId: 'D', acceptedAt: '2018-12-30T09:30:00+08:00', completedAt: '2019-03-01T10:00:00+08:00' },
    { id: 'r5', category: 'public_service', departmentId: 'D', acceptedAt: '2019-04-01T00:00:00+08:00' },
  ];

  it('is a { from, to } range as it is, counted as one period', () => {
    const span = parsePeriodSpan('2019-Q1');
    const range: PeriodRange = span;
    const result = tallyCases(records, { period: span, by: [] });
    // 受理 r1 r2 r3 = 3; 办结 r1 r4 = 2; 在办 at 2019-04-01T00:00+08:00: r2 r3 = 2.
    expect(result.groups[0]?.tally).toMatchObject({ accepted: 3, completed: 2, inProgress: 2 });
    expect(result).toEqual(tallyCases(records, { period: { from: range.from, to: range.to }, by: [] }));
  });

  it('is one month for a month span, as the month itself is', () => {
    expect(tallyCases(records, { period: parsePeriodSpan('2019-02'), by: [] })).toEqual(
      tallyCases(records, { period: '2019-02', by: [] }),
    );
  });

  it('gives a group per month of the span with period in by', () => {
    const groups = tallyCases(records, { period: parsePeriodSpan('2018-12..2019-02'), by: 'period' }).groups;
    expect(groups.map((group) => [group.key.period, group.tally.accepted])).toEqual([
      ['2018-12', 1],
      ['2019-01', 1],
      ['2019-02', 1],
    ]);
  });
});
