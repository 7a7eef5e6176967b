import type { MonthlyReport, ReportCount } from '../../models/MonthlyReportSchema.js';
import { countRange, describeRange, rangesMeet, sumRange } from '../figures/countRange.js';
import type { FindingList } from './FindingList.js';

/**
 * Reports a sum of parts that cannot equal its total.
 *
 * @internal
 */
export function checkSum(
  list: FindingList,
  path: string,
  parts: readonly ReportCount[],
  total: readonly [number, number],
  label: { zh: string; en: string },
): void {
  const sum = sumRange(parts);
  if (rangesMeet(sum, total)) return;
  list.add(
    'parts-do-not-add-up',
    'error',
    path,
    `${label.zh}合计${describeRange(sum)}件,与总数${describeRange(total)}件不符`,
    `the ${label.en} add up to ${describeRange(sum)}, not to the total of ${describeRange(total)}`,
  );
}

/**
 * Reports the second and later entries with an id already seen.
 *
 * @internal
 */
export function checkUnique(list: FindingList, path: string, ids: readonly string[], label: { zh: string; en: string }): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      list.add(
        'duplicate-entry',
        'error',
        `${path}[${index}]`,
        `${label.zh}“${id}”重复出现`,
        `${label.en} "${id}" is listed more than once`,
      );
    }
    seen.add(id);
  });
}

/**
 * The centre's parts against its totals: categories against 受理 (and 办结
 * when every category has it), departments' 在办 against 在办, and the list
 * of every department (附件1) against 受理, 办结 and 在办.
 *
 * @internal
 */
export function auditParts(list: FindingList, centre: MonthlyReport['centre']): void {
  const { tally, byCategory, inProgressByDepartment, departments } = centre;
  if (departments !== undefined) {
    checkUnique(list, 'centre.departments', departments.map((entry) => entry.department.id), { zh: '部门', en: 'department' });
    const label = (zh: string, en: string) => ({ zh: `各部门${zh}数`, en: `departments’ ${en} cases` });
    checkSum(list, 'centre.departments', departments.map((entry) => entry.tally.accepted), countRange(tally.accepted), label('受理', 'accepted'));
    checkSum(list, 'centre.departments', departments.map((entry) => entry.tally.completed), countRange(tally.completed), label('办结', 'completed'));
    const open = departments.flatMap((entry) => (entry.tally.inProgress === undefined ? [] : [entry.tally.inProgress]));
    if (tally.inProgress !== undefined && open.length === departments.length) {
      checkSum(list, 'centre.departments', open, countRange(tally.inProgress), label('在办', 'in-progress'));
    }
  }
  if (byCategory !== undefined) {
    checkUnique(list, 'centre.byCategory', byCategory.map((part) => part.category), { zh: '类别', en: 'category' });
    checkSum(list, 'centre.byCategory', byCategory.map((part) => part.accepted), countRange(tally.accepted), {
      zh: '各类别受理数',
      en: 'categories’ accepted cases',
    });
    const completed = byCategory.flatMap((part) => (part.completed === undefined ? [] : [part.completed]));
    if (completed.length === byCategory.length && completed.length > 0) {
      checkSum(list, 'centre.byCategory', completed, countRange(tally.completed), {
        zh: '各类别办结数',
        en: 'categories’ completed cases',
      });
    }
  }
  if (inProgressByDepartment !== undefined) {
    checkUnique(list, 'centre.inProgressByDepartment', inProgressByDepartment.map((part) => part.department.id), {
      zh: '部门',
      en: 'department',
    });
    const [acceptedMin, acceptedMax] = countRange(tally.accepted);
    const [completedMin, completedMax] = countRange(tally.completed);
    const total: readonly [number, number] | undefined =
      tally.inProgress !== undefined
        ? countRange(tally.inProgress)
        : centre.inProgressRule === 'accepted-minus-completed'
          ? [acceptedMin - completedMax, acceptedMax - completedMin]
          : undefined;
    if (total !== undefined) {
      checkSum(list, 'centre.inProgressByDepartment', inProgressByDepartment.map((part) => part.inProgress), total, {
        zh: '各部门在办数',
        en: 'departments’ in-progress cases',
      });
    }
  }
}
