import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PeriodSpanSchema } from '../../src/models/PeriodSpanSchema.js';
import { formatPeriodSpan } from '../../src/period/formatPeriodSpan.js';
import { parsePeriodSpan } from '../../src/period/parsePeriodSpan.js';
import type { PeriodSpan } from '../../src/period/PeriodSpan.js';
import { previousSpan } from '../../src/period/previousSpan.js';
import { previousYearSpan } from '../../src/period/previousYearSpan.js';
import { spanMonths } from '../../src/period/spanMonths.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
/** A year 0001–9999, its ends likely. */
const year = (min = 1): fc.Arbitrary<number> =>
  fc.oneof(fc.constant(min), fc.constant(9999), fc.integer({ min, max: 9999 }), fc.integer({ min, max: Math.min(min + 2, 9999) }));
/** A month as `year × 12 + month − 1`, from `min` (0001-01 is 12) to 9999-12. */
const monthIndex = (min = 12): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min, max: 119_999 }), fc.integer({ min, max: min + 30 }), fc.integer({ min: 119_970, max: 119_999 }));
const month = (index: number): string => `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
const LENGTH = { month: 1, quarter: 3, 'half-year': 6, year: 12 } as const;

/** The canonical text of a span of any kind; a range has two months or more. */
const spanText = (minYear = 1): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(year(minYear), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`),
    fc.tuple(year(minYear), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${pad(y, 4)}-Q${q}`),
    fc.tuple(year(minYear), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${pad(y, 4)}-H${h}`),
    year(minYear).map((y) => pad(y, 4)),
    // Mostly short ranges (as reports use), sometimes long ones; the last month at most 9999-12.
    fc
      .tuple(monthIndex(minYear * 12), fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 2000 })))
      .map(([first, extra]) => {
        const last = Math.min(first + extra, 119_999);
        const start = last === first ? first - 1 : first;
        return `${month(start)}..${month(last)}`;
      })
      .filter((text) => !text.startsWith(`${pad(minYear - 1, 4)}-`)),
  );
const span = (minYear = 1): fc.Arbitrary<PeriodSpan> => spanText(minYear).map(parsePeriodSpan);
/** A month's index, `year × 12 + month − 1`. */
const index = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
/** The length of a span, in months. */
const length = (s: PeriodSpan): number => spanMonths(s).length;

describe('period spans, for any span from 0001-01 to 9999-12', () => {
  test.prop([spanText()], { numRuns: 1000 })('round-trip: parsePeriodSpan(text).text = text for the canonical text', (text) => {
    const parsed = parsePeriodSpan(text);
    expect(parsed.text).toBe(text);
    expect(parsePeriodSpan(parsed.text)).toEqual(parsed);
  });

  test.prop([span()], { numRuns: 500 })('a span is ordered: its months run from `from` to `to`, one month apart', (s) => {
    const months = spanMonths(s);
    expect(s.from <= s.to).toBe(true);
    expect(months[0]).toBe(s.from);
    expect(months[months.length - 1]).toBe(s.to);
    const indices = months.map(index);
    expect(indices).toEqual(indices.map((_, i) => (indices[0] as number) + i));
    if (s.kind === 'range') expect(months.length).toBeGreaterThanOrEqual(2);
    else expect(months).toHaveLength(LENGTH[s.kind]);
  });

  test.prop([span()], { numRuns: 500 })('previousSpan keeps the kind and the length and ends the month before', (s) => {
    if (index(s.from) - length(s) < index('0001-01')) {
      expect(() => previousSpan(s)).toThrow(/^previousSpan requires span to start in \d{4}-\d{2} or later, got ".+": there is no period before 0001-01$/);
      return;
    }
    const before = previousSpan(s);
    expect(before.kind).toBe(s.kind);
    expect(length(before)).toBe(length(s));
    // The two spans together are one run of months: the earlier ends where the later starts.
    expect(spanMonths(parsePeriodSpan(`${before.from}..${s.to}`))).toEqual([...spanMonths(before), ...spanMonths(s)]);
  });

  test.prop([span()], { numRuns: 500 })('previousYearSpan has no span before year 0002', (s) => {
    fc.pre(s.from < '0002-01');
    expect(() => previousYearSpan(s)).toThrow(RangeError);
  });

  test.prop([span(2)], { numRuns: 500 })('previousYearSpan keeps the kind and the length and moves each month a year back', (s) => {
    const before = previousYearSpan(s);
    expect(before.kind).toBe(s.kind);
    expect(spanMonths(before)).toEqual(
      spanMonths(s).map((m) => `${pad(Number(m.slice(0, 4)) - 1, 4)}${m.slice(4)}`),
    );
  });

  test.prop([span(2).filter((s) => s.kind !== 'range')], { numRuns: 300 })(
    'a year of previousSpan steps is one previousYearSpan, for months, quarters, half-years and years',
    (s) => {
      let step: PeriodSpan = s;
      for (let i = 0; i < 12 / LENGTH[s.kind as keyof typeof LENGTH]; i += 1) step = previousSpan(step);
      expect(step).toEqual(previousYearSpan(s));
    },
  );

  test.prop([span(), span()], { numRuns: 500 })('distinct spans have distinct labels in each locale', (a, b) => {
    fc.pre(a.text !== b.text);
    expect(formatPeriodSpan(a)).not.toBe(formatPeriodSpan(b));
    expect(formatPeriodSpan(a, { locale: 'en' })).not.toBe(formatPeriodSpan(b, { locale: 'en' }));
  });

  test.prop([span()], { numRuns: 300 })('a cumulative label is the label of the range of the same months', (s) => {
    const months = s.from === s.to ? s.from : `${s.from}..${s.to}`;
    expect(formatPeriodSpan(s, { cumulative: true })).toBe(`${formatPeriodSpan(parsePeriodSpan(months))}累计`);
  });

  /** Strings near the forms: any string, lower case, a space before, a range turned backwards. */
  const nearSpan = fc.oneof(
    fc.string({ maxLength: 18 }),
    spanText().map((t) => t.toLowerCase()),
    spanText().map((t) => ` ${t}`),
    spanText().map((t) => t.split('..').reverse().join('..')),
  );
  test.prop([nearSpan], {
    numRuns: 1000,
  })('PeriodSpanSchema accepts what parsePeriodSpan reads, and gives its canonical text', (text) => {
    let parsed: PeriodSpan | undefined;
    try {
      parsed = parsePeriodSpan(text);
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
    }
    const result = PeriodSpanSchema.safeParse(text);
    expect(result.success).toBe(parsed !== undefined);
    if (parsed !== undefined) expect(result.data).toBe(parsed.text);
  });
});
