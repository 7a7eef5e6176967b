import { expect } from 'vitest';

/**
 * Asserts that a result holds no NaN, no ±Infinity, no -0 and no `undefined`,
 * at any depth, and that no string in it reads "NaN", "Infinity",
 * "undefined" or "[object" (as in `[object Object]`).
 *
 * `null` is refused too, and "null" in a string, except at the paths listed
 * in `nullable` (such as `'value'` of a {@link Ratio} whose denominator is 0);
 * `'anywhere'` allows `null` at any depth, for results of arbitrary input.
 */
export function expectClean(result: unknown, nullable: readonly string[] | 'anywhere' = [], path = ''): void {
  const where = path || 'the top';
  if (result === null) {
    if (nullable !== 'anywhere') expect(nullable, `null at ${where}`).toContain(path);
    return;
  }
  expect(result, `undefined at ${where}`).not.toBeUndefined();
  if (typeof result === 'number') {
    expect(Number.isFinite(result), `${result} at ${where}`).toBe(true);
    expect(Object.is(result, -0), `-0 at ${where}`).toBe(false);
  } else if (typeof result === 'string') {
    expect(result, `a string at ${where}`).not.toMatch(nullable === 'anywhere' ? /NaN|Infinity|undefined|\[object/ : /NaN|Infinity|undefined|\[object|null/);
  } else if (typeof result === 'object') {
    for (const [key, value] of Object.entries(result as object)) {
      expectClean(value, nullable, path === '' ? key : `${path}.${key}`);
    }
  }
}
