// Mutation testing of all of src/ in parts that each keep their result, then one
// run over everything that reuses them (npm run mutation:parts).
//
// A full run (npm run mutation) writes nothing until it ends, and on this
// machine it takes many hours. Here each part runs on its own
// and writes reports/parts/<name>.json when it ends; a part whose file exists is
// skipped, so an interrupted run goes on where it stopped. The parts' results
// are then merged into reports/stryker-incremental.json and `stryker run` runs
// once over the whole of src/: it reruns only the mutants whose code or tests
// changed since their part ran, and its report and score (reports/mutation/)
// cover every mutant. That last run fails under the 90 % break, as the full
// run does.
//
//   node scripts/mutation-parts.mjs             run the missing parts, then the whole
//   node scripts/mutation-parts.mjs --rerun=a,b run parts a and b again first,
//                                               reusing their last results where
//                                               code and tests are unchanged
//   node scripts/mutation-parts.mjs --list      the parts and their files
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

// The tally engine's mutants run against its own unit and property tests only,
// not the whole-data tests (test/tally/agreement.test.ts, the CLI's tally tests,
// the bad-input matrix): with those, each surviving or slowed mutant runs ~2,500
// tests and the part takes many hours; without them, 104 min at one worker. Its score
// is then a lower bound: a mutant these tests miss counts as surviving even if
// a whole-data test would kill it. One more way it is low: with a list of test
// files, a static mutant (in code that runs when a module loads, such as the
// table of problem texts in readCaseRecord) reported Survived in every case
// seen (34 of 34), though a test run in a fresh process kills most of them.
// Without the list, static mutants are switched on as they should be (308 of
// 318 killed in the 'rest' part).
const TALLY_ENGINE_TESTS = [
  'test/tally/engine/IdSet.test.ts',
  'test/internal/parseIsoTimestamp.test.ts',
  'test/internal/parseIsoTimestamp.test-prop.ts',
  'test/tally/tallyCases.test.ts',
  'test/tally/tallyCases.test-prop.ts',
  'test/tally/tallyColumns.test.ts',
  'test/tally/rollupTallyGroups.test.ts',
  'test/tally/rollupTallyGroups.test-prop.ts',
  'test/tally/createTallier.test.ts',
  'test/tally/InvalidRecordError.test.ts',
  'test/tally/feedNdjson.test.ts',
  'test/tally/mergeTallies.test.ts',
  'test/tally/feedCsv.test.ts',
  'test/tally/engine/compareTallyKeys.test.ts',
  'test/tally/engine/readTallyPlan.test.ts',
  'test/tally/read/readCaseRecord.test.ts',
  'test/internal/readTimestamp.test.ts',
  'test/tally/engine/TallyAccumulator.test.ts',
  'test/tally/engine/TallyAccumulator.addBlock.test.ts',
];

const PARTS = {
  'tally-engine': {
    mutate: [
      'src/internal/parseIsoTimestamp.ts',
      'src/internal/readTimestamp.ts',
      'src/tally/engine/IdSet.ts',
      'src/tally/engine/compareTallyKeys.ts',
      'src/tally/engine/readDimensionList.ts',
      'src/tally/engine/readTallyPlan.ts',
      'src/tally/read/readCaseRecord.ts',
      'src/tally/engine/TallyAccumulator.ts',
      'src/tally/tallyCases.ts',
      'src/tally/tallyColumns.ts',
      'src/tally/rollupTallyGroups.ts',
    ],
    testFiles: TALLY_ENGINE_TESTS,
  },
  'tally-io': {
    mutate: [
      'src/tally/*.ts',
      'src/tally/read/decodeChunks.ts',
      'src/tally/engine/tallierAccumulator.ts',
      'src/cli/commands/tallyCommand.ts',
      'src/cli/read/jsonSyntaxError.ts',
    ],
  },
  'report-text': {
    mutate: [
      'src/report/render/render*.ts',
      'src/report/parse/problemsFromIssues.ts',
      'src/report/audit/auditUnit.ts',
      'src/report/audit/auditStreetOffices.ts',
    ],
  },
};

const { default: config } = await import('../stryker.config.mjs');
const names = [...Object.keys(PARTS), 'rest'];
// A part's own globs, less every earlier part's; 'rest' is what the config
// mutates that no part names.
function globs(name) {
  const earlier = names.slice(0, names.indexOf(name)).flatMap((other) => PARTS[other].mutate);
  const own = name === 'rest' ? config.mutate : PARTS[name].mutate;
  return [...own, ...earlier.map((glob) => `!${glob}`)];
}

const args = process.argv.slice(2);
const rerun = (args.find((arg) => arg.startsWith('--rerun='))?.slice('--rerun='.length).split(',') ?? []).filter(Boolean);
const unknown = rerun.filter((name) => !names.includes(name));
if (unknown.length > 0) {
  console.error(`mutation-parts: no part named ${unknown.join(', ')} (parts: ${names.join(', ')})`);
  process.exit(2);
}
if (args.includes('--list')) {
  for (const name of names) {
    const tests = PARTS[name]?.testFiles;
    console.log(`${name}: ${globs(name).join(' ')}${tests === undefined ? '' : `\n  tests: ${tests.join(' ')}`}`);
  }
  process.exit(0);
}

function stryker(extra) {
  return spawnSync('npx', ['stryker', 'run', ...extra], { stdio: 'inherit' }).status;
}

mkdirSync('reports/parts', { recursive: true });
for (const name of names) {
  const file = `reports/parts/${name}.json`;
  if (existsSync(file) && !rerun.includes(name)) {
    console.log(`mutation-parts: ${name} kept from ${file}`);
    continue;
  }
  console.log(`mutation-parts: ${name}`);
  // A part under 90 % exits 1; the whole run below is the one that decides.
  const tests = PARTS[name]?.testFiles;
  stryker([
    '--mutate', globs(name).join(','),
    ...(tests === undefined ? [] : ['--testFiles', tests.join(',')]),
    '--incrementalFile', file,
    '--tempDirName', `.stryker-tmp-${name}`,
  ]);
  if (!existsSync(file)) {
    console.error(`mutation-parts: part ${name} wrote no result; see the output above`);
    process.exit(1);
  }
}

// Merge: test ids differ from one part's run to the next, so each test is
// renumbered by its file and name, and each mutant by its place in the merge.
const merged = { files: {}, testFiles: {} };
const testIds = new Map();
let mutantId = 0;
for (const name of names) {
  const part = JSON.parse(readFileSync(`reports/parts/${name}.json`, 'utf8'));
  Object.assign(merged, { schemaVersion: part.schemaVersion, thresholds: part.thresholds, projectRoot: part.projectRoot });
  const ids = new Map();
  for (const [file, { tests, source }] of Object.entries(part.testFiles ?? {})) {
    const target = (merged.testFiles[file] ??= { tests: [], source });
    target.source = source;
    for (const test of tests) {
      const key = `${file}\u0000${test.name}`;
      if (!testIds.has(key)) {
        testIds.set(key, String(testIds.size));
        target.tests.push({ ...test, id: testIds.get(key) });
      }
      ids.set(test.id, testIds.get(key));
    }
  }
  const renumber = (list) => list?.map((id) => ids.get(id));
  for (const [file, result] of Object.entries(part.files)) {
    merged.files[file] = {
      ...result,
      // A static mutant (in code that runs when a module loads) is covered by no
      // test in particular, so an incremental run reuses its Survived status
      // even when new tests would kill it: 25 of the report text's were reused
      // so, and a fresh run killed all of them. Leaving out the static mutants
      // not killed makes the whole run test them again.
      mutants: result.mutants.filter((mutant) => !(mutant.static && mutant.status !== 'Killed')).map((mutant) => ({
        ...mutant,
        id: String(mutantId++),
        coveredBy: renumber(mutant.coveredBy),
        killedBy: renumber(mutant.killedBy),
      })),
    };
  }
}
writeFileSync(config.incrementalFile, JSON.stringify(merged));
console.log(`mutation-parts: ${mutantId} mutants of ${Object.keys(merged.files).length} files merged; the whole run follows`);
process.exit(stryker([]) ?? 1);
