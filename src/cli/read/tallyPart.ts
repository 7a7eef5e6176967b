import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { createTallier } from '../../tally/createTallier.js';
import { type CsvHeader, feedCsvBytes } from '../../tally/feedCsvBytes.js';
import { feedNdjson } from '../../tally/feedNdjson.js';
import { feedNdjsonBytes } from '../../tally/feedNdjsonBytes.js';
import type { ExcludedCount, TallyGroup } from '../../tally/TallyResult.js';
import type { TallyOptions } from '../../tally/TallyOptions.js';

/** What a part of a file is, and how to tally it: the work of one worker. */
export interface PartTask {
  readonly input: 'csv' | 'ndjson';
  readonly file: string;
  /** The part's bytes: [start, end) of the file, from just after a line end to just after one (or the file's end). */
  readonly start: number;
  readonly end: number;
  /** The file's encoding, as the first part chose it. */
  readonly encoding: string;
  readonly options: TallyOptions;
  /** CSV: the header, found in the first part. */
  readonly header: CsvHeader | null;
}

/** A part's tallies, or why the file must be read in one pass. */
export type PartResult =
  | {
      readonly groups: TallyGroup[];
      readonly excluded: ExcludedCount[];
      readonly records: number;
      /** Line ends in the part, and the line of its last record counted from the part's start (0: none). */
      readonly lineEnds: number;
      readonly lastLine: number;
      readonly lineEnd: number;
    }
  | { readonly unusual: string };

/**
 * Tallies one part of a CSV or NDJSON file, after its first. The part's
 * record indices and lines are not known here (they depend on the parts
 * before), so anything that a message would name (an invalid record, a row
 * read as text, bytes that are not text, input csv-parse reads its own way)
 * makes the part `unusual`, and the command reads the file in one pass.
 */
export async function tallyPart(task: PartTask): Promise<PartResult> {
  const tallier = createTallier(task.options);
  const bytes = (): AsyncIterable<Uint8Array> =>
    task.end > task.start ? createReadStream(task.file, { start: task.start, end: task.end - 1, highWaterMark: 1 << 16 }) : (async function* () {})();
  if (task.input === 'csv') {
    const header = task.header as CsvHeader;
    const outcome = await feedCsvBytes(tallier, bytes(), {
      encoding: task.encoding,
      part: header,
      ...(task.encoding === 'utf-8' ? { isText: (chunk: Uint8Array) => isUtf8(chunk) } : {}),
    });
    if ('unusual' in outcome) return outcome;
    if (header.lineEnd !== 0 && outcome.lineEnd !== 0 && outcome.lineEnd !== header.lineEnd) return { unusual: 'line ends of another kind' };
    const { groups, excluded, invalid } = tallier.result();
    if (invalid.length > 0) return { unusual: 'an invalid record in a part' };
    return { groups, excluded, records: outcome.summary.records, lineEnds: outcome.lineEnds, lastLine: outcome.lastLine, lineEnd: outcome.lineEnd };
  }
  if (task.encoding === 'utf-8') {
    const outcome = await feedNdjsonBytes(tallier, bytes(), { isText: (chunk: Uint8Array) => isUtf8(chunk) });
    if ('unusual' in outcome) return outcome;
    const { groups, excluded, invalid } = tallier.result();
    if (invalid.length > 0) return { unusual: 'an invalid record in a part' };
    const { records, lines } = outcome.summary;
    return { groups, excluded, records, lineEnds: lines, lastLine: lines, lineEnd: 0 };
  }
  const decoder = new TextDecoder(task.encoding, { fatal: true, ignoreBOM: true });
  let broken = false;
  const text = async function* (): AsyncGenerator<string> {
    try {
      for await (const chunk of bytes()) yield decoder.decode(chunk, { stream: true });
      yield decoder.decode();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      broken = true;
    }
  };
  const summary = await feedNdjson(tallier, text());
  if (broken) return { unusual: `bytes that are not ${task.encoding} text` };
  const { groups, excluded, invalid } = tallier.result();
  if (invalid.length > 0) return { unusual: 'an invalid record in a part' };
  // An NDJSON line is a record unless blank: the last record's line is not kept, nor needed (the summary counts lines).
  return { groups, excluded, records: summary.records, lineEnds: summary.lines, lastLine: summary.lines, lineEnd: 0 };
}
