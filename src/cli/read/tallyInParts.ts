import { open } from 'node:fs/promises';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CsvHeader } from '../../tally/feedCsvBytes.js';
import { type FeedSummary, feedNdjson } from '../../tally/feedNdjson.js';
import { mergeTallyGroups } from '../../tally/mergeTallyGroups.js';
import type { Tallier } from '../../tally/Tallier.js';
import type { TallyOptions } from '../../tally/TallyOptions.js';
import type { ExcludedCount, TallyResult } from '../../tally/TallyResult.js';
import type { Dimension } from '../../tally/Dimension.js';
import { chooseEncoding, type EncodingOption } from './decodeBytes.js';
import { decodeStream } from './decodeStream.js';
import { type PartResult, type PartTask, tallyPart } from './tallyPart.js';
import { tallyCsvFile } from './tallyCsvFile.js';
import { tallyNdjsonFile } from './tallyNdjsonFile.js';

/**
 * The workers run this very module (wherever a bundler puts it): loaded in a
 * worker given a part, it tallies the part (tallyPart) and posts the result.
 */
const task = isMainThread ? undefined : (workerData as { readonly zwfwStatsPart?: PartTask } | null)?.zwfwStatsPart;
if (task !== undefined) {
  tallyPart(task).then(
    (result) => parentPort?.postMessage({ result }),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
}

/** Files smaller than this are read in one pass: starting a worker costs more than it saves. */
export const PARTS_FROM_BYTES = 8 << 20;

/**
 * `zwfw-stats tally --jobs N` on a CSV or NDJSON file on disk: the file cut
 * into N parts at line ends, the first read here (header, titles and all,
 * as in one pass, its invalid records with their indices and lines), the
 * others in worker threads (tallyPart), and the tallies merged with
 * mergeTallyGroups, which is exact. The parts after the first must be
 * plain: anything a message would name there, or any input the byte reader
 * leaves to csv-parse (a line end inside quotes among it: a cut inside
 * quotes shows as a quote not closed), gives `unusual`, and the command
 * reads the file in one pass. A tallier checks no duplicate ids, so the
 * parts leave out no check that one pass makes.
 */
export async function tallyInParts(args: {
  readonly tallier: Tallier;
  readonly file: string;
  readonly size: number;
  readonly input: 'csv' | 'ndjson';
  readonly jobs: number;
  readonly bytes: AsyncIterable<Uint8Array>;
  readonly encoding: EncodingOption;
  readonly options: TallyOptions;
  readonly by: readonly Dimension[];
  readonly headers: Readonly<Record<string, string | null>>;
  readonly skipRows: number;
  readonly onBytes: (read: number) => void;
}): Promise<{ readonly result: TallyResult; readonly summary: FeedSummary } | { readonly unusual: string }> {
  const { tallier, file, size, input, jobs } = args;
  const cuts = await lineCuts(file, size, jobs);
  const firstEnd = cuts[1] ?? size;
  const workers: Worker[] = [];
  const parts: Promise<PartResult>[] = [];
  let started = false;
  let encoding = '';
  const start = (header: CsvHeader | null): void => {
    started = true;
    for (let index = 1; index < cuts.length - 1; index += 1) {
      const part: PartTask = { input, file, start: cuts[index] as number, end: cuts[index + 1] as number, encoding, options: args.options, header };
      // Run from source (.ts), the worker registers the TypeScript loader the command runs under first.
      const here = new URL(import.meta.url);
      const worker = here.pathname.endsWith('.ts')
        ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(here.href)}); })`, { eval: true, workerData: { zwfwStatsPart: part } })
        : new Worker(here, { workerData: { zwfwStatsPart: part } });
      workers.push(worker);
      parts.push(
        new Promise<PartResult>((resolve) => {
          worker.once('message', (message: { result?: PartResult; error?: string }) => resolve(message.result ?? { unusual: `a worker failed: ${message.error}` }));
          worker.once('error', (error) => resolve({ unusual: `a worker failed: ${error.message}` }));
          worker.once('exit', () => resolve({ unusual: 'a worker stopped' }));
        }),
      );
    }
  };
  const stop = (): void => {
    for (const worker of workers) void worker.terminate();
  };
  // The first part: the file's bytes up to the first cut; the encoding chosen from its first chunk.
  const firstPart = (async function* (): AsyncGenerator<Uint8Array> {
    let read = 0;
    for await (const chunk of args.bytes) {
      if (read === 0 && encoding === '') encoding = chooseEncoding(chunk, args.encoding, false).encoding;
      const room = firstEnd - read;
      read += chunk.length;
      if (chunk.length >= room) {
        if (room > 0) yield chunk.subarray(0, room);
        return;
      }
      yield chunk;
    }
  })();
  try {
    let first: { readonly summary: FeedSummary; readonly lineEnds: number };
    if (input === 'csv') {
      const outcome = await tallyCsvFile(tallier, file, firstPart, args.encoding, {
        headers: args.headers,
        skipRows: args.skipRows,
        onBytes: args.onBytes,
        onHeader: (header) => {
          // UTF-16 is transcoded: its byte offsets are not those of the text read.
          if (!encoding.startsWith('utf-16')) start(header);
        },
      });
      if ('unusual' in outcome) return outcome;
      first = outcome;
    } else {
      const starting = (async function* (): AsyncGenerator<Uint8Array> {
        for await (const chunk of firstPart) {
          if (!started && !encoding.startsWith('utf-16')) start(null);
          yield chunk;
        }
      })();
      const outcome = await tallyNdjsonFile(tallier, file, starting, args.encoding, {
        onBytes: args.onBytes,
        asText: async (chunks) => feedNdjson(tallier, decodeStream(chunks, args.encoding, file, args.onBytes)),
      });
      if ('unusual' in outcome) return outcome;
      first = { summary: outcome.summary, lineEnds: outcome.summary.lines };
    }
    if (!started) return { unusual: 'no header in the first part' };
    const results = await Promise.all(parts);
    const own = tallier.result();
    let groups = own.groups;
    const excluded = new Map<string, number>(own.excluded.map(({ status, count }) => [status, count]));
    let records = first.summary.records;
    let lines = first.summary.lines;
    let offset = first.lineEnds;
    for (const result of results) {
      if ('unusual' in result) return result;
      groups = mergeTallyGroups(groups, result.groups, args.by);
      for (const { status, count } of result.excluded) excluded.set(status, (excluded.get(status) ?? 0) + count);
      records += result.records;
      if (result.lastLine > 0) lines = input === 'csv' ? offset + result.lastLine : lines + result.lineEnds;
      else if (input === 'ndjson') lines += result.lineEnds;
      offset += result.lineEnds;
    }
    const excludedList: ExcludedCount[] = [...excluded].sort(([a], [b]) => (a < b ? -1 : 1)).map(([status, count]) => ({ status, count }));
    return { result: { groups, invalid: own.invalid, excluded: excludedList }, summary: { ...first.summary, records, lines } };
  } finally {
    stop();
  }
}

/** Where the file is cut: 0, then the byte after the first line end at or after each 1/jobs of it, then its size (cuts that coincide are one). */
async function lineCuts(file: string, size: number, jobs: number): Promise<number[]> {
  const cuts = [0];
  const handle = await open(file, 'r');
  try {
    const window = new Uint8Array(1 << 16);
    for (let part = 1; part < jobs; part += 1) {
      let at = Math.max(Math.floor((size * part) / jobs), cuts[cuts.length - 1] as number);
      for (;;) {
        const { bytesRead } = await handle.read(window, 0, window.length, at);
        if (bytesRead === 0) {
          at = size;
          break;
        }
        const newline = window.subarray(0, bytesRead).indexOf(10);
        if (newline >= 0) {
          at += newline + 1;
          break;
        }
        at += bytesRead;
      }
      if (at < size && at > (cuts[cuts.length - 1] as number)) cuts.push(at);
    }
  } finally {
    await handle.close();
  }
  cuts.push(size);
  return cuts;
}
