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
 * No text it yields ends inside a character: a string chunk that ends with
 * the first half of a surrogate pair (an emoji, or a CJK character beyond
 * the BMP such as 𠀀) keeps that half back and yields it in front of the next
 * text, so that a reader which encodes each text on its own (csv-parse turns
 * strings into UTF-8 bytes) never sees half a pair and writes two U+FFFD.
 * A lone half at the very end is yielded as it is.
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
  // The first half of a surrogate pair that ended the last string chunk.
  let held = '';
  for await (const chunk of source) {
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
    } else if (chunk instanceof Uint8Array) {
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return fail();
      }
    } else {
      throw new TypeError(`${fn} requires source to yield strings or Uint8Array chunks, got ${describeValue(chunk)}`);
    }
    if (held !== '') {
      text = held + text;
      held = '';
    }
    const last = text.charCodeAt(text.length - 1);
    // 0xD800–0xDBFF: a high surrogate, whose low half is in the next chunk.
    if (last >= 0xd800 && last <= 0xdbff) {
      held = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text !== '') yield text;
  }
  if (held !== '') yield held;
  // The end of the bytes: a character cut short throws. Nothing else can be
  // left: a fatal decoder keeps back only the start of a character.
  try {
    decoder.decode();
  } catch {
    return fail();
  }
}
