/**
 * `npm run bench`: zwfw-stats against d3-array, arquero and DuckDB on
 * generated case records (seeded, so every run sees the same data), then the
 * 10-million-record streaming memory check and the topN check. Writes
 * bench/RESULTS.md.
 *
 *   node --expose-gc --single-threaded-gc --max-old-space-size=16384 --import tsx bench/run.ts [--sizes=1e6,1e7] [--runs=7] [--skip-stream]
 *
 * (`npm run bench -- --runs=5` passes options through.) Needs about 10 GB of RAM at 1e7.
 *
 * Protocol: one process; every engine's tallies are checked equal to
 * tallyCases before any time is taken; then rounds that alternate the
 * engines (order reversed every other round), each timed run after gc() and
 * a 50 ms pause. Medians, and the best run for the peers' ratios.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  rollupTallyGroups,
  tallyCases,
  tallyColumns,
  toColumns,
  type CaseColumns,
  type CaseRecord,
  type TallyResult,
} from '../src/index.js';
import { handTallyColumns, handTallyObjects } from './baseline.js';
import { generateRecords, withIsoTimes } from './generate.js';
import { keepSections } from './keepSections.js';
import {
  arqueroTable,
  arqueroTally,
  canonicalFromResult,
  compareCanonical,
  d3Tally,
  duckdbLoad,
  duckdbTally,
  duckdbTallyBoth,
  type Canonical,
  type Grouping,
} from './peers.js';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench does)');
const collect = globalThis.gc as () => void;

const argument = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZES = argument('sizes', '1e6,1e7').split(',').map(Number);
const RUNS = Number(argument('runs', '7'));
const PERIOD = '2019-06' as const;
// 2019-06 in China Standard Time, as epoch ms: what the peers filter on.
const START = Date.UTC(2019, 5, 1) - 8 * 3_600_000;
const END = Date.UTC(2019, 6, 1) - 8 * 3_600_000;
/** d3-array over ISO strings (Date.parse per timestamp) is timed up to this size only: it is slow. */
const D3_ISO_MAX = 1e6;
const GROUPINGS: Grouping[] = ['departmentCategory', 'streetOffice'];
const BY = { departmentCategory: ['department', 'category'], streetOffice: 'streetOffice' } as const;
/** One pass for both groupings: the finest grouping, rolled up to each of the two. */
const FINEST = ['department', 'category', 'streetOffice'] as const;
const bothFrom = (result: TallyResult) => ({
  departmentCategory: rollupTallyGroups(result.groups, BY.departmentCategory),
  streetOffice: rollupTallyGroups(result.groups, BY.streetOffice),
});

const ONE_PASS = {
  objects: 'tallyCases one pass + rollupTallyGroups, objects, epoch ms',
  objectsNoCheck: 'tallyCases one pass + rollupTallyGroups, objects, epoch ms, checkDuplicateIds: false',
  iso: 'tallyCases one pass + rollupTallyGroups, objects, ISO strings',
  columns: 'tallyColumns one pass + rollupTallyGroups',
} as const;
const HAND = {
  objects: 'hand-written loop, no checks (bench/baseline.ts), objects, epoch ms',
  columns: 'hand-written loop, no checks (bench/baseline.ts), columns',
} as const;

const gcEvents: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcEvents.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });

interface Sample {
  ms: number;
  heapGrowth: number;
  gcPauses: number;
}
interface Task {
  name: string;
  engine: string;
  grouping: Grouping | 'both';
  run: () => unknown;
  samples: Sample[];
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 === 1
    ? (sorted[sorted.length >> 1] as number)
    : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
};
const best = (values: readonly number[]) => Math.min(...values);
const log = (...parts: unknown[]) => console.error(new Date().toISOString().slice(11, 19), ...parts);

async function measure(task: Task): Promise<void> {
  collect();
  await sleep(50);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  await task.run();
  const ended = performance.now();
  const heapAfter = process.memoryUsage().heapUsed;
  await sleep(0); // let the gc observer report
  const gcPauses = gcEvents.filter((event) => event.start >= started && event.start <= ended).length;
  task.samples.push({ ms: ended - started, heapGrowth: heapAfter - heapBefore, gcPauses });
}

function check(name: string, expected: Canonical, actual: Canonical): void {
  const difference = compareCanonical(expected, actual);
  if (difference !== null) throw new Error(`${name} disagrees with tallyCases: ${difference}`);
}

interface SizeReport {
  size: number;
  tasks: Task[];
  loads: { name: string; ms: number }[];
  generation: Record<string, number>;
}

async function benchmarkSize(size: number): Promise<SizeReport> {
  const generation: Record<string, number> = {};
  let clock = performance.now();
  const records = generateRecords(size);
  generation['objects (epoch ms)'] = performance.now() - clock;
  clock = performance.now();
  const isoRecords: CaseRecord[] | null = withIsoTimes(records);
  generation['objects (ISO strings)'] = performance.now() - clock;
  clock = performance.now();
  const columns: CaseColumns = toColumns(records);
  generation['toColumns'] = performance.now() - clock;
  clock = performance.now();
  const table = arqueroTable(columns);
  generation['arquero table'] = performance.now() - clock;
  log(`size ${size}: data ready`, generation);

  const loads: { name: string; ms: number }[] = [];
  const duck: Record<number, Awaited<ReturnType<typeof duckdbLoad>>> = {};
  for (const threads of [1, 2]) {
    clock = performance.now();
    duck[threads] = await duckdbLoad(columns, threads);
    loads.push({ name: `DuckDB load (${threads} thread${threads === 1 ? '' : 's'})`, ms: performance.now() - clock });
  }
  log('DuckDB loaded', loads);

  const options = (grouping: Grouping) => ({ period: PERIOD, by: BY[grouping] }) as const;
  const tasks: Task[] = [];
  const add = (engine: string, grouping: Grouping | 'both', run: () => unknown) =>
    tasks.push({ name: `${engine} · ${grouping}`, engine, grouping, run, samples: [] });

  // Equality first: every engine against tallyCases, for both groupings.
  for (const grouping of GROUPINGS) {
    const expected = canonicalFromResult(tallyCases(records, options(grouping)));
    check('tallyCases (no duplicate check)', expected, canonicalFromResult(tallyCases(records, { ...options(grouping), checkDuplicateIds: false })));
    check('tallyCases (ISO strings)', expected, canonicalFromResult(tallyCases(isoRecords, options(grouping))));
    check('tallyColumns', expected, canonicalFromResult(tallyColumns(columns, options(grouping))));
    check('d3-array', expected, d3Tally(records, START, END, grouping));
    if (size <= D3_ISO_MAX) check('d3-array (ISO strings)', expected, d3Tally(isoRecords, START, END, grouping));
    check('arquero', expected, arqueroTally(table, START, END, grouping));
    for (const threads of [1, 2]) check(`DuckDB ${threads}`, expected, await duckdbTally(duck[threads]!, columns, START, END, grouping));
    check('DuckDB GROUPING SETS', expected, (await duckdbTallyBoth(duck[2]!, columns, START, END))[grouping]);
    check('hand-written loop, objects', expected, handTallyObjects(records, START, END, grouping));
    check('hand-written loop, columns', expected, handTallyColumns(columns, START, END, grouping));
    const finest = { period: PERIOD, by: FINEST } as const;
    check('tallyCases one pass + rollupTallyGroups', expected, canonicalFromResult({ groups: bothFrom(tallyCases(records, finest))[grouping], invalid: [], excluded: [] }));
    check('tallyCases one pass (ISO) + rollupTallyGroups', expected, canonicalFromResult({ groups: bothFrom(tallyCases(isoRecords, finest))[grouping], invalid: [], excluded: [] }));
    check('tallyColumns one pass + rollupTallyGroups', expected, canonicalFromResult({ groups: bothFrom(tallyColumns(columns, finest))[grouping], invalid: [], excluded: [] }));
  }
  log('all engines agree');

  for (const grouping of GROUPINGS) {
    add('tallyCases, objects, epoch ms', grouping, () => tallyCases(records, options(grouping)));
    add('tallyCases, objects, epoch ms, checkDuplicateIds: false', grouping, () =>
      tallyCases(records, { ...options(grouping), checkDuplicateIds: false }),
    );
    add('tallyCases, objects, ISO strings', grouping, () => tallyCases(isoRecords, options(grouping)));
    add('tallyColumns', grouping, () => tallyColumns(columns, options(grouping)));
    add('d3-array rollup', grouping, () => d3Tally(records, START, END, grouping));
    if (size <= D3_ISO_MAX) add('d3-array rollup, ISO strings (Date.parse)', grouping, () => d3Tally(isoRecords, START, END, grouping));
    add('arquero groupby + rollup', grouping, () => arqueroTally(table, START, END, grouping));
    add('DuckDB query, 1 thread', grouping, () => duckdbTally(duck[1]!, columns, START, END, grouping));
    add('DuckDB query, 2 threads', grouping, () => duckdbTally(duck[2]!, columns, START, END, grouping));
  }
  add('DuckDB GROUPING SETS, 2 threads', 'both', () => duckdbTallyBoth(duck[2]!, columns, START, END));
  const finest = { period: PERIOD, by: FINEST } as const;
  add(ONE_PASS.objects, 'both', () => bothFrom(tallyCases(records, finest)));
  add(ONE_PASS.objectsNoCheck, 'both', () => bothFrom(tallyCases(records, { ...finest, checkDuplicateIds: false })));
  add(ONE_PASS.iso, 'both', () => bothFrom(tallyCases(isoRecords, finest)));
  add(ONE_PASS.columns, 'both', () => bothFrom(tallyColumns(columns, finest)));
  for (const grouping of GROUPINGS) {
    add(HAND.objects, grouping, () => handTallyObjects(records, START, END, grouping));
    add(HAND.columns, grouping, () => handTallyColumns(columns, START, END, grouping));
  }

  for (const task of tasks) await task.run(); // warm-up, untimed
  for (let round = 0; round < RUNS; round += 1) {
    const order = round % 2 === 0 ? tasks : [...tasks].reverse();
    for (const task of order) await measure(task);
    log(`round ${round + 1}/${RUNS} done`);
  }
  for (const threads of [1, 2]) duck[threads]!.closeSync();
  return { size, tasks, loads, generation };
}

const cell = (value: number, digits = 1) => value.toFixed(digits);
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(2);

function sizeSection(report: SizeReport): { markdown: string; ratios: string } {
  const { size, tasks, loads, generation } = report;
  const lines = [
    `### ${size.toExponential(0).replace('+', '')} records (${size.toLocaleString('en')})`,
    '',
    'Median and best of the timed runs, per grouping (one month, 2019-06). M rec/s = records / median. Heap growth: median of heapUsed after − before (no gc() in between); GC: collections during the run, summed over the runs.',
    '',
    '| engine | grouping | median ms | best ms | M rec/s | heap growth MB | GC during runs |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const task of tasks) {
    const times = task.samples.map((sample) => sample.ms);
    lines.push(
      `| ${task.engine} | ${task.grouping === 'departmentCategory' ? 'department × category' : task.grouping === 'streetOffice' ? 'street office' : 'both (one pass)'} | ${cell(median(times))} | ${cell(best(times))} | ${cell(size / median(times) / 1000)} | ${mb(median(task.samples.map((s) => s.heapGrowth)))} | ${task.samples.reduce((sum, s) => sum + s.gcPauses, 0)} |`,
    );
  }
  lines.push('', 'Setup (not in the timings): ' + [...Object.entries(generation), ...loads.map((load) => [load.name, load.ms] as const)].map(([name, ms]) => `${name} ${cell(ms as number, 0)} ms`).join('; ') + '.', '');

  // Both groupings: sum of the two medians (ours), sum of the two best runs (peers: "compare with its best").
  const total = (engine: string, pick: (values: number[]) => number) =>
    GROUPINGS.reduce((sum, grouping) => sum + pick(tasks.find((t) => t.engine === engine && t.grouping === grouping)!.samples.map((s) => s.ms)), 0);
  const one = (engine: string, pick: (values: number[]) => number) =>
    pick(tasks.find((t) => t.engine === engine && t.grouping === 'both')!.samples.map((s) => s.ms));
  const objects = total('tallyCases, objects, epoch ms', median);
  const objectsNoCheck = total('tallyCases, objects, epoch ms, checkDuplicateIds: false', median);
  const iso = total('tallyCases, objects, ISO strings', median);
  const cols = total('tallyColumns', median);
  const objectsOne = one(ONE_PASS.objects, median);
  const objectsNoCheckOne = one(ONE_PASS.objectsNoCheck, median);
  const isoOne = one(ONE_PASS.iso, median);
  const colsOne = one(ONE_PASS.columns, median);
  const handObjects = total(HAND.objects, median);
  const handColumns = total(HAND.columns, median);
  const d3 = total('d3-array rollup', best);
  const arquero = total('arquero groupby + rollup', best);
  const bestJs = Math.min(d3, arquero);
  const d3Iso = tasks.some((t) => t.engine.startsWith('d3-array rollup, ISO')) ? total('d3-array rollup, ISO strings (Date.parse)', best) : null;
  const duckSeparate = total('DuckDB query, 2 threads', best);
  const duckSets = one('DuckDB GROUPING SETS, 2 threads', best);
  const duckBest = Math.min(duckSeparate, duckSets);
  // The query itself; the one-pass rows also build 1,040 fine groups and two rollups (per group, not per record).
  const columnTasks = tasks.filter((t) => t.engine === 'tallyColumns');
  const maxHeap = Math.max(...columnTasks.flatMap((t) => t.samples.map((s) => s.heapGrowth)));
  const columnGcs = columnTasks.reduce((sum, t) => sum + t.samples.reduce((acc, s) => acc + s.gcPauses, 0), 0);
  const verdict = (ok: boolean) => (ok ? '**met**' : '**missed**');
  const times = (peer: number, ours: number) => `${cell(peer / ours, 2)}× (${cell(ours)} ms)`;
  const rate = (ms: number) => `${cell((2 * size) / ms / 1000)}M`;
  const ratios = [
    `#### Targets at ${size.toLocaleString('en')} records`,
    '',
    'Both tallies (department × category, street office) in full. "Two passes": one call per grouping, the sum of the two medians. "One pass": one call grouped by department × category × street office, then `rollupTallyGroups` to each of the two (median, rollups included). The peers: the sum of their two best runs (d3-array and arquero, one call per grouping); DuckDB: its best 2-thread time, two queries or one GROUPING SETS query. The JS-peer targets are judged like for like on two passes; the DuckDB targets on one scan against one scan.',
    '',
    `Best JS peer: ${d3 <= arquero ? 'd3-array' : 'arquero'} ${cell(bestJs)} ms (d3-array ${cell(d3)} ms, arquero ${cell(arquero)} ms). DuckDB best 2-thread: ${cell(duckBest)} ms (${duckSets <= duckSeparate ? 'GROUPING SETS' : 'two queries'}; two queries ${cell(duckSeparate)} ms, GROUPING SETS ${cell(duckSets)} ms).`,
    '',
    `Hand-written loops with no checks (bench/baseline.ts), two passes: objects ${cell(handObjects)} ms (${rate(handObjects)} records/s per pass), columns ${cell(handColumns)} ms (${rate(handColumns)}/s). tallyCases takes ${cell(objects / handObjects, 2)}× the objects loop's time (${cell(objectsNoCheck / handObjects, 2)}× without the duplicate-id check), tallyColumns ${cell(cols / handColumns, 2)}× the columns loop's.`,
    '',
    '| target | two passes | one pass | verdict |',
    '|---|---|---|---|',
    `| objects, epoch ms ≥ 3× best JS peer | ${times(bestJs, objects)}; no duplicate check ${times(bestJs, objectsNoCheck)} | ${times(bestJs, objectsOne)}; no duplicate check ${times(bestJs, objectsNoCheckOne)} | ${verdict(bestJs / objects >= 3)} on two passes (one pass: ${verdict(bestJs / objectsOne >= 3)}) |`,
    `| objects, epoch ms within 1.5× of DuckDB's best 2-thread query | ${cell(objects / duckBest, 2)}× DuckDB's time | ${cell(objectsOne / duckBest, 2)}× (no duplicate check ${cell(objectsNoCheckOne / duckBest, 2)}×) | ${verdict(objectsOne <= 1.5 * duckBest)} on one pass |`,
    `| objects, ISO strings ≥ 2× best JS peer (peer on epoch ms) | ${times(bestJs, iso)}${d3Iso === null ? '' : `; against d3-array on the same ISO strings (Date.parse): ${cell(d3Iso / iso, 2)}×`} | ${times(bestJs, isoOne)} | ${verdict(bestJs / iso >= 2)} on two passes (one pass: ${verdict(bestJs / isoOne >= 2)}) |`,
    `| columns ≥ 6× best JS peer | ${times(bestJs, cols)} | ${times(bestJs, colsOne)} | ${verdict(bestJs / cols >= 6)} on two passes (one pass: ${verdict(bestJs / colsOne >= 6)}) |`,
    `| columns faster than DuckDB's best 2-thread query | ${cell(duckBest / cols, 2)}× DuckDB's speed | ${cell(duckBest / colsOne, 2)}× | ${verdict(colsOne < duckBest)} on one pass |`,
    `| columnar query: heap growth < 1 MB, no GC | max growth ${mb(maxHeap)} MB, ${columnGcs} GC in ${columnTasks.reduce((n, t) => n + t.samples.length, 0)} runs | | ${verdict(maxHeap < 1_048_576 && columnGcs === 0)} |`,
    '',
  ];
  return { markdown: lines.join('\n'), ratios: ratios.join('\n') };
}

function runChild(args: string[], extraNodeFlags: string[] = []): string {
  return execFileSync(process.execPath, [...extraNodeFlags, '--import', 'tsx', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
}

const startedAt = new Date();
const loadBefore = os.loadavg();
const sections: string[] = [];
for (const size of SIZES) {
  const report = await benchmarkSize(size);
  const { markdown, ratios } = sizeSection(report);
  sections.push(markdown, ratios);
  collect();
}
const peakRss = process.resourceUsage().maxRSS * 1024;
const loadAfter = os.loadavg();

log('streaming check');
const streaming = process.argv.includes('--skip-stream') ? '(skipped)' : runChild(['bench/stream.ts']).trim();
log('topN check');
const topN = runChild(['bench/topN.bench.ts'], ['--expose-gc', '--single-threaded-gc']).trim();

const cpus = os.cpus();
const results = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${startedAt.toISOString()}.

- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores (os.cpus()); ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM
- Node ${process.version} on ${os.platform()} ${os.release()}; flags: ${process.execArgv.join(' ')}
- Load average (1, 5, 15 min) before: ${loadBefore.map((value) => value.toFixed(2)).join(', ')}; after: ${loadAfter.map((value) => value.toFixed(2)).join(', ')}. The machine is shared: other processes running at the same time make timings noisy.
- Data: generated, seeded (bench/generate.ts): one year (2019) of cases, 40 departments (two named \`__proto__\` and \`constructor\`), 12 street offices (none for ~60 %), ~0.5 % still open, ~15 % 即办件 without a deadline; ISO strings written with +08:00, Z, +09:00 and −05:00. Query: the month 2019-06 (UTC+8), grouped by department × category and by street office, all five counts.
- Protocol: one process, every engine checked equal to tallyCases on both groupings before any timing; one untimed warm-up; then ${RUNS} rounds alternating the engines (order reversed every other round), each run after gc() and a 50 ms pause. DuckDB: in-memory, loaded through the appender (load time reported apart), counts cast to INT in SQL.
- Peak RSS of the benchmark process (all data sets and engines resident): ${mb(peakRss)} MB.

${readFileSync(new URL('./notes.md', import.meta.url), 'utf8').trim()}

## Tallies
${sections.join('\n')}
## Streaming 10 million records

${streaming}

## topN (bench/topN.bench.ts)

\`\`\`text
${topN}
\`\`\`
`;
// The sections other scripts write (bench:sql, bench:xlsx, bench:wall-clock) are kept.
const resultsPath = new URL('./RESULTS.md', import.meta.url);
writeFileSync(resultsPath, keepSections(results, existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : ''));
log('wrote bench/RESULTS.md');
