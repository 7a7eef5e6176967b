/**
 * Dates from `from` to `to`, both included, each written `YYYY-MM-DD`: a run
 * of local holidays, or a pause of a case (补正, 听证, 检验, 鉴定 …).
 *
 * @category Calendar
 */
export interface DateRange {
  /** The first date, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last date, `YYYY-MM-DD`, not before `from`. */
  readonly to: string;
}
