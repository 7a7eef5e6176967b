/**
 * The shared suite: on every engine, the SQL of tallySql, read back by
 * readTallySqlRows, gives exactly the tallies of tallyCases on the same
 * records, for random periods, offsets, groupings and ways of storing times.
 *
 * Engines: PGlite, DuckDB and SQLite in process; MariaDB and the PostgreSQL
 * server started here on unix sockets in temporary directories where they
 * are installed (skipped, with a message, where not). ClickHouse (chDB) only
 * under `npm run test:clickhouse`. ZWFW_SQL_ENGINES=pglite,duckdb,… picks some.
 */
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTallySqlRows, tallyCases, tallySql } from '../../src/index.js';
import { ENGINE_FACTORIES, type EngineFactory } from './support/engineList.js';
import type { Engine } from './support/engines.js';
import { columnsOf, type Scenario, scenarios, TABLES, toLoadRow } from './support/scenarios.js';

const RUNS = Number(process.env['ZWFW_SQL_RUNS'] ?? 30);

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

function suite(factory: EngineFactory): void {
  let engine: Engine | null = null;
  let missing = '';
  beforeAll(async () => {
    engine = await factory.start();
    if (engine === null) {
      missing = `${factory.name} is not installed here: its part of the shared SQL suite is skipped (${factory.install})`;
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
}

for (const factory of ENGINE_FACTORIES) describe(`tallySql on ${factory.name}`, () => suite(factory));
