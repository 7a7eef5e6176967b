import { fc } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
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
 * file, shared equally by the properties written in it (see
 * {@link fuzzSeconds}), with the seed of that run (`ZWFW_FUZZ_SEED`, or a
 * fresh one). When it ends, each property prints its name, the number of
 * cases it ran and the seed; a counterexample fails the test, with the seed
 * and path that replay it. A counterexample found there is kept as a fixed
 * test beside the property.
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

/**
 * The seconds of one property in `npm run fuzz`, 0 in `npm test`: the file's
 * `ZWFW_FUZZ_SECONDS` divided by the number of `fuzzParameters(` calls
 * written in the test file being run (one per property: a property made in
 * a loop counts once, and gets the time of one). The files of the campaign
 * run side by side, so that the whole campaign takes `ZWFW_FUZZ_SECONDS`.
 */
export function fuzzSeconds(): number {
  const fileSeconds = Number(process.env['ZWFW_FUZZ_SECONDS'] ?? 0);
  if (!(fileSeconds > 0)) return 0;
  const { testPath } = expect.getState();
  const calls = testPath === undefined ? 1 : (readFileSync(testPath, 'utf8').match(/\bfuzzParameters\(/g) ?? []).length;
  return Math.max(1, Math.floor(fileSeconds / Math.max(1, calls)));
}

/** How long a campaign test may take: its time in `npm run fuzz`, plus a margin for shrinking; 60 s in `npm test`. */
export function fuzzTimeout(): number {
  const seconds = fuzzSeconds();
  return seconds > 0 ? seconds * 1000 + 120_000 : 60_000;
}
