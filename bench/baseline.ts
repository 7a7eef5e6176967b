/**
 * Hand-written single-pass loops: the floor a JavaScript tally can reach on
 * this machine, for reading the other figures. They count the same five
 * numbers as tallyCases but check nothing (no types, no whole milliseconds,
 * no completedAt ≥ acceptedAt, no duplicate ids) and know the data's shape:
 * a department code per record and at most 64 groups. Not a library path.
 */
import type { CaseColumns, CaseRecord } from '../src/index.js';
import type { Canonical, Counts, Grouping } from './peers.js';

const CATEGORY_CODES = ['administrative_licensing', 'public_service'] as const;

/** Objects with epoch-ms times: filter, find the group through a Map, count into an Int32Array. */
export function handTallyObjects(records: readonly CaseRecord[], start: number, end: number, grouping: Grouping): Canonical {
  const groupOf = new Map<string | null, number>();
  const keys: string[] = [];
  const counts = new Int32Array(64 * 5 * 2);
  const byStreet = grouping === 'streetOffice';
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as CaseRecord;
    const accepted = record.acceptedAt as number;
    const completed = (record.completedAt ?? Infinity) as number;
    const due = (record.dueAt ?? Infinity) as number;
    if (!((accepted < end && completed >= start) || (due >= start && due < end))) continue;
    const id = byStreet ? (record.streetOfficeId ?? null) : record.departmentId;
    let group = groupOf.get(id);
    if (group === undefined) {
      group = keys.length;
      groupOf.set(id, group);
      keys.push(id ?? '∅');
    }
    const cell = (byStreet ? group : group * 2 + (record.category === 'public_service' ? 1 : 0)) * 5;
    tallyInto(counts, cell, accepted, completed, due, start, end);
  }
  return canonical(counts, keys, byStreet);
}

/** Typed-array columns: the same loop over codes, no Map at all. */
export function handTallyColumns(columns: CaseColumns, start: number, end: number, grouping: Grouping): Canonical {
  const { category, department, streetOffice, acceptedAt, dueAt, completedAt } = columns;
  const counts = new Int32Array(64 * 5 * 2);
  const byStreet = grouping === 'streetOffice';
  for (let row = 0; row < columns.length; row += 1) {
    const accepted = acceptedAt[row] as number;
    let completed = completedAt[row] as number;
    let due = dueAt[row] as number;
    if (completed !== completed) completed = Infinity;
    if (due !== due) due = Infinity;
    if (!((accepted < end && completed >= start) || (due >= start && due < end))) continue;
    const cell = (byStreet ? (streetOffice[row] as number) + 1 : (department[row] as number) * 2 + (category[row] as number)) * 5;
    tallyInto(counts, cell, accepted, completed, due, start, end);
  }
  const keys = byStreet ? ['∅', ...columns.streetOfficeIds] : columns.departmentIds;
  return canonical(counts, keys, byStreet);
}

function tallyInto(counts: Int32Array, cell: number, accepted: number, completed: number, due: number, start: number, end: number): void {
  if (accepted >= start && accepted < end) counts[cell]! += 1;
  if (completed >= start && completed < end) {
    counts[cell + 1]! += 1;
    if (completed <= due) counts[cell + 2]! += 1;
  }
  if (due >= start && due < end) counts[cell + 3]! += 1;
  if (accepted < end && completed >= end) counts[cell + 4]! += 1;
}

function canonical(counts: Int32Array, keys: readonly string[], byStreet: boolean): Canonical {
  const map: Canonical = new Map();
  keys.forEach((key, group) => {
    for (let category = 0; category < (byStreet ? 1 : 2); category += 1) {
      const cell = (byStreet ? group : group * 2 + category) * 5;
      const values = Array.from(counts.subarray(cell, cell + 5)) as Counts;
      if (values.some((value) => value !== 0)) map.set(byStreet ? key : `${key}|${CATEGORY_CODES[category]}`, values);
    }
  });
  return map;
}
