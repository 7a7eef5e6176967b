import { type PartResult, type PartTask, tallyPart } from './tallyPart.js';

/** What every part of a file shares: the task of tallyPart without the part's bytes. */
export type PartsTask = Omit<PartTask, 'start' | 'end'>;

/** A part read by a thread: which, its result, and when it was begun and done (milliseconds since the Unix epoch, for the timeline). */
export interface ClaimedPart {
  readonly index: number;
  readonly result: PartResult;
  readonly began: number;
  readonly ended: number;
}

/** The cells of the shared claims: the next part to claim, and 1 once a part was unusual (no more are claimed). */
export const NEXT_PART = 0;
export const PARTS_STOPPED = 1;

/**
 * Reads parts of a file, one after another, on the thread that calls it
 * (the main thread once it has read the first part, or a worker): each
 * claimed from `claims` (shared by all the threads, so that a thread that
 * started late or reads slowly takes fewer), until none is left or a part
 * is unusual. Part `index` is the bytes from `cuts[index]` to
 * `cuts[index + 1]`; `done` is called with each part as it is read.
 */
export async function tallyClaimedParts(
  claims: Int32Array,
  cuts: readonly number[],
  task: PartsTask,
  done: (part: ClaimedPart) => void,
): Promise<void> {
  while (Atomics.load(claims, PARTS_STOPPED) === 0) {
    const index = Atomics.add(claims, NEXT_PART, 1);
    if (index >= cuts.length - 1) return;
    const began = performance.timeOrigin + performance.now();
    const result = await tallyPart({ ...task, start: cuts[index] as number, end: cuts[index + 1] as number });
    if ('unusual' in result) Atomics.store(claims, PARTS_STOPPED, 1);
    done({ index, result, began, ended: performance.timeOrigin + performance.now() });
  }
}
