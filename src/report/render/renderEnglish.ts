import { caseCategoryLabel } from '../../models/caseCategoryLabel.js';
import type { MonthlyReport, ReportCount } from '../../models/MonthlyReportSchema.js';
import { namedOffices } from '../figures/namedOffices.js';
import { periodWords } from '../figures/periodWords.js';
import { countRange, sumCount } from '../figures/countRange.js';
import type { ReportBlock } from '../reportBlocks.js';
import { countText, figureTexts, resolveFigure } from '../figures/reportFigures.js';
import { unitFigures } from '../figures/unitFigures.js';
import { calendarText, timeLimitText } from '../figures/timeLimitText.js';
import { unitTable } from './unitTable.js';

/** Number words for a list of the busiest offices, from two: a list of one is 'the busiest'. */
const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 35300 → '35,300'. */
function count(value: ReportCount): string {
  return countText(value, true);
}

/** Whether a count is exactly one, so that its noun and verb are singular. */
function isOne(value: ReportCount): boolean {
  const [low, high] = countRange(value);
  return low === 1 && high === 1;
}

/** A count with its noun: '1 letter', '3 letters', '1–3 letters', 'no letters'. */
function counted(value: ReportCount, singular: string, plural = `${singular}s`): string {
  if (countRange(value)[1] === 0) return `no ${plural}`;
  return `${count(value)} ${isOne(value) ? singular : plural}`;
}

/** 'a, b and c'. */
function series(items: readonly string[]): string {
  // Stryker disable next-line StringLiteral: equivalent, joining at most one item uses no separator
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The English sentence for a change: 'The number of cases accepted was up 26.32% year on year.' */
function changeSentence(subject: string, text: string): string {
  if (/^(up|down|unchanged) /.test(text)) return `${subject} was ${text}.`;
  if (text.startsWith('no cases')) return `There were ${text}, so no change can be given.`;
  if (text.startsWith('no data')) return `There is ${text}, so no change can be given.`;
  return `${subject} changed as published: ${text}.`;
}

/** 'st', 'nd', 'rd' or 'th' after a rank. */
function ordinal(rank: number): string {
  const tens = rank % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Section 一 in English, worded as an English report would be: figures with
 * thousands separators, the changes as "up 26.32% year on year", names from
 * `englishNames` where the data gives them.
 *
 * @internal
 */
export function renderEnglish(report: MonthlyReport): ReportBlock[] {
  // Without a key "__proto__", which the report's check leaves out, as the schema does.
  const names = new Map(Object.entries(report.englishNames ?? {}).filter(([chinese]) => chinese !== '__proto__'));
  const named = (chinese: string): string => names.get(chinese) ?? chinese;
  const the = (chinese: string): string => (names.has(chinese) ? `the ${named(chinese)}` : chinese);
  // Stryker disable next-line ConditionalExpression: equivalent, named(undefined) is undefined too (no name is keyed by undefined)
  const district = report.district === undefined ? undefined : named(report.district);
  const { centre, streetOffices: streets, investment } = report;
  const words = periodWords(report, 'en');
  const before = words.monthly ? undefined : words.before;
  /** ', leaving 167 in progress.', or the cases still open at the period's end when 在办 counts those. */
  const inProgressText = (unit: { readonly tally: { readonly inProgress?: ReportCount | undefined }; readonly inProgressRule?: string | undefined }): string => {
    if (unit.tally.inProgress === undefined) return '.';
    if (unit.inProgressRule === 'open-at-period-end') return `, with ${count(unit.tally.inProgress)} still open on ${words.lastDay}.`;
    return `, leaving ${count(unit.tally.inProgress)} in progress.`;
  };

  const centreFigures = unitFigures(centre, 'en', before);
  const centreText = [
    `In ${words.label}, the windows of ${the(centre.name)} accepted ${counted(centre.tally.accepted, 'case')} of all kinds and completed ${count(centre.tally.completed)}` +
      inProgressText(centre),
    `The completion rate was ${centreFigures.completionRate}` +
      (centreFigures.onTimeRate === undefined ? '.' : `, and ${centreFigures.onTimeRate} of completed cases were finished on time.`),
  ];
  if (centre.timeLimits !== undefined) centreText.push(timeLimitText(centre.timeLimits, 'en'));
  if (centreFigures.yoy !== undefined) centreText.push(changeSentence('The number of cases accepted', centreFigures.yoy));
  if (centreFigures.mom !== undefined) centreText.push(changeSentence('The number of cases accepted', centreFigures.mom));
  if (centre.inProgressByDepartment !== undefined && centre.inProgressByDepartment.length > 0) {
    const parts = centre.inProgressByDepartment.map(
      (part, index) => `${index === 0 ? count(part.inProgress) + (isOne(part.inProgress) ? ' was' : ' were') : count(part.inProgress)} with ${the(part.department.name)}`,
    );
    centreText.push(`Of the cases in progress, ${series(parts)}.`);
  }
  if (centre.byCategory !== undefined && centre.byCategory.length > 0) {
    // '20,564 were administrative licensing matters', '1 was a public service', then '3 public services'
    const parts = centre.byCategory.map((part, index) => {
      const one = isOne(part.accepted);
      const figure = index === 0 ? `${count(part.accepted)} ${one ? 'was' : 'were'}` : count(part.accepted);
      const article = index === 0 && one ? (part.category === 'public_service' ? 'a ' : 'an ') : '';
      return part.category === 'public_service'
        ? `${figure} ${article}public service${one ? '' : 's'} (every matter other than administrative licensing)`
        : `${figure} ${article}${caseCategoryLabel(part.category, { locale: 'en' })} matter${one ? '' : 's'}`;
    });
    centreText.push(`Of the cases accepted, ${series(parts)}.`);
  }
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: 'I. Overview' },
    { kind: 'heading', level: 3, text: '(1) Cases' },
    { kind: 'paragraph', text: centreText.join(' ') },
  ];

  if (streets !== undefined) {
    const figures = unitFigures(streets, 'en', before);
    const whose = district === undefined ? 'The street office service centres' : `The street office service centres of ${district}`;
    const open =
      streets.tally.inProgress !== undefined && streets.inProgressRule === 'open-at-period-end'
        ? `; ${count(streets.tally.inProgress)} were still open on ${words.lastDay}`
        : '';
    const text = [
      `${whose} accepted ${counted(streets.tally.accepted, 'case')} ${words.current} and completed ${count(streets.tally.completed)}, a completion rate of ${figures.completionRate}${open}.`,
    ];
    if (streets.timeLimits !== undefined) text.push(timeLimitText(streets.timeLimits, 'en'));
    if (figures.yoy !== undefined) text.push(changeSentence('The number of cases they accepted', figures.yoy));
    if (figures.mom !== undefined) text.push(changeSentence('The number of cases they accepted', figures.mom));
    const named = namedOffices(streets);
    if (named.entries.length > 0) {
      const offices = named.entries.map(
        ({ entry, tiedRank }) =>
          `${the(entry.office.name)} (${count(entry.tally.accepted)} accepted, ${count(entry.tally.completed)} completed${tiedRank === undefined ? '' : `, tied ${tiedRank}${ordinal(tiedRank)}`})`,
      );
      const size = named.size;
      text.push(
        named.lead === 'all'
          ? `By office: ${series(offices)}.`
          : `The ${size === 1 ? 'busiest' : `${WORDS[size - 2] ?? size} busiest`} by cases accepted ${size === 1 ? 'was' : 'were'} ${series(offices)}.`,
      );
    }
    blocks.push({ kind: 'paragraph', text: text.join(' ') });
  }
  blocks.push(unitTable(report, 'en', named));
  if (report.calendar !== undefined) blocks.push({ kind: 'paragraph', text: calendarText(named(report.calendar), 'en') });

  const items: string[] = [];
  if (investment !== undefined) {
    const { projects, published = {} } = investment;
    const total = sumCount([projects.approval, projects.verification, projects.filing]);
    const kinds = (
      [
        [projects.approval, 'for approval'],
        [projects.verification, 'for verification'],
        [projects.filing, 'for filing'],
      ] as const
    ).filter(([value]) => countRange(value)[1] > 0);
    const where = district === undefined ? '' : ` in ${district}`;
    let text = `${capitalize(words.current)}, ${counted(total, 'project')} ${isOne(total) ? 'was' : 'were'} submitted${where} through the provincial investment project approval system`;
    text += kinds.length > 0 ? `: ${series(kinds.map(([value, label]) => `${count(value)} ${label}`))}.` : '.';
    const onTime =
      investment.itemsOnTime === undefined
        ? published.onTimeRate
        : resolveFigure(figureTexts.onTimeRate(investment.items, investment.itemsOnTime), published.onTimeRate);
    text += ` They covered ${counted(investment.items, 'item')}`;
    text += onTime === undefined ? '.' : `, with an on-time rate of ${onTime}.`;
    // 亿元 to one decimal is millions of yuan to the nearest ten million; the published '0.2亿元' is RMB 20 million.
    const printed =
      published.estimatedInvestment === undefined ? undefined : hundredMillionsInMillions(published.estimatedInvestment.replace('亿元', ''));
    const amount =
      investment.estimatedInvestmentYuan === undefined
        ? printed
        : resolveFigure(figureTexts.hundredMillions(investment.estimatedInvestmentYuan).map(hundredMillionsInMillions), printed);
    if (amount !== undefined) text += ` Their estimated total investment was RMB ${amount} million.`;
    items.push(text);
  }
  if (report.supervision !== undefined) {
    const { yellowCards, redCards } = report.supervision;
    const yellow = countRange(yellowCards)[1];
    const red = countRange(redCards)[1];
    items.push(
      yellow === 0 && red === 0
        ? `${capitalize(words.current)}, neither the centre nor the street offices received a yellow or a red card.`
        : `${capitalize(words.current)}, the centre and the street offices received ${counted(yellowCards, 'yellow card')} and ${counted(redCards, 'red card')}.`,
    );
  }
  if (report.commendations !== undefined) {
    const { letters, recipient } = report.commendations;
    const who = recipient === undefined ? 'staff of the centre' : named(recipient);
    items.push(`${capitalize(words.current)}, ${who} received ${counted(letters, 'letter')} of commendation.`);
  }
  if (items.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: '(2) Operations' });
    items.forEach((text, index) => blocks.push({ kind: 'paragraph', text: `${index + 1}. ${capitalize(text)}` }));
  }
  return blocks;
}

/**
 * '0.2' (亿元) → '20' (million yuan): the decimal point moved two places in
 * the text itself, so that an amount of any length stays exact (no rounding
 * here: the figure was rounded, or published, before). Leading zeros go,
 * thousands are grouped: '12345678901234567890' → '1,234,567,890,123,456,789,000'.
 */
function hundredMillionsInMillions(text: string): string {
  // split gives at least one part
  const [whole, fraction = ''] = text.split('.') as [string, string?];
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const [left, right] = [digits.slice(0, whole.length + 2), digits.slice(whole.length + 2)];
  const integer = left.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+$)/g, ',');
  return right === '' ? integer : `${integer}.${right}`;
}
