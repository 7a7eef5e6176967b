import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createTallier,
  emptyTally,
  feedNdjson,
  InvalidRecordError,
  mergeTallies,
  mergeTallyGroups,
  rollupTallyGroups,
  tallyCases,
  tallyColumns,
  toColumns,
  type InvalidRecord,
  type TallyGroup,
  type TallyOptions,
  type TallyResult,
} from '../../src/index.js';
import { feedCsv } from '../../src/node.js';
import { describeShort } from '../../src/tally/engine/TallyAccumulator.js';
import { fuzzParameters, fuzzTimeout } from './budget.js';

// The random-input campaign's tally side. Records of every shape (valid, and
// mutated: fields missing or of the wrong type, arrays that carry record
// fields, -0, huge and fractional epoch numbers, BigInt, Symbol, frozen
// objects, getters, Proxies, ids named __proto__, dates at the edges of the
// months, completion before acceptance or exactly at the deadline) go through
// every tally path, which must agree with each other — the same groups, the
// same invalid records with the same messages — and with a reference tally
// written below from the rules of docs/tally.md alone.

// ---------------------------------------------------------------------------
// Times: instants near the edges of the months of late 2018 and early 2019
// (UTC+8, and the other offsets the options use), written every way a record
// can write them.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Midnight of the 1st of each month, 2018-11 to 2019-04, at UTC+8, UTC and UTC−5. */
const MONTH_EDGES = [10, 11, 12, 13, 14, 15].flatMap((month) =>
  [8 * HOUR, 0, -5 * HOUR].map((offset) => Date.UTC(2018, month, 1) - offset),
);

/** An instant in epoch ms: at a month's edge (± a millisecond, a minute, a day), or anywhere from 2018-11 to 2019-04. */
const instant: fc.Arbitrary<number> = fc.oneof(
  fc.tuple(fc.constantFrom(...MONTH_EDGES), fc.constantFrom(0, -1, 1, -MINUTE, MINUTE, -24 * HOUR, 24 * HOUR)).map(([edge, delta]) => edge + delta),
  fc.integer({ min: Date.UTC(2018, 10, 1), max: Date.UTC(2019, 3, 30) }),
  fc.integer({ min: Date.UTC(2018, 10, 1) / MINUTE, max: Date.UTC(2019, 3, 30) / MINUTE }).map((minutes) => minutes * MINUTE),
);

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** An instant written as ISO 8601 with the offset `offset` (minutes), in one of the forms docs/tally.md allows. */
function isoText(ms: number, offset: number, form: number): string {
  const local = new Date(ms + offset * MINUTE);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const seconds = local.getUTCSeconds();
  const millis = local.getUTCMilliseconds();
  let time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  // Seconds may be left out only when they are zero; a fraction is written to 3 digits, or 6 (truncated to 3).
  if (seconds !== 0 || millis !== 0 || form % 2 === 0) time += `:${pad(seconds)}`;
  if (millis !== 0) time += form % 3 === 0 ? `.${pad(millis, 3)}417` : `${form % 4 === 0 ? ',' : '.'}${pad(millis, 3)}`;
  const sign = offset < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  const zone = offset === 0 && form % 5 < 2 ? (form % 5 === 0 ? 'Z' : 'z') : form % 7 === 0 ? `${sign}${hours}${minutes}` : `${sign}${hours}:${minutes}`;
  return `${date}${form % 6 === 1 ? ' ' : 'T'}${time}${zone}`;
}

/** An instant as a record writes it: epoch ms (as a number), or ISO text with one of several offsets. */
const written = (ms: number): fc.Arbitrary<number | string> =>
  fc.oneof(
    fc.constant(ms),
    fc.tuple(fc.constantFrom(480, 0, -300, 330, 840, -720, 23 * 60 + 59), fc.nat(41)).map(([offset, form]) => isoText(ms, offset, form)),
  );

// ---------------------------------------------------------------------------
// Records.

const IDS = ['a', 'b', 'c', '__proto__', 'constructor', 'toString', '😀', 'x,"y"', 'line\nbreak', 'WH-2019-000001'];
const DEPARTMENTS = ['A', 'B', '__proto__', 'constructor', '区人社局', '区😀局', 'hasOwnProperty'];
const STREET_OFFICES = [null, undefined, 'S1', 'S2', '__proto__'];
const CODES = ['01', '02', '07', '10', '20'];

type Fields = Record<string, unknown>;

/** A valid record around the months above: ids from a small pool (so duplicates happen), due and completion often on the same instant. */
const validRecord: fc.Arbitrary<Fields> = fc
  .record({
    id: fc.constantFrom(...IDS),
    category: fc.constantFrom('administrative_licensing', 'public_service'),
    code: fc.boolean(),
    departmentId: fc.constantFrom(...DEPARTMENTS),
    streetOfficeId: fc.constantFrom(...STREET_OFFICES),
    accepted: instant,
    // none (undefined or null), a later instant, or completion's own instant (done exactly at the deadline)
    due: fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer({ min: 0, max: 40 * 24 * 60 }), fc.constant('atCompletion' as const)),
    completed: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant(0), fc.integer({ min: 0, max: 60 * 24 * 60 })),
  })
  .chain((row) => {
    const completed = typeof row.completed === 'number' ? row.accepted + row.completed * MINUTE : row.completed;
    const due =
      row.due === 'atCompletion' ? (typeof completed === 'number' ? completed : row.accepted + HOUR) : typeof row.due === 'number' ? row.accepted + row.due * MINUTE : row.due;
    return fc
      .record({
        acceptedAt: written(row.accepted),
        dueAt: typeof due === 'number' ? written(due) : fc.constant(due),
        completedAt: typeof completed === 'number' ? written(completed) : fc.constant(completed),
        itemTypeCode: row.category === 'administrative_licensing' ? fc.constant('01') : fc.constantFrom(...CODES.slice(1)),
      })
      .map((times) => {
        const record: Fields = { id: row.id, category: row.category, departmentId: row.departmentId };
        if (row.code) record['itemTypeCode'] = times.itemTypeCode;
        if (row.streetOfficeId !== undefined) record['streetOfficeId'] = row.streetOfficeId;
        record['acceptedAt'] = times.acceptedAt;
        if (times.dueAt !== undefined) record['dueAt'] = times.dueAt;
        if (times.completedAt !== undefined) record['completedAt'] = times.completedAt;
        return record;
      });
  });

const FIELDS = ['id', 'category', 'itemTypeCode', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt'] as const;

/** Bad (and a few odd but valid) values for a field. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '', 'x', '12', ' ', '行政许可', '公共服务', '01', '1', '11', '20', 'public_service', 'administrative_licensing',
    -0, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, 2 ** 53 - 1, 9e15,
    8.64e15, -8.64e15, 8.64e15 + 1, -8.64e15 - 1, 1546300800000.5, 1546300799999, 1546300800000,
    null, true, 1n, 2n ** 60n, Symbol('bad'), {}, [], [1546300800000], new Date(1546300800000),
    '2019-01-05T09:30:00', '2019-01-05', '2019-02-29T00:00:00Z', '2019-13-01T00:00:00Z', '2019-01-05T24:00:00Z',
    '2019-01-05T09:30:00+24:00', '2019-01-05T09:30:00.Z', '2019-01-05t09:30:00Z', ' 2019-01-05T09:30:00Z',
    '2019-01-05T09:30:00+08', '0000-01-01T00:00:00Z', '\uD83D', 'a\uDE00b',
  ),
  instant.chain(written),
);

/** A record with one field changed, removed, or the record wrapped or replaced by something that is no plain record. */
const oddRecord: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(validRecord, fc.constantFrom(...FIELDS), fieldValue).map(([record, field, value]) => ({ ...record, [field]: value })),
  fc.tuple(validRecord, fc.constantFrom(...FIELDS)).map(([record, field]) => {
    const copy = { ...record };
    delete copy[field];
    return copy;
  }),
  fc.tuple(validRecord, fc.constantFrom('array', 'frozen', 'getters', 'proxy', 'trap', 'nullProto', 'inherited', 'instance', 'function')).map(
    ([record, shape]): unknown => {
      switch (shape) {
        case 'array':
          return Object.assign([], record);
        case 'frozen':
          return Object.freeze(record);
        case 'getters':
          return Object.defineProperties({}, Object.fromEntries(Object.entries(record).map(([key, value]) => [key, { get: () => value, enumerable: true }])));
        case 'proxy':
          return new Proxy(record, {});
        case 'trap':
          return new Proxy({}, { get: (_, key) => (typeof key === 'string' ? record[key] : undefined) });
        case 'nullProto':
          return Object.assign(Object.create(null) as Fields, record);
        case 'inherited':
          return Object.create(record) as unknown;
        case 'instance':
          return Object.assign(new (class Case {})(), record);
        default:
          return Object.assign(() => 0, record);
      }
    },
  ),
  fc.constantFrom(null, undefined, 42, 'record', 1n, Symbol('record'), true, [], -0),
);

const records: fc.Arbitrary<unknown[]> = fc.array(fc.oneof({ weight: 3, arbitrary: validRecord }, { weight: 2, arbitrary: oddRecord }), {
  maxLength: 24,
});

const OPTIONS: readonly TallyOptions[] = [
  { period: '2019-01', by: ['department', 'category'] },
  { period: '2019-01', by: 'streetOffice', missingStreetOffice: 'omit' },
  { period: { from: '2018-12', to: '2019-02' }, by: ['period', 'streetOffice'] },
  { period: '2019-01', by: [], utcOffsetMinutes: 0 },
  { period: { from: '2019-01', to: '2019-03' }, by: ['category', 'period', 'department'], utcOffsetMinutes: -300 },
];

// ---------------------------------------------------------------------------
// The reference tally, from docs/tally.md alone.

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** A timestamp as docs/tally.md defines one, in epoch ms, or null when it is none. */
function referenceTime(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= 8.64e15 ? value + 0 : null;
  if (typeof value !== 'string') return null;
  const match = ISO.exec(value);
  if (match === null) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((at) => Number(match[at]));
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const millis = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
  if (year! < 1 || hour! > 23 || minute! > 59 || second > 59) return null;
  const date = new Date(0);
  date.setUTCFullYear(year!, month! - 1, day!);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return null;
  let offset = 0;
  if (match[9] !== undefined) {
    const [offsetHour, offsetMinute] = [Number(match[10]), Number(match[11])];
    if (offsetHour > 23 || offsetMinute > 59) return null;
    offset = (match[9] === '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute);
  }
  return date.getTime() + ((hour! * 60 + minute! - offset) * 60 + second) * 1000 + millis;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The months of a period and their bounds [start, end) in epoch ms. */
function referenceMonths(options: TallyOptions): { name: string; start: number; end: number }[] {
  const offset = (options.utcOffsetMinutes ?? 480) * MINUTE;
  const { from, to } = typeof options.period === 'string' ? { from: options.period, to: options.period } : options.period;
  const months = [];
  for (let [year, month] = from.split('-').map(Number) as [number, number]; `${year}-${pad(month)}` <= to; month === 12 ? ((year += 1), (month = 1)) : (month += 1)) {
    months.push({ name: `${year}-${pad(month)}`, start: Date.UTC(year, month - 1, 1) - offset, end: Date.UTC(year, month, 1) - offset });
  }
  return months;
}

/** Tallies `list` by the rules of docs/tally.md: the groups, and the index and id of each invalid record. */
/** The standard 事项类型 codes and names (DOMAIN.md), written out here apart from the library's tables. */
const TYPE_NAMES: Record<string, string> = {
  '01': '行政许可', '02': '行政处罚', '03': '行政强制', '04': '行政征收', '05': '行政给付', '06': '行政检查',
  '07': '行政确认', '08': '行政奖励', '09': '行政裁决', '10': '其他行政权力', '20': '公共服务',
};

/**
 * A record's two-bucket category by docs/tally.md's rules, or null when the
 * record is invalid for it: itemTypeCode a code (01, or 1–9 without the zero,
 * or a whole number) or a name; category a bucket id or a 事项类型 name (which
 * implies its code, 公共服务 none); one of the two given; the two agreeing.
 */
function referenceCategory(category: unknown, itemTypeCode: unknown): string | null {
  let code: string | undefined;
  if (itemTypeCode !== undefined && itemTypeCode !== null) {
    const text = typeof itemTypeCode === 'number' && Number.isInteger(itemTypeCode) && itemTypeCode > 0 ? String(itemTypeCode) : itemTypeCode;
    if (typeof text !== 'string') return null;
    const padded = /^[1-9]$/.test(text) ? `0${text}` : text;
    code = Object.hasOwn(TYPE_NAMES, padded) ? padded : Object.keys(TYPE_NAMES).find((key) => TYPE_NAMES[key] === text);
    if (code === undefined) return null;
  }
  const bucketOf = (of: string) => (of === '01' ? 'administrative_licensing' : 'public_service');
  if (category === undefined || category === null) return code === undefined ? null : bucketOf(code);
  if (category === 'administrative_licensing' || category === 'public_service') {
    return code === undefined || bucketOf(code) === category ? category : null;
  }
  const implied = typeof category === 'string' ? Object.keys(TYPE_NAMES).find((key) => TYPE_NAMES[key] === category) : undefined;
  if (implied === undefined) return null;
  if (implied === '20') return code === undefined || bucketOf(code) === 'public_service' ? 'public_service' : null;
  return code === undefined || code === implied ? bucketOf(implied) : null;
}

function referenceTally(list: readonly unknown[], options: TallyOptions): { groups: TallyGroup[]; invalid: { index: number; id: string | null }[] } {
  const by = (typeof options.by === 'string' ? [options.by] : options.by) as readonly string[];
  const months = referenceMonths(options);
  const start = months[0]!.start;
  const end = months.at(-1)!.end;
  const cells = new Map<string, { key: Record<string, unknown>; tally: Record<string, number> }>();
  const invalid: { index: number; id: string | null }[] = [];
  const seen = new Set<string>();
  list.forEach((value, index) => {
    const record = typeof value === 'object' && value !== null ? (value as Fields) : null;
    const id = record !== null && isId(record['id']) ? record['id'] : null;
    const fail = () => invalid.push({ index, id });
    if (record === null || Array.isArray(record)) return fail();
    const { departmentId, streetOfficeId } = record;
    if (id === null) return fail();
    const category = referenceCategory(record['category'], record['itemTypeCode']);
    if (category === null) return fail();
    if (!isId(departmentId)) return fail();
    if (streetOfficeId !== undefined && streetOfficeId !== null && !isId(streetOfficeId)) return fail();
    const accepted = referenceTime(record['acceptedAt']);
    const due = record['dueAt'] === undefined || record['dueAt'] === null ? Number.POSITIVE_INFINITY : referenceTime(record['dueAt']);
    const completed = record['completedAt'] === undefined || record['completedAt'] === null ? Number.POSITIVE_INFINITY : referenceTime(record['completedAt']);
    if (accepted === null || due === null || completed === null || completed < accepted) return fail();
    // A record counts in the period when one of its events (or its being open) falls in it.
    if (!((accepted < end && completed >= start) || (due >= start && due < end))) return undefined;
    if (seen.has(id)) return fail();
    seen.add(id);
    if (streetOfficeId == null && options.missingStreetOffice === 'omit' && by.includes('streetOffice')) return undefined;
    const parts = by.includes('period') ? months : [{ name: '', start, end }];
    for (const month of parts) {
      const key: Record<string, unknown> = {};
      for (const dimension of by) {
        key[dimension] =
          dimension === 'department' ? departmentId : dimension === 'category' ? category : dimension === 'streetOffice' ? (streetOfficeId ?? null) : month.name;
      }
      const name = JSON.stringify(by.map((dimension) => key[dimension]));
      const cell = cells.get(name) ?? { key, tally: { accepted: 0, completed: 0, completedOnTime: 0, due: 0, inProgress: 0 } };
      cells.set(name, cell);
      const inMonth = (time: number) => time >= month.start && time < month.end;
      if (inMonth(accepted)) cell.tally['accepted']! += 1;
      if (inMonth(completed)) {
        cell.tally['completed']! += 1;
        if (completed <= due) cell.tally['completedOnTime']! += 1;
      }
      if (inMonth(due)) cell.tally['due']! += 1;
      if (accepted < month.end && completed >= month.end) cell.tally['inProgress']! += 1;
    }
    return undefined;
  });
  const rank = (dimension: string, value: unknown): string =>
    dimension === 'category' ? (value === 'administrative_licensing' ? '0' : '1') : value === null ? '\uFFFF\uFFFF' : `0${String(value)}`;
  const groups = [...cells.values()]
    .filter(({ tally }) => Object.values(tally).some((count) => count !== 0))
    .sort((a, b) => {
      for (const dimension of by) {
        const [x, y] = [rank(dimension, a.key[dimension]), rank(dimension, b.key[dimension])];
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    });
  return { groups: groups as unknown as TallyGroup[], invalid };
}

// ---------------------------------------------------------------------------
// The paths.

/** An invalid record as `fn` reports it, from tallyCases' report of the same record at `line`. */
function asReportedBy(problem: InvalidRecord, fn: string, line: number | null): InvalidRecord {
  const idPart = problem.id === null ? '' : `id ${describeShort(problem.id)}`;
  const prefix = `tallyCases requires records[${problem.index}]${idPart === '' ? '' : ` (${idPart})`}`;
  expect(problem.message.startsWith(prefix), problem.message).toBe(true);
  const where = [idPart, line === null ? '' : `line ${line}`].filter((part) => part !== '').join(', ');
  return { ...problem, line, message: `${fn} requires records[${problem.index}]${where === '' ? '' : ` (${where})`}${problem.message.slice(prefix.length)}` };
}

/** The source of `text` cut at `cuts` (fractions of its length), as strings or as UTF-8 bytes. */
async function* chunked(text: string, cuts: readonly number[], bytes: boolean): AsyncGenerator<string | Uint8Array> {
  const whole = bytes ? new TextEncoder().encode(text) : text;
  const points = [...new Set(cuts.map((cut) => Math.floor(cut * whole.length)))].sort((a, b) => a - b);
  let from = 0;
  for (const point of [...points, whole.length]) {
    if (point > from) yield whole.slice(from, point);
    from = Math.max(from, point);
  }
}

/** JSON as feedNdjson would read it back, or undefined for a value that JSON cannot write (1n, a Symbol, undefined). */
function throughJson(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

const TIME_FIELDS = new Set(['acceptedAt', 'dueAt', 'completedAt']);

/**
 * A record's CSV cells, or null when CSV cannot write it so that feedCsv reads
 * back the same record: every field absent, a non-empty well-formed string, or
 * (in a time column) epoch ms written as digits; null only where it means absent.
 */
function csvCells(value: unknown): string[] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Fields;
  // With no category, feedCsv takes one from itemTypeCode: not the record as given.
  if (typeof record['category'] !== 'string') return null;
  const cells: string[] = [];
  for (const field of FIELDS) {
    const cell = record[field];
    if (cell === undefined || (cell === null && (field === 'streetOfficeId' || field === 'dueAt' || field === 'completedAt'))) {
      cells.push('');
    } else if (typeof cell === 'number' && TIME_FIELDS.has(field) && /^-?\d+$/.test(String(cell)) && Number(String(cell)) === cell && !Object.is(cell, -0)) {
      cells.push(String(cell));
    } else if (
      typeof cell === 'string' &&
      cell !== '' &&
      !/\p{Surrogate}/u.test(cell) && // a lone half of a pair: csv-parse reads strings as UTF-8 bytes
      !cell.includes('\r') &&
      cell.trim() === cell && // feedCsv trims each cell
      !(TIME_FIELDS.has(field) && /^-?\d+$/.test(cell)) &&
      !(field === 'category' && (cell === '行政许可' || cell === '公共服务')) &&
      !(field === 'itemTypeCode' && /^[1-9]$/.test(cell))
    ) {
      cells.push(`"${cell.replaceAll('"', '""')}"`);
    } else {
      return null;
    }
  }
  return cells;
}

/** Runs every path over `list` and checks that they agree, with each other and with the reference. */
async function checkPaths(list: readonly unknown[], options: TallyOptions, cuts: readonly number[], bytes: boolean): Promise<void> {
  const collect = { ...options, onInvalid: 'collect' } as const;
  const reference = referenceTally(list, options);
  const checked = tallyCases(list as never[], collect);
  expect(checked.groups).toEqual(reference.groups);
  expect(checked.invalid.map(({ index, id }) => ({ index, id }))).toEqual(reference.invalid);
  for (const problem of checked.invalid) expect(problem.line).toBeNull();

  // Without the duplicate-id check: what the other paths give.
  const fast = tallyCases(list as never[], { ...collect, checkDuplicateIds: false });
  const renamed = (fn: string, result: TallyResult = fast): TallyResult => ({
    groups: result.groups,
    invalid: result.invalid.map((problem) => asReportedBy(problem, fn, null)),
    excluded: result.excluded,
  });
  const first = fast.invalid[0];
  if (first === undefined) expect(() => tallyCases(list as never[], { ...options, checkDuplicateIds: false })).not.toThrow();
  else expect(() => tallyCases(list as never[], { ...options, checkDuplicateIds: false })).toThrow(new InvalidRecordError(first));

  const many = createTallier(collect);
  many.addMany(list as never[]);
  expect(many.result()).toEqual(renamed('Tallier.addMany'));
  const one = createTallier(collect);
  for (const record of list) one.add(record as never);
  expect(one.result()).toEqual(renamed('Tallier.add'));

  // toColumns refuses the first invalid record; the valid ones tally as tallyCases tallies them.
  if (first === undefined) {
    expect(tallyColumns(toColumns(list as never[]), collect)).toEqual(fast);
  } else {
    expect(() => toColumns(list as never[])).toThrow(new InvalidRecordError(asReportedBy(first, 'toColumns', null)));
    const bad = new Set(fast.invalid.map((problem) => problem.index));
    const valid = list.filter((_, index) => !bad.has(index));
    expect(tallyColumns(toColumns(valid as never[]), collect)).toEqual({ groups: fast.groups, invalid: [], excluded: [] });
  }

  // NDJSON: the records JSON can write, one a line, read back as JSON reads them.
  const lines = list.map(throughJson).filter((value) => value !== undefined);
  const ndjson = createTallier(collect);
  const ndjsonText = lines.map((value) => JSON.stringify(value)).join('\n');
  const ndjsonSummary = await feedNdjson(ndjson, chunked(ndjsonText, cuts, bytes));
  const expectedNdjson = tallyCases(lines as never[], { ...collect, checkDuplicateIds: false });
  expect(ndjson.result()).toEqual({
    groups: expectedNdjson.groups,
    invalid: expectedNdjson.invalid.map((problem) => asReportedBy(problem, 'feedNdjson', problem.index + 1)),
    excluded: expectedNdjson.excluded,
  });
  expect(ndjsonSummary).toEqual({ records: lines.length, lines: lines.length, invalid: expectedNdjson.invalid.length });

  // CSV: the records CSV can write, header first; a record ends on its last line.
  const rows = list.map(csvCells);
  const writable = list.filter((_, index) => rows[index] !== null);
  const csvRows = rows.filter((row): row is string[] => row !== null).map((row) => row.join(','));
  const csvText = [FIELDS.join(','), ...csvRows].join('\n');
  const endLines: number[] = [];
  csvRows.reduce((line, row) => {
    const last = line + 1 + (row.match(/\n/g)?.length ?? 0);
    endLines.push(last);
    return last;
  }, 1);
  const csv = createTallier(collect);
  const csvSummary = await feedCsv(csv, chunked(csvText, cuts, bytes));
  const expectedCsv = tallyCases(writable as never[], { ...collect, checkDuplicateIds: false });
  expect(csv.result()).toEqual({
    groups: expectedCsv.groups,
    invalid: expectedCsv.invalid.map((problem) => asReportedBy(problem, 'feedCsv', endLines[problem.index] ?? null)),
    excluded: expectedCsv.excluded,
  });
  expect(csvSummary).toMatchObject({ records: writable.length, lines: endLines.at(-1) ?? 1, invalid: expectedCsv.invalid.length });
}

/**
 * `predicate`, counting its calls; in `npm run fuzz` (ZWFW_FUZZ_SECONDS set)
 * the count is printed when the property ends, since fast-check reports the
 * number of cases only with a counterexample.
 */
function counting<A extends unknown[], R>(name: string, predicate: (...args: A) => R): { predicate: (...args: A) => R; report: () => void } {
  let cases = 0;
  return {
    predicate: (...args: A): R => {
      cases += 1;
      return predicate(...args);
    },
    report: () => {
      if (Number(process.env['ZWFW_FUZZ_SECONDS'] ?? 0) > 0) console.info(`${name}: ${cases} cases`);
    },
  };
}

describe('every tally path, on records of every shape', () => {
  const name = 'tally paths agree with each other and with the reference tally';
  it(
    name,
    async () => {
      const { predicate, report } = counting(name, checkPaths);
      await fc.assert(
        fc.asyncProperty(records, fc.constantFrom(...OPTIONS), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), fc.boolean(), predicate),
        fuzzParameters(name, 150),
      );
      report();
    },
    fuzzTimeout(),
  );

  it('lets the error of a getter that throws through every path that reads the record, unchanged', async () => {
    const failure = new Error('the getter failed');
    const record = Object.defineProperty({ id: 'a', category: 'public_service', departmentId: 'D' }, 'acceptedAt', {
      get() {
        throw failure;
      },
    });
    const options = { period: '2019-01', by: [], onInvalid: 'collect' } as const;
    expect(() => tallyCases([record] as never[], options)).toThrow(failure);
    expect(() => createTallier(options).add(record as never)).toThrow(failure);
    expect(() => createTallier(options).addMany([record] as never[])).toThrow(failure);
    expect(() => toColumns([record] as never[])).toThrow(failure);
  });
});

// ---------------------------------------------------------------------------
// Junk into the functions that combine tallies: only the documented errors.

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined, null, -0, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 1n, Symbol('junk'), '', '12', 'A', true,
    [], {}, Object.freeze({}), [, ,], new Proxy({}, {}), JSON.parse('{"__proto__": {"accepted": 1}}') as unknown, () => 0,
  ),
  fc.anything({ maxDepth: 2, withBigInt: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
);

/** A count, sometimes a bad one. */
const someCount: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: fc.oneof(fc.nat(1000), fc.maxSafeNat()) }, { weight: 1, arbitrary: junk });

/** A tally, sometimes with a count missing or bad, sometimes not a tally at all. */
const someTally: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ accepted: someCount, completed: someCount, completedOnTime: someCount, due: someCount, inProgress: someCount }, { requiredKeys: ['accepted', 'completed'] }) },
  { weight: 1, arbitrary: junk },
);

/** A key value, sometimes a bad one. */
const keyValue = (dimension: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: dimension === 'category' ? fc.constantFrom('administrative_licensing', 'public_service') : dimension === 'period' ? fc.constantFrom('2019-01', '2019-02') : fc.constantFrom('A', '__proto__', 'constructor', ...(dimension === 'streetOffice' ? [null] : [])) },
    { weight: 1, arbitrary: junk },
  );

/** A group, sometimes with a bad key, key value or tally; sometimes not a group at all. */
const someGroup: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      key: fc.oneof(
        { weight: 6, arbitrary: fc.record({ department: keyValue('department'), category: keyValue('category'), streetOffice: keyValue('streetOffice'), period: keyValue('period') }, { requiredKeys: [] }) },
        { weight: 1, arbitrary: junk },
        { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 3 }), junk, { maxKeys: 2 }) },
      ),
      tally: someTally,
    }),
  },
  { weight: 1, arbitrary: junk },
);

const someGroups: fc.Arbitrary<unknown> = fc.oneof({ weight: 6, arbitrary: fc.array(someGroup, { maxLength: 5 }) }, { weight: 1, arbitrary: junk });
const someBy: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.subarray(['department', 'category', 'streetOffice', 'period']) },
  { weight: 1, arbitrary: fc.constantFrom('department', 'period', undefined) },
  { weight: 1, arbitrary: junk },
);

/** Throws unless `result` is clean: no NaN, ±Infinity, undefined or -0 anywhere; every count a safe integer. */
function expectClean(result: unknown, path = 'result'): void {
  if (typeof result === 'number') {
    expect(Number.isSafeInteger(result) && result >= 0 && !Object.is(result, -0), `${path} = ${String(result)}`).toBe(true);
  } else if (Array.isArray(result)) {
    result.forEach((item, index) => expectClean(item, `${path}[${index}]`));
  } else if (typeof result === 'object' && result !== null) {
    for (const [key, value] of Object.entries(result)) {
      expect(value, `${path}.${key}`).not.toBeUndefined();
      expectClean(value, `${path}.${key}`);
    }
  } else {
    expect(result === null || typeof result === 'string', `${path} is ${typeof result}`).toBe(true);
  }
}

/** Calls `call`: it returns a clean result, or throws a TypeError or RangeError that names `fn` and has no trailing period. */
function expectDocumented(fn: string, call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect([TypeError, RangeError]).toContain((error as Error).constructor);
    const { message } = error as Error;
    expect(message).toMatch(new RegExp(`^${fn} requires \\S`));
    expect(message).not.toMatch(/\.$/);
    expect(message).not.toMatch(/\[object /);
    return;
  }
  expectClean(result);
}

describe('the functions that combine tallies, given junk', () => {
  const cases: [string, fc.Arbitrary<unknown[]>, (...args: unknown[]) => unknown][] = [
    ['mergeTallyGroups', fc.tuple(someGroups, someGroups, someBy), (a, b, by) => mergeTallyGroups(a as never, b as never, by as never)],
    ['rollupTallyGroups', fc.tuple(someGroups, someBy), (groups, by) => rollupTallyGroups(groups as never, by as never)],
    ['mergeTallies', fc.tuple(someTally, someTally), (a, b) => mergeTallies(a as never, b as never)],
    ['emptyTally', fc.array(junk, { maxLength: 2 }), (...args) => (emptyTally as (...rest: unknown[]) => unknown)(...args)],
  ];
  for (const [fn, args, call] of cases) {
    const name = `${fn} throws only its documented errors and returns only clean tallies`;
    it(
      name,
      () => {
        const { predicate, report } = counting(name, (values: unknown[]) => expectDocumented(fn, () => call(...values)));
        fc.assert(fc.property(args, predicate), fuzzParameters(name, 400));
        report();
      },
      fuzzTimeout(),
    );
  }
});
