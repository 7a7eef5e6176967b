/**
 * The same two tallies (one month, by department × category and by street
 * office) computed by the peers: d3-array, arquero and DuckDB. Each returns
 * a canonical map, key → [accepted, completed, completedOnTime, due,
 * inProgress], so that every engine can be checked against zwfw-stats
 * before any time is reported. The counting rules are those of tallyCases.
 */
import {
  DOUBLE,
  DuckDBDataChunk,
  DuckDBInstance,
  INTEGER,
  TINYINT,
  type DuckDBConnection,
} from '@duckdb/node-api';
import * as aq from 'arquero';
import { rollup } from 'd3-array';
import type { CaseColumns, CaseRecord, TallyResult } from '../src/index.js';

export type Counts = [number, number, number, number, number];
export type Canonical = Map<string, Counts>;
export type Grouping = 'departmentCategory' | 'streetOffice';

const CATEGORY_CODES = ['administrative_licensing', 'public_service'] as const;

/** zwfw-stats groups in canonical form. */
export function canonicalFromResult(result: TallyResult): Canonical {
  const map: Canonical = new Map();
  for (const { key, tally } of result.groups) {
    const id = 'streetOffice' in key ? `${key.streetOffice ?? '∅'}` : `${key.department}|${key.category}`;
    map.set(id, [tally.accepted, tally.completed, tally.completedOnTime, tally.due, tally.inProgress]);
  }
  return map;
}

/** A message naming the first difference, or null when equal. */
export function compareCanonical(expected: Canonical, actual: Canonical): string | null {
  if (expected.size !== actual.size) return `${actual.size} groups, expected ${expected.size}`;
  for (const [key, counts] of expected) {
    const other = actual.get(key);
    if (other === undefined || other.join() !== counts.join()) {
      return `group ${key}: ${other?.join() ?? 'missing'}, expected ${counts.join()}`;
    }
  }
  return null;
}

/** A time as epoch ms: numbers as they are, ISO strings through Date.parse (what a d3 user writes). */
const epoch = (value: string | number | null | undefined): number =>
  typeof value === 'number' ? value : value === null || value === undefined ? Infinity : Date.parse(value);

/** d3-array: keep the records that touch the month, then rollup with a reducer that counts. */
export function d3Tally(records: readonly CaseRecord[], start: number, end: number, grouping: Grouping): Canonical {
  const relevant = records.filter((record) => {
    const accepted = epoch(record.acceptedAt);
    const completed = epoch(record.completedAt);
    const due = epoch(record.dueAt);
    return (accepted < end && completed >= start) || (due >= start && due < end);
  });
  const reduce = (group: CaseRecord[]): Counts => {
    const counts: Counts = [0, 0, 0, 0, 0];
    for (const record of group) {
      const accepted = epoch(record.acceptedAt);
      const completed = epoch(record.completedAt);
      const due = epoch(record.dueAt);
      if (accepted >= start && accepted < end) counts[0] += 1;
      if (completed >= start && completed < end) {
        counts[1] += 1;
        if (completed <= due) counts[2] += 1;
      }
      if (due >= start && due < end) counts[3] += 1;
      if (accepted < end && completed >= end) counts[4] += 1;
    }
    return counts;
  };
  const map: Canonical = new Map();
  if (grouping === 'streetOffice') {
    for (const [street, counts] of rollup(relevant, reduce, (record) => record.streetOfficeId ?? null)) {
      map.set(street ?? '∅', counts);
    }
  } else {
    const nested = rollup(relevant, reduce, (record) => record.departmentId, (record) => record.category);
    for (const [department, inner] of nested) for (const [category, counts] of inner) map.set(`${department}|${category}`, counts);
  }
  return dropEmpty(map);
}

/** The arquero table: the columns with strings for ids and Infinity for "none". */
export function arqueroTable(columns: CaseColumns): aq.ColumnTable {
  const length = columns.length;
  const department = new Array<string>(length);
  const category = new Array<string>(length);
  const street = new Array<string | null>(length);
  const due = new Float64Array(length);
  const completed = new Float64Array(length);
  for (let row = 0; row < length; row += 1) {
    department[row] = columns.departmentIds[columns.department[row] as number] as string;
    category[row] = CATEGORY_CODES[columns.category[row] as number] as string;
    const code = columns.streetOffice[row] as number;
    street[row] = code < 0 ? null : (columns.streetOfficeIds[code] as string);
    const d = columns.dueAt[row] as number;
    due[row] = d === d ? d : Infinity;
    const c = columns.completedAt[row] as number;
    completed[row] = c === c ? c : Infinity;
  }
  return aq.table({ department, category, street, a: columns.acceptedAt, d: due, c: completed });
}

/** arquero: filter, groupby, rollup with op.sum over conditions. */
export function arqueroTally(table: aq.ColumnTable, start: number, end: number, grouping: Grouping): Canonical {
  const keys = grouping === 'streetOffice' ? ['street'] : ['department', 'category'];
  const result = table
    .params({ S: start, E: end })
    .filter((d: Row, $: Bounds) => (d.a < $.E && d.c >= $.S) || (d.d >= $.S && d.d < $.E))
    .groupby(...keys)
    .rollup({
      accepted: (d: Row, $: Bounds) => aq.op.sum(d.a >= $.S && d.a < $.E ? 1 : 0),
      completed: (d: Row, $: Bounds) => aq.op.sum(d.c >= $.S && d.c < $.E ? 1 : 0),
      onTime: (d: Row, $: Bounds) => aq.op.sum(d.c >= $.S && d.c < $.E && d.c <= d.d ? 1 : 0),
      due: (d: Row, $: Bounds) => aq.op.sum(d.d >= $.S && d.d < $.E ? 1 : 0),
      inProgress: (d: Row, $: Bounds) => aq.op.sum(d.a < $.E && d.c >= $.E ? 1 : 0),
    });
  const map: Canonical = new Map();
  for (const row of result.objects() as Record<string, unknown>[]) {
    const key = grouping === 'streetOffice' ? `${(row['street'] as string | null) ?? '∅'}` : `${row['department']}|${row['category']}`;
    map.set(key, [row['accepted'], row['completed'], row['onTime'], row['due'], row['inProgress']] as Counts);
  }
  return dropEmpty(map);
}
interface Row {
  a: number;
  d: number;
  c: number;
}
interface Bounds {
  S: number;
  E: number;
}

/** DuckDB: an in-memory database with the columns loaded through the appender, chunk by chunk. */
export async function duckdbLoad(columns: CaseColumns, threads: number): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  await connection.run('CREATE TABLE cases (department INTEGER, category TINYINT, street INTEGER, a DOUBLE, d DOUBLE, c DOUBLE)');
  const appender = await connection.createAppender('cases');
  const size = 2048;
  const chunk = DuckDBDataChunk.create([INTEGER, TINYINT, INTEGER, DOUBLE, DOUBLE, DOUBLE], size);
  for (let from = 0; from < columns.length; from += size) {
    const to = Math.min(from + size, columns.length);
    const street: (number | null)[] = [];
    const due: number[] = [];
    const completed: number[] = [];
    for (let row = from; row < to; row += 1) {
      const code = columns.streetOffice[row] as number;
      street.push(code < 0 ? null : code);
      const d = columns.dueAt[row] as number;
      due.push(d === d ? d : Infinity);
      const c = columns.completedAt[row] as number;
      completed.push(c === c ? c : Infinity);
    }
    chunk.rowCount = to - from;
    chunk.setColumns([
      Array.from(columns.department.subarray(from, to)),
      Array.from(columns.category.subarray(from, to)),
      street,
      Array.from(columns.acceptedAt.subarray(from, to)),
      due,
      completed,
    ]);
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  return connection;
}

const countsSql = (start: number, end: number) => `
  COUNT(*) FILTER (WHERE a >= ${start} AND a < ${end})::INT AS accepted,
  COUNT(*) FILTER (WHERE c >= ${start} AND c < ${end})::INT AS completed,
  COUNT(*) FILTER (WHERE c >= ${start} AND c < ${end} AND c <= d)::INT AS on_time,
  COUNT(*) FILTER (WHERE d >= ${start} AND d < ${end})::INT AS due,
  COUNT(*) FILTER (WHERE a < ${end} AND c >= ${end})::INT AS in_progress`;
const whereSql = (start: number, end: number) => `WHERE (a < ${end} AND c >= ${start}) OR (d >= ${start} AND d < ${end})`;

/** DuckDB: one GROUP BY query with COUNT(*) FILTER. */
export async function duckdbTally(
  connection: DuckDBConnection,
  columns: CaseColumns,
  start: number,
  end: number,
  grouping: Grouping,
): Promise<Canonical> {
  const keys = grouping === 'streetOffice' ? 'street' : 'department, category';
  const reader = await connection.runAndReadAll(`SELECT ${keys}, ${countsSql(start, end)} FROM cases ${whereSql(start, end)} GROUP BY ${keys}`);
  return canonicalFromRows(reader.getRowObjects() as Record<string, unknown>[], columns, grouping);
}

/** DuckDB: both groupings in one query with GROUPING SETS. */
export async function duckdbTallyBoth(
  connection: DuckDBConnection,
  columns: CaseColumns,
  start: number,
  end: number,
): Promise<Record<Grouping, Canonical>> {
  const reader = await connection.runAndReadAll(
    `SELECT department, category, street, GROUPING(street)::INT AS by_department, ${countsSql(start, end)}
     FROM cases ${whereSql(start, end)} GROUP BY GROUPING SETS ((department, category), (street))`,
  );
  const rows = reader.getRowObjects() as Record<string, unknown>[];
  return {
    departmentCategory: canonicalFromRows(rows.filter((row) => row['by_department'] === 1), columns, 'departmentCategory'),
    streetOffice: canonicalFromRows(rows.filter((row) => row['by_department'] === 0), columns, 'streetOffice'),
  };
}

function canonicalFromRows(rows: Record<string, unknown>[], columns: CaseColumns, grouping: Grouping): Canonical {
  const map: Canonical = new Map();
  for (const row of rows) {
    const key =
      grouping === 'streetOffice'
        ? row['street'] === null
          ? '∅'
          : (columns.streetOfficeIds[row['street'] as number] as string)
        : `${columns.departmentIds[row['department'] as number]}|${CATEGORY_CODES[row['category'] as number]}`;
    map.set(key, [row['accepted'], row['completed'], row['on_time'], row['due'], row['in_progress']] as Counts);
  }
  return dropEmpty(map);
}

/** Groups that only matched the filter through no count (never happens with these rules, but kept honest). */
function dropEmpty(map: Canonical): Canonical {
  for (const [key, counts] of map) if (counts.every((count) => count === 0)) map.delete(key);
  return map;
}
