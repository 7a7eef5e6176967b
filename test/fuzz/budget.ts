import type { fc } from '@fast-check/vitest';

/**
 * The run parameters of one property of the random-input campaign
 * (`test/fuzz/`, and the campaign properties elsewhere that import this).
 *
 * In `npm test`: a fixed seed per property (derived from its name, so that
 * adding a property does not change the inputs of another) and `runs` cases,
 * so that every run tries the same inputs and a failure reproduces.
 *
 * In `npm run fuzz`: `ZWFW_FUZZ_SECONDS` seconds per property, with a seed of
 * that run (printed by fast-check with any counterexample: rerun with
 * `ZWFW_FUZZ_SEED=<seed>`). A counterexample found there is kept as a fixed
 * test beside the property.
 */
export function fuzzParameters(name: string, runs: number): fc.Parameters<unknown> {
  const seconds = Number(process.env['ZWFW_FUZZ_SECONDS'] ?? 0);
  const seedText = process.env['ZWFW_FUZZ_SEED'];
  if (seconds > 0) {
    return {
      seed: seedText === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(seedText),
      numRuns: 1_000_000_000,
      interruptAfterTimeLimit: seconds * 1000,
      markInterruptAsFailure: false,
    };
  }
  let seed = 20190220;
  for (const char of name) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return { seed, numRuns: runs };
}

/** How long a campaign test may take: its time budget in `npm run fuzz`, plus a margin; 60 s in `npm test`. */
export function fuzzTimeout(): number {
  const seconds = Number(process.env['ZWFW_FUZZ_SECONDS'] ?? 0);
  return seconds > 0 ? seconds * 1000 + 120_000 : 60_000;
}
