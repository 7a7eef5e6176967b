import { isUtf8 } from 'node:buffer';
import { feedNdjsonBytes, type FeedNdjsonBytesOutcome } from '../../tally/feedNdjsonBytes.js';
import type { Tallier } from '../../tally/Tallier.js';
import { chooseEncoding, type EncodingOption } from './decodeBytes.js';
import { fileError } from './fileError.js';

/**
 * An NDJSON file's bytes into a tallier by the byte reader
 * (`feedNdjsonBytes`), when the encoding `decodeStream` would choose from
 * the first chunk (a byte-order mark, `--encoding`, or UTF-8 when the sample
 * is valid UTF-8 and GB18030 otherwise) is UTF-8, the mark taken off. Any
 * other encoding (whose bytes may hold a `"` or `\` inside a character),
 * bytes that are not UTF-8, and whatever else the byte reader leaves to
 * `feedNdjson` come back as `unusual`, and the command reads the file
 * again as text.
 */
export async function tallyNdjsonFile(
  tallier: Tallier,
  file: string,
  chunks: AsyncIterable<Uint8Array>,
  option: EncodingOption,
  options: {
    readonly onBytes: (read: number) => void;
    /** The language of a read error's message; English by default. */
    readonly locale?: 'zh-CN' | 'en';
  },
): Promise<FeedNdjsonBytesOutcome> {
  const iterator = chunks[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<Uint8Array>> => {
    try {
      return await iterator.next();
    } catch (error) {
      throw fileError(file, error, options.locale);
    }
  };
  const first = await next();
  const isText = (bytes: Uint8Array): boolean => isUtf8(bytes);
  if (first.done === true) return feedNdjsonBytes(tallier, (async function* () {})(), { onBytes: options.onBytes, isText });
  const { encoding, bomLength } = chooseEncoding(first.value, option, false);
  if (encoding !== 'utf-8') return { unusual: `${encoding} text`, line: 0 };
  const rest = async function* (): AsyncGenerator<Uint8Array> {
    yield first.value.subarray(bomLength);
    for (let chunk = await next(); chunk.done !== true; chunk = await next()) yield chunk.value;
  };
  return feedNdjsonBytes(tallier, rest(), { onBytes: options.onBytes, isText });
}
