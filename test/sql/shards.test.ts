/**
 * Shards merge: records split by department, street office or a hash of the
 * id, tallied apart on different engines (DuckDB, SQLite) and in JavaScript,
 * merge with mergeTallyGroups into the tally of all the records at once.
 */
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseRecord, completionRate, mergeTallyGroups, readTallySqlRows, tallyCases, tallySql, type TallyGroup } from '../../src/index.js';
import { duckdbEngine, type Engine, sqliteEngine } from './support/engines.js';
import { columnsOf, scenarios, TABLES, toLoadRow } from './support/scenarios.js';

/** FNV-1a of the id's UTF-16 units: a hash a warehouse could compute as well. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) h = Math.imul(h ^ id.charCodeAt(index), 0x01000193) >>> 0;
  return h;
}

const SPLITS = {
  department: (record: CaseRecord) => record.departmentId.length % 3,
  streetOffice: (record: CaseRecord) => (record.streetOfficeId ?? '').length % 3,
  idHash: (record: CaseRecord) => hash(record.id) % 3,
} as const;

describe('tally SQL over shards', () => {
  let duckdb: Engine;
  let sqlite: Engine;
  beforeAll(async () => {
    duckdb = await duckdbEngine();
    sqlite = await sqliteEngine();
  }, 60_000);
  afterAll(async () => {
    await duckdb.close();
    await sqlite.close();
  });

  it('merges with mergeTallyGroups into the tally of all the records, whichever way they are split', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, fc.constantFrom(...(Object.keys(SPLITS) as (keyof typeof SPLITS)[])), async (scenario, split) => {
        const shards: CaseRecord[][] = [[], [], []];
        for (const record of scenario.records) shards[SPLITS[split](record)]!.push(record);
        const options = { period: scenario.period, by: scenario.by, utcOffsetMinutes: scenario.utcOffsetMinutes, missingStreetOffice: scenario.missingStreetOffice };
        const spec = { ...TABLES[scenario.storage], storageOffset: scenario.storageOffset };
        const parts: TallyGroup[][] = [];
        for (const [index, engine] of [duckdb, sqlite].entries()) {
          await engine.load(spec, shards[index]!.map(toLoadRow));
          const query = tallySql({ ...options, dialect: engine.dialect, table: spec.table, columns: columnsOf(spec), timeStorage: spec.timeStorage, timeStorageOffsetMinutes: spec.storageOffset });
          parts.push(readTallySqlRows(await engine.query(query.sql), query).groups);
        }
        parts.push(tallyCases(shards[2]!, options).groups); // the third shard in JavaScript
        const merged = parts.reduce((all, part) => mergeTallyGroups(all, part, scenario.by), [] as TallyGroup[]);
        expect(merged).toStrictEqual(tallyCases(scenario.records, options).groups);
      }),
      { numRuns: 25, seed: 20190103, endOnFailure: true },
    );
  }, 120_000);

  it("gives a province's figures from its districts' warehouses: 办结率 from the merged counts, never from averaged rates", async () => {
    // Two districts, each tallied in its own engine. District A: 3 accepted in
    // January 2019, 2 completed; district B: 1 accepted, 1 completed.
    // Province: 4 accepted, 3 completed, 办结率 3/4 = 75 % (the mean of the two rates would be (2/3 + 1) / 2 ≈ 83.3 %).
    const at = (day: number) => `2019-01-${String(day).padStart(2, '0')}T10:00:00+08:00`;
    const districtA: CaseRecord[] = [
      { id: 'A-1', category: 'public_service', departmentId: '区人社局', acceptedAt: at(3), completedAt: at(4) },
      { id: 'A-2', category: 'public_service', departmentId: '区人社局', acceptedAt: at(5), completedAt: at(8) },
      { id: 'A-3', category: 'administrative_licensing', departmentId: '区卫计局', acceptedAt: at(30), dueAt: at(31) },
    ];
    const districtB: CaseRecord[] = [{ id: 'B-1', category: 'public_service', departmentId: '区人社局', acceptedAt: at(10), completedAt: at(11) }];
    const spec = TABLES.timestamptz;
    const totals: TallyGroup[][] = [];
    for (const [engine, records] of [[duckdb, districtA], [sqlite, districtB]] as const) {
      await engine.load(spec, records.map(toLoadRow));
      const query = tallySql({ dialect: engine.dialect, table: spec.table, period: '2019-01', by: [] });
      totals.push(readTallySqlRows(await engine.query(query.sql), query).groups);
    }
    const [province] = mergeTallyGroups(totals[0]!, totals[1]!, []);
    expect(province?.tally).toStrictEqual({ accepted: 4, completed: 3, completedOnTime: 3, due: 1, inProgress: 1 });
    expect(completionRate(province!.tally)).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
  });
});
