/**
 * What a case's status (办件状态) says about counting it.
 *
 * - `'open'`: taken in (受理) and not finished (在办): it must have no 办结时间;
 * - `'completed'`: finished (办结): it must have a 办结时间;
 * - `'excluded'`: never taken in, or cancelled (不予受理, 退件, 撤件, 作废 …):
 *   not 受理, not counted in any figure, and counted apart by status.
 *
 * @category Models
 */
export type CaseStatusKind = 'open' | 'completed' | 'excluded';

/**
 * The 办件状态 values that exports write, and what each means for the tally.
 *
 * ```text
 * open      在办 办理中 已受理 受理 审批中 审核中 补正中 挂起 暂停 特别程序   (and 'open')
 * completed 已办结 办结 已完成 完成                                    (and 'completed')
 * excluded  不予受理 退件 退回 撤件 撤回 作废                            (and 'excluded')
 * ```
 * In words: a case in progress, suspended or waiting for 补正 has been taken in
 * (受理) and is open; a finished case is completed; a case refused at the
 * door, returned, withdrawn or voided was never 受理.
 *
 * There is no national list: these are the values of public approval-system
 * exports. A tally refuses a status outside the table (an invalid record whose
 * message lists the names); a caller adds local names with the `statuses`
 * option of `tallyCases` and `createTallier` (`{ 已归档: 'completed' }`).
 *
 * @example
 * ```ts
 * CASE_STATUSES['不予受理'];
 * // => 'excluded'
 * CASE_STATUSES['补正中'];
 * // => 'open'
 * ```
 * @category Models
 */
export const CASE_STATUSES: Readonly<Record<string, CaseStatusKind>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, CaseStatusKind>, {
    open: 'open',
    在办: 'open',
    办理中: 'open',
    已受理: 'open',
    受理: 'open',
    审批中: 'open',
    审核中: 'open',
    补正中: 'open',
    挂起: 'open',
    暂停: 'open',
    特别程序: 'open',
    completed: 'completed',
    已办结: 'completed',
    办结: 'completed',
    已完成: 'completed',
    完成: 'completed',
    excluded: 'excluded',
    不予受理: 'excluded',
    退件: 'excluded',
    退回: 'excluded',
    撤件: 'excluded',
    撤回: 'excluded',
    作废: 'excluded',
  } satisfies Record<string, CaseStatusKind>),
);
