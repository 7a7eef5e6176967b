import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SQL_DIALECTS, type SqlDialect, tallySql } from '../../src/index.js';

/** Each dialect's quoted identifier, written here independently of the library. */
const QUOTED: Record<SqlDialect, (name: string) => string> = {
  postgres: (name) => `"${name.replaceAll('"', '""')}"`,
  duckdb: (name) => `"${name.replaceAll('"', '""')}"`,
  sqlite: (name) => `"${name.replaceAll('"', '""')}"`,
  mysql: (name) => `\`${name.replaceAll('`', '``')}\``,
  clickhouse: (name) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
};

const name = fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }).filter((text) => !text.includes('\u0000'));

describe('tallySql', () => {
  // No input can inject SQL: a name reaches the statement only as its dialect's quoted identifier,
  // so replacing that identifier by a placeholder gives the same text whatever the name was.
  test.prop([fc.constantFrom(...SQL_DIALECTS), name, name], { seed: 17 })(
    'puts a caller\'s table or column name into the SQL only as a quoted identifier',
    (dialect, table, column) => {
      const quote = QUOTED[dialect];
      // Prefixed, so that neither name is one of the statement's own identifiers (the alias "t") nor the other.
      const write = (t: string, c: string) =>
        tallySql({ dialect, table: `T${t}`, columns: { departmentId: `C${c}` }, period: '2019-01', by: 'department' })
          .sql.replaceAll(quote(`T${t}`), '<TABLE>')
          .replaceAll(quote(`C${c}`), '<COLUMN>');
      expect(write(table, column)).toBe(write('plain_table', 'plain_column'));
    },
  );

  it('writes the period bounds as typed literals at the stated offset, half-open', () => {
    // 2019-01 at UTC+8: [2018-12-31T16:00Z, 2019-01-31T16:00Z).
    const at8 = tallySql({ dialect: 'postgres', table: 'cases', period: '2019-01', by: [] }).sql;
    expect(at8).toContain("r.a >= TIMESTAMPTZ '2018-12-31 16:00:00.000+00' AND r.a < TIMESTAMPTZ '2019-01-31 16:00:00.000+00'");
    // At UTC−05:00: [2019-01-01T05:00Z, 2019-02-01T05:00Z); MySQL compares UNIX_TIMESTAMP seconds.
    const mysql = tallySql({ dialect: 'mysql', table: 'cases', period: '2019-01', by: [], utcOffsetMinutes: -300 }).sql;
    expect(mysql).toContain('r.a >= 1546318800 AND r.a < 1548997200');
    expect(mysql).toContain('UNIX_TIMESTAMP(r0.accepted_raw) AS a');
    // Wall-clock storage at UTC+8 for months cut at UTC: the bounds on the stored clock.
    const wall = tallySql({ dialect: 'duckdb', table: 'cases', period: '2019-01', by: [], utcOffsetMinutes: 0, timeStorage: 'timestamp', timeStorageOffsetMinutes: 480 }).sql;
    expect(wall).toContain("r.a >= TIMESTAMP '2019-01-01 08:00:00.000' AND r.a < TIMESTAMP '2019-02-01 08:00:00.000'");
    const epoch = tallySql({ dialect: 'clickhouse', table: 'cases', period: '2019-01', by: [], timeStorage: 'epochMs' }).sql;
    expect(epoch).toContain('r.a >= 1546272000000 AND r.a < 1548950400000');
    const sqlite = tallySql({ dialect: 'sqlite', table: 'cases', period: '2019-01', by: [] }).sql;
    expect(sqlite).toContain("unixepoch(r0.accepted_raw, 'subsec') AS a");
  });

  it('writes counts that are never NULL over no rows, per dialect', () => {
    const sql = (dialect: SqlDialect) => tallySql({ dialect, table: 'cases', period: '2019-01', by: [] }).sql;
    expect(sql('postgres')).toContain('COUNT(CASE WHEN r.a >= ');
    expect(sql('mysql')).toContain('COUNT(CASE WHEN r.a >= ');
    expect(sql('sqlite')).toContain('COUNT(CASE WHEN r.a >= ');
    expect(sql('duckdb')).toContain('COUNT(*) FILTER (WHERE r.a >= ');
    expect(sql('clickhouse')).toContain('countIf(r.a >= ');
    for (const dialect of SQL_DIALECTS) {
      expect(sql(dialect)).not.toMatch(/\bSUM\(|\bROUND\(| \/ /);
      if (dialect !== 'duckdb') expect(sql(dialect)).not.toContain('FILTER (WHERE'); // MariaDB and openGauss have none
    }
  });

  it('groups MySQL text as bytes, and SQLite text with COLLATE BINARY', () => {
    const mysql = tallySql({ dialect: 'mysql', table: 'cases', period: '2019-01', by: ['department', 'streetOffice'] }).sql;
    expect(mysql).toContain('MIN(r.department) AS `department`');
    expect(mysql).toContain('GROUP BY CAST(r.department AS BINARY), CAST(r.street_office AS BINARY)');
    expect(mysql).toContain('CHAR_LENGTH(r0.case_id) = 0');
    const sqlite = tallySql({ dialect: 'sqlite', table: 'cases', period: '2019-01', by: 'department' }).sql;
    expect(sqlite).toContain('GROUP BY r.department COLLATE BINARY');
  });

  it('returns what the reader needs, and takes schema-qualified tables', () => {
    const query = tallySql({ dialect: 'postgres', table: ['warehouse', 'cases'], period: { from: '2019-11', to: '2020-02' }, by: ['period', 'department'], onInvalid: 'collect', checkDuplicateIds: false });
    expect(query).toMatchObject({ dialect: 'postgres', by: ['period', 'department'], months: ['2019-11', '2019-12', '2020-01', '2020-02'], onInvalid: 'collect', checkDuplicateIds: false });
    expect(query.sql).toContain('FROM "warehouse"."cases" AS "t"');
    expect(query.sql).toContain('NULL AS "duplicate_ids"');
    expect(query.sql).toContain('CROSS JOIN (SELECT 0 AS i, ');
  });

  it.each([
    [{ dialect: 'oracle' }, RangeError, `tallySql requires dialect to be one of 'postgres', 'mysql', 'duckdb', 'clickhouse', 'sqlite', got "oracle"`],
    [{ table: '' }, RangeError, 'tallySql requires table to be a non-empty name without NUL characters, got ""'],
    [{ table: 'a\u0000b' }, RangeError, 'tallySql requires table to be a non-empty name without NUL characters, got "a\\u0000b"'],
    [{ table: ['a', 'b', 'c', 'd'] }, RangeError, 'tallySql requires table to be a name or 1 to 3 name parts (database, schema, table), got an array of length 4'],
    [{ table: ['a', 5] }, TypeError, 'tallySql requires table[1] to be a string, got 5'],
    [{ columns: { dept: 'x' } }, RangeError, `tallySql requires columns to map only 'id', 'category', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt', got "dept"`],
    [{ columns: { acceptedAt: 7 } }, TypeError, 'tallySql requires columns.acceptedAt to be a string, got 7'],
    [{ timeStorage: 'date' }, RangeError, `tallySql requires timeStorage to be one of 'timestamptz', 'timestamp', 'epochMs', got "date"`],
    [{ timeStorageOffsetMinutes: 900 }, RangeError, 'tallySql requires timeStorageOffsetMinutes to be an integer from -720 to 840, got 900'],
    [{ period: '9999-12' }, RangeError, 'tallySql requires period to be within the years 0001 to 9998, got "9999-12"'],
    [{ period: { from: '2019-03', to: '2019-01' } }, RangeError, 'tallySql requires period.to to be from period.from up to 1200 months later, got "2019-01"'],
    [{ by: ['department', 'department'] }, RangeError, 'tallySql requires by to name each dimension once, got "department" twice'],
    [{ checkDuplicateIds: 'yes' }, TypeError, 'tallySql requires checkDuplicateIds to be a boolean, got "yes"'],
  ])('refuses %j', (change, type, message) => {
    const call = () => tallySql({ dialect: 'postgres', table: 'cases', period: '2019-01', by: 'department', ...change } as never);
    expect(call).toThrow(type);
    expect(call).toThrow(new (type as ErrorConstructor)(message));
  });
});
