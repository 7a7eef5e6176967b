import { caseCategoryLabel } from '../../models/caseCategoryLabel.js';
import type { MonthlyReport, ReportCount } from '../../models/MonthlyReportSchema.js';
import { namedOffices } from '../figures/namedOffices.js';
import { type PeriodWords, periodWords } from '../figures/periodWords.js';
import { countRange, sumCount } from '../figures/countRange.js';
import type { ReportBlock } from '../reportBlocks.js';
import { countText as count, figureTexts, resolveFigure } from '../figures/reportFigures.js';
import { unitFigures } from '../figures/unitFigures.js';
import { calendarText, timeLimitText } from '../figures/timeLimitText.js';
import { unitTable } from './unitTable.js';

const NUMERALS = ['两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How a list of the busiest offices is led: 最多的 for one, 前两名 … 前十名, then digits (前11名). */
function busiest(size: number): string {
  return size === 1 ? '受理业务量最多的是:' : `受理业务量前${NUMERALS[size - 2] ?? String(size)}名的是:`;
}

/** The 在办 clause: 在办事项167件, or with the rule said when 在办 is the cases open at the period's end. */
function inProgressClause(unit: { readonly tally: { readonly inProgress?: ReportCount | undefined }; readonly inProgressRule?: string | undefined }, words: PeriodWords): string | undefined {
  if (unit.tally.inProgress === undefined) return undefined;
  const rule = unit.inProgressRule === 'open-at-period-end' ? `(截至${words.lastDay}仍未办结的办件)` : '';
  return `在办事项${count(unit.tally.inProgress)}件${rule}`;
}

/** The period's words, and the 环比's: absent for a month, which keeps the seed's 上月. */
function wordsOf(report: MonthlyReport): { words: PeriodWords; before: string | undefined } {
  const words = periodWords(report, 'zh-CN');
  return { words, before: words.monthly ? undefined : words.before };
}

function centreParagraph(report: MonthlyReport): string {
  const { centre } = report;
  const { words, before } = wordsOf(report);
  const figures = unitFigures(centre, 'zh-CN', before);
  const clauses = [`${words.label},${centre.name}各窗口共受理各类事项${count(centre.tally.accepted)}件`, `办结${count(centre.tally.completed)}件`];
  const inProgress = inProgressClause(centre, words);
  if (inProgress !== undefined) clauses.push(inProgress);
  clauses.push(`办结率${figures.completionRate}`);
  if (figures.onTimeRate !== undefined) clauses.push(`按时办结率为${figures.onTimeRate}`);
  if (figures.yoy !== undefined) clauses.push(`接件总数${figures.yoy}`);
  if (figures.mom !== undefined) clauses.push(`接件总数${figures.mom}`);
  const sentences = [clauses.join(',')];
  if (centre.timeLimits !== undefined) sentences.push(timeLimitText(centre.timeLimits, 'zh-CN'));
  if (centre.inProgressByDepartment !== undefined && centre.inProgressByDepartment.length > 0) {
    sentences.push(
      `在办事项中,${centre.inProgressByDepartment.map((part) => `${part.department.name}${count(part.inProgress)}件`).join(',')}`,
    );
  }
  if (centre.byCategory !== undefined && centre.byCategory.length > 0) {
    const parts = centre.byCategory.map((part) =>
      part.category === 'public_service'
        ? `公共服务事项(除行政许可事项以外的其他全部事项)${count(part.accepted)}件`
        : `${caseCategoryLabel(part.category)}事项${count(part.accepted)}件`,
    );
    sentences.push(`在所受理的各类事项中,${parts.join(',')}`);
  }
  return `${sentences.join(';')}。`;
}

function streetParagraph(report: MonthlyReport, streets: NonNullable<MonthlyReport['streetOffices']>): string {
  const { words, before } = wordsOf(report);
  const figures = unitFigures(streets, 'zh-CN', before);
  const clauses = [
    `${words.current},${report.district ?? ''}各街道办事处为民服务中心共受理各类事项${count(streets.tally.accepted)}件`,
    `办结${count(streets.tally.completed)}件`,
  ];
  const inProgress = inProgressClause(streets, words);
  if (inProgress !== undefined) clauses.push(inProgress);
  clauses.push(`办结率为${figures.completionRate}`);
  if (figures.onTimeRate !== undefined) clauses.push(`按时办结率为${figures.onTimeRate}`);
  if (figures.yoy !== undefined) clauses.push(`接件总数${figures.yoy}`);
  if (figures.mom !== undefined) clauses.push(`接件总数${figures.mom}`);
  const sentences = [clauses.join(',')];
  if (streets.timeLimits !== undefined) sentences.push(timeLimitText(streets.timeLimits, 'zh-CN'));
  const named = namedOffices(streets);
  if (named.entries.length > 0) {
    const lead = named.lead === 'all' ? '各街道受理情况是:' : busiest(named.size);
    sentences.push(
      lead +
        named.entries
          .map(({ entry, tiedRank }) => {
            const tie = tiedRank === undefined ? '' : `(并列第${tiedRank}名)`;
            return `${entry.office.name}${tie}${count(entry.tally.accepted)}件,办结${count(entry.tally.completed)}件`;
          })
          .join(';'),
    );
  }
  return `${sentences.join(';')}。`;
}

function investmentItem(report: MonthlyReport, investment: NonNullable<MonthlyReport['investment']>): string {
  const { projects, published = {} } = investment;
  const kinds = [
    ['审批类', projects.approval],
    ['核准类', projects.verification],
    ['备案类', projects.filing],
  ] as const;
  const listed = kinds.filter(([, value]) => countRange(value)[1] > 0);
  const clauses = [`${periodWords(report, 'zh-CN').current},${report.district ?? ''}通过全省投资项目审批系统申报项目总数${count(sumCount(kinds.map(([, value]) => value)))}个`];
  if (listed.length > 0) clauses.push(`其中${listed.map(([label, value]) => `${label}项目${count(value)}个`).join(',')}`);
  clauses.push(`事项合计${count(investment.items)}件`);
  const onTime =
    investment.itemsOnTime === undefined
      ? published.onTimeRate
      : resolveFigure(figureTexts.onTimeRate(investment.items, investment.itemsOnTime), published.onTimeRate);
  if (onTime !== undefined) clauses.push(`按时办结率为${onTime}`);
  const amount =
    investment.estimatedInvestmentYuan === undefined
      ? published.estimatedInvestment
      : resolveFigure(
          figureTexts.hundredMillions(investment.estimatedInvestmentYuan).map((text) => `${text}亿元`),
          published.estimatedInvestment,
        );
  if (amount !== undefined) clauses.push(`投资概算合计${amount}`);
  return `${clauses.join(',')}。`;
}

function supervisionItem(supervision: NonNullable<MonthlyReport['supervision']>, current: string): string {
  const yellow = countRange(supervision.yellowCards)[1] === 0;
  const red = countRange(supervision.redCards)[1] === 0;
  if (yellow && red) return `${current},中心及各街道办事处未出现黄牌、红牌情况。`;
  const shown = [
    yellow ? undefined : `黄牌${count(supervision.yellowCards)}张`,
    red ? undefined : `红牌${count(supervision.redCards)}张`,
  ].filter((text) => text !== undefined);
  const absent = yellow ? ',未出现黄牌' : red ? ',未出现红牌' : '';
  return `${current},中心及各街道办事处出现${shown.join('、')}${absent}。`;
}

function commendationItem(commendations: NonNullable<MonthlyReport['commendations']>, current: string): string {
  const who = commendations.recipient ?? '中心工作人员';
  if (countRange(commendations.letters)[1] === 0) return `${current},${who}未收到书面表扬信。`;
  return `${current},${who}收到书面表扬信${count(commendations.letters)}封。`;
}

function tables(report: MonthlyReport): { units: ReportBlock; categories?: ReportBlock; departments?: ReportBlock } {
  const { centre } = report;
  const result: { units: ReportBlock; categories?: ReportBlock; departments?: ReportBlock } = {
    units: unitTable(report, 'zh-CN', (name) => name),
  };
  if (centre.byCategory !== undefined && centre.byCategory.length > 0) {
    result.categories = {
      kind: 'table',
      header: ['事项类别', '受理'],
      rows: centre.byCategory.map((part) => [caseCategoryLabel(part.category), count(part.accepted)]),
    };
  }
  if (centre.inProgressByDepartment !== undefined && centre.inProgressByDepartment.length > 0) {
    result.departments = {
      kind: 'table',
      header: ['部门', '在办'],
      rows: centre.inProgressByDepartment.map((part) => [part.department.name, count(part.inProgress)]),
    };
  }
  return result;
}

/**
 * Section 一、基本情况 in Chinese, worded as the 五华区 seed words it.
 *
 * @internal
 */
export function renderChinese(report: MonthlyReport): ReportBlock[] {
  const table = tables(report);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: '一、基本情况' },
    { kind: 'heading', level: 3, text: '(一)办件情况' },
    { kind: 'paragraph', text: centreParagraph(report) },
  ];
  if (table.categories !== undefined) blocks.push(table.categories);
  if (table.departments !== undefined) blocks.push(table.departments);
  if (report.streetOffices !== undefined) blocks.push({ kind: 'paragraph', text: streetParagraph(report, report.streetOffices) });
  blocks.push(table.units);
  if (report.calendar !== undefined) blocks.push({ kind: 'paragraph', text: calendarText(report.calendar, 'zh-CN') });
  const items: string[] = [];
  if (report.investment !== undefined) items.push(investmentItem(report, report.investment));
  const { current } = periodWords(report, 'zh-CN');
  if (report.supervision !== undefined) items.push(supervisionItem(report.supervision, current));
  if (report.commendations !== undefined) items.push(commendationItem(report.commendations, current));
  if (items.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: '(二)业务工作情况' });
    items.forEach((text, index) => blocks.push({ kind: 'paragraph', text: `${index + 1}.${text}` }));
  }
  return blocks;
}
