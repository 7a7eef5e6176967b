import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { describeValue } from '../src/internal/describeValue.js';
import * as node from '../src/node.js';
import { workbookParts, zipOf } from './tally/read/workbooks.js';

// The bad-input matrix: every public function, called with every kind of bad
// value in every argument and field it reads, throws the documented error
// class with a message that names the function (and the argument), or gives
// its documented result. The table is keyed by export name; a test below
// fails when an exported function (of the root or of zwfw-stats/node) has no
// row, so a new function cannot ship without one.

/** The bad values, by name. `missing` means the field is left out of its object. */
const BAD = {
  'a negative number': -1,
  'a fraction': 1.5,
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '2**53': 2 ** 53,
  'a numeric string': '12',
  null: null,
  undefined: undefined,
  'a missing field': undefined,
  'an empty object': {},
  'an empty array': [],
} as const satisfies Record<string, unknown>;
type BadName = keyof typeof BAD;

/**
 * What a bad value must give: the documented error class, or 'ok' (a
 * documented result). A bad case record gives an InvalidRecordError.
 */
type Outcome = typeof TypeError | typeof RangeError | typeof api.InvalidRecordError | 'ok';
const IRE = api.InvalidRecordError;

/** Every bad value gives `outcome`. */
const all = (outcome: Outcome): Record<BadName, Outcome> =>
  Object.fromEntries(Object.keys(BAD).map((bad) => [bad, outcome])) as Record<BadName, Outcome>;
/** The six bad numbers: negative, fractional, NaN, ±Infinity, 2**53. */
const numbers = (outcome: Outcome) => ({
  'a negative number': outcome,
  'a fraction': outcome,
  NaN: outcome,
  Infinity: outcome,
  '-Infinity': outcome,
  '2**53': outcome,
});
/** An optional argument: absent gives the default. */
const optional = (kind: Record<BadName, Outcome>): Record<BadName, Outcome> => ({
  ...kind,
  undefined: 'ok',
  'a missing field': 'ok',
});

/** A count: a non-negative safe integer. Not a number is a TypeError, a bad number a RangeError. */
const count = { ...all(TypeError), ...numbers(RangeError) };
/** A string from a fixed list: an unknown string is a RangeError, anything else a TypeError. */
const string = { ...all(TypeError), 'a numeric string': RangeError };

/**
 * The kinds of argument, and what each bad value must give. Every kind lists
 * every bad value, so a row cannot skip one.
 */
const KINDS = {
  /** A count: a non-negative safe integer (受理, 办结, n; also formatPeriod's year and month, within range). */
  count,
  /** A safe integer that may be negative: a change's rate numerator; InvalidRecordError's index (−1 for a header). */
  integer: { ...count, 'a negative number': 'ok' },
  /** A required object argument (`{}` and `[]` lack its fields), or a required function (topN's `by`). */
  object: all(TypeError),
  /** `formatPercent`'s ratio: an object, or `null` for no rate ('—'). */
  ratioOrNull: { ...all(TypeError), null: 'ok' },
  /** An optional options object: absent or `{}` gives the defaults. */
  options: { ...optional(all(TypeError)), 'an empty object': 'ok' },
  /** A required string from a fixed list (a category, a 事项类型 code, a period). */
  string,
  /** An optional string option from a fixed list (locale, basis, rounding …). */
  choice: optional(string),
  /** An optional `digits`: an integer from 0 to 20, absent gives 2. */
  digits: optional(count),
  /** An optional boolean option (`trimZeros`). */
  flag: optional(all(TypeError)),
  /** A list of items: `[]` is allowed. */
  array: { ...all(TypeError), 'an empty array': 'ok' },
  /** Anything: a function that takes no such argument, or one whose documented result for bad input is a value (parseMonthlyReport's `{ success: false }`). */
  none: all('ok'),
  /** A score returned by topN's `by`: a finite number, negative and fractional allowed. */
  score: { ...count, 'a negative number': 'ok', 'a fraction': 'ok', '2**53': 'ok' },
  /** A tally's `period`: a month 'YYYY-MM', or `{ from, to }` (so `{}` lacks `from`). */
  period: string,
  /** A tally's `by`: a dimension or a list of them; `[]` gives one group. */
  dimensions: { ...string, 'an empty array': 'ok' },
  /** `utcOffsetMinutes`: an optional integer from −720 to 840 (−1 is a fine offset). */
  offset: optional({ ...count, 'a negative number': 'ok' }),
  /** Case records: an iterable (`[]` allowed); a string is iterable, and its characters are not records. */
  records: { ...all(TypeError), 'a numeric string': IRE, 'an empty array': 'ok' },
  /** An optional list (`columns.ids`): absent is fine, anything else must be an array of the right length. */
  optionalList: optional(all(TypeError)),
  /** A case record itself, or a required field of it with no numeric-string form (category). */
  record: all(IRE),
  /** A non-empty string ('12' is one): InvalidRecordError's message. */
  text: { ...all(TypeError), 'a numeric string': 'ok' },
  /** A non-empty string or null: InvalidRecordError's id and field. */
  textOrNull: { ...all(TypeError), 'a numeric string': 'ok', null: 'ok' },
  /** A 1-based file line, or null when there is no file: InvalidRecordError's line. */
  lineOrNull: { ...count, null: 'ok' },
  /** A record's id or departmentId: a non-empty string ('12' is a fine id). */
  recordId: { ...all(IRE), 'a numeric string': 'ok' },
  /** A record's streetOfficeId: a non-empty string, null or absent. */
  recordOptionalId: { ...optional(all(IRE)), null: 'ok', 'a numeric string': 'ok' },
  /** A record's itemTypeCode: a 事项类型 code or name of its category, or null or absent. */
  recordCode: { ...optional(all(IRE)), null: 'ok' },
  /** A record's category beside an itemTypeCode: a bucket or 事项类型 name, or null or absent (the code gives it). */
  recordCategory: { ...optional(all(IRE)), null: 'ok' },
  /** A record's status: a 办件状态 of the table ('12' is none), or null or absent. */
  recordStatus: { ...optional(all(IRE)), null: 'ok' },
  /** toItemTypeCode's value: a code or a name as text, or a whole number; '12', -1, 1.5 and 2**53 are no code. */
  itemTypeText: { ...all(TypeError), ...numbers(RangeError), 'a numeric string': RangeError },
  /** A tally's statuses: an optional object of status → kind (`{}` adds none). */
  statusTable: { ...optional(all(TypeError)), 'an empty object': 'ok' },
  /** A record's acceptedAt: an ISO time with an offset or whole epoch ms (−1 is 1969, outside the period). */
  recordTime: { ...all(IRE), 'a negative number': 'ok' },
  /** A record's dueAt: as acceptedAt, or null or absent (即办件). */
  recordDue: { ...optional(all(IRE)), null: 'ok', 'a negative number': 'ok' },
  /** A record's completedAt: at or after acceptedAt (so not −1), or null or absent (在办). */
  recordCompleted: { ...optional(all(IRE)), null: 'ok' },
  /** An optional count (a tally's completedOnTime, due, inProgress): absent is unknown, and left out of a sum. */
  optionalCount: optional(count),
  /** A chunk of feedNdjson's source: a string or bytes; the string '12' is a line holding 12, which is not a record. */
  chunk: { ...all(TypeError), 'a numeric string': IRE },
  /** mergeTallyGroups' `by`: an optional list of dimensions (`[]` compares no dimension). */
  dimensionList: optional({ ...string, 'an empty array': 'ok' }),
  /** A group's key in mergeTallyGroups: an object (`{}` is a key with no dimension), not an array. */
  groupKey: { ...all(TypeError), 'an empty object': 'ok' },
  /** A group's key in rollupTallyGroups: an object holding the dimensions of `by` (`{}` lacks them), not an array. */
  rollupKey: { ...all(TypeError), 'an empty object': RangeError },
  /** A number or a string (parseTimeLimit's text, computeDeadline's acceptedAt): a bad number or an unreadable string is a RangeError; −1 is 1970, outside the calendar. */
  numberOrText: { ...count, 'a numeric string': RangeError },
  /** An optional calendar option: absent gives the bundled one; anything not made by createWorkdayCalendar, `{}` included, is a TypeError. */
  calendar: optional(all(TypeError)),
  /** An optional list (pauses, holidays, workdays, sources): absent or `[]` is fine, anything else but an array is a TypeError. */
  optionalArray: { ...optional(all(TypeError)), 'an empty array': 'ok' },
  /** A department in a group's key: a non-empty string ('12' is a fine id); absent or undefined is no department. */
  recordGroupId: { ...optional(all(TypeError)), 'a numeric string': 'ok' },
  /** A table or column name for tallySql: a non-empty string ('12' is one); a table may be a list of 1 to 3 parts (`[]` has none). */
  sqlName: { ...all(TypeError), 'a numeric string': 'ok', 'an empty array': RangeError },
  /** A column name in tallySql's optional `columns`: absent keeps the field's name. */
  optionalSqlName: optional({ ...all(TypeError), 'a numeric string': 'ok' }),
  /** The rows of readTallySqlRows: an array of row objects; `[]` lacks the summary row. */
  sqlRows: { ...all(TypeError), 'an empty array': RangeError },
  /** A count as a driver returns it: a number, a BigInt or a string of digits ('12' is one). */
  driverCount: { ...count, 'a numeric string': 'ok' },
} as const satisfies Record<string, Record<BadName, Outcome>>;

/** One argument or field of a function, and how to call the function with a bad value in it. */
interface Slot {
  /** The name the error message must use, such as `accepted` or `ratio.numerator`. */
  readonly name: string;
  readonly kind: keyof typeof KINDS;
  /** A good value for this slot: with it, `call` must not throw (so the row itself can fail). */
  readonly valid: unknown;
  /** Calls the function with `bad` in this slot and valid values everywhere else. */
  readonly call: (bad: unknown) => unknown;
  /** Calls the function with this field left out; absent for positional arguments. */
  readonly missing?: () => unknown;
  /** The function the message must name, when not the row's own (a Tallier's methods). */
  readonly fn?: string;
}

/** `object` with `key` set to `value`. */
const set = (object: object, key: string, value: unknown): object => ({ ...object, [key]: value });
/** `object` without `key`. */
const omit = (object: object, key: string): object => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

/** Slots for the fields of an object argument, each with its `missing` variant. */
function fields(
  prefix: string,
  valid: object,
  kinds: Record<string, keyof typeof KINDS>,
  call: (object: object) => unknown,
): Slot[] {
  return Object.entries(kinds).map(([key, kind]) => ({
    name: `${prefix}${key}`,
    kind,
    valid: (valid as Record<string, unknown>)[key],
    call: (bad) => call(set(valid, key, bad)),
    missing: () => call(omit(valid, key)),
  }));
}

/** Slots for the options of a function whose last argument is an options object. */
function optionSlots(kinds: Record<string, keyof typeof KINDS>, call: (options: unknown) => unknown): Slot[] {
  return [{ name: 'options', kind: 'options', valid: {}, call }, ...fields('', {}, kinds, call)];
}

// Valid arguments, from the 五华区 seed (January 2019).
const tally = { accepted: 35300, completed: 35133, completedOnTime: 35133, due: 35300 };
const ratio = { numerator: 35133, denominator: 35300, value: 35133 / 35300 };
const change = api.yoyChange(22256, 24773);
const points = api.pointChange(ratio, { numerator: 950, denominator: 1000, value: 0.95 });
const offices = [
  { name: '红云街道为民服务中心', accepted: 3410 },
  { name: '普吉街道为民服务中心', accepted: 2938 },
];
const byAccepted = (office: { accepted: number }): number => office.accepted;
const seedJson: unknown = JSON.parse(readFileSync(new URL('../examples/wuhua-2019-01.json', import.meta.url), 'utf8'));
const parsed = api.parseMonthlyReport(seedJson);
const report = parsed.success ? parsed.report : undefined;
// buildMonthlyReport: one group of a monthly tally (the seed's 35300 at the centre), and the options.
const reportGroup = {
  key: { period: '2019-01', streetOffice: null, department: 'health', category: 'public_service' },
  tally: { accepted: 35300, completed: 35133, completedOnTime: 35133, due: 35300, inProgress: 167 },
};
const buildOptions = { period: '2019-01', supplement: { centre: { name: '五华区人民政府政务服务中心' } }, cumulative: false };
/** A time limit: 3 working days (the 2020 Spring Festival example of computeDeadline). */
const limit = { amount: 3, unit: 'working-days' };
const decimalKinds = { digits: 'digits', rounding: 'choice', trimZeros: 'flag' } as const;

// SQL: the seed record's tally as the rows of a tallySql statement would give it.
const sqlOptions: api.TallySqlOptions = { dialect: 'postgres', table: 'cases', period: '2019-01', by: 'department' };
const sqlQuery = api.tallySql(sqlOptions);
const noInvalid = {
  invalid_id: 0,
  invalid_category: 0,
  invalid_department: 0,
  invalid_street_office: 0,
  invalid_accepted_at: 0,
  invalid_due_at: 0,
  invalid_completed_at: 0,
  completed_before_accepted: 0,
  duplicate_ids: 0,
};
const sqlRows: Record<string, unknown>[] = [
  { row_kind: 0, department: 'agriculture-forestry', accepted: 0, completed: 1, completed_on_time: 1, due: 1, in_progress: 0, ...noInvalid },
  { row_kind: 1, department: null, accepted: 0, completed: 0, completed_on_time: 0, due: 0, in_progress: 0, ...noInvalid },
];

// The exports of both entries: the root, and zwfw-stats/node (feedCsv).
const entries = { ...api, ...node };
// The point is to pass what the types forbid, so the functions are called untyped.
const f = entries as unknown as Record<string, (...args: any[]) => unknown>;
const NewInvalidRecordError = api.InvalidRecordError as unknown as new (problem: unknown) => unknown;

// Tally: a case record (accepted in December 2018, completed in January
// 2019; also the schemas' valid record), and the options of every tally.
const caseRecord: api.CaseRecord = {
  id: 'WH201900001',
  itemTypeCode: '01',
  departmentId: 'agriculture-forestry',
  streetOfficeId: 'huguo',
  acceptedAt: '2018-12-28T16:16:00+08:00',
  dueAt: '2019-01-13T16:16:00+08:00',
  completedAt: '2019-01-11T00:43:07+08:00',
  category: 'administrative_licensing',
};
const tallyOptions: api.TallyOptions = { period: '2019-01', by: 'department' };
const tallyOptionKinds = {
  period: 'period',
  by: 'dimensions',
  utcOffsetMinutes: 'offset',
  missingStreetOffice: 'choice',
  onInvalid: 'choice',
  wallClockOffsetMinutes: 'offset',
  statuses: 'statusTable',
} as const;
/** The tally options that tallySql reads: not the clock of offset-less times or the status table, which the SQL has no use for. */
const { wallClockOffsetMinutes: _wallClock, statuses: _statuses, ...sqlTallyOptionKinds } = tallyOptionKinds;
/** The kind of each field of a case record. */
const recordKinds = {
  id: 'recordId',
  itemName: 'recordOptionalId',
  category: 'recordCategory',
  departmentId: 'recordId',
  streetOfficeId: 'recordOptionalId',
  itemTypeCode: 'recordCode',
  acceptedAt: 'recordTime',
  dueAt: 'recordDue',
  completedAt: 'recordCompleted',
  status: 'recordStatus',
} as const;

/** Slots for a tally's required options object and each of its options, `{ from, to }` periods included. */
function tallyOptionSlots(extra: Record<string, keyof typeof KINDS>, call: (options: unknown) => unknown): Slot[] {
  return [
    { name: 'options', kind: 'object', valid: tallyOptions, call },
    ...fields('', tallyOptions, { ...tallyOptionKinds, ...extra }, call),
    // A range's months are checked as a month is, under the name `period`.
    { name: 'period', kind: 'string', valid: '2019-01', call: (bad) => call({ ...tallyOptions, period: { from: bad, to: '2019-03' } }) },
    { name: 'period', kind: 'string', valid: '2019-03', call: (bad) => call({ ...tallyOptions, period: { from: '2019-01', to: bad } }) },
  ];
}

/** A span as parsePeriodSpan('2019-Q1') gives it, written out. */
const quarterSpan = { kind: 'quarter', from: '2019-01', to: '2019-03', text: '2019-Q1' };
/** Slots for a span argument and each of its fields (each a string, checked on its own before they are compared). */
function spanSlots(call: (span: unknown) => unknown): Slot[] {
  return [
    { name: 'span', kind: 'object', valid: quarterSpan, call },
    ...fields('span.', quarterSpan, { kind: 'string', from: 'string', to: 'string', text: 'string' }, call),
  ];
}

/**
 * Slots for the record `records[0]` and each of its fields. An invalid record
 * is named by its index and, once its id is read, its id.
 */
function recordSlots(call: (records: unknown[]) => unknown, fn?: string): Slot[] {
  const named = fn === undefined ? {} : { fn };
  return [
    { name: 'records[0]', kind: 'record', valid: caseRecord, call: (bad) => call([bad]), ...named },
    ...Object.entries(recordKinds).map(([key, kind]): Slot => ({
      name: key === 'id' ? 'records[0] id' : `records[0] (id "${caseRecord.id}") ${key}`,
      kind,
      valid: (caseRecord as Record<string, unknown>)[key],
      call: (bad) => call([set(caseRecord, key, bad)]),
      missing: () => call([omit(caseRecord, key)]),
      ...named,
    })),
  ];
}

/**
 * toColumns([caseRecord]), written out: the library runs only inside tests
 * (code run while the test files load cannot be traced to a test). A test
 * below checks that this is what toColumns gives.
 */
const seedColumns: api.CaseColumns = {
  length: 1,
  ids: ['WH201900001'],
  category: Uint8Array.of(0),
  departmentIds: ['agriculture-forestry'],
  department: Int32Array.of(0),
  streetOfficeIds: ['huguo'],
  streetOffice: Int32Array.of(0),
  acceptedAt: Float64Array.of(Date.parse('2018-12-28T16:16:00+08:00')),
  dueAt: Float64Array.of(Date.parse('2019-01-13T16:16:00+08:00')),
  completedAt: Float64Array.of(Date.parse('2019-01-11T00:43:07+08:00')),
};
/** The kind of each field of CaseColumns. */
const columnKinds = {
  length: 'count',
  category: 'object',
  department: 'object',
  streetOffice: 'object',
  acceptedAt: 'object',
  dueAt: 'object',
  completedAt: 'object',
  ids: 'optionalList',
} as const;

/** A source of `chunks` that can be read more than once. */
const chunkSource = (...chunks: unknown[]) => ({
  async *[Symbol.asyncIterator]() {
    yield* chunks;
  },
});
const seedNdjson = chunkSource(`${JSON.stringify(caseRecord)}\n`);
/** CSV text of the seed record, its header naming the fields (so no mapping is needed). */
const seedCsvText = `${Object.keys(caseRecord).join(',')}\n${Object.values(caseRecord).join(',')}\n`;
const seedCsv = chunkSource(seedCsvText);
/** The seed record as an .xlsx workbook: a header row and one row, inline-string cells; a new source per call. */
const seedXlsxBytes = zipOf(
  workbookParts({
    sheets: [
      [
        '办件',
        [Object.keys(caseRecord), Object.values(caseRecord).map(String)]
          .map((cells, row) => `<row r="${row + 1}">${cells.map((cell) => `<c t="inlineStr"><is><t>${cell}</t></is></c>`).join('')}</row>`)
          .join(''),
      ],
    ],
  }),
);
const seedXlsx = (): AsyncIterable<Uint8Array> => (async function* () { yield seedXlsxBytes; })();

/** The problem of a record that a file gave on its line 2. */
const problem: api.InvalidRecord = {
  index: 0,
  line: 2,
  id: caseRecord.id,
  field: 'completedAt',
  message: `feedCsv requires records[0] (id "${caseRecord.id}", line 2) completedAt to be at or after acceptedAt, got "2018-12-01T00:00:00+08:00"`,
};

/**
 * The group of a tally of the seed record for January, written out (checked
 * below): accepted in December, due on 01-13 and completed on 01-11, so
 * completed, on time and due in January.
 */
const group = {
  key: { department: 'agriculture-forestry' },
  tally: { accepted: 0, completed: 1, completedOnTime: 1, due: 1, inProgress: 0 },
};
/** A group of another department, so that merging sorts two keys. */
const otherGroup = { ...group, key: { department: 'civil-affairs' } };

const TABLE: Record<string, readonly Slot[]> = {
  // Models
  caseCategoryLabel: [
    { name: 'category', kind: 'string', valid: 'public_service', call: (bad) => f.caseCategoryLabel?.(bad) },
    ...optionSlots({ locale: 'choice' }, (options) => f.caseCategoryLabel?.('public_service', options)),
  ],
  toCaseCategory: [{ name: 'code', kind: 'string', valid: '01', call: (bad) => f.toCaseCategory?.(bad) }],
  toItemTypeCode: [{ name: 'value', kind: 'itemTypeText', valid: '行政确认', call: (bad) => f.toItemTypeCode?.(bad) }],

  // Period
  formatPeriod: [
    { name: 'parts', kind: 'object', valid: { year: 2019, month: 1 }, call: (bad) => f.formatPeriod?.(bad) },
    ...fields('', { year: 2019, month: 1 }, { year: 'count', month: 'count' }, (parts) => f.formatPeriod?.(parts)),
  ],
  parsePeriod: [{ name: 'period', kind: 'string', valid: '2019-01', call: (bad) => f.parsePeriod?.(bad) }],
  previousMonthPeriod: [{ name: 'period', kind: 'string', valid: '2019-01', call: (bad) => f.previousMonthPeriod?.(bad) }],
  previousYearPeriod: [{ name: 'period', kind: 'string', valid: '2019-01', call: (bad) => f.previousYearPeriod?.(bad) }],
  parsePeriodSpan: [{ name: 'period', kind: 'string', valid: '2019-Q1', call: (bad) => f.parsePeriodSpan?.(bad) }],
  formatPeriodSpan: [
    ...spanSlots((span) => f.formatPeriodSpan?.(span)),
    ...optionSlots({ locale: 'choice', cumulative: 'flag' }, (options) => f.formatPeriodSpan?.(quarterSpan, options)),
  ],
  previousSpan: spanSlots((span) => f.previousSpan?.(span)),
  previousYearSpan: spanSlots((span) => f.previousYearSpan?.(span)),
  spanMonths: spanSlots((span) => f.spanMonths?.(span)),

  // Rates
  completionRate: [
    { name: 'tally', kind: 'object', valid: tally, call: (bad) => f.completionRate?.(bad) },
    ...fields('', tally, { accepted: 'count', completed: 'count' }, (t) => f.completionRate?.(t)),
  ],
  onTimeRate: [
    { name: 'tally', kind: 'object', valid: tally, call: (bad) => f.onTimeRate?.(bad) },
    ...fields('', tally, { completed: 'count', completedOnTime: 'count' }, (t) => f.onTimeRate?.(t)),
    // `due` is read on the 'due' basis only, and required there.
    ...fields('', tally, { due: 'count' }, (t) => f.onTimeRate?.(t, { basis: 'due' })),
    ...optionSlots({ basis: 'choice' }, (options) => f.onTimeRate?.(tally, options)),
  ],
  share: [
    { name: 'part', kind: 'count', valid: 20564, call: (bad) => f.share?.(bad, 35300) },
    { name: 'whole', kind: 'count', valid: 35300, call: (bad) => f.share?.(0, bad) },
  ],

  // Calendar: dates written YYYY-MM-DD (a string from a fixed form), the bundled calendar by default
  isWorkingDay: [
    { name: 'date', kind: 'string', valid: '2020-02-01', call: (bad) => f.isWorkingDay?.(bad) },
    ...optionSlots({ calendar: 'calendar' }, (options) => f.isWorkingDay?.('2020-02-01', options)),
  ],
  nextWorkingDay: [
    { name: 'date', kind: 'string', valid: '2020-01-23', call: (bad) => f.nextWorkingDay?.(bad) },
    ...optionSlots({ calendar: 'calendar' }, (options) => f.nextWorkingDay?.('2020-01-23', options)),
  ],
  addWorkingDays: [
    { name: 'date', kind: 'string', valid: '2020-01-17', call: (bad) => f.addWorkingDays?.(bad, 5) },
    { name: 'amount', kind: 'integer', valid: 5, call: (bad) => f.addWorkingDays?.('2020-01-17', bad) },
    ...optionSlots({ calendar: 'calendar' }, (options) => f.addWorkingDays?.('2020-01-17', 5, options)),
  ],
  countWorkingDays: [
    { name: 'from', kind: 'string', valid: '2019-02-01', call: (bad) => f.countWorkingDays?.(bad, '2019-02-11') },
    { name: 'to', kind: 'string', valid: '2019-02-11', call: (bad) => f.countWorkingDays?.('2019-02-01', bad) },
    ...optionSlots({ calendar: 'calendar' }, (options) => f.countWorkingDays?.('2019-02-01', '2019-02-11', options)),
  ],
  dateAtOffset: [
    { name: 'instantMs', kind: 'integer', valid: 1580488200000, call: (bad) => f.dateAtOffset?.(bad) },
    ...optionSlots({ utcOffsetMinutes: 'offset' }, (options) => f.dateAtOffset?.(1580488200000, options)),
  ],
  createWorkdayCalendar: optionSlots(
    {
      extend: 'calendar',
      firstYear: 'optionalCount',
      lastYear: 'optionalCount',
      holidays: 'optionalArray',
      workdays: 'optionalArray',
      sources: 'optionalArray',
    },
    (options) => f.createWorkdayCalendar?.(options),
  ),
  computeDeadline: [
    { name: 'acceptedAt', kind: 'numberOrText', valid: '2020-01-23T10:00:00+08:00', call: (bad) => f.computeDeadline?.(bad, limit) },
    { name: 'limit', kind: 'object', valid: limit, call: (bad) => f.computeDeadline?.('2020-01-23T10:00:00+08:00', bad) },
    ...fields('limit.', limit, { amount: 'count', unit: 'string' }, (l) => f.computeDeadline?.('2020-01-23T10:00:00+08:00', l)),
    ...optionSlots(
      { calendar: 'calendar', utcOffsetMinutes: 'offset', countAcceptanceDay: 'flag', closingTime: 'choice', pauses: 'optionalArray' },
      (options) => f.computeDeadline?.('2020-01-23T10:00:00+08:00', limit, options),
    ),
  ],
  parseTimeLimit: [
    { name: 'text', kind: 'numberOrText', valid: '15个工作日', call: (bad) => f.parseTimeLimit?.(bad) },
    ...optionSlots({ unit: 'choice', days: 'choice' }, (options) => f.parseTimeLimit?.('15个工作日', options)),
  ],
  timeLimitCompressionRate: [
    { name: 'statutoryLimit', kind: 'object', valid: limit, call: (bad) => f.timeLimitCompressionRate?.(bad, limit) },
    { name: 'committedLimit', kind: 'object', valid: limit, call: (bad) => f.timeLimitCompressionRate?.(limit, bad) },
    ...fields('statutoryLimit.', limit, { amount: 'count', unit: 'string' }, (l) => f.timeLimitCompressionRate?.(l, { amount: 0, unit: 'working-days' })),
    ...fields('committedLimit.', limit, { amount: 'count', unit: 'string' }, (l) => f.timeLimitCompressionRate?.({ amount: 20, unit: 'working-days' }, l)),
  ],

  // Change
  yoyChange: [
    { name: 'current', kind: 'count', valid: 22256, call: (bad) => f.yoyChange?.(bad, 24773) },
    { name: 'previous', kind: 'count', valid: 24773, call: (bad) => f.yoyChange?.(22256, bad) },
  ],
  momChange: [
    { name: 'current', kind: 'count', valid: 22256, call: (bad) => f.momChange?.(bad, 3000) },
    { name: 'previous', kind: 'count', valid: 24773, call: (bad) => f.momChange?.(3100, bad) },
  ],
  pointChange: [
    { name: 'current', kind: 'object', valid: ratio, call: (bad) => f.pointChange?.(bad, ratio) },
    { name: 'previous', kind: 'object', valid: ratio, call: (bad) => f.pointChange?.(ratio, bad) },
    ...fields('current.', ratio, { numerator: 'integer', denominator: 'count' }, (r) => f.pointChange?.(r, ratio)),
    ...fields('previous.', ratio, { numerator: 'integer', denominator: 'count' }, (r) => f.pointChange?.(ratio, r)),
  ],

  // Ranking
  topN: [
    { name: 'items', kind: 'array', valid: offices, call: (bad) => f.topN?.(bad, 3, { by: byAccepted }) },
    { name: 'n', kind: 'count', valid: 3, call: (bad) => f.topN?.(offices, bad, { by: byAccepted }) },
    { name: 'options', kind: 'object', valid: { by: byAccepted }, call: (bad) => f.topN?.(offices, 3, bad) },
    ...fields('', { by: byAccepted }, { by: 'object', ties: 'choice', ranking: 'choice', order: 'choice' }, (o) =>
      f.topN?.(offices, 3, o),
    ),
    { name: 'by', kind: 'score', valid: 7, call: (bad) => f.topN?.(offices, 3, { by: () => bad }) },
    // A bad score after the first n items, which take another path through the heap.
    {
      name: 'by',
      kind: 'score',
      valid: 7,
      call: (bad) => f.topN?.(offices, 1, { by: (office: { accepted: number }, index: number) => (index === 1 ? bad : office.accepted) }),
    },
  ],

  // Format
  formatPercent: [
    { name: 'ratio', kind: 'ratioOrNull', valid: ratio, call: (bad) => f.formatPercent?.(bad) },
    ...fields('ratio.', ratio, { numerator: 'integer', denominator: 'count' }, (r) => f.formatPercent?.(r)),
    ...optionSlots(decimalKinds, (options) => f.formatPercent?.(ratio, options)),
  ],
  formatChange: [
    { name: 'change', kind: 'object', valid: change, call: (bad) => f.formatChange?.(bad) },
    // current and previous must stay consistent with the rest of the change:
    // a bad value in one is caught before the consistency checks.
    ...fields('change.', change, { current: 'count', previous: 'count' }, (c) => f.formatChange?.(c)),
    ...optionSlots({ kind: 'choice', locale: 'choice', ...decimalKinds }, (options) => f.formatChange?.(change, options)),
  ],
  formatPointChange: [
    { name: 'change', kind: 'object', valid: points, call: (bad) => f.formatPointChange?.(bad) },
    ...fields('change.', points, { current: 'object', previous: 'object' }, (c) => f.formatPointChange?.(c)),
    ...fields('change.current.', ratio, { numerator: 'integer', denominator: 'count' }, (r) =>
      f.formatPointChange?.({ ...points, current: r }),
    ),
    ...optionSlots({ locale: 'choice', ...decimalKinds }, (options) => f.formatPointChange?.(points, options)),
  ],

  // Tally
  emptyTally: [{ name: '(no argument)', kind: 'none', valid: undefined, call: (bad) => f.emptyTally?.(bad) }],
  tallyCases: [
    { name: 'records', kind: 'records', valid: [caseRecord], call: (bad) => f.tallyCases?.(bad, tallyOptions) },
    ...tallyOptionSlots({ checkDuplicateIds: 'flag' }, (options) => f.tallyCases?.([caseRecord], options)),
    ...recordSlots((records) => f.tallyCases?.(records, tallyOptions)),
  ],
  createTallier: [
    ...tallyOptionSlots({}, (options) => f.createTallier?.(options)),
    ...recordSlots((records) => (f.createTallier?.(tallyOptions) as api.Tallier).add(records[0]), 'Tallier.add'),
    ...recordSlots((records) => (f.createTallier?.(tallyOptions) as api.Tallier).addMany(records), 'Tallier.addMany'),
    {
      name: 'records',
      kind: 'records',
      valid: [caseRecord],
      call: (bad) => (f.createTallier?.(tallyOptions) as api.Tallier).addMany(bad as never),
      fn: 'Tallier.addMany',
    },
  ],
  toColumns: [
    { name: 'records', kind: 'records', valid: [caseRecord], call: (bad) => f.toColumns?.(bad) },
    // A time column holds NaN for "none" (documented): shown here as null.
    ...recordSlots((records) => {
      const columns = f.toColumns?.(records) as api.CaseColumns;
      const times = (column: Float64Array) => Array.from(column, (time) => (Number.isNaN(time) ? null : time));
      return { ...columns, dueAt: times(columns.dueAt), completedAt: times(columns.completedAt) };
    }),
  ],
  tallyColumns: [
    { name: 'columns', kind: 'object', valid: seedColumns, call: (bad) => f.tallyColumns?.(bad, tallyOptions) },
    ...fields('columns.', seedColumns, columnKinds, (columns) => f.tallyColumns?.(columns, tallyOptions)),
    // A dictionary that lacks a row's code makes the row invalid: collected here.
    ...fields('columns.', seedColumns, { departmentIds: 'array', streetOfficeIds: 'array' }, (columns) =>
      f.tallyColumns?.(columns, { ...tallyOptions, onInvalid: 'collect' }),
    ),
    ...tallyOptionSlots({}, (options) => f.tallyColumns?.(seedColumns, options)),
  ],
  feedNdjson: [
    { name: 'tallier', kind: 'object', valid: api.createTallier(tallyOptions), call: (bad) => f.feedNdjson?.(bad, seedNdjson) },
    { name: 'source', kind: 'object', valid: seedNdjson, call: (bad) => f.feedNdjson?.(f.createTallier?.(tallyOptions), bad) },
    {
      name: 'source',
      kind: 'chunk',
      valid: `${JSON.stringify(caseRecord)}\n`,
      call: (bad) => f.feedNdjson?.(f.createTallier?.(tallyOptions), chunkSource(bad)),
    },
  ],
  feedCsv: [
    { name: 'tallier', kind: 'object', valid: api.createTallier(tallyOptions), call: (bad) => f.feedCsv?.(bad, seedCsv) },
    { name: 'source', kind: 'object', valid: seedCsv, call: (bad) => f.feedCsv?.(f.createTallier?.(tallyOptions), bad) },
    // The chunk '12' is a header row without the required columns.
    {
      name: 'source',
      kind: 'chunk',
      valid: seedCsvText,
      call: (bad) => f.feedCsv?.(f.createTallier?.(tallyOptions), chunkSource(bad)),
    },
    ...optionSlots({ headers: 'options' }, (options) => f.feedCsv?.(f.createTallier?.(tallyOptions), seedCsv, options)),
  ],
  feedXlsx: [
    { name: 'tallier', kind: 'object', valid: api.createTallier(tallyOptions), call: (bad) => f.feedXlsx?.(bad, seedXlsx()) },
    ...optionSlots({ headers: 'options' }, (options) => f.feedXlsx?.(f.createTallier?.(tallyOptions), seedXlsx(), options)),
  ],
  InvalidRecordError: [
    { name: 'problem', kind: 'object', valid: problem, call: (bad) => new NewInvalidRecordError(bad) },
    ...fields(
      'problem.',
      problem,
      { index: 'integer', line: 'lineOrNull', id: 'textOrNull', field: 'textOrNull', message: 'text' },
      (p) => new NewInvalidRecordError(p),
    ),
  ],
  mergeTallyGroups: [
    { name: 'a', kind: 'array', valid: [group], call: (bad) => f.mergeTallyGroups?.(bad, [group]) },
    { name: 'b', kind: 'array', valid: [group], call: (bad) => f.mergeTallyGroups?.([group], bad) },
    // Tallies are checked where two groups share a key (the same key here); every count is required.
    ...fields('a[0].tally.', (group as { tally: object }).tally, { accepted: 'count', completed: 'count', completedOnTime: 'count' }, (tally) =>
      f.mergeTallyGroups?.([{ ...group, tally }], [group]),
    ),
    ...fields('b[0].tally.', (group as { tally: object }).tally, { accepted: 'count', completed: 'count', inProgress: 'count' }, (tally) =>
      f.mergeTallyGroups?.([group], [{ ...group, tally }]),
    ),
    // A group whose key is in one list only is checked too, with the same message.
    ...fields('a[0].tally.', (group as { tally: object }).tally, { completed: 'count', due: 'count' }, (tally) =>
      f.mergeTallyGroups?.([{ ...group, tally }], [otherGroup]),
    ),
    ...fields('a[0].key.', group.key, { department: 'recordGroupId' }, (key) => f.mergeTallyGroups?.([{ ...group, key }], [otherGroup])),
    { name: 'by', kind: 'dimensionList', valid: ['department'], call: (bad) => f.mergeTallyGroups?.([group], [otherGroup], bad) },
  ],
  rollupTallyGroups: [
    { name: 'groups', kind: 'array', valid: [group], call: (bad) => f.rollupTallyGroups?.(bad, 'department') },
    { name: 'groups[0]', kind: 'object', valid: group, call: (bad) => f.rollupTallyGroups?.([bad], 'department') },
    ...fields('groups[0].', group, { key: 'rollupKey', tally: 'object' }, (g) => f.rollupTallyGroups?.([g], 'department')),
    ...fields(
      'groups[0].tally.',
      (group as { tally: object }).tally,
      { accepted: 'count', completed: 'count', completedOnTime: 'count', due: 'count', inProgress: 'count' },
      (tally) => f.rollupTallyGroups?.([{ ...group, tally }], 'department'),
    ),
    // A second group that rolls up onto the first's key (by: [] keeps no dimension).
    ...fields('groups[1].tally.', (group as { tally: object }).tally, { accepted: 'count', inProgress: 'count' }, (tally) =>
      f.rollupTallyGroups?.([group, { ...otherGroup, tally }], []),
    ),
    ...fields('groups[1].key.', otherGroup.key, { department: 'recordGroupId' }, (key) => f.rollupTallyGroups?.([group, { ...otherGroup, key }], [])),
    { name: 'by', kind: 'dimensions', valid: 'department', call: (bad) => f.rollupTallyGroups?.([group, otherGroup], bad) },
  ],
  mergeTallies: [
    { name: 'a', kind: 'object', valid: tally, call: (bad) => f.mergeTallies?.(bad, tally) },
    { name: 'b', kind: 'object', valid: tally, call: (bad) => f.mergeTallies?.(tally, bad) },
    ...fields('a.', tally, { accepted: 'count', completed: 'count' }, (t) => f.mergeTallies?.(t, tally)),
    ...fields('b.', tally, { accepted: 'count', completed: 'count' }, (t) => f.mergeTallies?.(tally, t)),
  ],

  // SQL
  tallySql: [
    { name: 'options', kind: 'object', valid: sqlOptions, call: (bad) => f.tallySql?.(bad) },
    ...fields(
      '',
      sqlOptions,
      { ...sqlTallyOptionKinds, dialect: 'string', table: 'sqlName', columns: 'options', timeStorage: 'choice', timeStorageOffsetMinutes: 'offset', checkDuplicateIds: 'flag' },
      (options) => f.tallySql?.(options),
    ),
    { name: 'table[0]', kind: 'text', valid: 'warehouse', call: (bad) => f.tallySql?.({ ...sqlOptions, table: [bad, 'cases'] }) },
    ...fields('columns.', { departmentId: 'dept_code' }, { departmentId: 'optionalSqlName' }, (columns) => f.tallySql?.({ ...sqlOptions, columns })),
    { name: 'period', kind: 'string', valid: '2019-01', call: (bad) => f.tallySql?.({ ...sqlOptions, period: { from: bad, to: '2019-03' } }) },
    { name: 'period', kind: 'string', valid: '2019-03', call: (bad) => f.tallySql?.({ ...sqlOptions, period: { from: '2019-01', to: bad } }) },
  ],
  readTallySqlRows: [
    { name: 'rows', kind: 'sqlRows', valid: sqlRows, call: (bad) => f.readTallySqlRows?.(bad, sqlQuery) },
    { name: 'query', kind: 'object', valid: sqlQuery, call: (bad) => f.readTallySqlRows?.(sqlRows, bad) },
    ...fields('rows[0].', sqlRows[0] as object, { accepted: 'driverCount', completed: 'driverCount', in_progress: 'driverCount', department: 'text' }, (row) =>
      f.readTallySqlRows?.([row, sqlRows[1]], sqlQuery),
    ),
    // Counted, not refused, by a query written with onInvalid: 'collect'.
    ...fields('rows[1].', sqlRows[1] as object, { invalid_id: 'driverCount', duplicate_ids: 'driverCount' }, (row) =>
      f.readTallySqlRows?.([sqlRows[0], row], api.tallySql({ ...sqlOptions, onInvalid: 'collect' })),
    ),
  ],

  // Report
  auditReport: [
    { name: 'report', kind: 'object', valid: report, call: (bad) => f.auditReport?.(bad) },
    ...optionSlots({ locale: 'choice' }, (options) => f.auditReport?.(report, options)),
  ],
  parseMonthlyReport: [
    { name: 'input', kind: 'none', valid: seedJson, call: (bad) => f.parseMonthlyReport?.(bad) },
    ...optionSlots({ locale: 'choice' }, (options) => f.parseMonthlyReport?.(seedJson, options)),
  ],
  renderReport: [
    { name: 'report', kind: 'object', valid: report, call: (bad) => f.renderReport?.(bad) },
    ...optionSlots({ format: 'choice', locale: 'choice' }, (options) => f.renderReport?.(report, options)),
  ],
  buildMonthlyReport: [
    { name: 'groups', kind: 'array', valid: [reportGroup], call: (bad) => f.buildMonthlyReport?.(bad, buildOptions) },
    { name: 'groups[0]', kind: 'object', valid: reportGroup, call: (bad) => f.buildMonthlyReport?.([bad], buildOptions) },
    ...fields('groups[0].key.', reportGroup.key, { period: 'string', streetOffice: 'textOrNull', department: 'text', category: 'string' }, (key) =>
      f.buildMonthlyReport?.([{ ...reportGroup, key }], buildOptions),
    ),
    ...fields('groups[0].tally.', reportGroup.tally, { accepted: 'count', completed: 'count', completedOnTime: 'count', inProgress: 'count' }, (tally) =>
      f.buildMonthlyReport?.([{ ...reportGroup, tally }], buildOptions),
    ),
    { name: 'options', kind: 'object', valid: buildOptions, call: (bad) => f.buildMonthlyReport?.([reportGroup], bad) },
    ...fields('', buildOptions, { period: 'string', supplement: 'object', cumulative: 'flag' }, (options) => f.buildMonthlyReport?.([reportGroup], options)),
  ],
};

/**
 * Cases that the matrix found wrong and that are not fixed yet, by test name
 * (`<function> with <bad value> as <slot>`). Each must still fail: when it is
 * fixed, its test fails until the entry is removed.
 */
const KNOWN_BUGS = new Set<string>([]);

/**
 * Exported functions that have no row yet: each is listed, so the debt is
 * visible, and the first test fails if one gets a row without leaving this
 * list.
 */
const PENDING = new Set<string>([]);

/** Asserts a result holds no NaN, no ±Infinity and no "NaN"/"undefined"/"Infinity" text, at any depth. */
function expectNoNonsense(result: unknown, path = 'result'): void {
  if (typeof result === 'number') expect(Number.isFinite(result), path).toBe(true);
  else if (typeof result === 'string') expect(result, path).not.toMatch(/NaN|Infinity|undefined/);
  else if (typeof result === 'object' && result !== null) {
    for (const [key, value] of Object.entries(result)) {
      if (typeof value !== 'function') expectNoNonsense(value, `${path}.${key}`);
    }
  }
}

/** Calls `call`, and awaits its result when it is a promise (feedNdjson): a rejection counts as a throw. */
async function settle(call: () => unknown): Promise<unknown> {
  const result = call();
  return result instanceof Promise ? await result : result;
}

const functionNames = Object.entries(entries)
  .filter(([, value]) => typeof value === 'function')
  .map(([name]) => name)
  .sort();

describe('the bad-input matrix', () => {
  it('starts from the columns and the group that the library makes of the seed record', () => {
    expect(api.toColumns([caseRecord])).toEqual(seedColumns);
    expect(api.tallyCases([caseRecord], tallyOptions).groups).toEqual([group]);
  });

  it('has a row for every exported function, and no row for anything else', () => {
    expect(functionNames.length).toBeGreaterThan(0);
    expect(functionNames.filter((name) => !Object.hasOwn(TABLE, name) && !PENDING.has(name))).toEqual([]);
    expect(Object.keys(TABLE).filter((name) => !functionNames.includes(name))).toEqual([]);
    expect([...PENDING].filter((name) => Object.hasOwn(TABLE, name) || !functionNames.includes(name))).toEqual([]);
  });

  it.each(Object.entries(TABLE).flatMap(([fn, slots]) => slots.map((slot) => ({ fn, slot }))))(
    '$fn runs with a good $slot.name (so that each row can fail)',
    async ({ slot }) => {
      // Fails the test if it throws or rejects.
      await settle(() => slot.call(slot.valid));
    },
  );

  const cases = Object.entries(TABLE).flatMap(([fn, slots]) =>
    slots.flatMap((slot) =>
      (Object.keys(BAD) as BadName[])
        .filter((bad) => bad !== 'a missing field' || slot.missing !== undefined)
        .map((bad) => ({ fn, slot, bad, outcome: KINDS[slot.kind][bad] as Outcome })),
    ),
  );

  it.each(cases)('$fn with $bad as $slot.name', async ({ fn, slot, bad, outcome }) => {
    const check = async (): Promise<void> => {
      const value = BAD[bad];
      const call = bad === 'a missing field' && slot.missing ? slot.missing : () => slot.call(value);
      if (outcome === 'ok') {
        const result = await settle(call);
        // A parse result may quote the bad input ("实际为 NaN"): that is its job.
        if (slot.kind !== 'none') expectNoNonsense(result);
        return;
      }
      let error: unknown;
      try {
        await settle(call);
      } catch (caught) {
        error = caught;
      }
      expect(error, 'it must throw').toBeInstanceOf(outcome);
      const { message } = error as Error;
      expect((error as Error).constructor, message).toBe(outcome);
      expect(message).not.toMatch(/\.$/);
      // An empty object or array in an object slot is rejected for what it
      // lacks (its first field), so the message names that field instead.
      const namesItsSlot =
        !((slot.kind === 'object' || slot.kind === 'ratioOrNull' || slot.kind === 'record') && (bad === 'an empty object' || bad === 'an empty array')) &&
        // `{}` as a period is a range without `from`; a string of records is read character by character.
        !(slot.kind === 'period' && bad === 'an empty object') &&
        !((slot.kind === 'records' || slot.kind === 'chunk') && bad === 'a numeric string');
      const named = slot.fn ?? fn;
      expect(message).toMatch(new RegExp(`^${named.replace('.', '\\.')} requires \\S`));
      if (namesItsSlot) {
        expect(message.startsWith(`${named} requires ${slot.name} `), message).toBe(true);
        // A record field that is absent reads "got nothing (the field is absent)"
        expect(message).toContain(`got ${value === undefined && slot.name.startsWith('records[0] ') ? 'nothing (the field is absent)' : describeValue(value)}`);
      }
    };
    if (KNOWN_BUGS.has(`${fn} with ${bad} as ${slot.name}`)) {
      // Still wrong: this expectation flips when it is fixed, so the entry must then go.
      await expect(check()).rejects.toThrow();
    } else {
      await check();
    }
  });
});

// The zod schemas check data where it enters: each must reject every bad
// value in every field (never throw, never coerce), except where a field is
// optional. A schema with no row fails the first test below.

/** What a schema must do with a bad value in a field. */
type Verdict = 'reject' | 'accept';
const rejectAll = Object.fromEntries(Object.keys(BAD).map((bad) => [bad, 'reject'])) as Record<BadName, Verdict>;
const SCHEMA_KINDS = {
  /** A required count. */
  count: rejectAll,
  /** An optional count: absent is fine. */
  optionalCount: { ...rejectAll, undefined: 'accept', 'a missing field': 'accept' },
  /** A required non-empty string (an id or a name): '12' is a fine id. */
  text: { ...rejectAll, 'a numeric string': 'accept' },
  /** The value itself (a period, a category, a code, a whole object). */
  value: rejectAll,
} as const satisfies Record<string, Record<BadName, Verdict>>;

interface SchemaRow {
  /** A value the schema accepts, from the seed. */
  readonly valid: unknown;
  /** The fields of `valid` and their kinds; the value itself is always checked. */
  readonly fields: Record<string, keyof typeof SCHEMA_KINDS>;
}

const SCHEMAS: Record<string, SchemaRow> = {
  CaseCategorySchema: { valid: 'public_service', fields: {} },
  CaseTallySchema: {
    valid: { accepted: 35300, completed: 35133, completedOnTime: 35133, due: 35300, inProgress: 167 },
    fields: { accepted: 'count', completed: 'count', completedOnTime: 'optionalCount', due: 'optionalCount', inProgress: 'optionalCount' },
  },
  DepartmentSchema: { valid: { id: 'health', name: '区卫计局' }, fields: { id: 'text', name: 'text' } },
  ItemTypeCodeSchema: { valid: '01', fields: {} },
  PeriodSchema: { valid: '2019-01', fields: {} },
  PeriodSpanSchema: { valid: '2019-Q1', fields: {} },
  StreetOfficeSchema: { valid: { id: 'hongyun', name: '红云街道为民服务中心' }, fields: { id: 'text', name: 'text' } },

  CaseRecordSchema: { valid: caseRecord, fields: { id: 'text', departmentId: 'text' } },
  InferredCountSchema: { valid: { inferred: { min: 27944, max: 27946, from: '接件总数同比增长26.32%' } }, fields: {} },
  MonthlyReportSchema: { valid: seedJson, fields: {} },
  ReportSupplementSchema: { valid: { district: '五华区', centre: { name: '五华区人民政府政务服务中心' } }, fields: { centre: 'value' } },
  ReportCountSchema: { valid: 35300, fields: {} },
};

interface Schema {
  safeParse(value: unknown): { success: boolean };
}
const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';
const schemas = (Object.entries(api) as [string, unknown][]).filter((entry): entry is [string, Schema] =>
  isSchema(entry[1]),
);

describe('the bad-input matrix of the schemas', () => {
  it('has a row for every exported schema, and no row for anything else', () => {
    const names = schemas.map(([name]) => name).sort();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !Object.hasOwn(SCHEMAS, name))).toEqual([]);
    expect(Object.keys(SCHEMAS).filter((name) => !names.includes(name))).toEqual([]);
  });

  const rows = schemas.filter(([name]) => Object.hasOwn(SCHEMAS, name));

  it.each(rows)('%s accepts its row’s valid value (so that each row can fail)', (name, schema) => {
    expect(schema.safeParse(SCHEMAS[name]?.valid).success).toBe(true);
  });

  const cases = rows.flatMap(([name, schema]) => {
    const row = SCHEMAS[name] as SchemaRow;
    const slots: { slot: string; kind: keyof typeof SCHEMA_KINDS; withBad: (bad: BadName) => unknown }[] = [
      { slot: 'the value', kind: 'value', withBad: (bad) => BAD[bad] },
      ...Object.entries(row.fields).map(([field, kind]) => ({
        slot: field,
        kind,
        withBad: (bad: BadName) =>
          bad === 'a missing field' ? omit(row.valid as object, field) : set(row.valid as object, field, BAD[bad]),
      })),
    ];
    return slots.flatMap(({ slot, kind, withBad }) =>
      (Object.keys(BAD) as BadName[])
        .filter((bad) => bad !== 'a missing field' || slot !== 'the value')
        .map((bad) => ({ name, schema, slot, bad, verdict: SCHEMA_KINDS[kind][bad], input: withBad(bad) })),
    );
  });

  it.each(cases)('$name: $bad as $slot', ({ schema, verdict, input }) => {
    expect(schema.safeParse(input).success).toBe(verdict === 'accept');
  });
});

// Newer kinds of bad value, for the tally functions: -0, a BigInt and a Symbol
// in every argument and field of their rows above. -0 is 0 where a number may
// be 0 (a count, a time, an offset), and no result may hold -0.
const TALLY_BAD = { '-0': -0, 'a BigInt': 1n, 'a Symbol': Symbol('bad') } as const;
type TallyBadName = keyof typeof TALLY_BAD;
const wrongType = (outcome: Outcome): Record<TallyBadName, Outcome> => ({ '-0': outcome, 'a BigInt': outcome, 'a Symbol': outcome });
const TALLY_KINDS: Partial<Record<keyof typeof KINDS, Record<TallyBadName, Outcome>>> = {
  object: wrongType(TypeError),
  none: wrongType('ok'),
  records: wrongType(TypeError),
  record: wrongType(IRE),
  recordId: wrongType(IRE),
  recordOptionalId: wrongType(IRE),
  recordCode: wrongType(IRE),
  recordCategory: wrongType(IRE),
  recordStatus: wrongType(IRE),
  statusTable: wrongType(TypeError),
  recordTime: { ...wrongType(IRE), '-0': 'ok' },
  recordDue: { ...wrongType(IRE), '-0': 'ok' },
  // -0 is 1970, before the record's acceptedAt
  recordCompleted: wrongType(IRE),
  recordGroupId: wrongType(TypeError),
  period: wrongType(TypeError),
  string: wrongType(TypeError),
  dimensions: wrongType(TypeError),
  offset: { ...wrongType(TypeError), '-0': 'ok' },
  choice: wrongType(TypeError),
  flag: wrongType(TypeError),
  // -0 is no count (assertCount refuses it, so that no sum can return -0)
  count: { ...wrongType(TypeError), '-0': RangeError },
  array: wrongType(TypeError),
  dimensionList: wrongType(TypeError),
  groupKey: wrongType(TypeError),
  rollupKey: wrongType(TypeError),
  optionalList: wrongType(TypeError),
  chunk: wrongType(TypeError),
  options: wrongType(TypeError),
  integer: { ...wrongType(TypeError), '-0': 'ok' },
  lineOrNull: { ...wrongType(TypeError), '-0': RangeError },
  textOrNull: wrongType(TypeError),
  text: wrongType(TypeError),
};
/** Where the rule of the kind does not apply: `columns.length` -0 is 0, which the columns' length 1 contradicts (the message names the column). */
const TALLY_EXCEPTIONS = new Map<string, Outcome>([['tallyColumns with -0 as columns.length', RangeError]]);
const TALLY_FUNCTIONS = ['emptyTally', 'tallyCases', 'createTallier', 'toColumns', 'tallyColumns', 'feedNdjson', 'feedCsv', 'feedXlsx', 'InvalidRecordError', 'mergeTallyGroups', 'rollupTallyGroups', 'mergeTallies'];

/** Asserts that no number in `result` is -0, at any depth (typed arrays included). */
function expectNoNegativeZero(result: unknown, path = 'result'): void {
  if (typeof result === 'number') expect(Object.is(result, -0), path).toBe(false);
  else if (typeof result === 'object' && result !== null) {
    for (const [key, value] of Object.entries(result)) expectNoNegativeZero(value, `${path}.${key}`);
  }
}

describe('the bad-input matrix of the tally functions, for -0, BigInt and Symbol', () => {
  it('has a kind for every slot of every tally function', () => {
    expect(TALLY_FUNCTIONS.flatMap((fn) => (TABLE[fn] ?? []).filter((slot) => TALLY_KINDS[slot.kind] === undefined).map((slot) => `${fn} ${slot.name}`))).toEqual([]);
  });

  const cases = TALLY_FUNCTIONS.flatMap((fn) =>
    (TABLE[fn] ?? []).flatMap((slot) =>
      (Object.keys(TALLY_BAD) as TallyBadName[]).map((bad) => {
        const name = `${fn} with ${bad} as ${slot.name}`;
        return { name, fn, slot, bad, outcome: TALLY_EXCEPTIONS.get(name) ?? (TALLY_KINDS[slot.kind]?.[bad] as Outcome) };
      }),
    ),
  );

  it.each(cases)('$name', async ({ name, fn, slot, bad, outcome }) => {
    const value = TALLY_BAD[bad];
    if (outcome === 'ok') {
      const result = await settle(() => slot.call(value));
      expectNoNonsense(result);
      expectNoNegativeZero(result);
      return;
    }
    let error: unknown;
    try {
      await settle(() => slot.call(value));
    } catch (caught) {
      error = caught;
    }
    expect(error, 'it must throw').toBeInstanceOf(outcome);
    const { message } = error as Error;
    expect((error as Error).constructor, message).toBe(outcome);
    expect(message).not.toMatch(/\.$/);
    const named = slot.fn ?? fn;
    expect(message).toMatch(new RegExp(`^${named.replace('.', '\\.')} requires \\S`));
    if (!TALLY_EXCEPTIONS.has(name) && !(slot.kind === 'record' && bad !== '-0')) {
      expect(message.startsWith(`${named} requires ${slot.name} `), message).toBe(true);
      expect(message).toContain(`got ${describeValue(value)}`);
    }
  });
});


// Newer kinds of bad value, for the report functions: -0, a BigInt and a
// Symbol as the report, deep inside it (a count, a name, a published figure)
// and as an option. auditReport and renderReport check all of a report, so
// each is refused with an error naming the function and the field;
// parseMonthlyReport lists it as a problem at its path.
const REPORT_BAD = { '-0': -0, 'a BigInt': 1n, 'a Symbol': Symbol('bad') } as const;
type ReportBadName = keyof typeof REPORT_BAD;
/** Where a bad value goes in the seed's data: its path, and what a count (-0 is no count) or anything else gives. */
const REPORT_FIELDS: readonly { path: readonly string[]; outcomes: Record<ReportBadName, typeof TypeError | typeof RangeError> }[] = [
  { path: ['centre', 'tally', 'accepted'], outcomes: { '-0': RangeError, 'a BigInt': TypeError, 'a Symbol': TypeError } },
  { path: ['investment', 'projects', 'filing'], outcomes: { '-0': RangeError, 'a BigInt': TypeError, 'a Symbol': TypeError } },
  { path: ['streetOffices', 'officeCount'], outcomes: { '-0': RangeError, 'a BigInt': TypeError, 'a Symbol': TypeError } },
  { path: ['centre', 'name'], outcomes: { '-0': TypeError, 'a BigInt': TypeError, 'a Symbol': TypeError } },
  { path: ['centre', 'published', 'completionRate'], outcomes: { '-0': TypeError, 'a BigInt': TypeError, 'a Symbol': TypeError } },
];

/** The seed's data with `bad` at `path`. */
function seedWith(path: readonly string[], bad: unknown): unknown {
  const data = structuredClone(seedJson) as Record<string, unknown>;
  let at = data;
  for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[path.at(-1) as string] = bad;
  return data;
}

describe('the bad-input matrix of the report functions, for -0, BigInt and Symbol', () => {
  const badNames = Object.keys(REPORT_BAD) as ReportBadName[];
  const refusals = ['auditReport', 'renderReport'].flatMap((fn) =>
    badNames.flatMap((bad) => [
      { fn, bad, name: 'report', outcome: TypeError, call: () => f[fn]?.(REPORT_BAD[bad]) },
      ...REPORT_FIELDS.map(({ path, outcomes }) => ({
        fn,
        bad,
        name: `report.${path.join('.')}`,
        outcome: outcomes[bad],
        call: () => f[fn]?.(seedWith(path, REPORT_BAD[bad])),
      })),
      ...(fn === 'renderReport' ? ['locale', 'format'] : ['locale']).map((option) => ({
        fn,
        bad,
        name: option,
        outcome: TypeError,
        call: () => f[fn]?.(report, { [option]: REPORT_BAD[bad] }),
      })),
    ]),
  );
  refusals.push(
    ...badNames.map((bad) => ({
      fn: 'parseMonthlyReport',
      bad,
      name: 'locale',
      outcome: TypeError,
      call: () => f.parseMonthlyReport?.(seedJson, { locale: REPORT_BAD[bad] }),
    })),
  );

  it.each(refusals)('$fn with $bad as $name', ({ fn, bad, name, outcome, call }) => {
    let error: unknown;
    try {
      call();
    } catch (caught) {
      error = caught;
    }
    expect(error, 'it must throw').toBeInstanceOf(outcome);
    expect((error as Error).constructor).toBe(outcome);
    const { message } = error as Error;
    expect(message.startsWith(`${fn} requires ${name} `), message).toBe(true);
    expect(message).toContain(`got ${describeValue(REPORT_BAD[bad])}`);
  });

  it.each(badNames.flatMap((bad) => REPORT_FIELDS.map(({ path }) => ({ bad, path: path.join('.'), input: seedWith(path, REPORT_BAD[bad]) }))))(
    'parseMonthlyReport with $bad at $path lists a problem there',
    ({ path, input }) => {
      const result = f.parseMonthlyReport?.(input) as api.ParseMonthlyReportResult;
      expect(result.success).toBe(false);
      expect(result.success ? [] : result.problems.map((problem) => problem.path)).toEqual([path]);
    },
  );
});
