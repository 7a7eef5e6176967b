import { isUtf8 } from 'node:buffer';
import type { FeedSummary } from '../../tally/feedNdjson.js';
import { feedNdjsonBytes, type FeedNdjsonBytesOutcome } from '../../tally/feedNdjsonBytes.js';
import type { Tallier } from '../../tally/Tallier.js';
import type { EncodingOption } from './decodeBytes.js';
import { encodedChunks } from './encodedChunks.js';

/**
 * An NDJSON file's bytes into a tallier by the byte reader
 * (`feedNdjsonBytes`), when the encoding `decodeStream` would choose from
 * the first chunk (a byte-order mark, `--encoding`, or UTF-8 when the sample
 * is valid UTF-8 and GB18030 otherwise) is UTF-8, the mark taken off. A
 * file in any other encoding (whose bytes may hold a `"` or `\` inside a
 * character) goes whole to `asText` (the text reader, on `decodeStream`).
 * Bytes that are not UTF-8, and whatever else the byte reader leaves to
 * `feedNdjson`, come back as `unusual`, and the command reads the file
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
    /** Reads the file's chunks (all of them, the first included) as text, told why. */
    readonly asText: (chunks: AsyncIterable<Uint8Array>, why: string) => Promise<FeedSummary>;
  },
): Promise<FeedNdjsonBytesOutcome | { readonly summary: FeedSummary; readonly textLines: 'all' }> {
  const { encoding, bomLength, rest } = await encodedChunks(file, chunks, option, options.locale);
  const isText = (bytes: Uint8Array): boolean => isUtf8(bytes);
  if (encoding !== 'utf-8') return { summary: await options.asText(rest(0), `${encoding} text`), textLines: 'all' };
  return feedNdjsonBytes(tallier, rest(bomLength), { onBytes: options.onBytes, isText });
}
