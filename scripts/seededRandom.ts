// A small deterministic generator for the example files, so that
// `npm run examples` writes the same files every time.

/** mulberry32 from `seed`: `random()` in [0, 1), `pick` one item of a list, `reset()` starts again. */
export function seededRandom(seed: number): { random: () => number; pick: <T>(items: readonly T[]) => T; reset: () => void } {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    random,
    pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T,
    reset: () => void (state = seed),
  };
}
