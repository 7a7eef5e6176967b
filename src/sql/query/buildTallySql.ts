import { DIALECTS } from '../dialect/dialects.js';
import { CATEGORY_TEXTS } from './categoryTexts.js';
import type { TallySqlPlan } from './readTallySqlOptions.js';

/** The columns of the result, in order, after `row_kind` and the dimensions. */
export const COUNT_COLUMNS = ['accepted', 'completed', 'completed_on_time', 'due', 'in_progress'] as const;

/** The columns of the summary row, each the number of invalid records of one kind. */
export const INVALID_COLUMNS = [
  'invalid_id',
  'invalid_category',
  'invalid_department',
  'invalid_street_office',
  'invalid_accepted_at',
  'invalid_due_at',
  'invalid_completed_at',
  'completed_before_accepted',
  'duplicate_ids',
] as const;

/** The column of each dimension in the result. */
export const DIMENSION_COLUMNS = { department: 'department', category: 'category', streetOffice: 'street_office', period: 'month' } as const;

/** Epoch ms bounds of a Date: the engine's valid range of epoch-ms times. */
const EPOCH_LIMIT = '8640000000000000';

/**
 * Writes the tally statement for a checked plan:
 *
 * ```text
 * r0 = per record: the columns renamed, the category's text read as 0 (行政许可), 1 (公共服务) or 2 (unknown, NULL)
 * r  = per record: the times made comparable, the problem code (0 when valid)
 * SELECT 0 AS row_kind, dimensions, five counts, zeros FROM r [× months] WHERE valid and touching the period GROUP BY dimensions
 * UNION ALL
 * SELECT 1 AS row_kind, NULLs, zeros, the invalid counts FROM r
 * ```
 *
 * Derived tables rather than WITH: PostgreSQL before 12 (Greenplum,
 * openGauss) materializes a CTE used twice, MySQL 5.7 has none.
 *
 * @internal
 */
export function buildTallySql(plan: TallySqlPlan): string {
  const w = DIALECTS[plan.dialect];
  // Names go in as NUL-delimited tokens (a name holds no NUL), replaced by their quoted forms
  // once the text is laid out, so that indenting never touches a newline inside a name.
  const quoted: string[] = [];
  const q = (name: string) => `\u0000${quoted.push(w.quote(name)) - 1}\u0000`;
  const table = plan.table.map(q).join('.');
  const raw = (field: keyof TallySqlPlan['columns']) => `${q('t')}.${q(plan.columns[field])}`;
  const epoch = plan.timeStorage === 'epochMs';
  const time = (column: string) =>
    epoch ? column : plan.timeStorage === 'timestamptz' ? w.instant(column) : w.wallClock(column);
  const bound = (ms: number) =>
    epoch ? String(ms) : plan.timeStorage === 'timestamptz' ? w.instantBound(ms) : w.wallClockBound(ms + plan.storageOffset * 60_000);
  // A time the engine cannot read: out of a Date's range (epoch ms), or text a conversion turns into NULL (SQLite).
  const converts = time('x') !== 'x';
  const unreadable = (column: string) =>
    epoch ? `${column} < -${EPOCH_LIMIT} OR ${column} > ${EPOCH_LIMIT}` : converts ? `${column} IS NOT NULL AND ${time(column)} IS NULL` : null;
  const whenUnreadable = (column: string, code: number) => {
    const condition = unreadable(column);
    return condition === null ? [] : [`      WHEN ${condition} THEN ${code}`];
  };

  // r0: the caller's columns under fixed names, read through the table's alias
  // (in ClickHouse a bare name could resolve to an alias of the same SELECT);
  // the category from its id, 事项类型 name or code, as readCaseType reads them.
  const [licensingTexts, publicServiceTexts] = CATEGORY_TEXTS;
  const r0 = [
    'SELECT',
    `    ${raw('id')} AS case_id,`,
    `    CASE WHEN ${w.inTexts(raw('category'), licensingTexts)} THEN 0 WHEN ${w.inTexts(raw('category'), publicServiceTexts)} THEN 1 ELSE 2 END AS category_index,`,
    `    ${raw('departmentId')} AS department,`,
    `    ${raw('streetOfficeId')} AS street_office,`,
    `    ${raw('acceptedAt')} AS accepted_raw,`,
    `    ${raw('dueAt')} AS due_raw,`,
    `    ${raw('completedAt')} AS completed_raw`,
    `  FROM ${table} AS ${q('t')}`,
  ].join('\n');
  const problem = [
    'CASE',
    `      WHEN r0.case_id IS NULL OR ${w.isEmpty('r0.case_id')} THEN 2`,
    `      WHEN r0.category_index = 2 THEN 3`,
    `      WHEN r0.department IS NULL OR ${w.isEmpty('r0.department')} THEN 4`,
    `      WHEN r0.street_office IS NOT NULL AND ${w.isEmpty('r0.street_office')} THEN 5`,
    `      WHEN r0.accepted_raw IS NULL THEN 8`,
    ...whenUnreadable('r0.accepted_raw', 8),
    ...whenUnreadable('r0.due_raw', 9),
    ...whenUnreadable('r0.completed_raw', 10),
    `      WHEN ${time('r0.completed_raw')} < ${time('r0.accepted_raw')} THEN 11`,
    '      ELSE 0',
    '    END',
  ].join('\n');
  const r = [
    '(SELECT',
    '    r0.case_id AS case_id,',
    '    r0.department AS department,',
    '    r0.street_office AS street_office,',
    '    r0.category_index AS category,',
    `    ${time('r0.accepted_raw')} AS a,`,
    `    ${time('r0.due_raw')} AS d,`,
    `    ${time('r0.completed_raw')} AS c,`,
    `    ${problem} AS problem`,
    `  FROM (${r0.replaceAll('\n', '\n  ')}) AS r0) AS r`,
  ].join('\n');

  const start = bound(plan.monthStarts[0] as number);
  const end = bound(plan.monthStarts[plan.monthStarts.length - 1] as number);
  const touching = `((r.a < ${end} AND (r.c IS NULL OR r.c >= ${start})) OR (r.d >= ${start} AND r.d < ${end}))`;
  const byPeriod = plan.by.includes('period');
  const lo = byPeriod ? 'm.lo' : start;
  const hi = byPeriod ? 'm.hi' : end;

  const dimensionSelects: string[] = [];
  const groupKeys: string[] = [];
  const nulls: string[] = [];
  for (const dimension of plan.by) {
    const alias = DIMENSION_COLUMNS[dimension];
    if (dimension === 'department' || dimension === 'streetOffice') {
      const column = `r.${alias}`;
      dimensionSelects.push(`${w.groupValue(column)} AS ${q(alias)}`);
      groupKeys.push(w.groupKey(column));
    } else if (dimension === 'category') {
      dimensionSelects.push(`r.category AS ${q(alias)}`);
      groupKeys.push('r.category');
    } else {
      dimensionSelects.push(`m.i AS ${q(alias)}`);
      groupKeys.push('m.i');
    }
    nulls.push(`NULL AS ${q(alias)}`);
  }
  const counts = [
    w.countIf(`r.a >= ${lo} AND r.a < ${hi}`),
    w.countIf(`r.c >= ${lo} AND r.c < ${hi}`),
    w.countIf(`r.c >= ${lo} AND r.c < ${hi} AND (r.d IS NULL OR r.c <= r.d)`),
    w.countIf(`r.d >= ${lo} AND r.d < ${hi}`),
    w.countIf(`r.a < ${hi} AND (r.c IS NULL OR r.c >= ${hi})`),
  ];
  const invalid = [2, 3, 4, 5, 8, 9, 10, 11].map((code) => w.countIf(`r.problem = ${code}`));
  invalid.push(
    plan.checkDuplicateIds
      ? `${w.countIf(`r.problem = 0 AND ${touching}`)} - COUNT(DISTINCT CASE WHEN r.problem = 0 AND ${touching} THEN ${w.groupKey('r.case_id')} END)`
      : 'NULL',
  );
  const months = plan.monthStarts
    .slice(0, -1)
    .map((ms, index) =>
      index === 0
        ? `SELECT 0 AS i, ${bound(ms)} AS lo, ${bound(plan.monthStarts[1] as number)} AS hi`
        : `SELECT ${index}, ${bound(ms)}, ${bound(plan.monthStarts[index + 1] as number)}`,
    )
    .join('\n    UNION ALL ');
  const indent = (text: string) => text.replaceAll('\n', '\n  ');

  const groups = [
    'SELECT',
    [`  0 AS ${q('row_kind')}`, ...dimensionSelects.map((s) => `  ${s}`), ...counts.map((c, i) => `  ${c} AS ${q(COUNT_COLUMNS[i] as string)}`), ...INVALID_COLUMNS.map((c) => `  ${w.zero} AS ${q(c)}`)].join(',\n'),
    `FROM ${indent(r)}${byPeriod ? `\nCROSS JOIN (${months}) AS m` : ''}`,
    `WHERE r.problem = 0 AND ${touching}${plan.omitMissingStreetOffice && plan.by.includes('streetOffice') ? ' AND r.street_office IS NOT NULL' : ''}`,
    ...(groupKeys.length > 0 ? [`GROUP BY ${groupKeys.join(', ')}`] : []),
  ].join('\n');
  const summary = [
    'SELECT',
    [`  1 AS ${q('row_kind')}`, ...nulls.map((s) => `  ${s}`), ...COUNT_COLUMNS.map((c) => `  ${w.zero} AS ${q(c)}`), ...invalid.map((c, i) => `  ${c} AS ${q(INVALID_COLUMNS[i] as string)}`)].join(',\n'),
    `FROM ${indent(r)}`,
  ].join('\n');
  return `${groups}\nUNION ALL\n${summary}`.replace(/\u0000(\d+)\u0000/g, (_, index: string) => quoted[Number(index)] as string);
}
