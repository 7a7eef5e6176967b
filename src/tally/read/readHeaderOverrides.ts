import { assertOneOf } from '../../internal/assertOneOf.js';
import { describeValue } from '../../internal/describeValue.js';
import { CASE_RECORD_FIELDS } from '../../models/caseRecordFields.js';
import type { RecordField } from './sheetColumns.js';

/**
 * The `headers` option of the CSV readers as a map from column name to
 * field (null: leave the column unread), each field checked.
 *
 * @internal
 */
export function readHeaderOverrides(fn: string, headers: unknown): Map<string, RecordField | null> {
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    throw new TypeError(`${fn} requires headers to be an object, got ${describeValue(headers)}`);
  }
  const overrides = new Map<string, RecordField | null>();
  // A mapping onto no field would leave its column unread without a word.
  for (const [name, field] of Object.entries(headers)) {
    if (field !== null) assertOneOf(fn, `headers[${JSON.stringify(name)}]`, field, CASE_RECORD_FIELDS);
    overrides.set(name, field as RecordField | null);
  }
  return overrides;
}
