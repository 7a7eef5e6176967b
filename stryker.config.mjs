// Mutation testing: npm run mutation. The score must stay at 90 % or more
// (thresholds.break); the HTML report is written to reports/mutation/.
//
// Every file of src/ is mutated except:
// - the barrels (src/index.ts, src/core.ts, src/schemas.ts, src/node.ts): only re-exports;
// - the command line's I/O glue, tested as a child process rather than in
//   process: src/cli/main.ts (process wiring) and src/cli/CliIo.ts (the real
//   streams and file system behind the CliIo interface). The rest of src/cli
//   runs in process against a fake CliIo and is mutated like any other code.
//
// Survivors that cannot be killed are marked at their line with
// `// Stryker disable next-line <mutator>: <reason>`.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/**/*.ts',
    '!src/index.ts',
    '!src/core.ts',
    '!src/schemas.ts',
    '!src/node.ts',
    '!src/cli/main.ts',
    '!src/cli/CliIo.ts',
  ],
  coverageAnalysis: 'perTest',
  thresholds: { high: 95, low: 90, break: 90 },
  // The machine and CI have two cores.
  concurrency: 2,
  // Reuses the results of the last run for unchanged code and tests
  // (reports/ is not committed, so CI always runs in full). `--force` reruns all.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
