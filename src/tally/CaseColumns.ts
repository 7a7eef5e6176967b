/**
 * Case records (办件) as columns: typed arrays with dictionary-encoded ids and
 * epoch-millisecond times, the shape that Arrow, Parquet and DuckDB readers
 * hand over. Row `i` is one case. Build it with {@link toColumns}, or fill it
 * from a columnar reader.
 *
 * @category Tally
 */
export interface CaseColumns {
  /** The number of rows; every column has this length. */
  readonly length: number;
  /** 办件编号 per row, only for error messages (optional; {@link tallyColumns} does not check duplicates). */
  readonly ids?: readonly string[];
  /** Per row: 0 = 'administrative_licensing' (行政许可), 1 = 'public_service' (公共服务), the index in {@link CASE_CATEGORIES}. */
  readonly category: Uint8Array;
  /** The dictionary of department ids (部门). */
  readonly departmentIds: readonly string[];
  /** Per row: the index of its department in `departmentIds`. */
  readonly department: Int32Array;
  /** The dictionary of street office ids (街道). */
  readonly streetOfficeIds: readonly string[];
  /** Per row: the index of its street office in `streetOfficeIds`, or −1 for none. */
  readonly streetOffice: Int32Array;
  /** Per row: 受理时间 in epoch milliseconds. */
  readonly acceptedAt: Float64Array;
  /** Per row: 承诺办结时间 in epoch milliseconds, or NaN for none (即办件). */
  readonly dueAt: Float64Array;
  /** Per row: 办结时间 in epoch milliseconds, or NaN while open. */
  readonly completedAt: Float64Array;
}
