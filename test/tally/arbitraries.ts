import { fc } from '@fast-check/vitest';
import type { CaseRecord, FullCaseTally } from '../../src/index.js';

const MINUTE = 60_000;
/** 2018-11-01T00:00+08:00 … about five months of minutes. */
const FROM = Date.UTC(2018, 9, 31, 16, 0);
const SPAN = 150 * 24 * 60;

/** Time limits as exports write them: 即办, working days, natural days (some ending in 春节 2019), hours. */
const LIMITS = ['即办', '1个工作日', '3个工作日', '5个工作日', '10天', '20天', '48小时'] as const;

/**
 * Arbitrary case records (ids unique by position) around January 2019, mixing
 * epoch ms and ISO strings, as many as `constraints` allow. With `limits`,
 * some records carry a time limit (as timeLimit or statutoryTimeLimit),
 * with or without a dueAt of their own.
 */
export const caseRecordArray = (constraints: fc.ArrayConstraints, { limits = false } = {}): fc.Arbitrary<CaseRecord[]> =>
  fc
    .array(
      fc.record({
        category: fc.constantFrom('administrative_licensing', 'public_service'),
        departmentId: fc.constantFrom('A', 'B', '__proto__', 'constructor'),
        streetOfficeId: fc.constantFrom(null, 'S1', 'S2'),
        accepted: fc.integer({ min: 0, max: SPAN }),
        due: fc.option(fc.integer({ min: 0, max: 30 * 24 * 60 })),
        completed: fc.option(fc.integer({ min: 0, max: 60 * 24 * 60 })),
        iso: fc.boolean(),
        limit: limits ? fc.option(fc.constantFrom(...LIMITS), { freq: 2 }) : fc.constant(null),
        statutory: fc.boolean(),
      }),
      constraints,
    )
    .map((rows) =>
      rows.map((row, index): CaseRecord => {
        const time = (minutes: number) => {
          const ms = FROM + minutes * MINUTE;
          return row.iso ? new Date(ms).toISOString() : ms;
        };
        return {
          id: `c${index}`,
          category: row.category,
          departmentId: row.departmentId,
          streetOfficeId: row.streetOfficeId,
          acceptedAt: time(row.accepted),
          dueAt: row.due === null ? null : time(row.accepted + row.due),
          completedAt: row.completed === null ? null : time(row.accepted + row.completed),
          ...(row.limit === null ? {} : { [row.statutory ? 'statutoryTimeLimit' : 'timeLimit']: row.limit }),
          // A limit without a dueAt of its own: the tally computes the deadline
          ...(row.limit !== null && row.due !== null && row.due % 2 === 0 ? { dueAt: null } : {}),
        };
      }),
    );

/** Arbitrary case records (ids unique by position) around January 2019, mixing epoch ms and ISO strings. */
export const caseRecords = caseRecordArray({ maxLength: 60 });

/** Arbitrary full tallies. */
export const fullTally: fc.Arbitrary<FullCaseTally> = fc.record({
  accepted: fc.nat(1e9),
  completed: fc.nat(1e9),
  completedOnTime: fc.nat(1e9),
  due: fc.nat(1e9),
  inProgress: fc.nat(1e9),
});
