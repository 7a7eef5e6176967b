// The long run of the random-input campaign (npm run fuzz): every property of
// test/fuzz/*.test-prop.ts for about ZWFW_FUZZ_MINUTES minutes in all (10 by
// default), with one seed for the run (ZWFW_FUZZ_SEED, or a fresh one).
//
// The files run side by side, one worker each, and each file's time is shared
// by the properties declared in it (test/fuzz/budget.ts): the properties stop on
// time rather than after a number of cases, so more workers than cores only
// means fewer cases each, not a longer run. Each property prints the number of
// cases it ran and the seed; a counterexample fails the run (exit status 1),
// printed with the seed and path that replay it.
//
//   npm run fuzz                                     the whole campaign, ~10 min
//   ZWFW_FUZZ_MINUTES=2 npm run fuzz                 a shorter run
//   ZWFW_FUZZ_SEED=123 npm run fuzz                  the run of seed 123 again
//   npm run fuzz -- test/fuzz/exports.test-prop.ts   one file, for the same time
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const minutes = Number(process.env.ZWFW_FUZZ_MINUTES ?? 10);
if (!(minutes > 0)) {
  console.error(`fuzz: ZWFW_FUZZ_MINUTES must be a positive number, got ${JSON.stringify(process.env.ZWFW_FUZZ_MINUTES)}`);
  process.exit(2);
}
const seed = process.env.ZWFW_FUZZ_SEED || String(Math.floor(Math.random() * 2 ** 31));
const given = process.argv.slice(2);
const files = given.length > 0 ? given : readdirSync('test/fuzz').filter((name) => name.endsWith('.test-prop.ts')).map((name) => `test/fuzz/${name}`);
// Vitest takes about half a minute to start and to collect the files on two busy cores.
const seconds = Math.max(10, Math.round(minutes * 60 - 30));

console.log(`fuzz: ${files.join(', ')} side by side, ${seconds} s each, seed ${seed} (ZWFW_FUZZ_SEED=${seed} npm run fuzz runs it again)`);
const run = spawnSync('npx', ['--no-install', 'vitest', 'run', '--project', 'unit', `--maxWorkers=${files.length}`, ...files], {
  stdio: 'inherit',
  // VITEST_MAX_WORKERS as well: the projects of vitest.config.ts take maxWorkers: 2 from it, which
  // --maxWorkers does not override, so that the files ran two at a time and the run took twice as long.
  env: { ...process.env, ZWFW_FUZZ_SECONDS: String(seconds), ZWFW_FUZZ_SEED: seed, VITEST_MAX_WORKERS: String(files.length) },
});
process.exit(run.status ?? 1);
