import { describe, expect, it } from 'vitest';
import { IdSet } from '../../src/internal/IdSet.js';

describe('IdSet', () => {
  it('tells a new id from one already added, across growth', () => {
    const set = new IdSet(1);
    // 5000 ids force many doublings from 16 slots
    for (let index = 0; index < 5000; index += 1) expect(set.add(`C${index}`)).toBe(true);
    for (let index = 0; index < 5000; index += 1) expect(set.add(`C${index}`)).toBe(false);
    expect(set.add('C5000')).toBe(true);
  });

  it('compares content, not only hashes, and takes prototype names', () => {
    const set = new IdSet();
    expect(set.add('__proto__')).toBe(true);
    expect(set.add('constructor')).toBe(true);
    expect(set.add(['__', 'proto', '__'].join(''))).toBe(false);
    expect(set.add('')).toBe(true);
    expect(set.add('')).toBe(false);
  });
});
