import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { CATEGORY_OF_TEXT, CATEGORY_TEXT_FORMS } from '../../models/categoryOfText.js';
import { PERIOD_SPAN_FORMS, readPeriodSpanText } from '../../period/parsePeriodSpan.js';
import { PERIOD_SPAN_PATTERN } from '../../period/periodSpanPattern.js';
import { assertObject } from '../../internal/assertObject.js';
import { assertOneOf } from '../../internal/assertOneOf.js';
import { describeValue } from '../../internal/describeValue.js';
import { describeRange } from '../figures/countRange.js';

// Every rule of MonthlyReportSchema, without zod (auditReport and renderReport
// are pure: importing them must not load zod). The random-input campaign
// (test/fuzz/report.test-prop.ts) keeps the two in step: on mutated reports,
// auditReport and renderReport throw exactly when parseMonthlyReport lists a
// problem; test/report/check/assertReportShape.test.ts has a case of each rule.

const PERCENT = /^\d+(?:\.\d+)?%$/;
const AMOUNT = /^\d+(?:\.\d+)?亿元$/;
const ISSUED_ON = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

type Fields = Record<string, unknown>;

/** Reads a report's fields, throwing for the first one that is not as MonthlyReportSchema says. */
class ReportReader {
  constructor(readonly fn: string) {}

  /** A value that is wrong for its kind (a count that is negative, a text that is empty). */
  private bad(path: string, requirement: string, value: unknown, shown = describeValue(value)): never {
    throw new RangeError(`${this.fn} requires ${path} to be ${requirement}, got ${shown}`);
  }

  /** A value of the wrong type, or a required one missing. */
  private wrong(path: string, requirement: string, value: unknown): never {
    throw new TypeError(`${this.fn} requires ${path} to be ${requirement}, got ${describeValue(value)}`);
  }

  /** An object holding no field but `known`; returns its fields. */
  object(path: string, value: unknown, known: readonly string[]): Fields {
    assertObject(this.fn, path, value);
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) {
        throw new RangeError(`${this.fn} requires ${join(path, key)} to be left out (no report has such a field), got ${describeValue(value[key])}`);
      }
    }
    return value;
  }

  /** An optional object: absent, or as {@link object}. */
  optionalObject(path: string, value: unknown, known: readonly string[]): Fields | undefined {
    return value === undefined ? undefined : this.object(path, value, known);
  }

  /** An array's items, a hole read as undefined (forEach would skip it; the schema reads it as a missing item). */
  array(path: string, value: unknown): readonly unknown[] {
    if (!Array.isArray(value)) this.wrong(path, 'an array', value);
    return Array.from(value);
  }

  /** A plain count: a non-negative safe integer, not -0. */
  count(path: string, value: unknown): void {
    if (typeof value !== 'number') this.wrong(path, 'a non-negative integer', value);
    if (!Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) this.bad(path, 'a non-negative integer', value);
  }

  /** A ReportCount: a count, or `{ inferred: { min, max, from } }` with min ≤ max; returns its range. */
  reportCount(path: string, value: unknown): readonly [number, number] {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      if (typeof value !== 'number') this.wrong(path, 'a non-negative integer or an inferred range { inferred: { min, max, from } }', value);
      this.count(path, value);
      return [value, value];
    }
    const at = `${path}.inferred`;
    const range = this.object(at, this.object(path, value, ['inferred'])['inferred'], ['min', 'max', 'from']);
    const [min, max] = [range['min'], range['max']];
    this.count(`${at}.min`, min);
    this.count(`${at}.max`, max);
    this.text(`${at}.from`, range['from']);
    if ((max as number) < (min as number)) this.bad(`${at}.max`, `at least min (${String(min)})`, max);
    return [min as number, max as number];
  }

  optionalCount(path: string, value: unknown): readonly [number, number] | undefined {
    return value === undefined ? undefined : this.reportCount(path, value);
  }

  /** A string, non-empty unless `empty`, matching `pattern` when given (worded as `example`). */
  text(path: string, value: unknown, pattern?: RegExp, example = 'a non-empty string', empty = false): void {
    if (typeof value !== 'string') this.wrong(path, 'a string', value);
    if ((!empty && value === '') || (pattern !== undefined && !pattern.test(value))) this.bad(path, example, value);
  }

  optionalText(path: string, value: unknown, pattern?: RegExp, example?: string, empty = false): void {
    if (value !== undefined) this.text(path, value, pattern, example, empty);
  }

  /** `true`, the one value of a flag that is either set or left out. */
  literalTrue(path: string, value: unknown): void {
    if (typeof value !== 'boolean') this.wrong(path, 'true', value);
    if (!value) this.bad(path, 'true (or left out)', value);
  }

  boolean(path: string, value: unknown): void {
    if (typeof value !== 'boolean') this.wrong(path, 'a boolean', value);
  }

  oneOf(path: string, value: unknown, allowed: readonly string[]): void {
    assertOneOf(this.fn, path, value, allowed);
  }

  /** A category: an id, or a 事项类型 name or code (CATEGORY_OF_TEXT), as the schema's literal takes it. */
  category(path: string, value: unknown): void {
    const forms = CATEGORY_TEXT_FORMS.en.replaceAll('"', "'");
    if (typeof value !== 'string') this.wrong(path, forms, value);
    if (!CATEGORY_OF_TEXT.has(value)) this.bad(path, forms, value);
  }

  /** Cases on time are part of the cases they are counted from: at most as many at some end of both ranges. */
  partOf(path: string, part: readonly [number, number] | undefined, whole: readonly [number, number], wholeName: string): void {
    if (part !== undefined && part[0] > whole[1]) this.bad(path, `at most ${wholeName} (${whole[1]})`, part, describeRange(part));
  }
}

/** `path` with `key` after it: `report.centre`, `report.englishNames["五华区"]`. */
function join(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function readTally(reader: ReportReader, path: string, value: unknown): void {
  const tally = reader.object(path, value, ['accepted', 'completed', 'completedOnTime', 'inProgress']);
  reader.reportCount(`${path}.accepted`, tally['accepted']);
  const completed = reader.reportCount(`${path}.completed`, tally['completed']);
  const onTime = reader.optionalCount(`${path}.completedOnTime`, tally['completedOnTime']);
  reader.optionalCount(`${path}.inProgress`, tally['inProgress']);
  reader.partOf(`${path}.completedOnTime`, onTime, completed, 'completed');
}

function readBase(reader: ReportReader, path: string, value: unknown): void {
  const base = reader.optionalObject(path, value, ['accepted', 'completed', 'noData']);
  if (base === undefined) return;
  reader.optionalCount(`${path}.accepted`, base['accepted']);
  reader.optionalCount(`${path}.completed`, base['completed']);
  if (base['noData'] !== undefined) {
    reader.literalTrue(`${path}.noData`, base['noData']);
    if (base['accepted'] !== undefined || base['completed'] !== undefined) {
      throw new RangeError(`${reader.fn} requires ${path}.noData to be left out beside counts (a period with no data has none), got true`);
    }
  }
}

function readPublished(reader: ReportReader, path: string, value: unknown): void {
  const published = reader.optionalObject(path, value, ['completionRate', 'onTimeRate', 'acceptedYoy', 'acceptedMom']);
  if (published === undefined) return;
  const percent = 'a percentage such as "99.53%"';
  reader.optionalText(`${path}.completionRate`, published['completionRate'], PERCENT, percent);
  reader.optionalText(`${path}.onTimeRate`, published['onTimeRate'], PERCENT, percent);
  reader.optionalText(`${path}.acceptedYoy`, published['acceptedYoy']);
  reader.optionalText(`${path}.acceptedMom`, published['acceptedMom']);
}

/** A department or a street office: `{ id, name }`, both non-empty. */
function readNamed(reader: ReportReader, path: string, value: unknown): void {
  const named = reader.object(path, value, ['id', 'name']);
  reader.text(`${path}.id`, named['id']);
  reader.text(`${path}.name`, named['name']);
}

const TIME_LIMIT_FIELDS = [
  'immediate', 'committed', 'immediateCompleted', 'committedCompleted', 'completedEarly', 'completedLate', 'overdueInProgress', 'workingDaysTaken',
] as const;

/** A unit's counts of cases with a time limit: plain counts, 提前办结 + 超期办结 at most 承诺件办结. */
function readTimeLimits(reader: ReportReader, path: string, value: unknown): void {
  const limits = reader.optionalObject(path, value, TIME_LIMIT_FIELDS);
  if (limits === undefined) return;
  for (const field of TIME_LIMIT_FIELDS) reader.count(`${path}.${field}`, limits[field]);
  const [early, late, whole] = [limits['completedEarly'], limits['completedLate'], limits['committedCompleted']] as [number, number, number];
  if (early + late > whole) {
    throw new RangeError(`${reader.fn} requires ${path}.completedLate to be at most committedCompleted − completedEarly (${whole - early}), got ${late}`);
  }
}

/** The fields a unit (the centre, the street offices' total) shares. */
function readUnit(reader: ReportReader, path: string, unit: Fields): void {
  readTally(reader, `${path}.tally`, unit['tally']);
  if (unit['inProgressRule'] !== undefined) reader.oneOf(`${path}.inProgressRule`, unit['inProgressRule'], ['accepted-minus-completed', 'open-at-period-end']);
  readTimeLimits(reader, `${path}.timeLimits`, unit['timeLimits']);
  readBase(reader, `${path}.previousYear`, unit['previousYear']);
  readBase(reader, `${path}.previousMonth`, unit['previousMonth']);
}

function readCentre(reader: ReportReader, value: unknown): void {
  const path = 'report.centre';
  const centre = reader.object(path, value, [
    'name', 'tally', 'inProgressRule', 'timeLimits', 'previousYear', 'previousMonth', 'byCategory', 'inProgressByDepartment', 'departments', 'published',
  ]);
  reader.text(`${path}.name`, centre['name']);
  readUnit(reader, path, centre);
  if (centre['byCategory'] !== undefined) {
    reader.array(`${path}.byCategory`, centre['byCategory']).forEach((item, index) => {
      const at = `${path}.byCategory[${index}]`;
      const part = reader.object(at, item, ['category', 'accepted', 'completed']);
      reader.category(`${at}.category`, part['category']);
      reader.reportCount(`${at}.accepted`, part['accepted']);
      reader.optionalCount(`${at}.completed`, part['completed']);
    });
  }
  if (centre['inProgressByDepartment'] !== undefined) {
    reader.array(`${path}.inProgressByDepartment`, centre['inProgressByDepartment']).forEach((item, index) => {
      const at = `${path}.inProgressByDepartment[${index}]`;
      const part = reader.object(at, item, ['department', 'inProgress']);
      readNamed(reader, `${at}.department`, part['department']);
      reader.reportCount(`${at}.inProgress`, part['inProgress']);
    });
  }
  if (centre['departments'] !== undefined) {
    reader.array(`${path}.departments`, centre['departments']).forEach((item, index) => {
      const at = `${path}.departments[${index}]`;
      const entry = reader.object(at, item, ['department', 'tally', 'previousYear']);
      readNamed(reader, `${at}.department`, entry['department']);
      readTally(reader, `${at}.tally`, entry['tally']);
      readBase(reader, `${at}.previousYear`, entry['previousYear']);
    });
  }
  readPublished(reader, `${path}.published`, centre['published']);
}

function readStreetOffices(reader: ReportReader, value: unknown): void {
  const path = 'report.streetOffices';
  const streets = reader.optionalObject(path, value, [
    'officeCount', 'tally', 'inProgressRule', 'timeLimits', 'previousYear', 'previousMonth', 'listed', 'top', 'offices', 'published',
  ]);
  if (streets === undefined) return;
  if (streets['officeCount'] !== undefined) reader.count(`${path}.officeCount`, streets['officeCount']);
  readUnit(reader, path, streets);
  reader.oneOf(`${path}.listed`, streets['listed'], ['all', 'top-by-accepted']);
  if (streets['top'] !== undefined) {
    reader.count(`${path}.top`, streets['top']);
    if (streets['top'] === 0) throw new RangeError(`${reader.fn} requires ${path}.top to be a positive integer, got 0`);
  }
  reader.array(`${path}.offices`, streets['offices']).forEach((item, index) => {
    const at = `${path}.offices[${index}]`;
    const entry = reader.object(at, item, ['office', 'tally', 'previousYear']);
    readNamed(reader, `${at}.office`, entry['office']);
    readTally(reader, `${at}.tally`, entry['tally']);
    readBase(reader, `${at}.previousYear`, entry['previousYear']);
  });
  readPublished(reader, `${path}.published`, streets['published']);
}

function readInvestment(reader: ReportReader, value: unknown): void {
  const path = 'report.investment';
  const investment = reader.optionalObject(path, value, ['projects', 'items', 'itemsOnTime', 'estimatedInvestmentYuan', 'published']);
  if (investment === undefined) return;
  const projects = reader.object(`${path}.projects`, investment['projects'], ['approval', 'verification', 'filing']);
  let total = 0n;
  for (const kind of ['approval', 'verification', 'filing']) total += BigInt(reader.reportCount(`${path}.projects.${kind}`, projects[kind])[1]);
  // 项目总数 is a count too, summed exactly.
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${reader.fn} requires ${path}.projects to add up to at most ${Number.MAX_SAFE_INTEGER}, got ${total}`);
  }
  const items = reader.reportCount(`${path}.items`, investment['items']);
  const onTime = reader.optionalCount(`${path}.itemsOnTime`, investment['itemsOnTime']);
  reader.optionalCount(`${path}.estimatedInvestmentYuan`, investment['estimatedInvestmentYuan']);
  const published = reader.optionalObject(`${path}.published`, investment['published'], ['projectTotal', 'onTimeRate', 'estimatedInvestment']);
  if (published !== undefined) {
    if (published['projectTotal'] !== undefined) reader.count(`${path}.published.projectTotal`, published['projectTotal']);
    reader.optionalText(`${path}.published.onTimeRate`, published['onTimeRate'], PERCENT, 'a percentage such as "99.53%"');
    reader.optionalText(`${path}.published.estimatedInvestment`, published['estimatedInvestment'], AMOUNT, 'an amount in 亿元 such as "0.2亿元"');
  }
  reader.partOf(`${path}.itemsOnTime`, onTime, items, 'items');
}

/**
 * Checks all of a {@link MonthlyReport} by the rules of `MonthlyReportSchema`
 * (every field's type and value, no unknown field, 按时办结 at most 办结,
 * 项目总数 a safe integer) before a function reads it, and throws for the first
 * problem: a `TypeError` for a wrong type or a missing field, a `RangeError`
 * for a bad value, naming the function and the field
 * (`renderReport requires report.centre.tally.accepted to be a non-negative integer, got -1`).
 * What `parseMonthlyReport` accepts passes; what it rejects throws.
 *
 * @internal
 */
export function assertReportShape(fn: string, report: unknown): asserts report is MonthlyReport {
  const reader = new ReportReader(fn);
  const fields = reader.object('report', report, [
    '$schema', '$comment', 'period', 'cumulative', 'district', 'issuer', 'issuedOn', 'centre', 'streetOffices', 'investment', 'supervision',
    'commendations', 'calendar', 'englishNames',
  ]);
  reader.optionalText('report.$schema', fields['$schema'], undefined, undefined, true);
  reader.optionalText('report.$comment', fields['$comment'], undefined, undefined, true);
  reader.text('report.period', fields['period'], PERIOD_SPAN_PATTERN, PERIOD_SPAN_FORMS);
  if (readPeriodSpanText(fields['period'] as string) === 'backwards') {
    throw new RangeError(`${fn} requires report.period to be a range of months whose first month is not after its last, got ${describeValue(fields['period'])}`);
  }
  if (fields['cumulative'] !== undefined) reader.boolean('report.cumulative', fields['cumulative']);
  reader.optionalText('report.district', fields['district']);
  reader.optionalText('report.issuer', fields['issuer']);
  reader.optionalText('report.issuedOn', fields['issuedOn'], ISSUED_ON, 'a date written YYYY-MM-DD, such as 2019-02-10');
  readCentre(reader, fields['centre']);
  readStreetOffices(reader, fields['streetOffices']);
  readInvestment(reader, fields['investment']);
  const supervision = reader.optionalObject('report.supervision', fields['supervision'], ['yellowCards', 'redCards']);
  if (supervision !== undefined) {
    reader.reportCount('report.supervision.yellowCards', supervision['yellowCards']);
    reader.reportCount('report.supervision.redCards', supervision['redCards']);
  }
  const commendations = reader.optionalObject('report.commendations', fields['commendations'], ['letters', 'recipient']);
  if (commendations !== undefined) {
    reader.reportCount('report.commendations.letters', commendations['letters']);
    reader.optionalText('report.commendations.recipient', commendations['recipient']);
  }
  reader.optionalText('report.calendar', fields['calendar']);
  if (fields['englishNames'] !== undefined) {
    const names = fields['englishNames'];
    assertObject(fn, 'report.englishNames', names);
    const symbol = Object.getOwnPropertySymbols(names).find((key) => Object.prototype.propertyIsEnumerable.call(names, key));
    if (symbol !== undefined) throw new TypeError(`${fn} requires report.englishNames to be keyed by strings, got ${describeValue(symbol)}`);
    // A key "__proto__" is left out, as the schema's record leaves it out of what it returns.
    for (const [chinese, english] of Object.entries(names)) if (chinese !== '__proto__') reader.text(join('report.englishNames', chinese), english);
  }
}
