import { describeValue } from '../../internal/describeValue.js';

/**
 * The items {@link selectTop} kept, best first: `indices[j]` is the position
 * of the j-th best item in the input and `keys[j]` its key.
 *
 * @internal
 */
export interface TopSelection {
  /** Input positions of the kept items, best first. */
  readonly indices: Uint32Array;
  /** Keys of the kept items (the score times the order's sign), best first. */
  readonly keys: Float64Array;
}

/**
 * Selects the `k` items with the largest keys (`key = sign × by(item, index)`),
 * best first, equal keys in input order, in O(items · log k) time and O(k)
 * memory (plus the items tied at the boundary when `keepTies`).
 *
 * A bounded binary heap holds the best `k` seen so far with the worst of them
 * at the root (worse = smaller key, or the same key and a later position).
 * Most items are rejected by one comparison with the root's key. With
 * `keepTies`, items equal to the root's key that do not fit are set aside and
 * dropped as soon as the root's key rises above theirs.
 *
 * Every score is checked to be a finite number; `fn` names the caller in the
 * error. Requires `1 <= k <= items.length` and `sign` of 1 or -1.
 *
 * @internal
 */
export function selectTop<T>(
  fn: string,
  items: readonly T[],
  k: number,
  by: (item: T, index: number) => number,
  sign: 1 | -1,
  keepTies: boolean,
): TopSelection {
  const length = items.length;
  const heapKeys = new Float64Array(k);
  const heapIndices = new Uint32Array(k);

  for (let i = 0; i < k; i++) {
    const value = by(items[i] as T, i);
    if (typeof value !== 'number' || value - value !== 0) throwBadScore(fn, value, i);
    heapKeys[i] = sign * value;
    heapIndices[i] = i;
  }
  // Stryker disable next-line ArithmeticOperator: equivalent, starting higher only sifts leaves, which is a no-op
  for (let i = (k >> 1) - 1; i >= 0; i--) siftDown(heapKeys, heapIndices, k, i);

  // Items not in the heap whose key equals the root's (ties at the boundary);
  // their keys are kept too, as 0 and -0 are equal here but not in the result.
  const tiedIndices: number[] = [];
  const tiedKeys: number[] = [];
  let threshold = heapKeys[0] as number;

  for (let i = k; i < length; i++) {
    const value = by(items[i] as T, i);
    // `value - value` is NaN for NaN and ±Infinity, 0 for every finite number.
    if (typeof value !== 'number' || value - value !== 0) throwBadScore(fn, value, i);
    const key = sign * value;
    // The fast path: most items are worse than the heap's worst.
    if (key < threshold) continue;
    if (key === threshold) {
      // A later item never beats an equal earlier one: it joins the tie or is cut.
      if (keepTies) {
        tiedIndices.push(i);
        tiedKeys.push(key);
      }
      continue;
    }
    const evictedIndex = heapIndices[0] as number;
    const evictedKey = heapKeys[0] as number;
    heapKeys[0] = key;
    heapIndices[0] = i;
    siftDown(heapKeys, heapIndices, k, 0);
    const next = heapKeys[0] as number;
    if (keepTies) {
      if (next === threshold) {
        tiedIndices.push(evictedIndex);
        tiedKeys.push(evictedKey);
      } else {
        tiedIndices.length = 0;
        tiedKeys.length = 0;
      }
    }
    threshold = next;
  }

  return sortSelection(heapKeys, heapIndices, tiedKeys, tiedIndices);
}

/** Worse = smaller key, or the same key and a later input position. */
function isWorse(keys: Float64Array, indices: Uint32Array, a: number, b: number): boolean {
  const keyA = keys[a] as number;
  const keyB = keys[b] as number;
  // Stryker disable next-line EqualityOperator: equivalent, two heap slots never hold the same input position
  return keyA < keyB || (keyA === keyB && (indices[a] as number) > (indices[b] as number));
}

/** Restores the heap below `start`, the worst element moving to the root. */
function siftDown(keys: Float64Array, indices: Uint32Array, size: number, start: number): void {
  let parent = start;
  for (;;) {
    const left = 2 * parent + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a slot past the heap reads undefined, which is never worse, so the loop returns below
    if (left >= size) return;
    const right = left + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a slot past the heap reads undefined, which is never worse
    const child = right < size && isWorse(keys, indices, right, left) ? right : left;
    if (!isWorse(keys, indices, child, parent)) return;
    const key = keys[parent] as number;
    keys[parent] = keys[child] as number;
    keys[child] = key;
    const index = indices[parent] as number;
    indices[parent] = indices[child] as number;
    indices[child] = index;
    parent = child;
  }
}

/** Sorts the heap and the set-aside ties together: key descending, then input position. */
function sortSelection(
  heapKeys: Float64Array,
  heapIndices: Uint32Array,
  tiedKeys: readonly number[],
  tiedIndices: readonly number[],
): TopSelection {
  const size = heapKeys.length + tiedKeys.length;
  const keys = new Float64Array(size);
  const indices = new Uint32Array(size);
  keys.set(heapKeys);
  indices.set(heapIndices);
  keys.set(tiedKeys, heapKeys.length);
  indices.set(tiedIndices, heapKeys.length);
  const order = Array.from({ length: size }, (_, j) => j);
  order.sort((a, b) => {
    const keyA = keys[a] as number;
    const keyB = keys[b] as number;
    // Stryker disable next-line EqualityOperator: equivalent, the keys differ here
    if (keyA !== keyB) return keyA > keyB ? -1 : 1;
    return (indices[a] as number) - (indices[b] as number);
  });
  const sortedKeys = new Float64Array(size);
  const sortedIndices = new Uint32Array(size);
  // Stryker disable next-line EqualityOperator: equivalent, a typed array ignores the write one past its end
  for (let j = 0; j < size; j++) {
    const from = order[j] as number;
    sortedKeys[j] = keys[from] as number;
    sortedIndices[j] = indices[from] as number;
  }
  return { indices: sortedIndices, keys: sortedKeys };
}

/** Throws the error for a score that is not a finite number. */
function throwBadScore(fn: string, value: unknown, index: number): never {
  const message = `${fn} requires by to return a finite number, got ${describeValue(value)} for the item at index ${index}`;
  throw typeof value === 'number' ? new RangeError(message) : new TypeError(message);
}
