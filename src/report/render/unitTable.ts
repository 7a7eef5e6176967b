import type { MonthlyReport, ReportCount } from '../../models/MonthlyReportSchema.js';
import type { ReportLocale } from '../ReportLocale.js';
import type { ReportBlock } from '../reportBlocks.js';
import { countText } from '../figures/reportFigures.js';
import { unitFigures } from '../figures/unitFigures.js';

const WORDS = {
  'zh-CN': {
    header: ['单位', '受理', '办结', '在办', '办结率', '按时办结率', '接件总数同比'],
    streets: '各街道为民服务中心合计',
  },
  en: {
    header: ['Unit', 'Accepted', 'Completed', 'In progress', 'Completion rate', 'On-time rate', 'Accepted, year on year'],
    streets: 'Street office service centres, total',
  },
} as const;

type Unit = Parameters<typeof unitFigures>[0] & { readonly tally: { readonly inProgress?: ReportCount | undefined } };

/**
 * The Markdown table of every unit's figures: the centre, the street offices'
 * total and each office listed. `name` gives a unit's printed name.
 *
 * @internal
 */
export function unitTable(report: MonthlyReport, locale: ReportLocale, name: (chinese: string) => string): ReportBlock {
  const group = locale === 'en';
  const row = (label: string, unit: Unit): string[] => {
    const figures = unitFigures(unit, locale);
    return [
      label,
      countText(unit.tally.accepted, group),
      countText(unit.tally.completed, group),
      unit.tally.inProgress === undefined ? '—' : countText(unit.tally.inProgress, group),
      figures.completionRate,
      figures.onTimeRate ?? '—',
      figures.yoy ?? '—',
    ];
  };
  const { centre, streetOffices: streets } = report;
  const rows = [row(name(centre.name), centre)];
  if (streets !== undefined) {
    rows.push(row(WORDS[locale].streets, streets));
    for (const entry of streets.offices) rows.push(row(name(entry.office.name), entry));
  }
  return { kind: 'table', header: WORDS[locale].header, rows };
}
