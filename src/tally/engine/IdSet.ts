/**
 * The set of ids behind the duplicate-id check of {@link tallyCases}: open
 * addressing with linear probing over a power-of-two table in one
 * `Int32Array` of pairs: the FNV-1a hash of each id (over UTF-16 code units)
 * and the index of the record that holds it. Storing integers instead of strings
 * spares a pointer store (and its write barrier) per insert; when two hashes
 * match, the ids themselves are compared through `idAt`.
 *
 * @internal
 */
export class IdSet {
  /** Two int32 per slot, side by side so that a probe reads one cache line: the id's hash, then its record index + 1 (0 = empty). */
  private table: Int32Array;
  /** Slots − 1 (a power of two less one). */
  private mask: number;
  private count = 0;
  private readonly idAt: (index: number) => string;

  constructor(idAt: (index: number) => string, capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    this.idAt = idAt;
  }

  /** Adds `id`, held by record `index`; false when an equal id was added before. */
  add(id: string, index: number): boolean {
    let hash = 0x811c9dc5 | 0;
    for (let at = 0; at < id.length; at += 1) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
    const table = this.table;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const held = table[slot * 2 + 1] as number;
      if (held === 0) break;
      if (table[slot * 2] === hash && this.idAt(held - 1) === id) return false;
      slot = (slot + 1) & mask;
    }
    table[slot * 2] = hash;
    table[slot * 2 + 1] = index + 1;
    this.count += 1;
    // Stryker disable next-line EqualityOperator: mask is odd (a power of two less one) and count * 2 even, so >= and > agree
    if (this.count * 2 > mask) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.table;
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size * 2);
    const mask = size - 1;
    // Stryker disable next-line EqualityOperator: one pair past the end reads undefined, stored as 0, 0 into an empty slot, which changes nothing
    for (let slot = 0; slot < old.length; slot += 2) {
      const held = old[slot + 1] as number;
      // Stryker disable next-line ConditionalExpression: an empty slot moved over writes 0, 0 into an empty slot, which changes nothing (only slower)
      if (held === 0) continue;
      const hash = old[slot] as number;
      let target = hash & mask;
      while (table[target * 2 + 1] !== 0) target = (target + 1) & mask;
      table[target * 2] = hash;
      table[target * 2 + 1] = held;
    }
    this.table = table;
    this.mask = mask;
  }
}
