import { z } from 'zod';
import { nonEmptyString } from './parts/nonEmptyString.js';
import { readPeriodSpanText } from '../period/parsePeriodSpan.js';
import type { PeriodSpan, PeriodSpanText } from '../period/PeriodSpan.js';
import { PERIOD_SPAN_PATTERN } from '../period/periodSpanPattern.js';
import type { CaseCategory } from './caseCategories.js';
import { CATEGORY_OF_TEXT } from './categoryOfText.js';
import { DepartmentSchema } from './DepartmentSchema.js';
import { StreetOfficeSchema } from './StreetOfficeSchema.js';

// No schema below carries its own message: parseMonthlyReport words every
// problem itself, in Chinese or English, from the issue's code and params.

/**
 * The named parts of {@link MonthlyReportSchema} (`Count`, `ReportCount`,
 * `UnitTally` …), for the `$defs` of the JSON Schema that
 * `scripts/monthlyReportJsonSchema.ts` generates. A registry of this module's
 * own, so that importing the package leaves zod's global registry alone.
 *
 * @internal
 */
export const reportSchemaParts = z.registry<{ id: string; description: string }>();

// `-0` is a safe integer ≥ 0 to zod, and JSON.parse reads `-0` as it: a report prints 0.
const count = z.int().min(0)
  .refine((value) => !Object.is(value, -0), { params: { rule: 'negativeZero' } })
  .register(reportSchemaParts, {
    id: 'Count',
    description: 'A count of cases (件): a non-negative safe integer.',
  });

/** The range of a valid count, or undefined for anything else (whose own problem is reported where it is). */
function rangeOf(value: unknown): readonly [number, number] | undefined {
  const valid = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  if (valid(value)) return [value, value];
  const inferred = (value as { inferred?: { min?: unknown; max?: unknown } } | undefined)?.inferred;
  return valid(inferred?.min) && valid(inferred?.max) && inferred.min <= inferred.max ? [inferred.min, inferred.max] : undefined;
}

/**
 * A count of cases on time that cannot be: more than the cases it is part of
 * at every end of both ranges (按时办结 > 办结, 按时办结事项 > 事项). No rate
 * can be printed from it, so it is a problem where the data enters.
 */
function checkOnTime(ctx: z.RefinementCtx, part: unknown, whole: unknown, path: string, rule: string): void {
  const partRange = rangeOf(part);
  const wholeRange = rangeOf(whole);
  if (partRange !== undefined && wholeRange !== undefined && partRange[0] > wholeRange[1]) {
    ctx.addIssue({ code: 'custom', path: [path], input: part, params: { rule, limit: wholeRange[1] } });
  }
}
const name = nonEmptyString()
  .register(reportSchemaParts, {
    id: 'Name',
    description: 'A non-empty name or text as printed.',
  });

/**
 * Checks a count that a report gives only through a rounded figure: the whole
 * range of integers consistent with it, and the text it was inferred from.
 *
 * ```text
 * InferredCount = { inferred: { min, max, from } }     0 ≤ min ≤ max, integers
 * ```
 *
 * The 五华区 seed prints 接件总数同比增长26.32% but not last year's count: every
 * integer from 27944 to 27946 gives 26.32 % (half-up, two decimals), so the
 * file holds `{ inferred: { min: 27944, max: 27946, from: '接件总数同比增长26.32%' } }`.
 * {@link auditReport} checks published figures at both ends of the range and
 * {@link renderReport} prints a computed figure only when both ends print alike.
 *
 * @example
 * ```ts
 * InferredCountSchema.parse({ inferred: { min: 27944, max: 27946, from: '接件总数同比增长26.32%' } });
 * // => { inferred: { min: 27944, max: 27946, from: '接件总数同比增长26.32%' } }
 * InferredCountSchema.safeParse({ inferred: { min: 5, max: 4, from: 'x' } }).success;
 * // => false
 * ```
 * @category Report
 */
export const InferredCountSchema = z.strictObject({
  /** The range and its source. */
  inferred: z
    .strictObject({
      /** The smallest integer consistent with the published figure. */
      min: count,
      /** The largest integer consistent with the published figure. */
      max: count,
      /** The published text the range was worked out from. */
      from: name,
    })
    .refine((range) => range.min <= range.max, { path: ['max'], params: { rule: 'rangeOrder' } }),
})
  .register(reportSchemaParts, {
    id: 'InferredCount',
    description: 'A count the report gives only through a rounded figure: every integer from min to max is consistent with the text in from.',
  });

/**
 * A count inferred from a rounded figure: `z.infer<typeof InferredCountSchema>`.
 *
 * @category Report
 */
export type InferredCount = z.infer<typeof InferredCountSchema>;

/**
 * Checks a count in a monthly report: a non-negative safe integer as printed,
 * or an {@link InferredCount} range when the report gives it only through a
 * rounded figure.
 *
 * ```text
 * ReportCount = integer ≥ 0 | { inferred: { min, max, from } }
 * ```
 *
 * The integer is a safe integer, and not `-0` (which `JSON.parse` reads from
 * `-0`): a report prints 0.
 *
 * @example
 * ```ts
 * ReportCountSchema.parse(35300);
 * // => 35300
 * ReportCountSchema.safeParse(-1).success;
 * // => false
 * ReportCountSchema.safeParse(-0).success;
 * // => false
 * ```
 * @category Report
 */
export const ReportCountSchema = z
  .union([count, InferredCountSchema])
  .register(reportSchemaParts, { id: 'ReportCount', description: 'A count as printed, or an inferred range.' });

/**
 * A count as printed or inferred: `z.infer<typeof ReportCountSchema>`.
 *
 * @category Report
 */
export type ReportCount = z.infer<typeof ReportCountSchema>;

const publishedPercent = z
  .string()
  .regex(/^\d+(?:\.\d+)?%$/)
  .register(reportSchemaParts, { id: 'PublishedPercent', description: 'A percentage as the report prints it, such as "99.53%".' });
const publishedText = nonEmptyString()
  .register(reportSchemaParts, {
    id: 'PublishedText',
    description: 'A figure as the report words it, such as "同比增长26.32%".',
  });

const unitTally = z.strictObject({
  /** 受理. */
  accepted: ReportCountSchema,
  /** 办结, carry-over included. */
  completed: ReportCountSchema,
  /** 按时办结. */
  completedOnTime: ReportCountSchema.optional(),
  /** 在办. */
  inProgress: ReportCountSchema.optional(),
})
  .superRefine((tally, ctx) => checkOnTime(ctx, tally.completedOnTime, tally.completed, 'completedOnTime', 'onTimeAboveCompleted'))
  .register(reportSchemaParts, {
    id: 'UnitTally',
    description: 'A unit’s counts for the month: 受理, 办结, 按时办结, 在办.',
  });

// The counts of a unit's cases that carry a time limit (承诺时限 or 法定时限), as a tally of records has them.
const timeLimits = z.strictObject({
  /** 即办件 accepted. */
  immediate: count,
  /** 承诺件 accepted. */
  committed: count,
  /** 即办件 completed. */
  immediateCompleted: count,
  /** 承诺件 completed. */
  committedCompleted: count,
  /** 提前办结: of committedCompleted. */
  completedEarly: count,
  /** 超期办结: of committedCompleted. */
  completedLate: count,
  /** 超期在办: 承诺件 open at the period's end past their deadline. */
  overdueInProgress: count,
  /** 办理用时: working days taken by the cases completed, summed. */
  workingDaysTaken: count,
})
  .superRefine((limits, ctx) => {
    // 提前办结 and 超期办结 are apart parts of 承诺件办结: together at most it.
    const [early, late, whole] = [limits.completedEarly, limits.completedLate, limits.committedCompleted];
    if ([early, late, whole].every((n) => Number.isSafeInteger(n)) && early + late > whole) {
      ctx.addIssue({ code: 'custom', path: ['completedLate'], input: late, params: { rule: 'earlyLateAboveCommittedCompleted', limit: whole - early } });
    }
  })
  .register(reportSchemaParts, {
    id: 'TimeLimitCounts',
    description: 'A unit’s counts of cases with a time limit: 即办件, 承诺件, their 办结, 提前办结, 超期办结, 超期在办 and working days taken.',
  });

const baseTally = z.strictObject({
  /** 受理 in the base period. */
  accepted: ReportCountSchema.optional(),
  /** 办结 in the base period. */
  completed: ReportCountSchema.optional(),
  /**
   * `true`: the base period is not in the data at all (上年同期无数据), which is
   * not zero cases (上年同期无业务, a count of 0). Never beside a count.
   */
  noData: z.literal(true).optional(),
})
  .superRefine((base, ctx) => {
    if (base.noData === true && (base.accepted !== undefined || base.completed !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['noData'], input: base.noData, params: { rule: 'noDataWithCounts' } });
    }
  })
  .register(reportSchemaParts, {
    id: 'BaseTally',
    description: 'A unit’s counts in a base period (上年同期 or the period before), or noData: true when the data does not reach it.',
  });

const published = z.strictObject({
  /** 办结率 as printed, such as `'99.53%'`. */
  completionRate: publishedPercent.optional(),
  /** 按时办结率 as printed, such as `'100%'`. */
  onTimeRate: publishedPercent.optional(),
  /** 受理 同比 as printed, such as `'同比增长26.32%'`. */
  acceptedYoy: publishedText.optional(),
  /** 受理 环比 as printed, such as `'环比下降3.5%'`. */
  acceptedMom: publishedText.optional(),
})
  .register(reportSchemaParts, {
    id: 'PublishedFigures',
    description: 'Figures as the report prints them, to be checked against the counts.',
  });

/**
 * Which rule a report's 在办 follows: `'accepted-minus-completed'` (受理 − 办结,
 * as the seed counts it) or `'open-at-period-end'` (the cases accepted by the
 * period's end and not completed by then, as a tally of records counts it).
 */
const inProgressRule = z.literal(['accepted-minus-completed', 'open-at-period-end']);

/** A unit listed in an appendix table: its counts and the same period a year before. */
const listedUnitBase = baseTally.optional();

// A category as reports and exports write it, read as its bucket: the ids, and
// every 事项类型 name and code (行政许可, 01 → administrative_licensing; 公共服务,
// 行政确认, 20 … → public_service). The JSON Schema lists the texts.
const categoryText = z
  .literal([...CATEGORY_OF_TEXT.keys()])
  .transform((text) => CATEGORY_OF_TEXT.get(text) as CaseCategory);

/**
 * Checks a monthly report's section 一 (基本情况): the figures of a district
 * service centre's quality report (质量运行情况分析), as data.
 *
 * It is what {@link parseMonthlyReport} checks a file against, what
 * {@link auditReport} checks for consistency and what {@link renderReport}
 * writes out. A JSON Schema generated from it ships as
 * `zwfw-stats/schema/monthly-report.json`.
 *
 * ```text
 * MonthlyReport = {
 *   period: 'YYYY-MM' | 'YYYY-Qn' | 'YYYY-Hn' | 'YYYY' | 'YYYY-MM..YYYY-MM', cumulative?,
 *   district?, issuer?, issuedOn?,
 *   centre: { name, tally, inProgressRule?, timeLimits?, previousYear?, previousMonth?,
 *             byCategory?, inProgressByDepartment?, departments?, published? },
 *   streetOffices?: { officeCount?, tally, inProgressRule?, timeLimits?, previousYear?, previousMonth?,
 *                     listed: 'all' | 'top-by-accepted', top?, offices, published? },
 *   investment?: { projects: { approval, verification, filing }, items, itemsOnTime?,
 *                  estimatedInvestmentYuan?, published? },
 *   supervision?: { yellowCards, redCards },
 *   commendations?: { letters, recipient? },
 *   calendar?, englishNames?: { [Chinese name]: English name }
 * }
 * timeLimits = { immediate, committed, immediateCompleted, committedCompleted,
 *                completedEarly, completedLate, overdueInProgress, workingDaysTaken }   each a count
 * tally = { accepted, completed, completedOnTime?, inProgress? }   each a ReportCount
 * previousYear, previousMonth = { accepted?, completed? } | { noData: true }
 * ```
 *
 * The period is any span a report covers: a month, a quarter, a half-year,
 * a year or a range of months (`cumulative: true` labels it as a year to
 * date, 2019年1—6月累计). `previousYear` is the same span a year before (同比);
 * `previousMonth` is the span of equal length just before (环比: the month
 * before for a month, the quarter before for a quarter). `{ noData: true }`
 * says the data does not reach that span (上年同期无数据), which differs from
 * a count of 0 (上年同期无业务). `inProgressRule` says how 在办 was counted:
 * `'accepted-minus-completed'` or `'open-at-period-end'` (cases still open
 * at the period's end, as {@link buildMonthlyReport} counts them).
 *
 * `timeLimits` (centre and street offices) holds the counts of cases with a
 * time limit (承诺时限 or 法定时限) as a tally of records gives them, plain
 * integers; it is absent when the records carry no limit (no data, not zeros).
 * `calendar` names the working-day calendar the deadlines were counted by.
 *
 * Every count is a {@link ReportCount}: an integer as printed or an inferred
 * range. Figures a report prints as text (办结率 99.53%, 同比增长26.32%) sit in
 * `published`, beside the counts they should follow from. The street offices'
 * list may be partial (`listed: 'top-by-accepted'`, as the seed's top three
 * of ten): the rest is never invented. `inProgressRule:
 * 'accepted-minus-completed'` records that the report's 在办 is 受理 − 办结.
 * Unknown keys are rejected, so a misspelt field is a problem, not a loss.
 *
 * A category in `byCategory` is `'administrative_licensing'` or
 * `'public_service'`, or a 事项类型 name or code as a report or an export
 * writes it, which the parsed report holds as its bucket: `'行政许可'`,
 * `'01'` (and `'1'`, as Excel leaves it) are `'administrative_licensing'`;
 * `'公共服务'`, `'20'` and every other 事项类型 (`'行政确认'`, `'07'` …) are
 * `'public_service'`, which in reports means every matter other than 行政许可.
 * Two entries of one bucket (`'行政确认'` beside `'公共服务'`) are one category
 * listed twice: {@link auditReport} reports it; add them up into one entry.
 * Any other text is a problem whose message lists the accepted ones.
 *
 * Counts that cannot be are rejected too: `-0`; more cases on time than
 * completed (`completedOnTime` above `completed`, `itemsOnTime` above
 * `items`, at every end of their ranges: no on-time rate exists); 提前办结 and
 * 超期办结 together above 承诺件办结 (`timeLimits.completedEarly +
 * completedLate` above `committedCompleted`); projects
 * whose total (项目总数, summed exactly) is past `Number.MAX_SAFE_INTEGER`.
 * Figures that only disagree (parts against totals, published rates) are
 * {@link auditReport}'s findings. An `englishNames` key `"__proto__"` is left
 * out of the result. {@link auditReport} and {@link renderReport} check all of
 * a report by these same rules, without zod.
 *
 * @example
 * ```ts
 * const report = {
 *   period: '2019-01',
 *   centre: {
 *     name: '五华区人民政府政务服务中心',
 *     tally: { accepted: 35300, completed: 35133, inProgress: 167 },
 *     previousYear: { accepted: { inferred: { min: 27944, max: 27946, from: '接件总数同比增长26.32%' } } },
 *     published: { completionRate: '99.53%', acceptedYoy: '同比增长26.32%' },
 *   },
 * };
 * MonthlyReportSchema.safeParse(report).success;
 * // => true
 * MonthlyReportSchema.safeParse({ ...report, centre: { ...report.centre, tally: { accepted: 1, completed: 1, acepted: 1 } } }).success;
 * // => false
 * const byCategory = [{ category: '行政许可', accepted: 20564 }, { category: '公共服务', accepted: 14736 }];
 * MonthlyReportSchema.parse({ ...report, centre: { ...report.centre, byCategory } }).centre.byCategory;
 * // => [{ category: 'administrative_licensing', accepted: 20564 }, { category: 'public_service', accepted: 14736 }]
 * ```
 * @see {@link parseMonthlyReport} for problems worded in Chinese or English.
 * @category Report
 */
export const MonthlyReportSchema = z.strictObject({
  /** The JSON Schema the file follows, for editors: `zwfw-stats/schema/monthly-report.json`. */
  $schema: z.string().optional(),
  /** A note on where the figures come from. */
  $comment: z.string().optional(),
  /**
   * The period reported: a month `'2019-01'`, a quarter `'2019-Q1'`, a
   * half-year `'2019-H1'`, a year `'2019'` or a range of months
   * `'2019-01..2019-06'`, as {@link parsePeriodSpan} reads them (a range of
   * one month is read as that month).
   */
  period: z
    .string()
    .regex(PERIOD_SPAN_PATTERN)
    .refine((text) => readPeriodSpanText(text) !== 'backwards', { params: { rule: 'periodBackwards' } })
    // Only a text that passed both checks gets here, so it names a span.
    .transform((text): PeriodSpanText => (readPeriodSpanText(text) as PeriodSpan).text),
  /** `true`: the period is labelled as a year to date is, by its months with 累计 (2019年1—6月累计). */
  cumulative: z.boolean().optional(),
  /** Who issues the report (the 发文机关 at its end), such as 五华区人民政府政务服务管理局. */
  issuer: name.optional(),
  /** The date the report is issued (成文日期), `'YYYY-MM-DD'`. */
  issuedOn: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/).optional(),
  /** The district (区), such as 五华区, as the report names it. */
  district: name.optional(),
  /** The district centre (区政务服务中心). */
  centre: z.strictObject({
    /** Its name, such as 五华区人民政府政务服务中心. */
    name,
    /** Its tally for the month. */
    tally: unitTally,
    /** Set when the report's 在办 is 受理 − 办结. */
    inProgressRule: inProgressRule.optional(),
    /** Its counts of cases with a time limit, when the records carry 承诺时限 or 法定时限. */
    timeLimits: timeLimits.optional(),
    /** The same month a year before (上年同期). */
    previousYear: baseTally.optional(),
    /** The month before (上月). */
    previousMonth: baseTally.optional(),
    /** Accepted (and completed) cases by category; the parts of `tally`. */
    byCategory: z
      .array(
        z.strictObject({
          /**
           * 行政许可 or 公共服务: `'administrative_licensing'` or `'public_service'`, or a
           * 事项类型 name or code (`'行政许可'`, `'公共服务'`, `'01'`), read as its bucket.
           */
          category: categoryText,
          /** 受理 in this category. */
          accepted: ReportCountSchema,
          /** 办结 in this category. */
          completed: ReportCountSchema.optional(),
        }),
      )
      .optional(),
    /** In-progress cases by department; the parts of `tally.inProgress`. */
    inProgressByDepartment: z
      .array(
        z.strictObject({
          /** The department. */
          department: DepartmentSchema,
          /** Its 在办 cases. */
          inProgress: ReportCountSchema,
        }),
      )
      .optional(),
    /**
     * Every department at the centre's windows, with its counts and the same
     * period a year before: the rows of 附件1 (接办件情况同期比对表). A
     * department with no business in the period is listed with zero counts.
     */
    departments: z
      .array(
        z.strictObject({
          /** The department. */
          department: DepartmentSchema,
          /** Its tally for the period. */
          tally: unitTally,
          /** Its counts a year before. */
          previousYear: listedUnitBase,
        }),
      )
      .optional(),
    /** Figures as the report prints them. */
    published: published.optional(),
  }),
  /** The street offices' service centres (街道办事处为民服务中心). */
  streetOffices: z
    .strictObject({
      /** How many offices there are, when the report says. */
      officeCount: count.optional(),
      /** Their total tally. */
      tally: unitTally,
      /** Set when the report's 在办 is 受理 − 办结. */
      inProgressRule: inProgressRule.optional(),
      /** Their counts of cases with a time limit, when the records carry 承诺时限 or 法定时限. */
      timeLimits: timeLimits.optional(),
      /** Their total a year before. */
      previousYear: baseTally.optional(),
      /** Their total the month before. */
      previousMonth: baseTally.optional(),
      /** `'all'`: every office is listed; `'top-by-accepted'`: only the busiest, in order. */
      listed: z.literal(['all', 'top-by-accepted']),
      /**
       * How many of the busiest offices by 受理 the text names (受理业务量前三名),
       * ties at the cut kept, when the list holds more: with `listed: 'all'`,
       * the whole list goes to 附件2 and the text names the top ones.
       */
      top: z.int().min(1).optional(),
      /** The offices listed, in the report's order. */
      offices: z.array(
        z.strictObject({
          /** The office. */
          office: StreetOfficeSchema,
          /** Its tally. */
          tally: unitTally,
          /** Its counts a year before (附件2's 上年同期受理 and 同比). */
          previousYear: listedUnitBase,
        }),
      ),
      /** Figures as the report prints them. */
      published: published.optional(),
    })
    .optional(),
  /** Investment projects (投资项目审批). */
  investment: z
    .strictObject({
      /** Projects by kind: 审批类, 核准类, 备案类. */
      projects: z.strictObject({
        /** 审批类. */
        approval: ReportCountSchema,
        /** 核准类. */
        verification: ReportCountSchema,
        /** 备案类. */
        filing: ReportCountSchema,
      }),
      /** 事项 (items), counted apart from projects. */
      items: ReportCountSchema,
      /** Items completed on time. */
      itemsOnTime: ReportCountSchema.optional(),
      /** 投资概算 in yuan. */
      estimatedInvestmentYuan: ReportCountSchema.optional(),
      /** Figures as the report prints them. */
      published: z
        .strictObject({
          /** 项目总数 as printed. */
          projectTotal: count.optional(),
          /** 按时办结率 as printed. */
          onTimeRate: publishedPercent.optional(),
          /** 投资概算 as printed, such as `'0.2亿元'`. */
          estimatedInvestment: z
            .string()
            .regex(/^\d+(?:\.\d+)?亿元$/)
            .optional(),
        })
        .optional(),
    })
    .superRefine((investment, ctx) => {
      // 项目总数 is a count too: the sum of the kinds' largest values, exactly, must be a safe integer.
      // The refinement runs beside the fields' own problems: `projects` may be anything here.
      const projects: Partial<Record<string, unknown>> | undefined = investment.projects ?? undefined;
      const kinds = [projects?.['approval'], projects?.['verification'], projects?.['filing']].map(rangeOf);
      if (kinds.every((range) => range !== undefined)) {
        const total = kinds.reduce((sum, range) => sum + BigInt(range[1]), 0n);
        if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
          ctx.addIssue({ code: 'custom', path: ['projects'], input: investment.projects, params: { rule: 'projectTotalUnsafe', total: String(total) } });
        }
      }
      checkOnTime(ctx, investment.itemsOnTime, investment.items, 'itemsOnTime', 'itemsOnTimeAboveItems');
    })
    .optional(),
  /** Electronic supervision (电子监察) cards, in 张. */
  supervision: z
    .strictObject({
      /** 黄牌. */
      yellowCards: ReportCountSchema,
      /** 红牌. */
      redCards: ReportCountSchema,
    })
    .optional(),
  /** Letters of commendation (表扬信, 封). */
  commendations: z
    .strictObject({
      /** How many letters. */
      letters: ReportCountSchema,
      /** Who received them, as the report says. */
      recipient: name.optional(),
    })
    .optional(),
  /** The working-day calendar the deadlines were counted by, as printed, such as 国务院办公厅节假日安排 2007—2026. */
  calendar: name.optional(),
  /** English names for the Chinese names above, used by the English text. */
  englishNames: z.record(z.string(), nonEmptyString()).optional(),
});

/**
 * A monthly report's section 一: `z.infer<typeof MonthlyReportSchema>`.
 *
 * @category Report
 */
export type MonthlyReport = z.infer<typeof MonthlyReportSchema>;
