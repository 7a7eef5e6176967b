// The worker of `zwfw-stats tally --jobs N`: tallies the part of the file it is given (tallyPart) and posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import { type PartTask, tallyPart } from './tallyPart.js';

tallyPart(workerData as PartTask).then(
  (result) => parentPort?.postMessage({ result }),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
);
