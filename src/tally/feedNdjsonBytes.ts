import { readOptions } from '../internal/readOptions.js';
import { keepShapes } from './engine/TallyAccumulator.js';
import { tallierAccumulator } from './engine/tallierAccumulator.js';
import { AS_TEXT, NdjsonScanner } from './read/ndjsonBytes/NdjsonScanner.js';
import { readNdjsonLine } from './read/readNdjsonLine.js';
import type { FeedSummary } from './feedNdjson.js';
import type { Tallier } from './Tallier.js';

/**
 * The options of {@link feedNdjsonBytes}.
 *
 * @internal
 */
export interface FeedNdjsonBytesOptions {
  /** Whether bytes (whole lines) are UTF-8; by default a fatal `TextDecoder` decodes them to see. */
  readonly isText?: (bytes: Uint8Array) => boolean;
  /** Told how many bytes have been read, for progress. */
  readonly onBytes?: (read: number) => void;
}

/**
 * What {@link feedNdjsonBytes} did: the summary that `feedNdjson` gives for
 * the same text (and how many lines went through the text path), or why it
 * stopped: input it leaves to `feedNdjson` (the tallier then holds part of
 * the file and must be dropped).
 *
 * @internal
 */
export type FeedNdjsonBytesOutcome = { readonly summary: FeedSummary; readonly textLines: number } | { readonly unusual: string; readonly line: number };

/**
 * `feedNdjson` on UTF-8 bytes, with no object per line: the NDJSON reader
 * that the command uses. Each line's bytes are read as a flat JSON object
 * ({@link NdjsonScanner}: text decoded once per distinct value of a
 * case-record field, times read from the bytes, other keys' values checked
 * and skipped) into one reused record, which is checked by the tally's own
 * rules and counted.
 *
 * ```text
 * result = feedNdjson(tallier, the bytes decoded as UTF-8)   (the same tallies, summary, invalid records and messages)
 * ```
 * A line the scanner does not read (a nested value, an escape in a key, a
 * case-record field named twice, `__proto__`, a number other than an
 * integer of at most 15 digits in a case-record field, white space JSON
 * does not have, anything that is not JSON), an invalid record, and a
 * record the tally refuses after its checks are decoded and go through
 * `feedNdjson`'s own line reader ({@link readNdjsonLine}: `JSON.parse`,
 * `inexactFieldNumber`, `addRecord`), so that its message is the same.
 * Bytes that are not UTF-8, and a tallier that throws at its first invalid
 * record (whose error `feedNdjson` may raise before or after its bytes
 * error, by where its chunks end), stop the reader with `unusual`: the
 * caller reads the whole input again with `feedNdjson` on a new tallier
 * (the command does, and says so with ZWFW_STATS_TRACE=1).
 *
 * @param tallier - A tallier from `createTallier`.
 * @param source - The file's bytes, its byte-order mark taken off.
 * @param options - {@link FeedNdjsonBytesOptions}.
 * @returns The {@link FeedNdjsonBytesOutcome}.
 * @throws {TypeError} as `feedNdjson` for its tallier.
 * @internal
 */
export async function feedNdjsonBytes(tallier: Tallier, source: AsyncIterable<Uint8Array>, options: FeedNdjsonBytesOptions = {}): Promise<FeedNdjsonBytesOutcome> {
  const fn = 'feedNdjson';
  const accumulator = tallierAccumulator(fn, tallier);
  const { isText, onBytes } = readOptions(fn, options);
  if (!accumulator.plan.collect) return { unusual: 'a tallier that throws at an invalid record', line: 0 };
  keepShapes();
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const validText =
    isText ??
    ((bytes: Uint8Array): boolean => {
      try {
        new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    });
  const firstRecord = accumulator.recordCount;
  const invalidBefore = accumulator.invalid.length;
  const scanner = new NdjsonScanner(accumulator.plan.rules.wallClockOffsetMinutes, accumulator.seenIds !== null);
  const record = scanner.record;
  let line = 0;
  let textLines = 0;
  // One byte more than the bytes held, for the `\n` written after the last line.
  let buffer = new Uint8Array(1 << 20);
  let length = 0;
  let read = 0;

  /** The line at `start` (its `\n` at `end` or before), decoded, through feedNdjson's line reader; the index of its `\n`. */
  const readAsText = (start: number, end: number): number => {
    let stop = buffer.indexOf(10, start);
    if (stop < 0 || stop > end) stop = end;
    textLines += 1;
    readNdjsonLine(accumulator, decoder.decode(buffer.subarray(start, stop)), line);
    return stop;
  };

  /** The lines of `buffer[0, end)`, which ends with `\n` or has one written at `end`; the reason when the input is unusual, else null. */
  const takeLines = (end: number): string | null => {
    if (!validText(buffer.subarray(0, end))) return 'bytes that are not UTF-8 text';
    let position = 0;
    while (position < end) {
      line += 1;
      let stop = scanner.scan(buffer, position);
      if (stop === AS_TEXT) {
        stop = readAsText(position, end);
      } else if (!scanner.blank) {
        const problem = accumulator.check(record);
        if (problem > 0) {
          // Read again as text, so that the message shows the line as written.
          stop = readAsText(position, end);
        } else {
          const index = accumulator.recordCount;
          accumulator.recordCount = index + 1;
          if (!accumulator.addChecked(record, problem, index, line, fn)) {
            // Refused after its checks (a deadline the calendar cannot compute), with this
            // record's values: refused again as text, so that the message shows the line as written.
            accumulator.invalid.pop();
            accumulator.recordCount = index;
            stop = readAsText(position, end);
          }
        }
      }
      position = stop + 1;
    }
    return null;
  };

  for await (const chunk of source) {
    read += chunk.length;
    onBytes?.(read);
    if (length + chunk.length + 1 > buffer.length) {
      const grown = new Uint8Array(Math.max(buffer.length * 2, length + chunk.length + 1));
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    buffer.set(chunk, length);
    length += chunk.length;
    // (lastIndexOf from -1 would search from the end of the whole buffer)
    const cut = length === 0 ? -1 : buffer.lastIndexOf(10, length - 1);
    if (cut < 0) continue;
    const reason = takeLines(cut + 1);
    if (reason !== null) return { unusual: reason, line };
    buffer.copyWithin(0, cut + 1, length);
    length -= cut + 1;
  }
  if (length > 0) {
    buffer[length] = 10;
    const reason = takeLines(length);
    if (reason !== null) return { unusual: reason, line };
  }
  return {
    summary: { records: accumulator.recordCount - firstRecord, lines: line, invalid: accumulator.invalid.length - invalidBefore },
    textLines,
  };
}
