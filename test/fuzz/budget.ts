import { fc } from '@fast-check/vitest';
import { expect } from 'vitest';

/**
 * The run parameters of one property of the random-input campaign
 * (`test/fuzz/`, and the campaign properties elsewhere that import this).
 *
 * In `npm test`: a fixed seed per property (derived from its name, so that
 * adding a property does not change the inputs of another) and `runs` cases,
 * so that every run tries the same inputs and a failure reproduces.
 *
 * In `npm run fuzz` (scripts/fuzz.mjs): `ZWFW_FUZZ_SECONDS` seconds per test
 * file, shared equally by the properties declared in it (each gives
 * {@link fuzzTimeout} as its timeout; see {@link fuzzSeconds}), with the seed
 * of that run (`ZWFW_FUZZ_SEED`, or a fresh one). When it ends, each property
 * prints its name, the number of cases it ran and the seed; a counterexample
 * fails the test, with the seed and path that replay it. A counterexample
 * found there is kept as a fixed test beside the property.
 */
export function fuzzParameters(name: string, runs: number): fc.Parameters<unknown> {
  const seconds = fuzzSeconds();
  const seedText = process.env['ZWFW_FUZZ_SEED'];
  if (seconds > 0) {
    return {
      seed: seedText === undefined || seedText === '' ? Math.floor(Math.random() * 2 ** 31) : Number(seedText),
      numRuns: 1_000_000_000,
      interruptAfterTimeLimit: seconds * 1000,
      markInterruptAsFailure: false,
      reporter: (details) => {
        const outcome = details.failed ? `a counterexample, shrunk ${details.numShrinks} times` : 'no counterexample';
        console.log(`fuzz: ${name}: ${details.numRuns} cases in ${seconds} s, seed ${details.seed}: ${outcome}`);
        if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
      },
    };
  }
  let seed = 20190220;
  for (const char of name) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return { seed, numRuns: runs };
}

/** The properties declared in each test file: each passes {@link fuzzTimeout} as its timeout, which counts it. */
const declared = new Map<string, number>();

/** The seconds of `npm run fuzz` per test file (`ZWFW_FUZZ_SECONDS`), 0 in `npm test`. */
function fileSeconds(): number {
  const seconds = Number(process.env['ZWFW_FUZZ_SECONDS'] ?? 0);
  return seconds > 0 ? seconds : 0;
}

/**
 * The seconds of one property in `npm run fuzz`, 0 in `npm test`: the file's
 * `ZWFW_FUZZ_SECONDS` divided by the number of properties declared in the
 * test file being run, as {@link fuzzTimeout} counted them while the file was
 * collected (a property made in a loop, or by a helper, counts each time).
 * The files of the campaign run side by side, so that the whole campaign
 * takes `ZWFW_FUZZ_SECONDS`.
 */
export function fuzzSeconds(): number {
  const seconds = fileSeconds();
  if (seconds === 0) return 0;
  const properties = declared.get(expect.getState().testPath ?? '') ?? 1;
  return Math.max(1, Math.floor(seconds / properties));
}

/**
 * How long a campaign test may take, given as its timeout when it is declared
 * (which counts it among its file's properties, see {@link fuzzSeconds}): in
 * `npm run fuzz`, its file's time (at most, as the file's properties share it)
 * plus a margin for shrinking; 60 s in `npm test`.
 */
export function fuzzTimeout(): number {
  const seconds = fileSeconds();
  if (seconds === 0) return 60_000;
  const path = expect.getState().testPath ?? '';
  declared.set(path, (declared.get(path) ?? 0) + 1);
  return seconds * 1000 + 120_000;
}
