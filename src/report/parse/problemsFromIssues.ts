import type { z } from 'zod';
import type { ReportLocale } from '../ReportLocale.js';
import type { ReportProblem } from '../ReportProblem.js';
import { describeValue } from '../../internal/describeValue.js';
import { formatJsonPath } from './formatJsonPath.js';
import { CATEGORY_TEXT_FORMS } from '../../models/categoryOfText.js';

type Issue = z.core.$ZodIssue;

const NO_INPUT = Symbol('no input');

const TYPE_NAMES = {
  'zh-CN': {
    number: '数字',
    int: '整数',
    string: '字符串',
    object: '对象',
    record: '对象',
    array: '数组',
    boolean: '布尔值',
  } as Record<string, string>,
  en: { int: 'an integer', object: 'an object', record: 'an object', array: 'an array' } as Record<string, string>,
} as const;

function describeInput(value: unknown, locale: ReportLocale): string {
  if (locale === 'en') return describeValue(value);
  if (Array.isArray(value)) return `长度为${value.length}的数组`;
  if (typeof value === 'object' && value !== null) return '对象';
  return describeValue(value);
}

function typeName(expected: string, locale: ReportLocale): string {
  const names: Record<string, string> = TYPE_NAMES[locale];
  if (Object.hasOwn(names, expected)) return names[expected] as string;
  return locale === 'en' ? `a ${expected}` : expected;
}

/** The example a text field expects, named after the field. */
function formatHint(key: PropertyKey | undefined, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  if (key === 'period') {
    return zh
      ? '月份(2019-01)、季度(2019-Q1)、半年(2019-H1)、年度(2019)或月份区间(2019-01..2019-06)'
      : 'a month (2019-01), a quarter (2019-Q1), a half-year (2019-H1), a year (2019) or a range of months (2019-01..2019-06)';
  }
  if (key === 'issuedOn') return zh ? '形如 YYYY-MM-DD 的日期(如 2019-02-10)' : 'a date written YYYY-MM-DD, such as 2019-02-10';
  if (key === 'estimatedInvestment') return zh ? '以亿元计的金额(如 "0.2亿元")' : 'an amount in 亿元, such as "0.2亿元"';
  return zh ? '百分数(如 "99.53%")' : 'a percentage, such as "99.53%"';
}

function message(issue: Issue, input: unknown, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const got = input === NO_INPUT || input === undefined ? undefined : describeInput(input, locale);
  const actual = got === undefined ? '' : zh ? `,实际为 ${got}` : `, got ${got}`;
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return zh ? '缺少此字段' : 'is missing';
      if (issue.expected === 'int') return zh ? `应为非负整数${actual}` : `must be a non-negative integer${actual}`;
      return zh ? `应为${typeName(issue.expected, locale)}${actual}` : `must be ${typeName(issue.expected, locale)}${actual}`;
    case 'too_small':
      if (issue.origin === 'string') return zh ? '不能为空' : 'must not be empty';
      return zh ? `应为非负整数${actual}` : `must be a non-negative integer${actual}`;
    case 'too_big':
      return zh ? `超出安全整数范围${actual}` : `must be at most ${Number.MAX_SAFE_INTEGER}${actual}`;
    case 'invalid_format':
      return zh
        ? `应为${formatHint(issue.path.at(-1), locale)}${actual}`
        : `must be ${formatHint(issue.path.at(-1), locale)}${actual}`;
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value)).join(zh ? '、' : ', ');
      // A category's texts are the ids and every 事项类型 name and code: worded as kinds, not as 33 values.
      const expected =
        issue.path.at(-1) === 'category'
          ? zh ? `应为 ${CATEGORY_TEXT_FORMS['zh-CN']}` : `must be ${CATEGORY_TEXT_FORMS.en}`
          : zh ? `应为 ${values} 之一` : `must be one of ${values}`;
      if (got === undefined) return zh ? `缺少此字段(${expected})` : `is missing (${expected})`;
      return `${expected}${actual}`;
    }
    case 'invalid_union':
      if (got === undefined) return zh ? '缺少此字段' : 'is missing';
      return zh
        ? `应为非负整数,或推算范围 { "inferred": { "min", "max", "from" } }${actual}`
        : `must be a non-negative integer or an inferred range { "inferred": { "min", "max", "from" } }${actual}`;
    case 'custom':
      return customMessage(issue.params ?? {}, input, locale);
    default:
      return zh ? '不符合要求' : 'is not valid';
  }
}

/** A count as a message shows it: 35134, or 35134–35140 for an inferred range. */
function describeCount(value: unknown): string {
  const inferred = (value as { inferred?: { min: number; max: number } } | null | undefined)?.inferred;
  if (inferred === undefined) return describeValue(value);
  return inferred.min === inferred.max ? String(inferred.min) : `${inferred.min}–${inferred.max}`;
}

/** The problems of the schema's own rules (its refinements), named by `params.rule`. */
function customMessage(params: Record<string, unknown>, input: unknown, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  switch (params['rule']) {
    case 'rangeOrder':
      return zh ? '推算范围的 max 不能小于 min' : 'must not be below min in an inferred range';
    case 'negativeZero':
      return zh ? '应为非负整数,实际为 -0' : 'must be a non-negative integer, got -0';
    case 'onTimeAboveCompleted':
      return zh
        ? `按时办结数不能多于办结数(${String(params['limit'])}件),实际为 ${describeCount(input)}`
        : `must be at most completed (${String(params['limit'])}), got ${describeCount(input)}`;
    case 'itemsOnTimeAboveItems':
      return zh
        ? `按时办结事项数不能多于事项合计(${String(params['limit'])}件),实际为 ${describeCount(input)}`
        : `must be at most items (${String(params['limit'])}), got ${describeCount(input)}`;
    case 'earlyLateAboveCommittedCompleted':
      return zh
        ? `提前办结与超期办结之和不能多于承诺件办结数,超期办结至多${String(params['limit'])}件,实际为 ${describeValue(input)}`
        : `must be at most committedCompleted − completedEarly (${String(params['limit'])}), got ${describeValue(input)}`;
    case 'projectTotalUnsafe':
      return zh
        ? `审批类、核准类、备案类项目合计超出安全整数范围,实际为 ${String(params['total'])}`
        : `must add up to at most ${Number.MAX_SAFE_INTEGER}, got ${String(params['total'])}`;
    case 'noDataWithCounts':
      return zh ? '标明无数据(noData)时不能再给出计数' : 'must be left out beside counts: a period with no data has no counts';
    case 'periodBackwards':
      return zh
        ? `月份区间应从前往后(起始月份不晚于结束月份),实际为 ${describeValue(input)}`
        : `must be a range of months whose first month is not after its last, got ${describeValue(input)}`;
    default:
      return zh ? '不符合要求' : 'is not valid';
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns zod issues (parsed with `reportInput: true`) into {@link ReportProblem}s
 * worded in Chinese or English, one per unknown key, with the inferred-range
 * branch of a count's union unfolded when the value was an object.
 *
 * @internal
 */
export function problemsFromIssues(
  issues: readonly Issue[],
  locale: ReportLocale,
  prefix: readonly PropertyKey[] = [],
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const input = 'input' in issue ? issue.input : NO_INPUT;
    // An object given for a count is taken as an inferred range: report what is wrong inside it
    // (the union's second branch) rather than the union as a whole.
    const rangeIssues = issue.code === 'invalid_union' && isPlainObject(input) ? issue.errors[1] : undefined;
    if (rangeIssues !== undefined) {
      problems.push(...problemsFromIssues(rangeIssues, locale, path));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ path: formatJsonPath([...path, key]), message: locale === 'en' ? 'is not a known field' : '不是可识别的字段' });
      }
      continue;
    }
    problems.push({ path: formatJsonPath(path), message: message(issue, input, locale) });
  }
  return problems;
}
