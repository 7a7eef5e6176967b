import { describe, expect, it } from 'vitest';
import { IdSet } from '../../src/internal/IdSet.js';

describe('IdSet', () => {
  it('tells a new id from one already added, across growth', () => {
    const ids = Array.from({ length: 5001 }, (_, index) => `C${index}`);
    const set = new IdSet((index) => ids[index] as string, 1);
    // 5000 ids force many doublings from 16 slots
    for (let index = 0; index < 5000; index += 1) expect(set.add(ids[index] as string, index)).toBe(true);
    for (let index = 0; index < 5000; index += 1) expect(set.add(`C${index}`, 9999)).toBe(false);
    expect(set.add('C5000', 5000)).toBe(true);
  });

  it('compares content, not only hashes, and takes prototype names', () => {
    const ids = ['__proto__', 'constructor', ''];
    const set = new IdSet((index) => ids[index] as string);
    expect(set.add('__proto__', 0)).toBe(true);
    expect(set.add('constructor', 1)).toBe(true);
    expect(set.add(['__', 'proto', '__'].join(''), 5)).toBe(false);
    expect(set.add('', 2)).toBe(true);
    expect(set.add('', 6)).toBe(false);
  });
});
