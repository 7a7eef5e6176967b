/**
 * Random scenarios for the shared SQL suite: case records from the tally
 * tests' generator, with hostile ids and names mixed in and records whose
 * times sit on the period's edges, and a random period, offset, grouping and
 * way of storing times.
 */
import { fc } from '@fast-check/vitest';
import type { CaseRecord, Dimension, Period, PeriodRange, SqlColumn, TimeStorage } from '../../../src/index.js';
import { caseRecordArray } from '../../tally/arbitraries.js';
import type { LoadRow, TableSpec } from './engines.js';

/** Ids and names that break naive SQL or naive JavaScript: prototype names, quotes, case and trailing-space twins, composed and decomposed é, a surrogate pair beside a BMP character that sorts after it in code points. */
export const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'A',
  'a',
  'A ',
  "x'); DROP TABLE cases; --",
  '区人社局',
  'é',
  'e\u0301',
  '😀',
  '\uff61',
  'back\\slash',
  '"quoted"',
  '`tick`',
];

/** The three tables of every engine: one per way of storing times, two with hostile names. */
export const TABLES: Readonly<Record<TimeStorage, TableSpec>> = {
  timestamptz: {
    table: 'cases',
    columns: { id: 'id', category: 'category', departmentId: 'departmentId', streetOfficeId: 'streetOfficeId', acceptedAt: 'acceptedAt', dueAt: 'dueAt', completedAt: 'completedAt' },
    timeStorage: 'timestamptz',
    storageOffset: 480,
  },
  timestamp: {
    table: 'ca"se`s\'; DROP TABLE cases; --',
    columns: {
      id: 'ID',
      category: 'cat"egory',
      departmentId: 'dept`; DROP TABLE cases; --',
      streetOfficeId: "street office's",
      acceptedAt: 'accepted\\at',
      dueAt: 'due at',
      completedAt: 'completed_at',
    },
    timeStorage: 'timestamp',
    storageOffset: 480,
  },
  epochMs: {
    table: 'cases_epoch',
    columns: { id: 'case_no', category: 'category', departmentId: 'dept_id', streetOfficeId: 'street_id', acceptedAt: 'accepted_ms', dueAt: 'due_ms', completedAt: 'completed_ms' },
    timeStorage: 'epochMs',
    storageOffset: 480,
  },
};

/**
 * What a category column may hold for each bucket, as exports write it: the
 * bucket's id, a 事项类型 name, or a 事项类型 code (two digits, or one as Excel
 * leaves it). A code is the record's itemTypeCode for tallyCases (which takes
 * codes there, not in category); an id or a name its category.
 */
export const CATEGORY_TEXTS = {
  administrative_licensing: ['administrative_licensing', '行政许可', '01', '1'],
  public_service: ['public_service', '公共服务', '行政确认', '其他行政权力', '行政处罚', '07', '7', '10', '20', '02'],
} as const;

/** A record with its category written as `text` (an index into CATEGORY_TEXTS of its bucket). */
function withCategoryText(record: CaseRecord, pick: number): CaseRecord {
  const bucket = record.category as keyof typeof CATEGORY_TEXTS;
  const texts = CATEGORY_TEXTS[bucket];
  const text = texts[pick % texts.length] as string;
  if (/^\d+$/.test(text)) {
    const { category: _, ...rest } = record;
    return { ...rest, itemTypeCode: text } as CaseRecord;
  }
  return { ...record, category: text } as CaseRecord;
}

export interface Scenario {
  readonly records: CaseRecord[];
  readonly period: Period | PeriodRange;
  readonly by: Dimension[];
  readonly utcOffsetMinutes: number;
  readonly missingStreetOffice: 'group' | 'omit';
  readonly storage: TimeStorage;
  /** For timestamp storage: the wall clock's offset, which need not be the offset months are cut at. */
  readonly storageOffset: number;
}

const MONTHS: Period[] = ['2018-11', '2018-12', '2019-01', '2019-02', '2019-03'];

function monthStart(index: number, offset: number): number {
  return Date.UTC(2018, 10 + index, 1) - offset * 60_000;
}

export const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    base: caseRecordArray({ maxLength: 40 }),
    names: fc.array(fc.constantFrom(...HOSTILE_NAMES), { minLength: 40, maxLength: 40 }),
    offices: fc.array(fc.constantFrom(null, 'S1', ...HOSTILE_NAMES), { minLength: 40, maxLength: 40 }),
    rename: fc.boolean(),
    categoryTexts: fc.array(fc.nat(9), { minLength: 60, maxLength: 60 }),
    offset: fc.constantFrom(480, 0, -300, 540, 345, -720, 840),
    storageOffset: fc.constantFrom(480, 0, -300),
    first: fc.integer({ min: 0, max: 3 }),
    span: fc.integer({ min: 0, max: 1 }),
    range: fc.boolean(),
    by: fc.shuffledSubarray(['department', 'category', 'streetOffice', 'period'] as Dimension[]),
    missing: fc.constantFrom('group' as const, 'omit' as const),
    storage: fc.constantFrom('timestamptz' as const, 'timestamp' as const, 'epochMs' as const),
    edges: fc.array(
      fc.record({
        accepted: fc.nat(5),
        acceptedShift: fc.constantFrom(-1, 0, 1),
        completed: fc.nat(5),
        completedShift: fc.constantFrom(-1, 0, 1),
        kind: fc.constantFrom('open', 'atDeadline', 'afterDeadline', 'noDeadline', 'beforeDeadline'),
        category: fc.constantFrom('administrative_licensing' as const, 'public_service' as const),
        name: fc.constantFrom(...HOSTILE_NAMES),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ base, names, offices, rename, categoryTexts, offset, storageOffset, first, span, range, by, missing, storage, edges }) => {
    const records: CaseRecord[] = base.map((record, index) =>
      rename ? { ...record, departmentId: names[index] as string, streetOfficeId: offices[index] as string | null } : record,
    );
    // Records on the edges of the months around the period, at the offset months are cut at.
    edges.forEach((edge, index) => {
      const at = (bound: number, shift: number) => monthStart(Math.min(first + bound, 5) - 1, offset) + shift;
      const accepted = at(edge.accepted, edge.acceptedShift);
      const completed = Math.max(accepted, at(edge.completed, edge.completedShift));
      const dueAt =
        edge.kind === 'noDeadline' ? null : edge.kind === 'atDeadline' || edge.kind === 'open' ? completed : edge.kind === 'afterDeadline' ? completed - 1 : completed + 1;
      records.push({
        id: `edge-${index}`,
        category: edge.category,
        departmentId: edge.name,
        streetOfficeId: index % 2 === 0 ? null : edge.name,
        acceptedAt: accepted,
        dueAt: dueAt !== null && dueAt < accepted ? accepted : dueAt,
        completedAt: edge.kind === 'open' ? null : completed,
      });
    });
    // A few ids that are prototype names, quotes, and case and trailing-space twins (unique all the same).
    ['__proto__', 'constructor', "'; DROP TABLE cases; --", 'A', 'a', 'A '].forEach((id, index) => {
      if (index < records.length) records[index] = { ...(records[index] as CaseRecord), id };
    });
    // The category as a 事项类型 name or code, on every record (edges included).
    records.forEach((record, index) => {
      records[index] = withCategoryText(record, categoryTexts[index % categoryTexts.length] as number);
    });
    const from = MONTHS[first] as Period;
    const to = MONTHS[Math.min(first + span, MONTHS.length - 1)] as Period;
    return {
      records,
      period: range ? { from, to } : from,
      by,
      utcOffsetMinutes: offset,
      missingStreetOffice: missing,
      storage,
      storageOffset,
    };
  });

const ms = (time: string | number | null | undefined): number | null =>
  time === null || time === undefined ? null : typeof time === 'number' ? time : Date.parse(time);

/** A record as a row to load, its times as epoch ms. */
export function toLoadRow(record: CaseRecord): LoadRow {
  return {
    id: record.id,
    category: record.category ?? (record.itemTypeCode === undefined || record.itemTypeCode === null ? null : String(record.itemTypeCode)),
    departmentId: record.departmentId,
    streetOfficeId: record.streetOfficeId ?? null,
    acceptedAt: ms(record.acceptedAt),
    dueAt: ms(record.dueAt),
    completedAt: ms(record.completedAt),
  };
}

/** The columns mapping of a table, for tallySql (only the names that differ from the fields). */
export function columnsOf(spec: TableSpec): Partial<Record<SqlColumn, string>> {
  return Object.fromEntries(Object.entries(spec.columns).filter(([field, name]) => field !== name));
}
