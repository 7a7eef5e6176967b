/**
 * The set of ids behind the duplicate-id check of {@link tallyCases}: open
 * addressing with linear probing over a power-of-two table of two
 * `Int32Array`s, the FNV-1a hash of each id (over UTF-16 code units) and the
 * index of the record that holds it. Storing integers instead of strings
 * spares a pointer store (and its write barrier) per insert; when two hashes
 * match, the ids themselves are compared through `idAt`.
 *
 * @internal
 */
export class IdSet {
  private hashes: Int32Array;
  /** Record index + 1 per slot; 0 = empty. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private readonly idAt: (index: number) => string;

  constructor(idAt: (index: number) => string, capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.idAt = idAt;
  }

  /** Adds `id`, held by record `index`; false when an equal id was added before. */
  add(id: string, index: number): boolean {
    let hash = 0x811c9dc5 | 0;
    for (let at = 0; at < id.length; at += 1) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
    const hashes = this.hashes;
    const slots = this.slots;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const held = slots[slot] as number;
      if (held === 0) break;
      if (hashes[slot] === hash && this.idAt(held - 1) === id) return false;
      slot = (slot + 1) & mask;
    }
    slots[slot] = index + 1;
    hashes[slot] = hash;
    this.count += 1;
    if (this.count * 2 > mask) this.grow();
    return true;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    const size = oldSlots.length * 2;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let slot = 0; slot < oldSlots.length; slot += 1) {
      const held = oldSlots[slot] as number;
      if (held === 0) continue;
      const hash = oldHashes[slot] as number;
      let target = hash & this.mask;
      while (this.slots[target] !== 0) target = (target + 1) & this.mask;
      this.slots[target] = held;
      this.hashes[target] = hash;
    }
  }
}
