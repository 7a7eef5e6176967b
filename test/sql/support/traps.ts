/**
 * The traps of each engine that the library steps around, as measured on the
 * real engines (each value written `typeof:String(value)` as the driver gives
 * it): integer division, division by zero, SUM and COUNT over no rows,
 * COUNT's type per driver, and ROUND, which is why the SQL returns counts only.
 */
export const TRAP_PROBES = {
  /** 7/2: 3 in PostgreSQL and SQLite (integer division), 3.5 elsewhere. */
  integerDivision: 'SELECT 7/2 AS v',
  /** 1/0: an error, NULL or Infinity. */
  divisionByZero: 'SELECT 1/0 AS v',
  /** SUM over no rows is NULL, not 0 (except ClickHouse). */
  sumOverNoRows: 'SELECT SUM(x) AS v FROM (SELECT 1 AS x) AS t WHERE 1 = 0',
  /** COUNT over no rows is 0, but its type differs per driver. */
  countOverNoRows: 'SELECT COUNT(x) AS v FROM (SELECT 1 AS x) AS t WHERE 1 = 0',
  /** SUM of integers: an exact type, also of a different kind per driver (MariaDB's is DECIMAL). */
  sumOfIntegers: 'SELECT SUM(x) AS v FROM (SELECT 1 AS x) AS t',
  /** 2.675 as a decimal rounded to 2 places: 2.68 except in SQLite (2.67, a double). */
  roundDecimal: 'SELECT ROUND(2.675, 2) AS v',
  /** 2.5 rounded as a decimal: 3 everywhere. */
  roundHalfDecimal: 'SELECT ROUND(2.5) AS v',
  /** 2.5 rounded as a double: 2 in PostgreSQL and MariaDB (half to even), 3 in DuckDB and SQLite. */
  roundHalfDouble: 'SELECT ROUND(CAST(2.5 AS DOUBLE PRECISION)) AS v',
} as const;

export type Trap = keyof typeof TRAP_PROBES;

/** Measured, per engine key (see engineList.ts). */
export const TRAPS: Readonly<Record<string, Readonly<Record<Trap, string>>>> = {
  pglite: {
    integerDivision: 'number:3',
    divisionByZero: 'error: division by zero',
    sumOverNoRows: 'object:null',
    countOverNoRows: 'number:0',
    sumOfIntegers: 'number:1',
    roundDecimal: 'string:2.68',
    roundHalfDecimal: 'string:3',
    roundHalfDouble: 'number:2',
  },
  postgres: {
    integerDivision: 'number:3',
    divisionByZero: 'error: division by zero',
    sumOverNoRows: 'object:null',
    countOverNoRows: 'string:0',
    sumOfIntegers: 'string:1',
    roundDecimal: 'string:2.68',
    roundHalfDecimal: 'string:3',
    roundHalfDouble: 'number:2',
  },
  duckdb: {
    integerDivision: 'number:3.5',
    divisionByZero: 'number:Infinity',
    sumOverNoRows: 'object:null',
    countOverNoRows: 'bigint:0',
    sumOfIntegers: 'bigint:1',
    roundDecimal: 'object:2.68',
    roundHalfDecimal: 'object:3',
    roundHalfDouble: 'number:3',
  },
  sqlite: {
    integerDivision: 'number:3',
    divisionByZero: 'object:null',
    sumOverNoRows: 'object:null',
    countOverNoRows: 'number:0',
    sumOfIntegers: 'number:1',
    roundDecimal: 'number:2.67',
    roundHalfDecimal: 'number:3',
    roundHalfDouble: 'number:3',
  },
  'sqlite-bigint': {
    integerDivision: 'bigint:3',
    divisionByZero: 'object:null',
    sumOverNoRows: 'object:null',
    countOverNoRows: 'bigint:0',
    sumOfIntegers: 'bigint:1',
    roundDecimal: 'number:2.67',
    roundHalfDecimal: 'number:3',
    roundHalfDouble: 'number:3',
  },
  mariadb: {
    integerDivision: 'string:3.5000',
    divisionByZero: 'object:null',
    sumOverNoRows: 'object:null',
    countOverNoRows: 'number:0',
    sumOfIntegers: 'string:1',
    roundDecimal: 'string:2.68',
    roundHalfDecimal: 'string:3',
    roundHalfDouble: 'number:2',
  },
  // chDB's JSONEachRow: 64-bit integers unquoted, inf written as null; Float64 literals, rounded half to even.
  clickhouse: {
    integerDivision: 'number:3.5',
    divisionByZero: 'object:null',
    sumOverNoRows: 'number:0',
    countOverNoRows: 'number:0',
    sumOfIntegers: 'number:1',
    roundDecimal: 'number:2.68',
    roundHalfDecimal: 'number:2',
    roundHalfDouble: 'number:2',
  },
};

/** What one probe gives on an engine, written as in {@link TRAPS}. */
export async function probe(query: (sql: string) => Promise<Record<string, unknown>[]>, sql: string): Promise<string> {
  try {
    const value = (await query(sql))[0]?.['v'];
    return `${typeof value}:${String(value)}`;
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}
