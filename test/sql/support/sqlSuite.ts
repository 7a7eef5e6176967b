/**
 * The shared suite (run by one small test file per engine in test/sql/engines/,
 * so that the engines start in parallel): on every engine, the SQL of tallySql, read back by
 * readTallySqlRows, gives exactly the tallies of tallyCases on the same
 * records, for random periods, offsets, groupings and ways of storing times.
 *
 * Engines: PGlite, DuckDB and SQLite in process; MariaDB and the PostgreSQL
 * server started here on unix sockets in temporary directories where they
 * are installed (skipped, with a message, where not). ClickHouse (chDB) only
 * under `npm run test:clickhouse`.
 */
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseRecord, type InvalidRecord, readTallySqlRows, tallyCases, tallySql, type TallySqlInvalidCounts } from '../../../src/index.js';
import { ENGINE_FACTORIES, type EngineFactory } from './engineList.js';

import type { Engine } from './engines.js';
import { columnsOf, type Scenario, scenarios, TABLES, toLoadRow } from './scenarios.js';
import { probe, TRAP_PROBES, TRAPS, type Trap } from './traps.js';

const RUNS = Number(process.env['ZWFW_SQL_RUNS'] ?? 30);

/** The invalid counts tallyCases' collected problems add up to, by the field each names. */
function invalidCounts(invalid: readonly InvalidRecord[]): TallySqlInvalidCounts {
  const counts = { id: 0, category: 0, departmentId: 0, streetOfficeId: 0, acceptedAt: 0, dueAt: 0, completedAt: 0, completedBeforeAccepted: 0, duplicateId: 0 };
  for (const problem of invalid) {
    if (problem.field === 'id' && problem.message.includes('duplicate')) counts.duplicateId += 1;
    else if (problem.field === 'completedAt' && problem.message.includes('at or after acceptedAt')) counts.completedBeforeAccepted += 1;
    else counts[problem.field as 'id'] += 1;
  }
  return counts;
}

/**
 * Invalid records of every kind a typed table can hold, and duplicate ids
 * (copies of the first records, so that they touch the period as often as those do).
 */
function withInvalid(records: readonly CaseRecord[], bad: readonly number[]): CaseRecord[] {
  const base = records[0] ?? { id: 'x', category: 'public_service', departmentId: 'A', acceptedAt: '2019-01-05T09:30:00+08:00' };
  const kinds: Record<string, unknown>[] = [
    { ...base, id: '' },
    { ...base, id: null },
    { ...base, id: 'bad-category', category: 'PUBLIC_SERVICE' },
    { ...base, id: 'no-category', category: null, itemTypeCode: undefined },
    // Near misses of the 事项类型 forms: a trailing space, three digits, a code that is none.
    { ...base, id: 'spaced-name', category: '行政许可 ', itemTypeCode: undefined },
    { ...base, id: 'long-code', category: '001', itemTypeCode: undefined },
    { ...base, id: 'no-such-code', category: '21', itemTypeCode: undefined },
    { ...base, id: 'empty-department', departmentId: '' },
    { ...base, id: 'no-department', departmentId: null },
    { ...base, id: 'empty-office', streetOfficeId: '' },
    { ...base, id: 'no-accepted', acceptedAt: null },
    { ...base, id: 'completed-first', acceptedAt: '2019-01-10T00:00:00+08:00', completedAt: '2019-01-09T23:59:59.999+08:00' },
  ];
  const out = [...records];
  for (const pick of bad) {
    if (pick < kinds.length) out.push({ ...(kinds[pick] as object), ...(pick < 2 ? {} : { id: `${(kinds[pick] as { id: string }).id}-${out.length}` }) } as CaseRecord);
    else if (records.length > 0) out.push({ ...(records[pick % records.length] as CaseRecord) }); // a duplicate id
  }
  return out;
}

async function check(engine: Engine, scenario: Scenario): Promise<void> {
  const spec = { ...TABLES[scenario.storage], storageOffset: scenario.storageOffset };
  await engine.load(spec, scenario.records.map(toLoadRow));
  if (engine.awayZone !== null) await engine.query(engine.awayZone);
  const options = { period: scenario.period, by: scenario.by, utcOffsetMinutes: scenario.utcOffsetMinutes, missingStreetOffice: scenario.missingStreetOffice };
  const query = tallySql({
    ...options,
    dialect: engine.dialect,
    table: spec.table,
    columns: columnsOf(spec),
    timeStorage: spec.timeStorage,
    timeStorageOffsetMinutes: spec.storageOffset,
  });
  const rows = await engine.query(query.sql);
  const result = readTallySqlRows(rows, query);
  expect(result.groups).toStrictEqual(tallyCases(scenario.records, options).groups);
}

async function checkInvalid(engine: Engine, scenario: Scenario, bad: readonly number[]): Promise<void> {
  const records = withInvalid(scenario.records, bad);
  const spec = { ...TABLES[scenario.storage], storageOffset: scenario.storageOffset };
  await engine.load(spec, records.map(toLoadRow));
  const options = { period: scenario.period, by: scenario.by, utcOffsetMinutes: scenario.utcOffsetMinutes, missingStreetOffice: scenario.missingStreetOffice };
  const sqlOptions = { ...options, dialect: engine.dialect, table: spec.table, columns: columnsOf(spec), timeStorage: spec.timeStorage, timeStorageOffsetMinutes: spec.storageOffset };
  const collected = readTallySqlRows(await engine.query(tallySql({ ...sqlOptions, onInvalid: 'collect' }).sql), tallySql({ ...sqlOptions, onInvalid: 'collect' }));
  const expected = tallyCases(records, { ...options, onInvalid: 'collect' });
  expect(collected.invalid).toStrictEqual(invalidCounts(expected.invalid));
  // With duplicate ids, the SQL counts every copy (a table has no first one): as tallyCases does once the copies are renamed.
  const renamed = records.map((record, index) => (typeof record.id === 'string' && record.id !== '' ? { ...record, id: `${index}:${record.id}` } : record));
  expect(collected.groups).toStrictEqual(tallyCases(renamed, { ...options, onInvalid: 'collect' }).groups);
  // By default, any invalid record is refused.
  const query = tallySql(sqlOptions);
  const rows = await engine.query(query.sql);
  if (expected.invalid.length > 0) expect(() => readTallySqlRows(rows, query)).toThrow(RangeError);
  else expect(readTallySqlRows(rows, query).groups).toStrictEqual(expected.groups);
  // Without the duplicate check, duplicates are not counted (null), the rest is.
  const unchecked = tallySql({ ...sqlOptions, onInvalid: 'collect', checkDuplicateIds: false });
  expect(readTallySqlRows(await engine.query(unchecked.sql), unchecked).invalid).toStrictEqual({ ...invalidCounts(expected.invalid), duplicateId: null });
}

function suite(factory: EngineFactory): void {
  let engine: Engine | null = null;
  let missing = '';
  beforeAll(async () => {
    engine = await factory.start();
    if (engine === null) {
      missing = `${factory.name} is not available here, so its part of the shared SQL suite is skipped (${factory.install})`;
      console.warn(missing);
    }
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  }, 60_000);

  it('gives the tallies of tallyCases on random records, periods, offsets, groupings and time storages', async ({ skip }) => {
    if (engine === null) return skip(missing);
    const live = engine;
    await fc.assert(
      fc.asyncProperty(scenarios, (scenario) => check(live, scenario)),
      { numRuns: RUNS, seed: 20190101, endOnFailure: true },
    );
  }, 120_000);

  it('counts the invalid records tallyCases would refuse, and counts none of them in a group', async ({ skip }) => {
    if (engine === null) return skip(missing);
    const live = engine;
    await fc.assert(
      fc.asyncProperty(scenarios, fc.array(fc.nat(15), { maxLength: 8 }), (scenario, bad) => checkInvalid(live, scenario, bad)),
      { numRuns: Math.ceil(RUNS / 2), seed: 20190102, endOnFailure: true },
    );
  }, 120_000);

  it("pins the engine's traps that the library steps around (integer division, 1/0, SUM over no rows, COUNT's type, ROUND)", async ({ skip }) => {
    if (engine === null) return skip(missing);
    const live = engine;
    const measured: Record<string, string> = {};
    for (const [trap, sql] of Object.entries(TRAP_PROBES)) {
      measured[trap] = await probe((text) => live.query(text), live.dialect === 'mysql' ? sql.replace('DOUBLE PRECISION', 'DOUBLE') : sql);
    }
    expect(measured as Record<Trap, string>).toStrictEqual(TRAPS[factory.key]);
  });
}

/** Runs the shared suite on the engine `key` of engineList.ts. */
export function sqlSuite(key: string): void {
  const factory = ENGINE_FACTORIES.find((candidate) => candidate.key === key);
  if (factory === undefined) throw new Error(`no engine ${key}`);
  describe(`tallySql on ${factory.name}`, () => suite(factory));
}
