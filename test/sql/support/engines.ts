/**
 * The engines the shared SQL suite runs on, each behind one small interface:
 * make a case table for a way of storing times, replace its rows, run a
 * statement and return its rows as the driver gives them.
 */
import type { SqlColumn, SqlDialect, TimeStorage } from '../../../src/index.js';
import { startMariadb, startPostgres } from './servers.js';

/** One row to load: the case-record fields, with the times as epoch ms or null. */
export interface LoadRow {
  readonly id: string | null;
  readonly category: string | null;
  readonly departmentId: string | null;
  readonly streetOfficeId: string | null;
  readonly acceptedAt: number | null;
  readonly dueAt: number | null;
  readonly completedAt: number | null;
}

/** A table on an engine: its name, its columns' names and how it stores times. */
export interface TableSpec {
  readonly table: string;
  readonly columns: Readonly<Record<SqlColumn, string>>;
  readonly timeStorage: TimeStorage;
  /** Minutes ahead of UTC of the wall clock of timestamp storage. */
  readonly storageOffset: number;
}

export interface Engine {
  readonly name: string;
  readonly dialect: SqlDialect;
  /** Creates the table if needed and replaces its rows. */
  load(spec: TableSpec, rows: readonly LoadRow[]): Promise<void>;
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Sets the session's time zone to one far from the data's (the SQL must not depend on it). */
  readonly awayZone: string | null;
  close(): Promise<void>;
}

export const FIELDS: readonly SqlColumn[] = ['id', 'category', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt'];
const TIME_FIELDS = new Set<SqlColumn>(['acceptedAt', 'dueAt', 'completedAt']);

const utcText = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 23);
/** ISO 8601 at an offset: 2019-01-05T09:30:00.000+08:00 (or Z at 0). */
export function isoAt(ms: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(ms).toISOString();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}:${String(magnitude % 60).padStart(2, '0')}`;
  return `${new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23)}${zone}`;
}

/** The value of one field for a storage, as text or number, in the form `instant` writes instants. */
function value(row: LoadRow, field: SqlColumn, spec: TableSpec, instant: (ms: number) => string | number): string | number | null {
  const raw = row[field];
  if (raw === null || !TIME_FIELDS.has(field)) return raw;
  const ms = raw as number;
  if (spec.timeStorage === 'epochMs') return ms;
  if (spec.timeStorage === 'timestamp') return utcText(ms + spec.storageOffset * 60_000);
  return instant(ms);
}

/** Column types per storage, for the engines that take the SQL standard's names. */
function columnTypes(spec: TableSpec, text: string, types: Record<TimeStorage, string>, quote: (name: string) => string): string {
  return FIELDS.map((field) => `${quote(spec.columns[field])} ${TIME_FIELDS.has(field) ? types[spec.timeStorage] : text}`).join(', ');
}

const quoteStandard = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Rows in INSERT batches of at most `size`, with placeholders written by `placeholder(n)` (1-based). */
function batches(rows: readonly (string | number | null)[][], size: number, placeholder: (n: number) => string): { sql: string; values: (string | number | null)[] }[] {
  const out: { sql: string; values: (string | number | null)[] }[] = [];
  for (let from = 0; from < rows.length; from += size) {
    const part = rows.slice(from, from + size);
    let n = 0;
    out.push({
      sql: part.map((row) => `(${row.map(() => placeholder(++n)).join(', ')})`).join(', '),
      values: part.flat(),
    });
  }
  return out;
}

/**
 * A PostgreSQL engine over any client that runs `query(sql, values)`: PGlite
 * and `pg` load and query alike.
 */
function postgresEngine(
  name: string,
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>,
  close: () => Promise<void>,
): Engine {
  const made = new Set<string>();
  return {
    name,
    dialect: 'postgres',
    awayZone: "SET TIME ZONE 'America/St_Johns'",
    async load(spec, rows) {
      if (!made.has(spec.table)) {
        await query(`CREATE TABLE ${quoteStandard(spec.table)} (${columnTypes(spec, 'text', { timestamptz: 'timestamptz', timestamp: 'timestamp(3)', epochMs: 'bigint' }, quoteStandard)})`);
        made.add(spec.table);
      }
      await query(`DELETE FROM ${quoteStandard(spec.table)}`);
      const values = rows.map((row) => FIELDS.map((field) => value(row, field, spec, (ms) => new Date(ms).toISOString())));
      for (const batch of batches(values, 500, (n) => `$${n}`)) await query(`INSERT INTO ${quoteStandard(spec.table)} VALUES ${batch.sql}`, batch.values);
    },
    async query(sql) {
      return (await query(sql)).rows;
    },
    close,
  };
}

/** PostgreSQL in WASM, in process. */
export async function pgliteEngine(): Promise<Engine> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  return postgresEngine('PGlite (PostgreSQL 18, WASM)', (sql, values) => db.query<Record<string, unknown>>(sql, values), () => db.close());
}

/** Debian's PostgreSQL server through `pg`, or null when it is not installed. */
export async function postgresServerEngine(): Promise<Engine | null> {
  const server = await startPostgres();
  if (server === null) return null;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ host: server.socketDirectory, user: 'postgres', database: 'postgres' });
  await client.connect();
  const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '';
  return postgresEngine(
    `PostgreSQL ${version.split(' ')[0]} server (pg)`,
    (sql, values) => client.query<Record<string, unknown>>(sql, values),
    async () => {
      await client.end();
      await server.stop();
    },
  );
}

/** DuckDB in process. */
export async function duckdbEngine(): Promise<Engine> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const made = new Set<string>();
  return {
    name: 'DuckDB (@duckdb/node-api)',
    dialect: 'duckdb',
    awayZone: "SET TimeZone = 'America/St_Johns'",
    async load(spec, rows) {
      if (!made.has(spec.table)) {
        await connection.run(`CREATE TABLE ${quoteStandard(spec.table)} (${columnTypes(spec, 'VARCHAR', { timestamptz: 'TIMESTAMPTZ', timestamp: 'TIMESTAMP', epochMs: 'BIGINT' }, quoteStandard)})`);
        made.add(spec.table);
      }
      await connection.run(`DELETE FROM ${quoteStandard(spec.table)}`);
      const values = rows.map((row) => FIELDS.map((field) => value(row, field, spec, (ms) => new Date(ms).toISOString())));
      for (const batch of batches(values, 500, () => '?')) {
        // Numbers bind as DOUBLE: epoch ms are exact in a double, and the column casts them to BIGINT.
        await connection.run(`INSERT INTO ${quoteStandard(spec.table)} VALUES ${batch.sql}`, batch.values);
      }
    },
    async query(sql) {
      return (await connection.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** SQLite through better-sqlite3; `safeIntegers` makes its integers BigInts. */
export async function sqliteEngine(safeIntegers = false): Promise<Engine> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(':memory:');
  db.defaultSafeIntegers(safeIntegers);
  const made = new Set<string>();
  let next = 0;
  return {
    name: `SQLite ${(db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v} (better-sqlite3${safeIntegers ? ', safe integers' : ''})`,
    dialect: 'sqlite',
    awayZone: null,
    async load(spec, rows) {
      if (!made.has(spec.table)) {
        // NOCASE on the text columns: the SQL must compare bytes whatever a column declares.
        db.exec(`CREATE TABLE ${quoteStandard(spec.table)} (${columnTypes(spec, 'TEXT COLLATE NOCASE', { timestamptz: 'TEXT', timestamp: 'TEXT', epochMs: 'INTEGER' }, quoteStandard)})`);
        made.add(spec.table);
      }
      db.exec(`DELETE FROM ${quoteStandard(spec.table)}`);
      // ISO text at several offsets: unixepoch must read each one.
      const offsets = [480, 0, -300, 345];
      const values = rows.map((row) => FIELDS.map((field) => value(row, field, spec, (ms) => isoAt(ms, offsets[next++ % offsets.length] as number))));
      for (const batch of batches(values, 100, () => '?')) db.prepare(`INSERT INTO ${quoteStandard(spec.table)} VALUES ${batch.sql}`).run(...batch.values);
    },
    async query(sql) {
      return db.prepare(sql).all() as Record<string, unknown>[];
    },
    async close() {
      db.close();
    },
  };
}

const quoteMysql = (name: string) => `\`${name.replaceAll('`', '``')}\``;

/** MariaDB from Debian's mariadb-server through mysql2, or null when it is not installed. */
export async function mariadbEngine(): Promise<Engine | null> {
  const server = await startMariadb();
  if (server === null) return null;
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({ socketPath: server.socket, user: 'root', multipleStatements: false, charset: 'utf8mb4' });
  await connection.query('CREATE DATABASE zwfw CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci');
  await connection.query('USE zwfw');
  const [[version]] = (await connection.query('SELECT VERSION() AS v')) as unknown as [[{ v: string }]];
  const made = new Set<string>();
  return {
    name: `MariaDB ${version.v} (mysql2)`,
    dialect: 'mysql',
    awayZone: "SET time_zone = '-03:30'",
    async load(spec, rows) {
      // Instants are written in UTC: a TIMESTAMP is read in the session's zone.
      await connection.query("SET time_zone = '+00:00'");
      if (!made.has(spec.table)) {
        // The default collation ignores case and trailing spaces: the SQL must compare bytes.
        const types = { timestamptz: 'TIMESTAMP(3) NULL DEFAULT NULL', timestamp: 'DATETIME(3) NULL', epochMs: 'BIGINT NULL' };
        await connection.query(`CREATE TABLE ${quoteMysql(spec.table)} (${columnTypes(spec, 'VARCHAR(200) NULL', types, quoteMysql)}) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
        made.add(spec.table);
      }
      await connection.query(`DELETE FROM ${quoteMysql(spec.table)}`);
      const values = rows.map((row) => FIELDS.map((field) => value(row, field, spec, (ms) => new Date(ms).toISOString().replace('T', ' ').slice(0, 23))));
      for (const batch of batches(values, 500, () => '?')) await connection.execute(`INSERT INTO ${quoteMysql(spec.table)} VALUES ${batch.sql}`, batch.values);
    },
    async query(sql) {
      const [rows] = await connection.query(sql);
      return rows as Record<string, unknown>[];
    },
    async close() {
      await connection.end();
      await server.stop();
    },
  };
}

/**
 * ClickHouse in process through chDB, loaded from .cache/chdb (where
 * `npm run test:clickhouse` installs it), or null when it is not there.
 */
export async function clickhouseEngine(): Promise<Engine | null> {
  const { createRequire } = await import('node:module');
  const { existsSync } = await import('node:fs');
  const folder = new URL('../../../.cache/chdb/', import.meta.url);
  if (!existsSync(new URL('node_modules/chdb/package.json', folder))) return null;
  const chdb = createRequire(new URL('package.json', folder))('chdb') as {
    Session: new () => { query(sql: string, format?: string): string; close(): void };
  };
  const session = new chdb.Session();
  const made = new Set<string>();
  const quote = (name: string) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``;
  const literal = (value: string | number | null) =>
    value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  let zone = "SET session_timezone = 'UTC'";
  const run = (sql: string) => session.query(`${sql} SETTINGS ${zone.slice(4)}`, 'JSONEachRow');
  const version = JSON.parse(session.query('SELECT version() AS v', 'JSONEachRow').trim()) as { v: string };
  return {
    name: `ClickHouse ${version.v} (chDB)`,
    dialect: 'clickhouse',
    awayZone: "SET session_timezone = 'America/St_Johns'",
    async load(spec, rows) {
      if (!made.has(spec.table)) {
        const types = { timestamptz: "Nullable(DateTime64(3, 'UTC'))", timestamp: 'Nullable(String)', epochMs: 'Nullable(Int64)' };
        session.query(`CREATE TABLE ${quote(spec.table)} (${columnTypes(spec, 'Nullable(String)', types, quote)}) ENGINE = MergeTree ORDER BY tuple()`);
        made.add(spec.table);
      }
      session.query(`TRUNCATE TABLE ${quote(spec.table)}`);
      if (rows.length === 0) return;
      // The library's own literals (the test's data, escaped for ClickHouse): chDB's insert takes objects keyed by column name.
      const values = rows.map((row) => `(${FIELDS.map((field) => literal(value(row, field, spec, (ms) => utcText(ms)))).join(', ')})`);
      session.query(`INSERT INTO ${quote(spec.table)} VALUES ${values.join(', ')}`);
    },
    async query(sql) {
      if (sql.startsWith('SET ')) {
        zone = sql;
        return [];
      }
      return run(sql)
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    async close() {
      session.close();
    },
  };
}
