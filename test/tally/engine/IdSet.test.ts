import { describe, expect, it } from 'vitest';
import { IdSet } from '../../../src/tally/engine/IdSet.js';

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

  // FNV-1a (32-bit) test vectors: '' → 0x811c9dc5, 'a' → 0xe40c292c, 'foobar' → 0xbf9cf968;
  // 'q' → 0xf40c425c and 'b' → 0xe70c2de5 share their last four bits with 'a' and ''.
  // The table holds [hash | 0, index + 1] per slot, at slot hash & mask.
  function slots(set: IdSet): Record<number, [number, number]> {
    const table = (set as unknown as { table: Int32Array }).table;
    const held: Record<number, [number, number]> = {};
    for (let slot = 0; slot * 2 < table.length; slot += 1) {
      if (table[slot * 2 + 1] !== 0) held[slot] = [table[slot * 2] as number, table[slot * 2 + 1] as number];
    }
    return held;
  }

  it('stores each FNV-1a hash at hash & mask, probes to the next free slot, and doubles when half full', () => {
    const ids = ['a', 'q', '', 'b', 'foobar', 'x1', 'x2', 'x3'];
    const set = new IdSet((index) => ids[index] as string, 1);
    for (let index = 0; index < 4; index += 1) set.add(ids[index] as string, index);
    // 16 slots (mask 15): 'a' at 0xc = 12, 'q' also 12 so on to 13, '' at 5, 'b' also 5 so on to 6
    expect((set as unknown as { table: Int32Array }).table).toHaveLength(32);
    expect(slots(set)).toEqual({
      5: [0x811c9dc5 | 0, 3],
      6: [0xe70c2de5 | 0, 4],
      12: [0xe40c292c | 0, 1],
      13: [0xf40c425c | 0, 2],
    });
    // 7 ids: 7 * 2 = 14 is not over the mask 15; the 8th makes 16 > 15 and doubles to 32 slots
    for (let index = 4; index < 7; index += 1) set.add(ids[index] as string, index);
    expect((set as unknown as { table: Int32Array }).table).toHaveLength(32);
    set.add('x3', 7);
    expect((set as unknown as { table: Int32Array }).table).toHaveLength(64);
    // with mask 31: 'q' moves to 0x1c = 28, 'foobar' stays at 0x68 & 31 = 8
    expect(slots(set)[28]).toEqual([0xf40c425c | 0, 2]);
    expect(slots(set)[12]).toEqual([0xe40c292c | 0, 1]);
    expect(slots(set)[5]).toEqual([0x811c9dc5 | 0, 3]);
    expect(slots(set)[6]).toEqual([0xe70c2de5 | 0, 4]);
    expect(slots(set)[8]).toEqual([0xbf9cf968 | 0, 5]);
    expect(Object.keys(slots(set))).toHaveLength(8);
  });

  it('sizes its table to at least twice the expected number of ids, from 16 slots up in powers of two', () => {
    const tableLength = (set: IdSet) => (set as unknown as { table: Int32Array }).table.length;
    const none = () => '';
    // two int32 per slot: 8 ids fit 16 slots (16 is not under 8 * 2), 9 need 32
    expect(tableLength(new IdSet(none, 8))).toBe(32);
    expect(tableLength(new IdSet(none, 9))).toBe(64);
    // the default 1024 ids: 16 doubled up to 2048 slots (2048 is not under 1024 * 2)
    expect(tableLength(new IdSet(none))).toBe(4096);
  });

  it('keeps two different ids whose whole 32-bit hashes collide, and finds each again', () => {
    // a known FNV-1a (32-bit) collision: 'costarring' and 'liquid' both hash to 1582148253 (0x5e4daa9d),
    // slot 0x9d & 15 = 13, so 'liquid' probes on to 14
    const ids = ['costarring', 'liquid'];
    const set = new IdSet((index) => ids[index] as string, 1);
    expect(set.add('costarring', 0)).toBe(true);
    expect(set.add('liquid', 1)).toBe(true);
    expect(slots(set)).toEqual({ 13: [1582148253, 1], 14: [1582148253, 2] });
    expect(set.add('liquid', 7)).toBe(false);
    expect(set.add('costarring', 8)).toBe(false);
  });

  it('reads an id back through idAt only when the hashes match', () => {
    // 'a' and 'q' share slot 12 of 16 but not their hashes (0xe40c292c, 0xf40c425c): adding 'q'
    // probes past 'a' without reading it; adding 'a' again matches its hash and reads record 0
    const ids = ['a', 'q'];
    const read: number[] = [];
    const set = new IdSet((index) => {
      read.push(index);
      return ids[index] as string;
    }, 1);
    expect(set.add('a', 0)).toBe(true);
    expect(set.add('q', 1)).toBe(true);
    expect(read).toEqual([]);
    expect(set.add('a', 2)).toBe(false);
    expect(read).toEqual([0]);
  });
});
