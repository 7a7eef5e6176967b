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
// `// Stryker disable next-line <mutator>: <reason>`. A mark disables every
// mutant of that mutator on the line, so a survivor that shares its line with
// a killed mutant of the same mutator is left unmarked. Those left in the last
// whole run, all equivalent (no result can show them):
// - src/tally/tallyColumns.ts and src/tally/engine/TallyAccumulator.ts: the
//   period filter before counting and the in-progress fast path (count()
//   checks each event against the period again; a record let through adds
//   nothing), the choice between the unit table and per-row units and the
//   department cache (the same units either way), one month counted the
//   by-month way (the same counts), the first array sizes (growth catches
//   up), an empty last block, an all-zero cell skipped or not, writes at
//   unit -1 or slot `months` (never read), a completedAt below -8.64e15
//   (refused by the next check), and the shape keeper (it only keeps the
//   loops optimized);
// - src/cli/read/jsonSyntaxError.ts: loop bounds one past the end (the character
//   there is undefined and matches nothing), the anchors of a 4-character \u test;
// - src/cli/commands/tallyCommand.ts: fallbacks of options that are given (input,
//   format), a block kind that writeBlocks treats as a table anyway, and the
//   head of a file kept a little longer than its first line;
// - src/tally/feedCsv.ts (itemTypeCode is always a string or absent),
//   src/tally/feedNdjson.ts (`from` is at least 1 there) and
//   src/tally/mergeTallyGroups.ts (a key would have to be "Stryker was here").

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
