/**
 * The hash of no bytes, {@link TextCells}' FNV-1a offset basis.
 *
 * @internal
 */
export const HASH_START = 0x811c9dc5 | 0;

/**
 * The hash of the bytes so far, `hash`, and one more (FNV-1a, 32 bits).
 *
 * @internal
 */
export function hashByte(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, 0x01000193);
}

/**
 * The values of one text column, decoded once per distinct cell: a hash
 * table keyed by the cell's bytes (FNV-1a, open addressing), holding a copy
 * of the bytes and the value made from them. A department or street-office
 * column of a million rows holds a few dozen distinct cells, so the text is
 * decoded a few dozen times, not a million. Past `limit` distinct cells
 * (a column of names, say) nothing more is kept and each further cell is
 * decoded as it comes.
 *
 * @internal
 */
export class TextCells {
  private slots = new Int32Array(256);
  private hashes = new Int32Array(256);
  private mask = 255;
  private keyStart = new Int32Array(128);
  private keyLength = new Int32Array(128);
  private keys = new Uint8Array(4096);
  /** `keys`, and the bytes last looked up, as views that read four bytes at a time. */
  private keyWords: DataView<ArrayBufferLike> = new DataView(this.keys.buffer);
  private lastBytes: Uint8Array | null = null;
  private byteWords: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  private keysUsed = 0;
  private readonly values: unknown[] = [];
  private readonly make: (bytes: Uint8Array, start: number, end: number) => unknown;
  private readonly limit: number;

  /** `make` turns a cell's bytes into its value (decoded, trimmed, '' as undefined). */
  constructor(make: (bytes: Uint8Array, start: number, end: number) => unknown, limit = 65_536) {
    this.make = make;
    this.limit = limit;
  }

  /** The value of the cell `bytes[start, end)`. */
  get(bytes: Uint8Array, start: number, end: number): unknown {
    let hash = HASH_START;
    for (let at = start; at < end; at += 1) hash = hashByte(hash, bytes[at] as number);
    return this.getHashed(hash, bytes, start, end);
  }

  /** {@link get} for a cell whose hash the caller made as it read the bytes (from {@link HASH_START}, by {@link hashByte}). */
  getHashed(hash: number, bytes: Uint8Array, start: number, end: number): unknown {
    const slots = this.slots;
    const mask = this.mask;
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const held = slots[slot] as number;
      if (held === 0) break;
      if (this.hashes[slot] === hash) {
        const entry = held - 1;
        if (this.keyLength[entry] === length && this.sameKey(this.keyStart[entry] as number, bytes, start, length)) return this.values[entry];
      }
      slot = (slot + 1) & mask;
    }
    const value = this.make(bytes, start, end);
    if (this.values.length < this.limit) this.insert(slot, hash, bytes, start, length, value);
    return value;
  }

  private sameKey(keyAt: number, bytes: Uint8Array, start: number, length: number): boolean {
    if (bytes !== this.lastBytes) {
      this.lastBytes = bytes;
      this.byteWords = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    const keyWords = this.keyWords;
    const byteWords = this.byteWords;
    let at = 0;
    for (; at + 4 <= length; at += 4) if (keyWords.getInt32(keyAt + at) !== byteWords.getInt32(start + at)) return false;
    const keys = this.keys;
    for (; at < length; at += 1) if (keys[keyAt + at] !== bytes[start + at]) return false;
    return true;
  }

  private insert(slot: number, hash: number, bytes: Uint8Array, start: number, length: number, value: unknown): void {
    const entry = this.values.length;
    this.values.push(value);
    if (entry === this.keyStart.length) {
      const keyStart = new Int32Array(entry * 2);
      keyStart.set(this.keyStart);
      this.keyStart = keyStart;
      const keyLength = new Int32Array(entry * 2);
      keyLength.set(this.keyLength);
      this.keyLength = keyLength;
    }
    if (this.keysUsed + length > this.keys.length) {
      const keys = new Uint8Array(Math.max(this.keys.length * 2, this.keysUsed + length));
      keys.set(this.keys);
      this.keys = keys;
      this.keyWords = new DataView(keys.buffer);
    }
    this.keys.set(bytes.subarray(start, start + length), this.keysUsed);
    this.keyStart[entry] = this.keysUsed;
    this.keyLength[entry] = length;
    this.keysUsed += length;
    this.slots[slot] = entry + 1;
    this.hashes[slot] = hash;
    if ((entry + 1) * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size);
    const hashes = new Int32Array(size);
    const mask = size - 1;
    for (let slot = 0; slot <= this.mask; slot += 1) {
      const held = this.slots[slot] as number;
      if (held === 0) continue;
      const hash = this.hashes[slot] as number;
      let target = hash & mask;
      while (slots[target] !== 0) target = (target + 1) & mask;
      slots[target] = held;
      hashes[target] = hash;
    }
    this.slots = slots;
    this.hashes = hashes;
    this.mask = mask;
  }
}
