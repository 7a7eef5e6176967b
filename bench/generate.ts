/**
 * Deterministic case records for the benchmark and the agreement tests: one
 * year (2019, China Standard Time) of cases, ~40 departments, 12 street
 * offices (none for ~60 % of records), ~0.5 % still open, ~15 % 即办件 with
 * no deadline, ~3 % completed late. The same seed always gives the same data.
 */
import type { CaseRecord } from '../src/models/CaseRecordSchema.js';

export const DEPARTMENTS = Array.from({ length: 40 }, (_, index) => `D${String(index).padStart(2, '0')}`);
// Two ids that are prototype names: they must work as ordinary keys.
DEPARTMENTS[38] = '__proto__';
DEPARTMENTS[39] = 'constructor';
export const STREET_OFFICES = Array.from({ length: 12 }, (_, index) => `S${String(index).padStart(2, '0')}`);

const YEAR_START = Date.UTC(2019, 0, 1) - 8 * 3_600_000;
const YEAR_MS = 365 * 86_400_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Records with epoch-millisecond times. Every record has every key (null when absent), in one order. */
export function generateRecords(count: number, seed = 20190101): CaseRecord[] {
  const records: CaseRecord[] = new Array(count);
  let index = 0;
  for (const record of recordStream(count, seed)) records[index++] = record;
  return records;
}

/** {@link generateRecords} one record at a time, for data sets that do not fit in memory. */
export function* recordStream(count: number, seed = 20190101): Generator<CaseRecord> {
  const next = random(seed);
  for (let index = 0; index < count; index += 1) {
    const department = DEPARTMENTS[Math.floor(next() * next() * DEPARTMENTS.length)] as string;
    const streetOffice = next() < 0.6 ? null : (STREET_OFFICES[Math.floor(next() * STREET_OFFICES.length)] as string);
    const category = next() < 0.42 ? 'administrative_licensing' : 'public_service';
    const acceptedAt = YEAR_START + Math.floor((next() * YEAR_MS) / 1000) * 1000;
    const kind = next();
    let dueAt: number | null = null;
    let completedAt: number | null;
    if (kind < 0.15) {
      // 即办件: done on the spot, no deadline
      completedAt = acceptedAt + Math.floor((next() * 2 * HOUR) / 1000) * 1000;
    } else {
      dueAt = acceptedAt + (1 + Math.floor(next() * 20)) * DAY;
      const late = next() < 0.035;
      completedAt = late
        ? dueAt + Math.floor((next() * 5 * DAY) / 1000) * 1000 + 1000
        : acceptedAt + Math.floor((next() * (dueAt - acceptedAt)) / 1000) * 1000;
    }
    if (next() < 0.005) completedAt = null;
    yield {
      id: `C${index}`,
      category,
      departmentId: department,
      streetOfficeId: streetOffice,
      acceptedAt,
      dueAt,
      completedAt,
    };
  }
}

const OFFSETS = [480, 480, 480, 480, 480, 480, 480, 0, 540, -300]; // mostly +08:00; also Z, +09:00, −05:00

const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));
const dayText = new Map<number, string>();
const zoneText = new Map<number, string>();

/** ISO 8601 text of `ms` on a clock `offset` minutes ahead of UTC, seconds precision (fast: dates cached by day). */
export function isoTimestamp(ms: number, offset: number): string {
  const local = ms + offset * 60_000;
  const day = Math.floor(local / DAY);
  let date = dayText.get(day);
  if (date === undefined) {
    date = `${new Date(day * DAY).toISOString().slice(0, 10)}T`;
    dayText.set(day, date);
  }
  let zone = zoneText.get(offset);
  if (zone === undefined) {
    const size = Math.abs(offset);
    zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${TWO_DIGITS[Math.floor(size / 60)]}:${TWO_DIGITS[size % 60]}`;
    zoneText.set(offset, zone);
  }
  const seconds = Math.floor((local - day * DAY) / 1000);
  return `${date}${TWO_DIGITS[Math.floor(seconds / 3600)]}:${TWO_DIGITS[Math.floor(seconds / 60) % 60]}:${TWO_DIGITS[seconds % 60]}${zone}`;
}

/**
 * The same records with ISO-string times, ~30 % of them written with another
 * offset than +08:00, each passed through JSON as an NDJSON export would be:
 * flat strings and objects of one shape, as `JSON.parse` makes them (strings
 * built by concatenation are ropes, slower to read, and no real input has them).
 */
export function withIsoTimes(records: Iterable<CaseRecord>, seed = 7): CaseRecord[] {
  return Array.from(isoRecords(records, seed), (record) => JSON.parse(JSON.stringify(record)) as CaseRecord);
}

/** {@link withIsoTimes} one record at a time. */
export function* isoRecords(records: Iterable<CaseRecord>, seed = 7): Generator<CaseRecord> {
  const next = random(seed);
  for (const record of records) {
    const offset = OFFSETS[Math.floor(next() * OFFSETS.length)] as number;
    const iso = (value: string | number | null | undefined) =>
      value === null || value === undefined ? null : isoTimestamp(value as number, offset);
    yield {
      id: record.id,
      category: record.category,
      departmentId: record.departmentId,
      streetOfficeId: record.streetOfficeId ?? null,
      acceptedAt: iso(record.acceptedAt) as string,
      dueAt: iso(record.dueAt),
      completedAt: iso(record.completedAt),
    };
  }
}
