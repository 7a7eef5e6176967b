import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { threadCpuTime } from './threadCpuTime.js';
import { type ClaimedPart, type PartsTask, tallyClaimedParts } from './tallyClaimedParts.js';

/**
 * The module a worker of `tally --jobs` runs: this one, wherever a bundler
 * puts it (its own module graph is only what a part needs: the tallier and
 * the byte readers, not the command). Started before the file's header is
 * known, it waits for the task, then reads parts as tallyClaimedParts
 * claims them, posting each; then `done`.
 */
export const PART_WORKER_URL: string = import.meta.url;

/** What a worker is started with. */
export interface PartWorkerData {
  /** The claims shared by every thread reading the file (tallyClaimedParts). */
  readonly claims: SharedArrayBuffer;
}

/** What the main thread sends a worker once the header is known. */
export interface PartWorkerTask {
  readonly task: PartsTask;
  readonly cuts: readonly number[];
}

/** What a worker posts: each part it read, `done` when none is left, or why it failed. */
export type PartWorkerMessage =
  | { readonly part: ClaimedPart; readonly loaded: number; readonly busy: number; readonly cpu: readonly [loaded: number | undefined, now: number | undefined] }
  | { readonly done: true; readonly loaded: number; readonly busy: number; readonly cpu: readonly [loaded: number | undefined, now: number | undefined] }
  | { readonly error: string };

const started = isMainThread ? undefined : (workerData as { readonly zwfwStatsParts?: PartWorkerData } | null)?.zwfwStatsParts;
if (started !== undefined && parentPort !== null) {
  const port = parentPort;
  // When the module graph was loaded (the timeline of ZWFW_STATS_TRACE=parts), the thread's busy time and CPU time so far.
  const loaded = performance.timeOrigin + performance.now();
  const busy = (): number => performance.eventLoopUtilization().active;
  const traced = process.env['ZWFW_STATS_TRACE'] === 'parts';
  const cpu = (): number | undefined => (traced ? threadCpuTime() : undefined);
  const loadedCpu = cpu();
  port.once('message', ({ task, cuts }: PartWorkerTask) => {
    tallyClaimedParts(new Int32Array(started.claims), cuts, task, (part) => port.postMessage({ part, loaded, busy: busy(), cpu: [loadedCpu, cpu()] } satisfies PartWorkerMessage)).then(
      () => port.postMessage({ done: true, loaded, busy: busy(), cpu: [loadedCpu, cpu()] } satisfies PartWorkerMessage),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) } satisfies PartWorkerMessage),
    );
  });
}
