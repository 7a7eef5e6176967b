/** What {@link StringValues.read} returns for a string it does not read: one with an escape or a control character. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/**
 * The values of one case-record field's JSON strings, each distinct string
 * decoded once: the string's bytes are hashed (FNV-1a) as they are scanned
 * for the closing quote, then looked up in an open-addressing table that
 * holds a copy of the bytes and the value. A department or street-office
 * field of a million lines holds a few dozen distinct strings, decoded a
 * few dozen times. Past `limit` distinct strings nothing more is kept and
 * each further one is decoded as it comes. (The CSV reader's `TextCells`
 * takes a cell whose end is known; here the end is found in the same pass.)
 *
 * @internal
 */
export class StringValues {
  /** After a {@link read} that found a string: the index of its closing quote. */
  end = 0;
  private slots = new Int32Array(256);
  private hashes = new Int32Array(256);
  private mask = 255;
  private keyStart = new Int32Array(64);
  private keyLength = new Int32Array(64);
  private keys = new Uint8Array(2048);
  private keysUsed = 0;
  private readonly values: unknown[] = [];
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly limit: number;

  constructor(limit = 65_536) {
    this.limit = limit;
  }

  /**
   * The value of the JSON string whose text starts at `start` (just after its
   * opening quote), with {@link end} at its closing quote; {@link NOT_PLAIN}
   * for a string with an escape or a control character (`\n` among them),
   * which the caller reads another way. The bytes are UTF-8.
   */
  read(bytes: Uint8Array, start: number): unknown {
    let hash = 0x811c9dc5 | 0;
    let at = start;
    for (let byte = bytes[at] as number; byte !== 34; byte = bytes[at] as number) {
      if (byte < 32 || byte === 92) return NOT_PLAIN;
      hash = Math.imul(hash ^ byte, 0x01000193);
      at += 1;
    }
    this.end = at;
    const length = at - start;
    const slots = this.slots;
    const mask = this.mask;
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
    const value = this.decoder.decode(bytes.subarray(start, at));
    if (this.values.length < this.limit) this.insert(slot, hash, bytes, start, length, value);
    return value;
  }

  private sameKey(keyAt: number, bytes: Uint8Array, start: number, length: number): boolean {
    const keys = this.keys;
    for (let at = 0; at < length; at += 1) if (keys[keyAt + at] !== bytes[start + at]) return false;
    return true;
  }

  private insert(slot: number, hash: number, bytes: Uint8Array, start: number, length: number, value: unknown): void {
    const entry = this.values.length;
    this.values.push(value);
    if (entry === this.keyStart.length) {
      this.keyStart = grown(this.keyStart, entry * 2);
      this.keyLength = grown(this.keyLength, entry * 2);
    }
    if (this.keysUsed + length > this.keys.length) {
      const keys = new Uint8Array(Math.max(this.keys.length * 2, this.keysUsed + length));
      keys.set(this.keys);
      this.keys = keys;
    }
    this.keys.set(bytes.subarray(start, start + length), this.keysUsed);
    this.keyStart[entry] = this.keysUsed;
    this.keyLength[entry] = length;
    this.keysUsed += length;
    this.slots[slot] = entry + 1;
    this.hashes[slot] = hash;
    // Kept at most half full: the table doubles, its entries placed again by their hashes.
    if ((entry + 1) * 2 > this.mask) {
      const size = (this.mask + 1) * 2;
      const slots = new Int32Array(size);
      const hashes = new Int32Array(size);
      for (let old = 0; old <= this.mask; old += 1) {
        const held = this.slots[old] as number;
        if (held === 0) continue;
        const oldHash = this.hashes[old] as number;
        let target = oldHash & (size - 1);
        while (slots[target] !== 0) target = (target + 1) & (size - 1);
        slots[target] = held;
        hashes[target] = oldHash;
      }
      this.slots = slots;
      this.hashes = hashes;
      this.mask = size - 1;
    }
  }
}

function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}
