import type { MonthlyReport } from '../../models/MonthlyReportSchema.js';
import { checkSum, checkUnique } from './auditParts.js';
import { auditUnit } from './auditUnit.js';
import { countRange, describeRange, sumRange } from '../figures/countRange.js';
import type { FindingList } from './FindingList.js';

type StreetOffices = NonNullable<MonthlyReport['streetOffices']>;

/**
 * The street offices: their total's own figures, each office's, the list
 * against the total, and a top list's order against the counts.
 *
 * @internal
 */
export function auditStreetOffices(list: FindingList, streets: StreetOffices): void {
  const path = 'streetOffices';
  auditUnit(list, path, streets);
  // The list's rule of 在办 is each office's.
  streets.offices.forEach((entry, index) => auditUnit(list, `${path}.offices[${index}]`, { ...entry, inProgressRule: streets.inProgressRule }));
  checkUnique(list, `${path}.offices`, streets.offices.map((entry) => entry.office.id), { zh: '街道', en: 'street office' });
  const { officeCount, offices, tally } = streets;
  const listedAccepted = offices.map((entry) => entry.tally.accepted);
  const listedCompleted = offices.map((entry) => entry.tally.completed);
  // Stryker disable next-line ConditionalExpression: equivalent for `true` in place of `officeCount !== undefined`, undefined < n is false too
  if (officeCount !== undefined && officeCount < offices.length) {
    list.add(
      'office-count-mismatch',
      'error',
      `${path}.officeCount`,
      `街道共${officeCount}个,却列出了${offices.length}个`,
      `${offices.length} street offices are listed, but there are only ${officeCount}`,
    );
  }
  const complete = streets.listed === 'all' || officeCount === offices.length;
  // Stryker disable next-line ConditionalExpression: equivalent for `true` in place of `officeCount !== undefined`, undefined > n is false too
  if (streets.listed === 'all' && officeCount !== undefined && officeCount > offices.length) {
    list.add(
      'office-count-mismatch',
      'error',
      `${path}.offices`,
      `标明列出全部街道,但只列出${offices.length}个,共${officeCount}个`,
      `the list claims to be complete, but holds ${offices.length} of ${officeCount} street offices`,
    );
  }
  if (complete) {
    checkSum(list, `${path}.offices`, listedAccepted, countRange(tally.accepted), { zh: '各街道受理数', en: 'offices’ accepted cases' });
    checkSum(list, `${path}.offices`, listedCompleted, countRange(tally.completed), { zh: '各街道办结数', en: 'offices’ completed cases' });
  } else {
    for (const [parts, total, zh, en] of [
      [listedAccepted, tally.accepted, '受理', 'accepted'],
      [listedCompleted, tally.completed, '办结', 'completed'],
    ] as const) {
      const sum = sumRange(parts);
      const whole = countRange(total);
      if (sum[0] > whole[1]) {
        list.add(
          'listed-exceed-total',
          'error',
          `${path}.offices`,
          `列出的街道${zh}合计${describeRange(sum)}件,超过全部街道${zh}总数${describeRange(whole)}件`,
          `the listed offices’ ${en} cases add up to ${describeRange(sum)}, more than the total of ${describeRange(whole)}`,
        );
      }
    }
  }
  if (streets.listed === 'top-by-accepted') auditRanking(list, streets);
}

/** A top list must be in order of 受理, and no unlisted office can be busier than the last one listed. */
function auditRanking(list: FindingList, streets: StreetOffices): void {
  const { offices, officeCount, tally } = streets;
  for (let index = 1; index < offices.length; index += 1) {
    const before = countRange((offices[index - 1] as (typeof offices)[number]).tally.accepted);
    const entry = offices[index] as (typeof offices)[number];
    const here = countRange(entry.tally.accepted);
    if (here[0] > before[1]) {
      list.add(
        'ranking-contradicted',
        'error',
        `streetOffices.offices[${index}]`,
        `${entry.office.name}受理${describeRange(here)}件,多于排在它前面的一名(${describeRange(before)}件),排名与计数不符`,
        `${entry.office.name} (${describeRange(here)} accepted) is ranked below an office with fewer cases (${describeRange(before)})`,
      );
    }
  }
  const last = offices.at(-1);
  // Stryker disable next-line ConditionalExpression: equivalent for `false` in place of `officeCount === undefined`, the count of unlisted offices is then NaN and no total exceeds NaN
  if (officeCount === undefined || last === undefined || officeCount <= offices.length) return;
  const unlisted = officeCount - offices.length;
  // In BigInt: the listed offices' sum and the unlisted offices' most may pass Number.MAX_SAFE_INTEGER.
  const rest = BigInt(countRange(tally.accepted)[0]) - sumRange(offices.map((entry) => entry.tally.accepted))[1];
  const lastMax = countRange(last.tally.accepted)[1];
  if (rest > BigInt(unlisted) * BigInt(lastMax)) {
    list.add(
      'ranking-contradicted',
      'error',
      'streetOffices.offices',
      `未列出的${unlisted}个街道至少受理${rest}件,其中必有一个多于所列最后一名的${lastMax}件`,
      `the ${unlisted} unlisted offices accepted at least ${rest} cases, so one of them accepted more than the last one listed (${lastMax})`,
    );
  }
}
