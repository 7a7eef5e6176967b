import { expect } from 'vitest';

/**
 * Asserts that a result holds no NaN, no ±Infinity, no `undefined` and no
 * `null`, at any depth, except `null` at the paths listed in `nullable`
 * (such as `'value'` of a {@link Ratio} whose denominator is 0), and that no
 * string in it reads "NaN", "Infinity", "undefined" or "null".
 */
export function expectClean(result: unknown, nullable: readonly string[] = [], path = ''): void {
  if (result === null) {
    expect(nullable, `null at ${path || 'the top'}`).toContain(path);
    return;
  }
  expect(result, `undefined at ${path || 'the top'}`).not.toBeUndefined();
  if (typeof result === 'number') {
    expect(Number.isFinite(result), `${result} at ${path || 'the top'}`).toBe(true);
  } else if (typeof result === 'string') {
    expect(result, `a string at ${path || 'the top'}`).not.toMatch(/NaN|Infinity|undefined|null/);
  } else if (typeof result === 'object') {
    for (const [key, value] of Object.entries(result as object)) {
      expectClean(value, nullable, path === '' ? key : `${path}.${key}`);
    }
  }
}
