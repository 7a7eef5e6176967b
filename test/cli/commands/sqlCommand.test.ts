import { describe, expect, it } from 'vitest';
import { tallySql } from '../../../src/index.js';
import { run } from '../fakeIo.js';

describe('zwfw-stats sql', () => {
  it('prints the statement of tallySql for the options given, ended by a semicolon', async () => {
    const result = await run(['sql', '--dialect', 'postgres', '--table', 'cases', '--period', '2019-01', '--by', 'streetOffice']);
    expect(result).toStrictEqual({
      status: 0,
      stdout: `${tallySql({ dialect: 'postgres', table: 'cases', period: '2019-01', by: ['streetOffice'] }).sql};\n`,
      stderr: '',
    });
  });

  it('takes a range, a schema, renamed columns, a time storage and offsets', async () => {
    const result = await run([
      'sql',
      '--dialect', 'mysql',
      '--schema', 'warehouse',
      '--table', 'cases',
      '--period', '2019-01..2019-03',
      '--by', 'department,period',
      '--columns', 'departmentId=dept code,acceptedAt=accept_time',
      '--time-storage', 'timestamp',
      '--time-offset', '+09:00',
      '--storage-offset', 'Z',
      '--no-duplicate-check',
    ]);
    const expected = tallySql({
      dialect: 'mysql',
      table: ['warehouse', 'cases'],
      period: { from: '2019-01', to: '2019-03' },
      by: ['department', 'period'],
      columns: { departmentId: 'dept code', acceptedAt: 'accept_time' },
      timeStorage: 'timestamp',
      utcOffsetMinutes: 540,
      timeStorageOffsetMinutes: 0,
      checkDuplicateIds: false,
    });
    expect(result.stdout).toBe(`${expected.sql};\n`);
    expect(result.stdout).toContain('`warehouse`.`cases`');
    // 2019-01-01T00:00+09:00 is 2018-12-31T15:00Z, written on the stored wall clock (UTC).
    expect(result.stdout).toContain("TIMESTAMP '2018-12-31 15:00:00.000'");
  });

  it('groups by street office by default, and prints its help', async () => {
    const result = await run(['sql', '--dialect', 'sqlite', '--table', 'cases', '--period', '2019-01']);
    expect(result.stdout).toBe(`${tallySql({ dialect: 'sqlite', table: 'cases', period: '2019-01', by: 'streetOffice' }).sql};\n`);
    const help = await run(['sql', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: zwfw-stats sql --dialect DIALECT --table NAME --period YYYY-MM/);
  });

  it.each([
    [['--table', 'cases', '--period', '2019-01'], 'missing --dialect (postgres, mysql, duckdb, clickhouse, sqlite) (see zwfw-stats sql --help)'],
    [['--dialect', 'oracle', '--table', 'cases', '--period', '2019-01'], "--dialect must be one of postgres, mysql, duckdb, clickhouse, sqlite, got 'oracle' (see zwfw-stats sql --help)"],
    [['--dialect', 'duckdb', '--period', '2019-01'], 'missing --table NAME (see zwfw-stats sql --help)'],
    [['--dialect', 'duckdb', '--table', 'cases'], 'missing --period YYYY-MM (or YYYY-MM..YYYY-MM), such as --period 2019-01 (see zwfw-stats sql --help)'],
    [['--dialect', 'duckdb', '--table', 'cases', '--period', '2019-13'], "--period must be a month written YYYY-MM or a range YYYY-MM..YYYY-MM, got '2019-13' (see zwfw-stats sql --help)"],
    [['--dialect', 'duckdb', '--table', 'cases', '--period', '2019-03..2019-01'], 'tallySql requires period.to to be from period.from up to 1200 months later, got "2019-01" (see zwfw-stats sql --help)'],
    [['--dialect', 'duckdb', '--table', 'cases', '--period', '2019-01', '--by', 'street'], "--by takes department, category, streetOffice, period (comma-separated), got 'street' (see zwfw-stats sql --help)"],
    [['--dialect', 'duckdb', '--table', 'cases', '--period', '2019-01', '--columns', 'dept=x'], "--columns maps the fields id, category, departmentId, streetOfficeId, acceptedAt, dueAt, completedAt, got 'dept' (see zwfw-stats sql --help)"],
    [['--dialect', 'duckdb', '--table', 'cases', '--period', '2019-01', '--columns', 'departmentId'], "--columns must be written field=column,…, such as departmentId=dept_code, got 'departmentId' (see zwfw-stats sql --help)"],
    [['--dialect', 'duckdb', '--table', 'cases', '--period', '2019-01', '--time-offset', '8'], "--time-offset must be an offset written +HH:MM or -HH:MM (or Z), such as +08:00, got '8' (see zwfw-stats sql --help)"],
    [['--dialect', 'duckdb', '--table', 'cases', '--period', '2019-01', '--time-offset', '+15:00'], 'tallySql requires utcOffsetMinutes to be an integer from -720 to 840, got 900 (see zwfw-stats sql --help)'],
    [['--dialect', 'duckdb', '--table', 'cases', '--period', '2019-01', '--time-storage', 'date'], "--time-storage must be one of timestamptz, timestamp, epochMs, got 'date' (see zwfw-stats sql --help)"],
    [['--dialect', 'duckdb', '--table', 'ca\u0000ses', '--period', '2019-01'], 'tallySql requires table to be a non-empty name without NUL characters, got "ca\\u0000ses" (see zwfw-stats sql --help)'],
  ])('refuses %j with a one-line message and status 2', async (args, message) => {
    expect(await run(['sql', ...args])).toStrictEqual({ status: 2, stdout: '', stderr: `zwfw-stats: ${message}\n` });
  });
});
