import { inexactFieldNumber } from '../../internal/inexactFieldNumber.js';
import { CASE_RECORD_FIELDS } from '../../models/caseRecordFields.js';
import { describeShort, type TallyAccumulator } from '../engine/TallyAccumulator.js';

/**
 * One line of NDJSON (its `\n` taken off) into the accumulator, as
 * `feedNdjson` reads it: a line that ends in `\r` loses it; a blank line is
 * skipped; any other line is one record, parsed by `JSON.parse`, refused
 * when a case-record field's number reads as another (`inexactFieldNumber`),
 * and otherwise checked and counted by `addRecord`. Both NDJSON readers take
 * their lines here, so that a record's message is the same whichever read it.
 *
 * @internal
 */
export function readNdjsonLine(accumulator: TallyAccumulator, text: string, line: number): void {
  // A line that ends in \r (CRLF) loses it; charCodeAt(-1) of an empty line is NaN.
  const content = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
  if (content.trim() === '') return;
  let record: unknown;
  try {
    record = JSON.parse(content);
  } catch {
    accumulator.reject('feedNdjson', accumulator.recordCount, line, null, null, 'a JSON object on one line', content);
    accumulator.recordCount += 1;
    return;
  }
  // A case-record field's number that JSON.parse reads as another (1e400 as Infinity)
  // would be checked, and shown, as that other: refuse it as written.
  const inexact = inexactFieldNumber(content, record, CASE_RECORD_FIELDS);
  if (inexact !== null) {
    const id = (record as { id?: unknown }).id;
    const named = typeof id === 'string' && id !== '' ? id : null;
    const field = (inexact.path[0] as string | undefined) ?? null;
    const index = accumulator.recordCount;
    const read = Number.isFinite(inexact.value) ? `which reads as ${inexact.value}` : 'beyond the range of numbers';
    accumulator.report({
      index,
      line,
      id: named,
      field,
      message: `feedNdjson requires records[${index}] (${named === null ? '' : `id ${describeShort(named)}, `}line ${line})${field === null ? '' : ` ${field}`} to be a number that reads as written, got ${inexact.text}, ${read}`,
    });
    accumulator.recordCount += 1;
    return;
  }
  accumulator.addRecord(record, line, 'feedNdjson');
}
