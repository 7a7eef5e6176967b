import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { CsvHeader } from '../../tally/feedCsvBytes.js';
import { type FeedSummary, feedNdjson } from '../../tally/feedNdjson.js';
import { mergeTallyGroups } from '../../tally/mergeTallyGroups.js';
import type { Tallier } from '../../tally/Tallier.js';
import type { TallyOptions } from '../../tally/TallyOptions.js';
import type { ExcludedCount, TallyResult } from '../../tally/TallyResult.js';
import type { Dimension } from '../../tally/Dimension.js';
import { chooseEncoding, type EncodingOption } from './decodeBytes.js';
import { decodeStream } from './decodeStream.js';
import { PART_WORKER_URL, type PartWorkerData, type PartWorkerMessage, type PartWorkerTask } from './partWorker.js';
import { type ClaimedPart, NEXT_PART, PARTS_STOPPED, type PartsTask, tallyClaimedParts } from './tallyClaimedParts.js';
import type { PartResult } from './tallyPart.js';
import { threadCpuTime } from './threadCpuTime.js';
import { tallyCsvFile } from './tallyCsvFile.js';
import { tallyNdjsonFile } from './tallyNdjsonFile.js';

/** Files smaller than this are read in one pass: starting a worker costs more than it saves. */
export const PARTS_FROM_BYTES = 8 << 20;

/** Parts average no less than this (a part costs a read stream, a tallier and a message: about 2 ms)… */
const PART_BYTES_AT_LEAST = 1 << 20;
/** …and there are at most this many per thread. */
const PARTS_PER_THREAD = 8;

/**
 * `zwfw-stats tally --jobs N` on a CSV or NDJSON file on disk: the file cut
 * at line ends into parts (up to 8 a thread, 1 MiB on average at least,
 * shrinking to a quarter of the first by the last), the first
 * read here (header, titles and all, as in one pass, its invalid records
 * with their indices and lines), the others by N − 1 worker threads and by
 * this thread once it has read the first, each thread claiming the next
 * part when it is free (a worker starts tens of milliseconds late and runs
 * cold, so equal shares would leave this thread waiting), and the tallies
 * merged in the file's order with mergeTallyGroups, which is exact. The
 * workers are started at once and sent the header when it is known. The
 * parts after the first must be plain: anything a message would name there,
 * or any input the byte reader leaves to csv-parse (a line end inside
 * quotes among it: a cut inside quotes shows as a quote not closed), gives
 * `unusual`, and the command reads the file in one pass. A tallier checks
 * no duplicate ids, so the parts leave out no check that one pass makes.
 * With ZWFW_STATS_TRACE=parts, the timeline of the threads goes to stderr.
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
  /** The language of a read error's message in the first part (the one-pass reading's own). */
  readonly locale: 'zh-CN' | 'en';
}): Promise<
  | { readonly result: TallyResult; readonly summary: FeedSummary; readonly parts: number; readonly threads: number }
  | { readonly unusual: string }
> {
  const { tallier, file, size, input, jobs } = args;
  const timeline = partsTimeline();
  const claims = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  // Part 0 is this thread's.
  claims[NEXT_PART] = 1;
  const partCount = Math.min(Math.max(1, Math.floor(size / PART_BYTES_AT_LEAST)), jobs * PARTS_PER_THREAD);
  // The parts after the first, as they are read (by any thread), and the first reason to read the file in one pass.
  let cuts: number[] = [];
  let results: (PartResult | undefined)[] = [];
  let waiting = 0;
  // Bytes read, for progress: of the first part, and of the parts done.
  let firstRead = 0;
  let partsRead = 0;
  const onBytes = (): void => args.onBytes(firstRead + partsRead);
  let settle: (unusual: string | undefined) => void = () => {};
  const allRead = new Promise<string | undefined>((resolve) => {
    settle = resolve;
  });
  const got = ({ index, result, began, ended }: ClaimedPart, thread: string): void => {
    timeline.part(thread, index, began, ended);
    results[index - 1] = result;
    partsRead += (cuts[index + 1] as number) - (cuts[index] as number);
    onBytes();
    waiting -= 1;
    if ('unusual' in result) settle(result.unusual);
    else if (waiting === 0) settle(undefined);
  };
  const pool = startWorkers(Math.min(jobs, partCount) - 1, claims, timeline, got, (why) => settle(why));
  try {
    cuts = await lineCuts(file, size, partCount);
    results = cuts.slice(2).map(() => undefined);
    waiting = results.length;
    timeline.mark('main', `${cuts.length - 1} parts cut`);
    let encoding = '';
    let task: PartsTask | undefined;
    const begin = (header: CsvHeader | null): void => {
      task = { input, file, encoding, options: args.options, header };
      timeline.mark('main', 'header read, task sent');
      const sent: PartWorkerTask = { task, cuts };
      for (const worker of pool.workers) worker.postMessage(sent);
    };
    // The first part: the file's bytes up to the first cut; the encoding chosen from its first chunk.
    const firstEnd = cuts[1] as number;
    const began = performance.timeOrigin + performance.now();
    const firstPart = (async function* (): AsyncGenerator<Uint8Array> {
      let bytes = 0;
      for await (const chunk of args.bytes) {
        if (bytes === 0 && encoding === '') encoding = chooseEncoding(chunk, args.encoding, false).encoding;
        const room = firstEnd - bytes;
        bytes += chunk.length;
        if (chunk.length >= room) {
          if (room > 0) yield chunk.subarray(0, room);
          return;
        }
        yield chunk;
      }
    })();
    const firstPartRead = (read: number): void => {
      firstRead = read;
      onBytes();
    };
    let first: { readonly summary: FeedSummary; readonly lineEnds: number };
    if (input === 'csv') {
      const outcome = await tallyCsvFile(tallier, file, firstPart, args.encoding, {
        headers: args.headers,
        skipRows: args.skipRows,
        onBytes: firstPartRead,
        locale: args.locale,
        onHeader: (header) => {
          // UTF-16 is transcoded: its byte offsets are not those of the text read.
          if (!encoding.startsWith('utf-16')) begin(header);
        },
      });
      if ('unusual' in outcome) return outcome;
      first = outcome;
    } else {
      const starting = (async function* (): AsyncGenerator<Uint8Array> {
        for await (const chunk of firstPart) {
          if (task === undefined && !encoding.startsWith('utf-16')) begin(null);
          yield chunk;
        }
      })();
      const outcome = await tallyNdjsonFile(tallier, file, starting, args.encoding, {
        onBytes: firstPartRead,
        locale: args.locale,
        asText: async (chunks) => feedNdjson(tallier, decodeStream(chunks, args.encoding, file, firstPartRead, args.locale)),
      });
      if ('unusual' in outcome) return outcome;
      first = { summary: outcome.summary, lineEnds: outcome.summary.lines };
    }
    if (task === undefined) return { unusual: 'no header in the first part' };
    timeline.part('main', 0, began, performance.timeOrigin + performance.now());
    // Then this thread reads parts too, as the workers do, till none is left; a part that cannot be
    // read (as when a worker fails) sends the file through one pass, which says why in its own words.
    try {
      await tallyClaimedParts(claims, cuts, task, (part) => got(part, 'main'));
    } catch (error) {
      return { unusual: `a part failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    const unusual = results.length === 0 ? undefined : await allRead;
    if (unusual !== undefined) return { unusual };
    timeline.mark('main', 'all parts read');
    const own = tallier.result();
    let groups = own.groups;
    const excluded = new Map<string, number>(own.excluded.map(({ status, count }) => [status, count]));
    let records = first.summary.records;
    let lines = first.summary.lines;
    let offset = first.lineEnds;
    for (const result of results) {
      if (result === undefined) return { unusual: 'a part not read' };
      if ('unusual' in result) return result;
      groups = mergeTallyGroups(groups, result.groups, args.by);
      for (const { status, count } of result.excluded) excluded.set(status, (excluded.get(status) ?? 0) + count);
      records += result.records;
      if (result.lastLine > 0) lines = input === 'csv' ? offset + result.lastLine : lines + result.lineEnds;
      else if (input === 'ndjson') lines += result.lineEnds;
      offset += result.lineEnds;
    }
    const excludedList: ExcludedCount[] = [...excluded].sort(([a], [b]) => (a < b ? -1 : 1)).map(([status, count]) => ({ status, count }));
    timeline.mark('main', 'merged');
    timeline.print();
    return {
      result: { groups, invalid: own.invalid, excluded: excludedList },
      summary: { ...first.summary, records, lines },
      parts: cuts.length - 1,
      threads: 1 + pool.workers.length,
    };
  } finally {
    Atomics.store(claims, PARTS_STOPPED, 1);
    for (const worker of pool.workers) void worker.terminate();
  }
}

/** The workers, started at once (before the header is known), each told of every part it reads and of its end. */
function startWorkers(
  count: number,
  claims: Int32Array,
  timeline: PartsTimeline,
  onPart: (part: ClaimedPart, thread: string) => void,
  onFailure: (why: string) => void,
): { readonly workers: readonly Worker[] } {
  const workers: Worker[] = [];
  const workerData: { readonly zwfwStatsParts: PartWorkerData } = { zwfwStatsParts: { claims: claims.buffer as SharedArrayBuffer } };
  for (let index = 0; index < count; index += 1) {
    const thread = `worker ${index + 1}`;
    timeline.mark(thread, 'started');
    // Run from source (.ts), the worker registers the TypeScript loader the command runs under first.
    const worker = PART_WORKER_URL.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(PART_WORKER_URL)}); })`, { eval: true, workerData })
      : new Worker(new URL(PART_WORKER_URL), { workerData });
    let done = false;
    worker.on('message', (message: PartWorkerMessage) => {
      if ('error' in message) onFailure(`a worker failed: ${message.error}`);
      else {
        timeline.thread(thread, message.loaded, message.busy, message.cpu);
        if ('part' in message) onPart(message.part, thread);
        else done = true;
      }
    });
    worker.once('error', (error) => onFailure(`a worker failed: ${error.message}`));
    worker.once('exit', () => {
      if (!done) onFailure('a worker stopped');
    });
    workers.push(worker);
  }
  return { workers };
}

/** The timeline of ZWFW_STATS_TRACE=parts: when each thread loaded, read each part, and was busy for how long. */
interface PartsTimeline {
  mark(thread: string, what: string): void;
  part(thread: string, index: number, began: number, ended: number): void;
  thread(thread: string, loaded: number, busy: number, cpu: readonly [number | undefined, number | undefined]): void;
  print(): void;
}

function partsTimeline(): PartsTimeline {
  if (process.env['ZWFW_STATS_TRACE'] !== 'parts') return { mark() {}, part() {}, thread() {}, print() {} };
  // Milliseconds since this process started.
  const at = (time: number): string => (time - performance.timeOrigin).toFixed(1).padStart(7);
  const now = (): number => performance.timeOrigin + performance.now();
  const lines: string[] = [];
  type Thread = { loaded: number; busy: number; parts: number; reading: number; cpu: readonly [number | undefined, number | undefined] };
  const threads = new Map<string, Thread>();
  const fresh: Thread = { loaded: 0, busy: 0, parts: 0, reading: 0, cpu: [undefined, undefined] };
  const busy0 = performance.eventLoopUtilization();
  const cpu0 = threadCpuTime();
  return {
    mark(thread, what) {
      lines.push(`${at(now())} ms ${thread}: ${what}`);
    },
    part(thread, index, began, ended) {
      lines.push(`${at(began)} … ${at(ended)} ms ${thread}: part ${index}`);
      const seen = threads.get(thread) ?? fresh;
      threads.set(thread, { ...seen, parts: seen.parts + 1, reading: seen.reading + ended - began });
    },
    thread(thread, loaded, busy, cpu) {
      const seen = threads.get(thread) ?? fresh;
      if (seen.loaded === 0) lines.push(`${at(loaded)} ms ${thread}: modules loaded (${cpu[0] ?? '?'} ms CPU)`);
      threads.set(thread, { ...seen, loaded, busy, cpu });
    },
    print() {
      threads.set('main', { ...(threads.get('main') ?? fresh), busy: performance.eventLoopUtilization(busy0).active, cpu: [cpu0, threadCpuTime()] });
      const sorted = lines.sort((a, b) => Number.parseFloat(a) - Number.parseFloat(b));
      for (const [thread, { busy, parts, reading, cpu }] of threads) {
        const used = cpu[0] === undefined || cpu[1] === undefined ? '' : `, ${cpu[1] - cpu[0]} ms CPU`;
        sorted.push(`${thread}: ${parts} parts, ${reading.toFixed(1)} ms reading them, ${busy.toFixed(1)} ms busy${used}`);
      }
      process.stderr.write(sorted.map((line) => `zwfw-stats: parts: ${line}\n`).join(''));
    },
  };
}

/**
 * Where `parts` parts of a file of `size` bytes begin, after the first: parts
 * that shrink from first to last, the first four times the size of the last,
 * so that the threads, which take them in turn, end within a small part of
 * each other with few parts in all.
 *
 * ```text
 * part i of n (from 0) has a share (4(n − 1) − 3i) / (5n(n − 1) / 2) of the bytes
 * ```
 */
function partStarts(size: number, parts: number): number[] {
  const weight = (index: number): number => 4 * (parts - 1) - 3 * index;
  const total = (5 * parts * (parts - 1)) / 2;
  const starts: number[] = [];
  let before = 0;
  for (let index = 0; index < parts - 1; index += 1) {
    before += weight(index);
    starts.push(Math.floor((size * before) / total));
  }
  return starts;
}

/** Where the file is cut: 0, then the byte after the first line end at or after each of partStarts, then its size (cuts that coincide are one). */
async function lineCuts(file: string, size: number, parts: number): Promise<number[]> {
  const cuts = [0];
  const handle = await open(file, 'r');
  try {
    const window = new Uint8Array(1 << 16);
    for (const target of partStarts(size, parts)) {
      let at = Math.max(target, cuts[cuts.length - 1] as number);
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
