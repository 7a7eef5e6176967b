import { CASE_CATEGORIES, type CaseCategory } from '../../models/caseCategories.js';
import type { CaseRecord } from '../../models/CaseRecordSchema.js';
import { InvalidRecordError } from '../InvalidRecordError.js';
import type { InvalidRecord, TallyGroup, TallyKey, TallyResult, TimeLimitTally } from '../TallyResult.js';
import { computeDeadline } from '../../calendar/computeDeadline.js';
import { countWorkingDays } from '../../calendar/countWorkingDays.js';
import { dateAtOffset } from '../../calendar/dateAtOffset.js';
import { compareTallyKeys } from './compareTallyKeys.js';
import { describeValue } from '../../internal/describeValue.js';
import { IdSet } from './IdSet.js';
import { PARSED, parseIsoInto } from '../../internal/parseIsoTimestamp.js';
import { checkCaseRecord, describeProblem, itemTypeProblem, RecordFields } from '../read/readCaseRecord.js';
import { readTallyPlan, type TallyPlan } from './readTallyPlan.js';
import { TIME_LIMIT_COUNTS } from './timeLimitCounts.js';

/** Counters per cell: accepted, completed, completedOnTime, due. */
const STRIDE = 4;

/**
 * Counters per cell of the records with a time limit: the eight counts of
 * {@link TimeLimitTally} in {@link TIME_LIMIT_COUNTS} order, then 1 when a record
 * with a limit is counted in the cell (the group then has `timeLimits`).
 */
const LIMIT_STRIDE = 9;

/**
 * The counting engine behind {@link tallyCases}, {@link tallyColumns} and
 * {@link createTallier}: group ids are interned once per distinct value into
 * small integers, and counts go into `Float64Array` cells indexed by
 * `(unit · categories + category) · months + month`, where a unit is a
 * distinct department and/or street office. Memory grows with the number of
 * groups, never with the number of records.
 *
 * @internal
 */
export class TallyAccumulator {
  readonly plan: TallyPlan;
  /** Records offered so far (valid or not): the next record's index. */
  recordCount = 0;
  readonly invalid: InvalidRecord[] = [];
  /** The reused scratch object of {@link readCaseRecord}. */
  private readonly fields = new RecordFields();
  /** Ids of the records that count in the period, when duplicates are checked. */
  seenIds: IdSet | null = null;

  private readonly categories: number;
  private readonly cellMonths: number;
  private readonly start: number;
  private readonly end: number;
  private readonly firstEnd: number;
  private readonly bounds: Float64Array;
  private counts: Float64Array;
  private progress: Float64Array;
  /** The counts of records with a time limit, LIMIT_STRIDE per cell month; empty until such a record is counted. */
  private limitCounts = new Float64Array(0);
  private unitCount = 0;
  private readonly unitDepartment: (string | undefined)[] = [];
  private readonly unitStreetOffice: (string | null | undefined)[] = [];
  private readonly departmentUnit = new Map<string, number>();
  private readonly streetOfficeUnit = new Map<string, number>();
  private nullStreetOfficeUnit = -1;
  private readonly pairUnit = new Map<string, Map<string | null, number>>();
  private lastDepartment: unknown = undefined;
  // Stryker disable next-line UnaryOperator: lastDepartment starts undefined, which no department id equals, so this first value is never returned
  private lastDepartmentUnit = -1;

  /** Records set apart by an excluding status, accepted within the period, by status. */
  private readonly excludedByStatus = new Map<string, number>();

  constructor(plan: TallyPlan) {
    this.plan = plan;
    this.fields.rules = plan.rules;
    this.categories = plan.byCategory ? 2 : 1;
    this.cellMonths = plan.cellMonths;
    this.start = plan.start;
    this.end = plan.end;
    this.bounds = plan.bounds;
    this.firstEnd = plan.bounds[1] as number;
    this.counts = new Float64Array(64 * STRIDE * this.categories * this.cellMonths);
    this.progress = new Float64Array(64 * this.categories * (this.cellMonths + 1));
    // Stryker disable next-line LogicalOperator: a unit made here when grouping by department or street office gets no record, and a unit with all counts zero makes no group
    if (!plan.byDepartment && !plan.byStreetOffice) this.newUnit(undefined, undefined);
  }

  /**
   * The unit (distinct department and/or street office, as `by` asks) of a
   * record, or -1 when the record is left out (no street office, `'omit'`).
   */
  unitOf(department: string, streetOffice: string | null): number {
    const plan = this.plan;
    if (plan.byStreetOffice) {
      if (streetOffice === null && plan.omitMissingStreetOffice) return -1;
      if (plan.byDepartment) {
        let inner = this.pairUnit.get(department);
        if (inner === undefined) {
          inner = new Map();
          this.pairUnit.set(department, inner);
        }
        const unit = inner.get(streetOffice);
        if (unit !== undefined) return unit;
        const created = this.newUnit(department, streetOffice);
        inner.set(streetOffice, created);
        return created;
      }
      // Stryker disable next-line BlockStatement: the street-office map below takes null as a key too, and gives null its one unit the same way
      if (streetOffice === null) {
        if (this.nullStreetOfficeUnit < 0) this.nullStreetOfficeUnit = this.newUnit(undefined, null);
        return this.nullStreetOfficeUnit;
      }
      const unit = this.streetOfficeUnit.get(streetOffice);
      if (unit !== undefined) return unit;
      const created = this.newUnit(undefined, streetOffice);
      this.streetOfficeUnit.set(streetOffice, created);
      return created;
    }
    if (plan.byDepartment) {
      if (department === this.lastDepartment) return this.lastDepartmentUnit;
      let unit = this.departmentUnit.get(department);
      if (unit === undefined) {
        unit = this.newUnit(department, undefined);
        this.departmentUnit.set(department, unit);
      }
      this.lastDepartment = department;
      this.lastDepartmentUnit = unit;
      return unit;
    }
    return 0;
  }

  /**
   * Counts one valid case into its cell. `completed` is Infinity for an open
   * case and `due` Infinity for a case with no deadline. Small, so that the
   * counting loops inline it.
   */
  count(unit: number, category: number, accepted: number, completed: number, due: number): void {
    const cell = unit * this.categories + (this.categories === 1 ? 0 : category);
    if (this.cellMonths === 1) this.countInCell(cell, accepted, completed, due);
    else this.countInMonths(cell, accepted, completed, due);
  }

  /** {@link count} when the period is grouped by month: each event in the month it happened. */
  private countInMonths(cell: number, accepted: number, completed: number, due: number): void {
    const start = this.start;
    const end = this.end;
    const months = this.cellMonths;
    const row = cell * months;
    const counts = this.counts;
    if (accepted >= start && accepted < end) counts[(row + this.monthOf(accepted)) * STRIDE]! += 1;
    if (completed >= start && completed < end) {
      const at = (row + this.monthOf(completed)) * STRIDE;
      counts[at + 1]! += 1;
      if (completed <= due) counts[at + 2]! += 1;
    }
    if (due >= start && due < end) counts[(row + this.monthOf(due)) * STRIDE + 3]! += 1;
    // 在办 at the end of month m: accepted < end(m) ≤ completed.
    // Stryker disable next-line LogicalOperator: a fast path; for a record it lets through wrongly, low is not below high, so nothing is added
    if (accepted < end && completed >= this.firstEnd) {
      const base = cell * (months + 1);
      const low = accepted < start ? 0 : this.monthOf(accepted);
      const high = completed >= end ? months : this.monthOf(completed);
      if (low < high) {
        this.progress[base + low]! += 1;
        if (high < months) this.progress[base + high]! -= 1;
      }
    }
  }

  /** {@link count} when the period is one cell (not grouped by month). */
  private countInCell(cell: number, accepted: number, completed: number, due: number): void {
    const start = this.start;
    const end = this.end;
    const counts = this.counts;
    const at = cell * STRIDE;
    if (accepted >= start && accepted < end) counts[at]! += 1;
    if (completed >= start && completed < end) {
      counts[at + 1]! += 1;
      if (completed <= due) counts[at + 2]! += 1;
    }
    if (due >= start && due < end) counts[at + 3]! += 1;
    // 在办 at the end: accepted < end ≤ completed (progress has two slots per cell).
    if (accepted < end && completed >= end) this.progress[cell * 2]! += 1;
  }

  /** The cell month of a time inside the period. */
  private monthOf(time: number): number {
    const bounds = this.bounds;
    let month = 0;
    while (time >= (bounds[month + 1] as number)) month += 1;
    return month;
  }

  private newUnit(department: string | undefined, streetOffice: string | null | undefined): number {
    const unit = this.unitCount;
    this.unitCount += 1;
    this.unitDepartment.push(department);
    this.unitStreetOffice.push(streetOffice);
    const cellsNeeded = this.unitCount * this.categories * this.cellMonths * STRIDE;
    if (cellsNeeded > this.counts.length) {
      const counts = new Float64Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
      const progress = new Float64Array(this.progress.length * 2);
      progress.set(this.progress);
      this.progress = progress;
    }
    this.growLimitCounts();
    return unit;
  }

  /** Makes room in limitCounts for every unit's cells, once a record with a limit has been counted. */
  private growLimitCounts(): void {
    if (this.limitCounts.length === 0) return;
    const needed = this.unitCount * this.categories * this.cellMonths * LIMIT_STRIDE;
    if (needed <= this.limitCounts.length) return;
    const grown = new Float64Array(Math.max(needed, this.limitCounts.length * 2));
    grown.set(this.limitCounts);
    this.limitCounts = grown;
  }

  /**
   * Counts a case with a time limit into {@link TimeLimitTally} cells: each
   * event in the cell month it happened in, 超期在办 at the end of each.
   * `kind` 1 is 即办, 2 a limit of more than 0; `early` says the case was
   * completed before its deadline's last day; `days` the working days taken.
   */
  private countLimits(unit: number, category: number, kind: number, accepted: number, completed: number, due: number, early: boolean, days: number): void {
    if (this.limitCounts.length === 0) {
      this.limitCounts = new Float64Array(64 * this.categories * this.cellMonths * LIMIT_STRIDE);
      this.growLimitCounts();
    }
    const months = this.cellMonths;
    const bounds = this.bounds;
    const counts = this.limitCounts;
    const row = (unit * this.categories + (this.categories === 1 ? 0 : category)) * months;
    for (let month = 0; month < months; month += 1) {
      const low = bounds[month] as number;
      const high = bounds[month + 1] as number;
      const at = (row + month) * LIMIT_STRIDE;
      let counted = due >= low && due < high;
      if (accepted >= low && accepted < high) {
        counts[at + (kind === 1 ? 0 : 1)]! += 1;
        counted = true;
      }
      if (completed >= low && completed < high) {
        counted = true;
        if (kind === 1) counts[at + 2]! += 1;
        else {
          counts[at + 3]! += 1;
          if (early) counts[at + 4]! += 1;
          if (completed > due) counts[at + 5]! += 1;
        }
        counts[at + 7]! += days;
      }
      if (accepted < high && completed >= high) {
        counted = true;
        if (kind === 2 && due < high) counts[at + 6]! += 1;
      }
      if (counted) counts[at + 8] = 1;
    }
  }

  /**
   * Checks one record object and counts it. Returns false when it was
   * invalid (and collected); throws when invalid and not collecting.
   */
  addRecord(record: unknown, line: number | null, fn: string): boolean {
    keepShapes();
    const index = this.recordCount;
    this.recordCount = index + 1;
    const fields = this.fields;
    const problem = checkCaseRecord(record, fields);
    if (problem > 0) {
      describeProblem(record, problem, fields);
      return this.reject(fn, index, line, fields.id, fields.field, fields.expected, fields.value);
    }
    return this.addChecked(record, problem, index, line, fn);
  }

  /**
   * {@link checkCaseRecord} into the accumulator's own fields: 0 for a valid
   * record, below 0 for one an excluding status sets apart, the problem's
   * code above 0. A reader that checks first (the CSV byte reader) then
   * passes a record of 0 or below to {@link addChecked}, and reads a record
   * with a problem again as text.
   */
  check(record: unknown): number {
    return checkCaseRecord(record, this.fields);
  }

  /**
   * Counts record `index` (`recordCount` already past it), which
   * {@link check} (or {@link addRecord}) just found valid (`problem` 0) or
   * set apart (below 0), from the fields it read.
   */
  addChecked(record: unknown, problem: number, index: number, line: number | null, fn: string): boolean {
    const fields = this.fields;
    if (problem < 0) {
      // Never taken in, or cancelled: counted apart, in the period of its acceptance.
      if (fields.accepted >= this.start && fields.accepted < this.end) {
        const status = (record as { status: string }).status;
        this.excludedByStatus.set(status, (this.excludedByStatus.get(status) ?? 0) + 1);
      }
      return true;
    }
    const accepted = fields.accepted;
    const completed = fields.completed;
    let due = fields.due;
    const kind = fields.limitKind;
    let early = false;
    let days = 0;
    if (kind !== 0) {
      // A deadline is never before its acceptance: a case accepted after the period never counts in it.
      if (accepted >= this.end && due >= this.end) return true;
      const limits = this.plan.rules.timeLimits;
      const offset = limits.deadline.utcOffsetMinutes as number;
      let lastDay = '';
      if (kind === 2 && due === Number.POSITIVE_INFINITY) {
        try {
          const deadline = computeDeadline(accepted, { amount: fields.limitAmount, unit: fields.limitUnit }, limits.deadline);
          // 24:00 of the last day as its last millisecond (a limit in hours ends at its own instant)
          due = deadline.dueAt - (fields.limitUnit === 'hours' ? 0 : limits.endOfDayShift);
          lastDay = deadline.lastDay;
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          const value = (record as Record<string, unknown>)[fields.limitField];
          const what = `a time limit whose deadline the calendar can compute (${limitTrouble(error.message)})`;
          return this.reject(fn, index, line, (record as CaseRecord).id, fields.limitField, what, value);
        }
      } else if (kind === 2) {
        // The deadline's last day: the day of its last moment (24:00 is the end of the day before).
        lastDay = dateAtOffset(Math.max(due - 1, -8.64e15), { utcOffsetMinutes: offset });
      }
      if (completed >= this.start && completed < this.end) {
        const acceptedDay = dateAtOffset(accepted, { utcOffsetMinutes: offset });
        const completedDay = dateAtOffset(completed, { utcOffsetMinutes: offset });
        early = kind === 2 && completedDay < lastDay;
        try {
          days = countWorkingDays(acceptedDay, completedDay, limits.deadline.calendar === undefined ? undefined : { calendar: limits.deadline.calendar });
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          const what = `a time whose working days since acceptedAt the calendar can count (${limitTrouble(error.message)})`;
          return this.reject(fn, index, line, (record as CaseRecord).id, 'completedAt', what, (record as CaseRecord).completedAt);
        }
      }
    }
    if (!((accepted < this.end && completed >= this.start) || (due >= this.start && due < this.end))) return true;
    const valid = record as CaseRecord;
    const seen = this.seenIds;
    if (seen !== null && !seen.add(valid.id, index)) {
      return this.reject(fn, index, line, valid.id, 'id', 'unique (it is a duplicate id)', valid.id);
    }
    const unit = this.unitOf(valid.departmentId, valid.streetOfficeId ?? null);
    if (unit >= 0) {
      this.count(unit, fields.categoryIndex, accepted, completed, due);
      if (kind !== 0) this.countLimits(unit, fields.categoryIndex, kind, accepted, completed, due, early, days);
    }
    return true;
  }

  /**
   * Adds `records[from, to)`, the records whose indices are `from` to
   * `to − 1` (so `recordCount` must be `from`): {@link addRecord} for each,
   * with the checks and the counting of a valid record written out in one
   * loop. A record that fails any check goes through {@link addRecord},
   * which finds the problem again with {@link checkCaseRecord} and reports it.
   *
   * The checks repeat those of {@link checkCaseRecord}, written out here because
   * the counting loop is about 15 % faster when the fields stay in locals
   * rather than pass through {@link RecordFields}. The two must agree:
   * test/tally/tallyCases.test-prop.ts compares this path with the tallier's
   * (which takes {@link addRecord}) on valid and invalid records.
   */
  addBlock(records: readonly unknown[], from: number, to: number, fn: string): void {
    keepShapes();
    const start = this.start;
    const end = this.end;
    const seen = this.seenIds;
    const wallClock = this.plan.rules.wallClockOffsetMinutes;
    for (let index = from; index < to; index += 1) {
      const record = records[index];
      valid: {
        // An array is no record, even one that carries record fields (as checkCaseRecord says).
        if (typeof record !== 'object' || record === null || Array.isArray(record)) break valid;
        const fields = record as RecordShape;
        const id = fields.id;
        if (typeof id !== 'string' || id.length === 0) break valid;
        const category = fields.category;
        let categoryIndex: number;
        if (category === 'public_service') categoryIndex = 1;
        else if (category === 'administrative_licensing') categoryIndex = 0;
        else break valid;
        const department = fields.departmentId;
        if (typeof department !== 'string' || department.length === 0) break valid;
        let streetOffice = fields.streetOfficeId;
        if (streetOffice === undefined) streetOffice = null;
        else if (streetOffice !== null && (typeof streetOffice !== 'string' || streetOffice.length === 0)) break valid;
        const itemTypeCode = fields.itemTypeCode;
        if (itemTypeCode !== undefined && itemTypeProblem(itemTypeCode, categoryIndex) !== 0) break valid;
        // A status or an item name: the checks of checkCaseRecord, through addRecord.
        if (fields.status !== undefined || fields.itemName !== undefined) break valid;
        // A time limit: its deadline and figures, through addRecord.
        if (fields.timeLimit !== undefined || fields.statutoryTimeLimit !== undefined) break valid;
        // Times: whole epoch ms within a Date's range, or ISO strings read
        // without allocation. Every branch leaves the time in PARSED[0], so that
        // the time is a double on every path: a number taken as it is on one
        // path and a parsed double on another would be boxed on the heap.
        // (Written out: through readTimeInto and readOptionalTimeInto, which
        // check the same, this loop took twice as long; with isEpochMs for the
        // number check alone, a tally of 1e6 epoch records took 84 ms, not 52.)
        const acceptedValue = fields.acceptedAt;
        if (typeof acceptedValue === 'number') {
          if (!(acceptedValue <= 8.64e15 && acceptedValue >= -8.64e15 && Math.floor(acceptedValue) === acceptedValue)) break valid;
          PARSED[0] = acceptedValue;
        } else if (typeof acceptedValue !== 'string' || !parseIsoInto(acceptedValue, wallClock, false)) {
          break valid;
        }
        const accepted = PARSED[0] as number;
        const completedValue = fields.completedAt;
        if (typeof completedValue === 'number') {
          if (!(completedValue <= 8.64e15 && completedValue >= -8.64e15 && Math.floor(completedValue) === completedValue)) break valid;
          PARSED[0] = completedValue;
        } else if (completedValue === null || completedValue === undefined) {
          PARSED[0] = Number.POSITIVE_INFINITY;
        } else if (typeof completedValue !== 'string' || !parseIsoInto(completedValue, wallClock, true)) {
          break valid;
        }
        const completed = PARSED[0] as number;
        if (completed < accepted) break valid;
        const dueValue = fields.dueAt;
        if (typeof dueValue === 'number') {
          if (!(dueValue <= 8.64e15 && dueValue >= -8.64e15 && Math.floor(dueValue) === dueValue)) break valid;
          PARSED[0] = dueValue;
        } else if (dueValue === null || dueValue === undefined) {
          PARSED[0] = Number.POSITIVE_INFINITY;
        } else if (typeof dueValue !== 'string' || !parseIsoInto(dueValue, wallClock, true)) {
          break valid;
        }
        const due = PARSED[0] as number;
        // Valid. Only records that touch the period are counted (and checked for duplicates).
        if (!((accepted < end && completed >= start) || (due >= start && due < end))) continue;
        if (seen !== null && !seen.add(id, index)) break valid;
        const unit = this.unitOf(department, streetOffice as string | null);
        if (unit < 0) continue;
        this.count(unit, categoryIndex, accepted, completed, due);
        continue;
      }
      this.recordCount = index;
      this.addRecord(record, null, fn);
    }
    this.recordCount = to;
  }

  /** Reports an invalid record: throws, or collects it and returns false. */
  reject(
    fn: string,
    index: number,
    line: number | null,
    id: string | null,
    field: string | null,
    what: string,
    value: unknown,
  ): false {
    this.report({ index, line, id, field, message: problemMessage(fn, index, line, id, field, what, value) });
    return false;
  }

  /** Throws `problem` as an {@link InvalidRecordError}, or collects it. */
  report(problem: InvalidRecord): void {
    if (!this.plan.collect) throw new InvalidRecordError(problem);
    this.invalid.push(problem);
  }

  /** The groups with a non-zero count, sorted, and the invalid records. */
  result(): TallyResult {
    const plan = this.plan;
    const months = this.cellMonths;
    const groups: TallyGroup[] = [];
    for (let unit = 0; unit < this.unitCount; unit += 1) {
      for (let category = 0; category < this.categories; category += 1) {
        const row = (unit * this.categories + category) * months;
        const base = (unit * this.categories + category) * (months + 1);
        let inProgress = 0;
        for (let month = 0; month < months; month += 1) {
          inProgress += this.progress[base + month] as number;
          const cell = (row + month) * STRIDE;
          const accepted = this.counts[cell] as number;
          const completed = this.counts[cell + 1] as number;
          const completedOnTime = this.counts[cell + 2] as number;
          const due = this.counts[cell + 3] as number;
          if (accepted === 0 && completed === 0 && due === 0 && inProgress === 0) continue;
          const key: {
            department?: string;
            category?: CaseCategory;
            streetOffice?: string | null;
            period?: (typeof plan.months)[number];
          } = {};
          for (const dimension of plan.by) {
            if (dimension === 'department') key.department = this.unitDepartment[unit] as string;
            else if (dimension === 'category') key.category = CASE_CATEGORIES[category] as CaseCategory;
            else if (dimension === 'streetOffice') key.streetOffice = this.unitStreetOffice[unit] as string | null;
            else key.period = plan.months[month] as (typeof plan.months)[number];
          }
          const limitAt = (row + month) * LIMIT_STRIDE;
          if (this.limitCounts.length > 0 && this.limitCounts[limitAt + 8] === 1) {
            const timeLimits = {} as { -readonly [K in keyof TimeLimitTally]: number };
            for (const [at, field] of TIME_LIMIT_COUNTS.entries()) timeLimits[field] = this.limitCounts[limitAt + at] as number;
            groups.push({ key: key as TallyKey, tally: { accepted, completed, completedOnTime, due, inProgress }, timeLimits });
          } else {
            groups.push({ key: key as TallyKey, tally: { accepted, completed, completedOnTime, due, inProgress } });
          }
        }
      }
    }
    groups.sort((a, b) => compareTallyKeys(plan.by, a.key, b.key));
    const excluded = [...this.excludedByStatus]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([status, count]) => ({ status, count }));
    return { groups, invalid: this.invalid.slice(), excluded };
  }
}

/** A case record's fields as {@link TallyAccumulator.addBlock} reads them, before any check. */
interface RecordShape {
  readonly id: unknown;
  readonly category: unknown;
  readonly itemTypeCode?: unknown;
  readonly departmentId: unknown;
  readonly streetOfficeId?: unknown;
  readonly acceptedAt: unknown;
  readonly dueAt?: unknown;
  readonly completedAt?: unknown;
  readonly status?: unknown;
  readonly itemName?: unknown;
  readonly timeLimit?: unknown;
  readonly statutoryTimeLimit?: unknown;
}

/** What the calendar said, for a record's message: "it covers 2007–2026, …" from computeDeadline's or countWorkingDays's RangeError. */
function limitTrouble(message: string): string {
  const at = message.indexOf('which covers ');
  return at < 0 ? message : message.slice(at + 'which '.length);
}

/** What a record message says it got for a field that is absent (the command's Chinese text reads it). */
const ABSENT = 'nothing (the field is absent)';

/**
 * The one-line message for an invalid record:
 * `fn requires records[3] (id "x", line 4) field to be what, got value`;
 * for a field that is absent (`undefined`: an empty CSV cell, a missing
 * NDJSON key) the value is `nothing (the field is absent)`.
 *
 * @internal
 */
export function problemMessage(
  fn: string,
  index: number,
  line: number | null,
  id: string | null,
  field: string | null,
  what: string,
  value: unknown,
): string {
  const where = [id === null ? '' : `id ${describeShort(id)}`, line === null ? '' : `line ${line}`]
    .filter((part) => part !== '')
    .join(', ');
  return `${fn} requires records[${index}]${where === '' ? '' : ` (${where})`}${field === null ? '' : ` ${field}`} to be ${what}, got ${field !== null && value === undefined ? ABSENT : describeShort(value)}`;
}

/** {@link describeValue}, with long strings cut to 80 characters. */
export function describeShort(value: unknown): string {
  if (typeof value === 'string' && value.length > 80) return `${describeValue(value.slice(0, 80))}…`;
  return describeValue(value);
}

/**
 * One accumulator kept for the life of the process, made when the first
 * record is added. V8 keeps the shape (map) of a class's instances only while one
 * of them lives; when the last one is collected, every optimized function
 * that saw the shape is thrown away, and the next tally starts again in the
 * interpreter. Keeping one small instance alive, trained on records of every
 * kind so that its fields hold their final representations, keeps the
 * counting loops optimized across collections. (Made on first use rather
 * than when the module loads, so that importing the library runs no tally.)
 */
let shapeKeeper: TallyAccumulator | null = null;
// Stryker disable next-line BooleanLiteral: the keeper only keeps the counting loops optimized; no tally's result depends on it
let shapesKept = false;

/**
 * Makes and trains the shape keeper, once (later calls return at once).
 * Called when records are first added, and by {@link tallyColumns}.
 *
 * @internal
 */
// Stryker disable next-line BlockStatement: the keeper only keeps the counting loops optimized; no tally's result depends on it
export function keepShapes(): void {
  if (shapesKept) return;
  shapesKept = true; // before the keeper adds its records: addRecord calls this
  const keeper = new TallyAccumulator(readTallyPlan('tallyCases', { period: '2019-01', by: 'department', onInvalid: 'collect' }));
  shapeKeeper = keeper;
  // Stryker disable next-line ArrayDeclaration: the keeper's records reach no result, only the shapes of its fields
  const records = [
    // Stryker disable next-line ObjectLiteral,StringLiteral: valid or not, a keeper's record reaches no result (its invalid list is cleared below)
    { id: 'a', category: 'public_service', departmentId: 'd', streetOfficeId: 's', acceptedAt: 1546651800000, dueAt: 1546652800000, completedAt: 1546653800000 },
    // Stryker disable next-line ObjectLiteral,StringLiteral: valid or not, a keeper's record reaches no result (its invalid list is cleared below)
    { id: 'b', category: 'administrative_licensing', departmentId: 'e', streetOfficeId: null, acceptedAt: '2019-01-05T09:30:00+08:00', dueAt: null, completedAt: null },
    // Stryker disable next-line ObjectLiteral,StringLiteral: valid or not, a keeper's record reaches no result (its invalid list is cleared below)
    { id: 'c', category: 'public_service', itemTypeCode: '20', departmentId: 'd', acceptedAt: 1546651800000.5 },
    null,
  ];
  // Stryker disable next-line ArrowFunction: the id set reads an id back only when two hashes match, and those of 'a' and 'b' differ
  keeper.seenIds = new IdSet((index) => (records[index] as { id: string }).id, 1);
  // Stryker disable next-line StringLiteral: the name goes only into the messages of the keeper's invalid records, cleared below
  for (const record of records) keeper.addRecord(record, 1, 'tallyCases');
  keeper.invalid.length = 0;
}
