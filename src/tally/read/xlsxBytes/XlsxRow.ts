/**
 * One row of a sheet: its cells written as a CSV export writes them, and
 * the sheet's 1-based row number.
 *
 * @internal
 */
export interface XlsxRow {
  /** The cells from column A on; an empty cell before the last filled one is "". */
  readonly cells: string[];
  /** The row's number in the sheet (1-based), as Excel shows it. */
  readonly line: number;
}

/** What the cells of a sheet need from the rest of the workbook. */
export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** By cell format index (a cell's `s`): whether the format shows a date or a time. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** false: the XML parser reads every element (the tests compare the two ways). Default true. */
  readonly scan?: boolean;
}
