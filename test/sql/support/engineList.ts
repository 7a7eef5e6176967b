import { clickhouseEngine, duckdbEngine, type Engine, mariadbEngine, pgliteEngine, postgresServerEngine, sqliteEngine } from './engines.js';

/** An engine the shared suite can start: null from start() when it is not installed. */
export interface EngineFactory {
  readonly key: string;
  readonly name: string;
  /** How to get it, for the message shown when it is missing. */
  readonly install: string;
  start(): Promise<Engine | null>;
}

const ALL: EngineFactory[] = [
  { key: 'pglite', name: 'PGlite', install: 'npm ci', start: pgliteEngine },
  { key: 'duckdb', name: 'DuckDB', install: 'npm ci', start: duckdbEngine },
  { key: 'sqlite', name: 'SQLite', install: 'npm ci', start: () => sqliteEngine(false) },
  { key: 'sqlite-bigint', name: 'SQLite (safe integers)', install: 'npm ci', start: () => sqliteEngine(true) },
  { key: 'mariadb', name: 'MariaDB', install: 'apt-get install mariadb-server', start: mariadbEngine },
  { key: 'postgres', name: 'the PostgreSQL server', install: 'apt-get install postgresql', start: postgresServerEngine },
  {
    key: 'clickhouse',
    name: 'ClickHouse (chDB)',
    install: 'it is opt-in: npm run test:clickhouse installs chDB into .cache/chdb and runs it',
    start: () => (process.env['ZWFW_CLICKHOUSE'] === '1' ? clickhouseEngine() : Promise.resolve(null)),
  },
];

/** The engines of the shared suite, each run by test/sql/engines/KEY.test.ts. */
export const ENGINE_FACTORIES: readonly EngineFactory[] = ALL;
