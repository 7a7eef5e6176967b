/**
 * The one record that the byte readers (`feedCsvBytes`, `feedNdjsonBytes`)
 * fill for every row or line and hand to the tally's checks: a property per
 * case-record field, set by the field's index in `CASE_RECORD_FIELDS`, so
 * that each store is to a named property (a store through a computed key
 * that differs per field is a slow, megamorphic one). A field not set for
 * the row is `undefined`, as an empty cell or a key `JSON.parse` did not
 * see leaves it.
 *
 * @internal
 */
export class ReusedCaseRecord {
  id: unknown = undefined;
  itemName: unknown = undefined;
  category: unknown = undefined;
  itemTypeCode: unknown = undefined;
  departmentId: unknown = undefined;
  streetOfficeId: unknown = undefined;
  acceptedAt: unknown = undefined;
  dueAt: unknown = undefined;
  completedAt: unknown = undefined;
  status: unknown = undefined;
  timeLimit: unknown = undefined;
  statutoryTimeLimit: unknown = undefined;

  /** Sets field `index` of CASE_RECORD_FIELDS to `value` (test/tally/read/ReusedCaseRecord.test.ts checks the order). */
  set(index: number, value: unknown): void {
    switch (index) {
      case 0:
        this.id = value;
        break;
      case 1:
        this.itemName = value;
        break;
      case 2:
        this.category = value;
        break;
      case 3:
        this.itemTypeCode = value;
        break;
      case 4:
        this.departmentId = value;
        break;
      case 5:
        this.streetOfficeId = value;
        break;
      case 6:
        this.acceptedAt = value;
        break;
      case 7:
        this.dueAt = value;
        break;
      case 8:
        this.completedAt = value;
        break;
      case 9:
        this.status = value;
        break;
      case 10:
        this.timeLimit = value;
        break;
      default:
        this.statutoryTimeLimit = value;
    }
  }
}
