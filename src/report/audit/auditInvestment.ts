import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { checkPublishedPercent } from './auditUnit.js';
import { countRange, describeRange, sumRange } from '../figures/countRange.js';
import type { FindingList } from './FindingList.js';
import { decimalsShown, figureTexts } from '../figures/reportFigures.js';

type Investment = NonNullable<MonthlyReport['investment']>;

/**
 * Investment projects: 项目总数 against 审批 + 核准 + 备案 (summed exactly),
 * the published on-time rate and 投资概算. (Items on time above items are
 * refused before: see assertReportShape.)
 *
 * @internal
 */
export function auditInvestment(list: FindingList, investment: Investment): void {
  const path = 'investment';
  const { projects, items, itemsOnTime, estimatedInvestmentYuan, published = {} } = investment;
  const total = sumRange([projects.approval, projects.verification, projects.filing]);
  // Stryker disable next-line ConditionalExpression: equivalent, an undefined total compares false with both ends of the range
  if (published.projectTotal !== undefined && (published.projectTotal < total[0] || published.projectTotal > total[1])) {
    list.add(
      'published-total-mismatch',
      'error',
      `${path}.published.projectTotal`,
      `公布的项目总数为${published.projectTotal}个,而审批类、核准类、备案类合计${describeRange(total)}个`,
      `the published project total is ${published.projectTotal}, but approval, verification and filing projects add up to ${describeRange(total)}`,
    );
  }
  const itemRange = countRange(items);
  if (published.onTimeRate !== undefined) {
    if (itemsOnTime === undefined) {
      list.add(
        'published-figure-unchecked',
        'warning',
        `${path}.published.onTimeRate`,
        `公布了投资项目按时办结率${published.onTimeRate},但数据中没有按时办结事项数,无法核对`,
        `the published on-time rate of investment items ${published.onTimeRate} cannot be checked: the data has no count of items on time`,
      );
    } else {
      const onTime = describeRange(countRange(itemsOnTime));
      checkPublishedPercent(
        list,
        `${path}.published.onTimeRate`,
        published.onTimeRate,
        (options) => figureTexts.onTimeRate(items, itemsOnTime, options),
        { zh: '投资项目按时办结率', en: 'on-time rate of investment items' },
        list.locale === 'en' ? `${onTime} on time of ${describeRange(itemRange)} items` : `按时${onTime}件 / 事项${describeRange(itemRange)}件`,
      );
    }
  }
  if (published.estimatedInvestment !== undefined && estimatedInvestmentYuan !== undefined) {
    const digits = decimalsShown(published.estimatedInvestment);
    const texts = figureTexts.hundredMillions(estimatedInvestmentYuan, digits).map((text) => `${text}亿元`);
    if (!texts.every((text) => text === published.estimatedInvestment)) {
      const yuan = describeRange(countRange(estimatedInvestmentYuan));
      list.add(
        'published-amount-mismatch',
        'error',
        `${path}.published.estimatedInvestment`,
        `公布的投资概算为${published.estimatedInvestment},按${yuan}元应为${texts.join(' – ')}`,
        `the published estimated investment is ${published.estimatedInvestment}, but ${yuan} yuan gives ${texts.join(' – ')}`,
      );
    }
  }
}
