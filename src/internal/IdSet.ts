/**
 * A set of id strings for the duplicate-id check of {@link tallyCases}:
 * open addressing with linear probing over a power-of-two table, the hash
 * (FNV-1a over UTF-16 code units) kept beside each id so that most probes
 * compare two integers. Faster than a `Set<string>` for this one job (insert,
 * tell whether it was there) because it grows by doubling two flat arrays.
 *
 * @internal
 */
export class IdSet {
  private ids: (string | undefined)[];
  private hashes: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.ids = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    let hash = 0x811c9dc5 | 0;
    for (let index = 0; index < id.length; index += 1) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
    const ids = this.ids;
    const hashes = this.hashes;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const present = ids[slot];
      if (present === undefined) break;
      if (hashes[slot] === hash && present === id) return false;
      slot = (slot + 1) & mask;
    }
    ids[slot] = id;
    hashes[slot] = hash;
    this.count += 1;
    if (this.count * 2 > mask) this.grow();
    return true;
  }

  private grow(): void {
    const oldIds = this.ids;
    const oldHashes = this.hashes;
    const size = oldIds.length * 2;
    this.ids = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let slot = 0; slot < oldIds.length; slot += 1) {
      const id = oldIds[slot];
      if (id === undefined) continue;
      const hash = oldHashes[slot] as number;
      let target = hash & this.mask;
      while (this.ids[target] !== undefined) target = (target + 1) & this.mask;
      this.ids[target] = id;
      this.hashes[target] = hash;
    }
  }
}
