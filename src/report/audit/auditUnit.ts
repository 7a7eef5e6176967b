import type { ReportCount } from '../../models/MonthlyReportSchema.js';
import { countRange, describeRange, rangesMeet } from '../figures/countRange.js';
import type { FindingList } from './FindingList.js';
import { figureTexts, publishedPercentOptions } from '../figures/reportFigures.js';

/** A unit's tally as the report model holds it. */
interface UnitTally {
  readonly accepted: ReportCount;
  readonly completed: ReportCount;
  readonly completedOnTime?: ReportCount | undefined;
  readonly inProgress?: ReportCount | undefined;
}

/** A unit's base-period counts. */
interface BaseTally {
  readonly accepted?: ReportCount | undefined;
}

/** The published figures of a unit. */
interface Published {
  readonly completionRate?: string | undefined;
  readonly onTimeRate?: string | undefined;
  readonly acceptedYoy?: string | undefined;
  readonly acceptedMom?: string | undefined;
}

/** What {@link auditUnit} reads: the centre, the street offices' total or one office. */
interface Unit {
  readonly tally: UnitTally;
  readonly inProgressRule?: 'accepted-minus-completed' | 'open-at-period-end' | undefined;
  readonly previousYear?: BaseTally | undefined;
  readonly previousMonth?: BaseTally | undefined;
  readonly published?: Published | undefined;
}

/**
 * Checks a published percentage against the counts at every end of their
 * ranges. Shared by the unit rates and the investment on-time rate.
 *
 * @internal
 */
export function checkPublishedPercent(
  list: FindingList,
  path: string,
  published: string,
  texts: (options: { digits: number; trimZeros: boolean }) => string[],
  label: { zh: string; en: string },
  counts: string,
): void {
  const matches = publishedPercentOptions(published).some((options) => texts(options).every((text) => text === published));
  if (matches) return;
  const expected = texts({ digits: 2, trimZeros: true }).join(' – ');
  list.add(
    'published-rate-mismatch',
    'error',
    path,
    `公布的${label.zh}为${published},按计数应为${expected}(${counts})`,
    `the published ${label.en} is ${published}, but the counts give ${expected} (${counts})`,
  );
}

function checkPublishedChange(
  list: FindingList,
  path: string,
  kind: 'yoy' | 'mom',
  published: string,
  current: ReportCount,
  previous: ReportCount | undefined,
): void {
  const label = kind === 'yoy' ? { zh: '同比', en: 'year-on-year change' } : { zh: '环比', en: 'month-on-month change' };
  if (previous === undefined) {
    list.add(
      'published-figure-unchecked',
      'warning',
      path,
      `公布了${label.zh}“${published}”,但数据中没有${kind === 'yoy' ? '上年同期' : '上月'}受理数,无法核对`,
      `the published ${label.en} "${published}" cannot be checked: the data has no ${kind === 'yoy' ? 'previous-year' : 'previous-month'} accepted count`,
    );
    return;
  }
  const decimals = publishedPercentOptions(published);
  const matches = decimals.some((options) => {
    const printed = figureTexts.change(kind, current, previous, options);
    return printed.every((text) => text === published);
  });
  if (matches) return;
  const expected = figureTexts.change(kind, current, previous).join(' – ');
  const counts = `本期受理${describeRange(countRange(current))}件,${kind === 'yoy' ? '上年同期' : '上月'}${describeRange(countRange(previous))}件`;
  list.add(
    'published-change-mismatch',
    'error',
    path,
    `公布的${label.zh}为“${published}”,按计数应为“${expected}”(${counts})`,
    `the published ${label.en} "${published}" does not follow from the counts, which give "${expected}" (accepted ${describeRange(countRange(current))} against ${describeRange(countRange(previous))})`,
  );
}

/**
 * The checks of one unit's own figures: 办结 against 受理, 在办 against
 * 受理 − 办结, and its published rates and changes. (按时办结 above 办结 is
 * refused before: see assertReportShape.)
 *
 * @internal
 */
export function auditUnit(list: FindingList, path: string, unit: Unit): void {
  const { tally, published = {} } = unit;
  const accepted = countRange(tally.accepted);
  const completed = countRange(tally.completed);
  if (completed[0] > accepted[1]) {
    list.add(
      'completed-above-accepted',
      'info',
      `${path}.tally.completed`,
      `办结${describeRange(completed)}件多于受理${describeRange(accepted)}件:含以前月份结转的办件`,
      `completed (${describeRange(completed)}) exceeds accepted (${describeRange(accepted)}): cases carried over from earlier months`,
    );
  }
  // Cases open at the period's end include ones accepted before it: no rule ties them to 受理 − 办结.
  if (tally.inProgress !== undefined && unit.inProgressRule !== 'open-at-period-end') {
    const inProgress = countRange(tally.inProgress);
    const difference: readonly [number, number] = [accepted[0] - completed[1], accepted[1] - completed[0]];
    if (!rangesMeet(inProgress, difference)) {
      const claimed = unit.inProgressRule === 'accepted-minus-completed';
      list.add(
        'in-progress-mismatch',
        claimed ? 'error' : 'info',
        `${path}.tally.inProgress`,
        `在办${describeRange(inProgress)}件,而受理 − 办结 = ${describeRange(difference)}件${claimed ? '' : '(在办可能含以前月份受理的办件)'}`,
        `in progress is ${describeRange(inProgress)}, but accepted − completed is ${describeRange(difference)}${claimed ? '' : ' (open cases may include ones accepted in earlier months)'}`,
      );
    }
  }
  const counts = `办结${describeRange(completed)}件 / 受理${describeRange(accepted)}件`;
  if (published.completionRate !== undefined) {
    checkPublishedPercent(
      list,
      `${path}.published.completionRate`,
      published.completionRate,
      (options) => figureTexts.completionRate(tally.accepted, tally.completed, options),
      { zh: '办结率', en: 'completion rate' },
      list.locale === 'en' ? `${describeRange(completed)} completed of ${describeRange(accepted)} accepted` : counts,
    );
  }
  if (published.onTimeRate !== undefined) {
    const onTimeCount = tally.completedOnTime;
    if (onTimeCount === undefined) {
      list.add(
        'published-figure-unchecked',
        'warning',
        `${path}.published.onTimeRate`,
        `公布了按时办结率${published.onTimeRate},但数据中没有按时办结数,无法核对`,
        `the published on-time rate ${published.onTimeRate} cannot be checked: the data has no count of cases completed on time`,
      );
    } else {
      const onTime = describeRange(countRange(onTimeCount));
      checkPublishedPercent(
        list,
        `${path}.published.onTimeRate`,
        published.onTimeRate,
        (options) => figureTexts.onTimeRate(tally.completed, onTimeCount, options),
        { zh: '按时办结率', en: 'on-time rate' },
        list.locale === 'en'
          ? `${onTime} on time of ${describeRange(completed)} completed`
          : `按时办结${onTime}件 / 办结${describeRange(completed)}件`,
      );
    }
  }
  if (published.acceptedYoy !== undefined) {
    checkPublishedChange(list, `${path}.published.acceptedYoy`, 'yoy', published.acceptedYoy, tally.accepted, unit.previousYear?.accepted);
  }
  if (published.acceptedMom !== undefined) {
    checkPublishedChange(list, `${path}.published.acceptedMom`, 'mom', published.acceptedMom, tally.accepted, unit.previousMonth?.accepted);
  }
}
