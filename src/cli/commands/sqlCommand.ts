import { PERIOD_PATTERN } from '../../period/periodPattern.js';
import type { Period } from '../../period/Period.js';
import { SQL_DIALECTS, type SqlDialect, TIME_STORAGES, type TimeStorage } from '../../sql/SqlDialect.js';
import { tallySql } from '../../sql/tallySql.js';
import type { SqlColumn } from '../../sql/TallySqlOptions.js';
import { type Dimension, TALLY_DIMENSIONS } from '../../tally/Dimension.js';
import type { PeriodRange } from '../../tally/TallyOptions.js';
import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { HELP } from '../help.js';
import { commandOptions, oneOf, singleFile } from '../options/commandOptions.js';

const SEE = '(see zwfw-stats sql --help)';
const COLUMNS: readonly SqlColumn[] = ['id', 'category', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt'];

/** `+08:00`, `-05:30` or `Z` as minutes ahead of UTC. */
function readOffset(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === 'Z') return 0;
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(text);
  if (match === null) throw new CliError(`--${name} must be an offset written +HH:MM or -HH:MM (or Z), such as +08:00, got '${text}' ${SEE}`);
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** `2019-01`, or a range `2019-01..2019-03`. */
function readPeriod(text: string | undefined): Period | PeriodRange {
  if (text === undefined) throw new CliError(`missing --period YYYY-MM (or YYYY-MM..YYYY-MM), such as --period 2019-01 ${SEE}`);
  const [from, to, extra] = text.split('..');
  if (extra !== undefined || !PERIOD_PATTERN.test(from ?? '') || (to !== undefined && !PERIOD_PATTERN.test(to))) {
    throw new CliError(`--period must be a month written YYYY-MM or a range YYYY-MM..YYYY-MM, got '${text}' ${SEE}`);
  }
  return to === undefined ? (from as Period) : { from: from as Period, to: to as Period };
}

/** `field=column,…` (a column name may hold anything but a comma). */
function readColumns(text: string): Partial<Record<SqlColumn, string>> {
  const columns: Partial<Record<SqlColumn, string>> = {};
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at) as SqlColumn;
    if (at < 1 || at === pair.length - 1) throw new CliError(`--columns must be written field=column,…, such as departmentId=dept_code, got '${pair}' ${SEE}`);
    if (!COLUMNS.includes(field)) throw new CliError(`--columns maps the fields ${COLUMNS.join(', ')}, got '${field}' ${SEE}`);
    columns[field] = pair.slice(at + 1);
  }
  return columns;
}

function readBy(text: string | undefined): Dimension[] {
  if (text === undefined) return ['streetOffice'];
  if (text === '') return [];
  return text.split(',').map((dimension) => {
    if (!(TALLY_DIMENSIONS as readonly string[]).includes(dimension)) {
      throw new CliError(`--by takes ${TALLY_DIMENSIONS.join(', ')} (comma-separated), got '${dimension}' ${SEE}`);
    }
    return dimension as Dimension;
  });
}

/** `zwfw-stats sql --dialect postgres --table cases --period 2019-01 [--by …] …`: prints the tally's SQL. */
export async function sqlCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = commandOptions('sql', args, {
    dialect: { type: 'string' },
    table: { type: 'string' },
    schema: { type: 'string' },
    period: { type: 'string' },
    by: { type: 'string' },
    columns: { type: 'string' },
    'time-storage': { type: 'string' },
    'time-offset': { type: 'string' },
    'storage-offset': { type: 'string' },
    'no-duplicate-check': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    io.stdout(HELP.sql);
    return 0;
  }
  if (positionals.length > 0) singleFile('sql', ['', ...positionals], { en: 'nothing', zh: '' }, 'en'); // an unexpected argument
  if (values.dialect === undefined) throw new CliError(`missing --dialect (${SQL_DIALECTS.join(', ')}) ${SEE}`);
  const dialect = oneOf<SqlDialect>('sql', 'dialect', values.dialect, SQL_DIALECTS, 'postgres', 'en');
  const table = values.table;
  if (typeof table !== 'string' || table === '') throw new CliError(`missing --table NAME ${SEE}`);
  const schema = values.schema as string | undefined;
  const timeStorage = oneOf<TimeStorage>('sql', 'time-storage', values['time-storage'], TIME_STORAGES, 'timestamptz', 'en');
  const utcOffsetMinutes = readOffset('time-offset', values['time-offset'] as string | undefined);
  const timeStorageOffsetMinutes = readOffset('storage-offset', values['storage-offset'] as string | undefined);
  let query;
  try {
    query = tallySql({
      dialect,
      table: schema === undefined ? table : [schema, table],
      period: readPeriod(values.period as string | undefined),
      by: readBy(values.by as string | undefined),
      ...(values.columns === undefined ? {} : { columns: readColumns(values.columns as string) }),
      timeStorage,
      ...(utcOffsetMinutes === undefined ? {} : { utcOffsetMinutes }),
      ...(timeStorageOffsetMinutes === undefined ? {} : { timeStorageOffsetMinutes }),
      checkDuplicateIds: values['no-duplicate-check'] !== true,
    });
  } catch (error) {
    if (error instanceof RangeError || error instanceof TypeError) throw new CliError(`${error.message} ${SEE}`);
    throw error;
  }
  io.stdout(`${query.sql};\n`);
  return 0;
}
