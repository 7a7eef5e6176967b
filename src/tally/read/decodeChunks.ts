import { InvalidRecordError } from '../InvalidRecordError.js';
import type { TallyAccumulator } from '../engine/TallyAccumulator.js';
import { describeValue } from '../../internal/describeValue.js';

/**
 * Turns a source of text and bytes into text: `Uint8Array` chunks are
 * decoded as UTF-8 with fatal errors (a chunk may end inside a character);
 * string chunks are taken as already decoded (a caller who read GBK decodes
 * it first). Bytes that are not UTF-8 throw an {@link InvalidRecordError}
 * whatever `onInvalid` says: nothing after them can be trusted.
 *
 * @internal
 */
export async function* decodeChunks(
  fn: string,
  source: AsyncIterable<string | Uint8Array>,
  accumulator: TallyAccumulator,
  currentLine: () => number,
): AsyncGenerator<string> {
  if (typeof (source as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] !== 'function') {
    throw new TypeError(`${fn} requires source to be an async iterable of strings or bytes, got ${describeValue(source)}`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fail = (): never => {
    throw new InvalidRecordError({
      index: accumulator.recordCount,
      line: currentLine(),
      id: null,
      field: null,
      message: `${fn} requires source to be UTF-8 text, got bytes that are not UTF-8 after line ${currentLine() - 1}`,
    });
  };
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      yield chunk;
    } else if (chunk instanceof Uint8Array) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return fail();
      }
      if (text !== '') yield text;
    } else {
      throw new TypeError(`${fn} requires source to yield strings or Uint8Array chunks, got ${describeValue(chunk)}`);
    }
  }
  // The end of the bytes: a character cut short throws. Nothing else can be
  // left: a fatal decoder keeps back only the start of a character.
  try {
    decoder.decode();
  } catch {
    return fail();
  }
}
