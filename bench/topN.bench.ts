/**
 * A timing check run by hand, not a unit test:
 *
 *   node --expose-gc --single-threaded-gc --import tsx bench/topN.bench.ts
 *
 * Compares topN (n = 10, 1,000,000 items with duplicate scores) with sorting a
 * copy and with d3-array's quickselect followed by a sort of the top slice.
 * Prints the median time of each over alternating runs, after a few untimed
 * warm-up runs (gc() before each timed run), and the ratios. The items are
 * random, fictional units.
 */
import { quickselect } from 'd3-array';
import { topN } from '../src/ranking/topN.js';
import { random } from './generate.js';

interface Unit {
  readonly id: number;
  readonly accepted: number;
}

const ITEMS = 1_000_000;
const N = 10;
const WARMUP_ROUNDS = 4;
const ROUNDS = 11;

if (typeof gc !== 'function') {
  throw new Error('run with node --expose-gc');
}
const collect: () => void = gc;


const next = random(20190131);
// Scores 0..99,999: about ten items per score, so the top ten holds duplicates now and then.
const units: Unit[] = Array.from({ length: ITEMS }, (_, id) => ({ id, accepted: Math.floor(next() * 100_000) }));

const byAccepted = (unit: Unit): number => unit.accepted;
const descending = (a: Unit, b: Unit): number => b.accepted - a.accepted;

// @types/d3-array types the comparator for primitives only; d3 itself accepts any comparator.
const quickselectCompare = descending as unknown as Parameters<typeof quickselect<Unit>>[4];

const contenders: Record<string, () => readonly Unit[]> = {
  topN: () => topN(units, N, { by: byAccepted, ties: 'cut' }).map((entry) => entry.item),
  // The default ties 'keep' (may return more than N items when the N-th value is tied).
  topNKeep: () => topN(units, N, { by: byAccepted }).map((entry) => entry.item),
  sortCopy: () => [...units].sort(descending).slice(0, N),
  d3QuickselectSort: () => {
    const copy = units.slice();
    quickselect(copy, N - 1, 0, copy.length - 1, quickselectCompare);
    return copy.slice(0, N).sort(descending);
  },
};

// All three must agree on the top values before any timing counts.
const reference = contenders.sortCopy!().map(byAccepted).join();
for (const [name, run] of Object.entries(contenders)) {
  const got = run().slice(0, N).map(byAccepted).join();
  if (got !== reference) throw new Error(`${name} disagrees: ${got} vs ${reference}`);
}

const times: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
let sink = 0;
// Warm-up rounds (not timed) let the JIT settle, so that the median is steady-state.
for (let round = 0; round < WARMUP_ROUNDS; round++) {
  for (const run of Object.values(contenders)) sink += run().length;
}
for (let round = 0; round < ROUNDS; round++) {
  // Alternate the order so that no contender always runs after the same one.
  const names = Object.keys(contenders);
  if (round % 2 === 1) names.reverse();
  for (const name of names) {
    collect();
    const start = process.hrtime.bigint();
    sink += contenders[name]!().length;
    times[name]!.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
};
const medians = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));

console.log(`${ITEMS} items, n = ${N}, ${ROUNDS} alternating rounds after ${WARMUP_ROUNDS} warm-up, node ${process.version} (checksum ${sink})`);
for (const [name, ms] of Object.entries(medians)) console.log(`${name.padEnd(18)} median ${ms.toFixed(2)} ms`);
for (const name of ['topN', 'topNKeep']) {
  console.log(`sort a copy / ${name}: ${(medians.sortCopy! / medians[name]!).toFixed(1)}x`);
  console.log(`d3 quickselect + sort / ${name}: ${(medians.d3QuickselectSort! / medians[name]!).toFixed(1)}x`);
}
