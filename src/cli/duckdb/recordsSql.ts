import { CASE_STATUSES } from '../../models/caseStatuses.js';
import { ITEM_TYPE_CODES, ITEM_TYPE_NAMES } from '../../models/itemTypeCodes.js';

/** A case-record field that a column of the file is read as. */
export type SourceField = 'id' | 'itemName' | 'category' | 'itemTypeCode' | 'departmentId' | 'streetOfficeId' | 'acceptedAt' | 'dueAt' | 'completedAt' | 'status';

/** One column of the file, read as a field: its SQL reference and its DuckDB type. */
export interface SourceColumn {
  readonly sql: string;
  readonly type: string;
}

/** Where the records are and how their cells are read. */
export interface RecordSource {
  /** The table function that reads the file, such as `read_csv('…', …)`. */
  readonly relation: string;
  /** The columns read, by field; a field with none is absent in every record. */
  readonly columns: Readonly<Partial<Record<SourceField, SourceColumn>>>;
  /**
   * `'cells'` (CSV): a cell is trimmed and an empty one is absent, as the
   * CSV reader does; `'values'` (NDJSON, Parquet): values as they are.
   */
  readonly cells: 'cells' | 'values';
  /** Minutes ahead of UTC of times written without an offset; null refuses them. */
  readonly wallClockOffsetMinutes: number | null;
  /** Whether DuckDB sets rows it cannot read (a CSV row of another width) aside in `reject_errors`. */
  readonly rejects: boolean;
}

/**
 * A time that cannot be read: past a Date's range (±8.64e15 ms), so that it
 * is never a real time, and never reaches the tally.
 */
export const UNREADABLE_TIME = '9000000000000000';

/** White space that String#trim removes, for DuckDB's trim(text, characters). */
const TRIMMED = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
  .map((code) => `chr(${code})`)
  .join(' || ');

/** A text of the library as a DuckDB literal (its constants hold no quote; a quote is doubled all the same). */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** ISO 8601 with an offset, as parseIsoTimestamp reads it (a fraction keeps its first three digits). */
const ISO = '^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?(?:([Zz])|([+-])([0-9]{2}):?([0-9]{2}))$';
const ISO_PARTS = ['y', 'mo', 'd', 'h', 'mi', 's', 'f', 'z', 'sign', 'oh', 'om'];
/** Wall-clock times as exports write them, as parseWallClockInto reads them: 2019-01-05 09:30:00, 2019/1/5 9:30, 2019-01-05. */
const WALL = '^([0-9]{4})(?:-([0-9]{1,2})-([0-9]{1,2})|/([0-9]{1,2})/([0-9]{1,2}))(?:(?:T| +)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?)?$';
const WALL_PARTS = ['y', 'mo1', 'd1', 'mo2', 'd2', 'h', 'mi', 's', 'f'];

const int = (text: string): string => `CAST(${text} AS INTEGER)`;

/**
 * Epoch ms of a date and an optional time of day on a clock `offset` minutes
 * ahead of UTC (an SQL expression), or NULL when a part is out of range.
 * A date alone is its first millisecond, or its last with `dayEnd`.
 */
function civilMs(parts: { y: string; mo: string; d: string; h: string; mi: string; s: string; f: string }, offset: string, dayEnd: boolean): string {
  const y = int(parts.y);
  const mo = int(parts.mo);
  const d = int(parts.d);
  const time = `(${int(`NULLIF(${parts.h}, '')`)} * 60 + ${int(`NULLIF(${parts.mi}, '')`)}) * 60000 + coalesce(${int(`NULLIF(${parts.s}, '')`)}, 0) * 1000 + CASE WHEN ${parts.f} = '' THEN 0 ELSE ${int(`rpad(left(${parts.f}, 3), 3, '0')`)} END`;
  const valid = [
    `${y} >= 1`,
    `${mo} BETWEEN 1 AND 12`,
    `${d} >= 1`,
    `${d} <= day(last_day(make_date(${y}, least(greatest(${mo}, 1), 12), 1)))`,
    `(${parts.h} = '' OR (${int(`NULLIF(${parts.h}, '')`)} <= 23 AND ${int(`NULLIF(${parts.mi}, '')`)} <= 59 AND coalesce(${int(`NULLIF(${parts.s}, '')`)}, 0) <= 59))`,
  ].join(' AND ');
  return `CASE WHEN ${valid} THEN date_diff('day', DATE '1970-01-01', make_date(${y}, ${mo}, ${d})) * 86400000 + CASE WHEN ${parts.h} = '' THEN ${dayEnd ? '86399999' : '0'} ELSE ${time} END - (${offset}) * 60000 END`;
}

/**
 * A time column read as the JavaScript tally reads it, as BIGINT epoch ms:
 * NULL when absent, {@link UNREADABLE_TIME} when it is no time. Digits alone
 * are epoch ms; text is ISO 8601 with an offset or a wall-clock time at the
 * stated offset; a TIMESTAMP WITH TIME ZONE is an instant, a TIMESTAMP or a
 * DATE a wall-clock time.
 */
function timeMs(column: string, type: string, wallClockOffset: number | null, dayEnd: boolean): { text: string | null; typed: string } {
  const wall = wallClockOffset === null ? null : String(wallClockOffset);
  const inRange = (ms: string) => `CASE WHEN ${ms} IS NULL THEN NULL WHEN ${ms} BETWEEN -8640000000000000 AND 8640000000000000 THEN CAST(${ms} AS BIGINT) ELSE ${UNREADABLE_TIME} END`;
  if (type === 'TIMESTAMP WITH TIME ZONE') return { text: null, typed: `epoch_ms(${column})` };
  if (/^TIMESTAMP(_S|_MS|_NS)?$/.test(type)) {
    return { text: null, typed: wall === null ? `CASE WHEN ${column} IS NULL THEN NULL ELSE ${UNREADABLE_TIME} END` : `epoch_ms(CAST(${column} AS TIMESTAMP)) - ${wall} * 60000` };
  }
  if (type === 'DATE') {
    const ms = `date_diff('day', DATE '1970-01-01', ${column}) * 86400000${dayEnd ? ' + 86399999' : ''}`;
    return { text: null, typed: wall === null ? `CASE WHEN ${column} IS NULL THEN NULL ELSE ${UNREADABLE_TIME} END` : `${ms} - ${wall} * 60000` };
  }
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?)$/.test(type)) return { text: null, typed: inRange(column) };
  return { text: type === 'VARCHAR' ? column : `CAST(${column} AS VARCHAR)`, typed: 'NULL' };
}

/** The text of a time (trimmed and empty-as-absent in CSV cells) as epoch ms; its parts come from the derived columns `name_iso` and `name_wall`. */
function textMs(name: string, wallClockOffset: number | null, dayEnd: boolean): string {
  const t = `${name}_text`;
  const iso = `${name}_iso`;
  const wall = `${name}_wall`;
  const offset = `CASE WHEN ${iso}.z <> '' THEN 0 ELSE (CASE WHEN ${iso}.sign = '-' THEN -1 ELSE 1 END) * (${int(`${iso}.oh`)} * 60 + ${int(`${iso}.om`)}) END`;
  const isoMs = civilMs({ y: `${iso}.y`, mo: `${iso}.mo`, d: `${iso}.d`, h: `${iso}.h`, mi: `${iso}.mi`, s: `${iso}.s`, f: `${iso}.f` }, offset, dayEnd);
  const isoOffsetValid = `(${iso}.z <> '' OR (${int(`${iso}.oh`)} <= 23 AND ${int(`${iso}.om`)} <= 59))`;
  const wallMs =
    wallClockOffset === null
      ? 'NULL'
      : civilMs(
          { y: `${wall}.y`, mo: `coalesce(NULLIF(${wall}.mo1, ''), ${wall}.mo2)`, d: `coalesce(NULLIF(${wall}.d1, ''), ${wall}.d2)`, h: `${wall}.h`, mi: `${wall}.mi`, s: `${wall}.s`, f: `${wall}.f` },
          String(wallClockOffset),
          dayEnd,
        );
  return [
    'CASE',
    `  WHEN ${t} IS NULL THEN ${name}_typed`,
    `  WHEN regexp_full_match(${t}, '-?[0-9]+') THEN coalesce(CASE WHEN TRY_CAST(${t} AS HUGEINT) BETWEEN -8640000000000000 AND 8640000000000000 THEN CAST(${t} AS BIGINT) END, ${UNREADABLE_TIME})`,
    `  WHEN ${iso}.y <> '' THEN coalesce(CASE WHEN ${isoOffsetValid} THEN ${isoMs} END, ${UNREADABLE_TIME})`,
    `  WHEN ${wall}.y <> '' AND length(${t}) BETWEEN 8 AND 40 THEN coalesce(${wallMs}, ${UNREADABLE_TIME})`,
    `  ELSE ${UNREADABLE_TIME}`,
    'END',
  ].join('\n');
}

/** `CASE x WHEN 'text' THEN value … END` over the library's own texts. */
function lookup(expression: string, pairs: readonly (readonly [string, string])[]): string {
  return `CASE ${expression} ${pairs.map(([text, value]) => `WHEN ${literal(text)} THEN ${value}`).join(' ')} END`;
}

/** 事项类型 texts (code, one-digit code, name) to their two-digit code, as toItemTypeCode reads them. */
const CODE_PAIRS: (readonly [string, string])[] = ITEM_TYPE_CODES.flatMap((code) => [
  [code, literal(code)] as const,
  [ITEM_TYPE_NAMES[code], literal(code)] as const,
  ...(code.startsWith('0') ? [[code.slice(1), literal(code)] as const] : []),
]);
/** Category texts (the bucket ids and the 事项类型 names) to their bucket, 0 or 1, as readCaseType reads them. */
const BUCKET_PAIRS: (readonly [string, string])[] = [
  ['administrative_licensing', '0'],
  ['public_service', '1'],
  ...ITEM_TYPE_CODES.map((code) => [ITEM_TYPE_NAMES[code], code === '01' ? '0' : '1'] as const),
];
/** The code a category name implies (公共服务, also the bucket's name, implies none). */
const IMPLIED_PAIRS: (readonly [string, string])[] = ITEM_TYPE_CODES.filter((code) => code !== '20').map((code) => [ITEM_TYPE_NAMES[code], literal(code)] as const);

/**
 * The statement that reads the file into the table `zwfw_records`: the
 * case-record fields under their names (times as BIGINT epoch ms, the
 * category as its bucket id), the status as written, and `problem`, the code
 * of the first check the record fails, in the order of the JavaScript tally's
 * checks (0 valid, -1 set apart by its status):
 *
 * ```text
 * 2 id   3 category   6 itemTypeCode unknown   7 category and itemTypeCode disagree   4 departmentId
 * 5 streetOfficeId ''   15 itemName ''   8 acceptedAt   9 dueAt   10 completedAt   11 completedAt < acceptedAt
 * 12 status unknown   -1 status excludes the case   13 status completed, no completedAt   14 status open, completedAt
 * ```
 */
export function recordsSql(source: RecordSource): string {
  const { columns } = source;
  const cell = (field: SourceField): string => {
    const column = columns[field];
    if (column === undefined) return 'CAST(NULL AS VARCHAR)';
    const text = column.type === 'VARCHAR' ? column.sql : `CAST(${column.sql} AS VARCHAR)`;
    return source.cells === 'cells' ? `NULLIF(trim(${text}, ${TRIMMED}), '')` : text;
  };
  const times = (['acceptedAt', 'dueAt', 'completedAt'] as const).map((field) => {
    const column = columns[field];
    const read = column === undefined ? { text: null, typed: 'CAST(NULL AS BIGINT)' } : timeMs(column.sql, column.type, source.wallClockOffsetMinutes, field !== 'acceptedAt');
    const text = read.text === null ? 'CAST(NULL AS VARCHAR)' : source.cells === 'cells' ? `NULLIF(trim(${read.text}, ${TRIMMED}), '')` : read.text;
    return { field, text, typed: read.typed };
  });
  const s1 = [
    'SELECT',
    [
      `  ${cell('id')} AS id`,
      `  ${cell('category')} AS category_text`,
      `  ${cell('itemTypeCode')} AS item_type_text`,
      `  ${cell('departmentId')} AS "departmentId"`,
      `  ${cell('streetOfficeId')} AS "streetOfficeId"`,
      `  ${cell('itemName')} AS item_name`,
      `  ${cell('status')} AS status`,
      ...times.map(({ field, text, typed }) => `  ${text} AS ${field}_text, ${typed} AS ${field}_typed`),
    ].join(',\n'),
    `FROM ${source.relation}`,
  ].join('\n');
  const s2 = [
    'SELECT *,',
    times
      .map(({ field }) => `  regexp_extract(${field}_text, '${ISO}', [${ISO_PARTS.map(literal).join(', ')}]) AS ${field}_iso, regexp_extract(${field}_text, '${WALL}', [${WALL_PARTS.map(literal).join(', ')}]) AS ${field}_wall`)
      .join(',\n'),
    `FROM (${s1}) AS s1`,
  ].join('\n');
  const code = lookup('item_type_text', CODE_PAIRS);
  const bucket = lookup('category_text', BUCKET_PAIRS);
  const implied = lookup('category_text', IMPLIED_PAIRS);
  const s3 = [
    'SELECT id, category_text, item_type_text, "departmentId", "streetOfficeId", item_name, status,',
    `  ${code} AS code, ${bucket} AS bucket, ${implied} AS implied,`,
    `  ${lookup('status', Object.entries(CASE_STATUSES).map(([text, kind]) => [text, literal(kind)] as const))} AS status_kind,`,
    times.map(({ field }) => `  ${textMs(field, source.wallClockOffsetMinutes, field !== 'acceptedAt').replaceAll('\n', '\n  ')} AS "${field}"`).join(',\n'),
    `FROM (${s2}) AS s2`,
  ].join('\n');
  const problem = [
    'CASE',
    "  WHEN id IS NULL OR id = '' THEN 2",
    '  WHEN item_type_text IS NOT NULL AND code IS NULL THEN 6',
    '  WHEN category_text IS NULL AND code IS NULL THEN 3',
    '  WHEN category_text IS NOT NULL AND bucket IS NULL THEN 3',
    '  WHEN implied IS NOT NULL AND code IS NOT NULL AND code <> implied THEN 7',
    "  WHEN category_text IS NOT NULL AND coalesce(code, implied) IS NOT NULL AND (CASE WHEN coalesce(code, implied) = '01' THEN 0 ELSE 1 END) <> bucket THEN 7",
    `  WHEN "departmentId" IS NULL OR "departmentId" = '' THEN 4`,
    `  WHEN "streetOfficeId" = '' THEN 5`,
    "  WHEN item_name = '' THEN 15",
    `  WHEN "acceptedAt" IS NULL OR "acceptedAt" = ${UNREADABLE_TIME} THEN 8`,
    `  WHEN "dueAt" = ${UNREADABLE_TIME} THEN 9`,
    `  WHEN "completedAt" = ${UNREADABLE_TIME} THEN 10`,
    '  WHEN "completedAt" < "acceptedAt" THEN 11',
    '  WHEN status IS NOT NULL AND status_kind IS NULL THEN 12',
    "  WHEN status_kind = 'excluded' THEN -1",
    `  WHEN status_kind = 'completed' AND "completedAt" IS NULL THEN 13`,
    `  WHEN status_kind = 'open' AND "completedAt" IS NOT NULL THEN 14`,
    '  ELSE 0',
    'END',
  ].join('\n  ');
  return [
    'CREATE TEMP TABLE zwfw_records AS',
    'SELECT id,',
    `  CASE WHEN coalesce(code, CASE bucket WHEN 0 THEN '01' END) = '01' THEN 'administrative_licensing' ELSE 'public_service' END AS category,`,
    '  "departmentId", "streetOfficeId", "acceptedAt", "dueAt", "completedAt", status,',
    `  ${problem} AS problem`,
    `FROM (${s3}) AS s3`,
  ].join('\n');
}
