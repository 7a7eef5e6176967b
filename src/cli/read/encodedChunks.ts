import { chooseEncoding, type EncodingOption } from './decodeBytes.js';
import { fileError } from './fileError.js';

/** A file's chunks once its encoding is known: {@link encodedChunks}. */
export interface EncodedChunks {
  /** The encoding chosen from the first chunk, as `decodeStream` chooses it; 'utf-8' for a file with no bytes. */
  readonly encoding: string;
  /** The length of the byte-order mark that starts the file (0 for none). */
  readonly bomLength: number;
  /** Every chunk again, the first from byte `from` (the mark's length to leave it out); none for a file with no bytes. */
  readonly rest: (from: number) => AsyncGenerator<Uint8Array>;
}

/**
 * Reads a file's first chunk and chooses its encoding (a byte-order mark,
 * `--encoding`, or UTF-8 when the sample is valid UTF-8 and GB18030
 * otherwise), for the byte readers of CSV and NDJSON; a read error of the
 * file, then or later, is the command's one line with the path
 * (`fileError`, in the user's language).
 */
export async function encodedChunks(file: string, chunks: AsyncIterable<Uint8Array>, option: EncodingOption, locale?: 'zh-CN' | 'en'): Promise<EncodedChunks> {
  const iterator = chunks[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<Uint8Array>> => {
    try {
      return await iterator.next();
    } catch (error) {
      throw fileError(file, error, locale);
    }
  };
  const first = await next();
  if (first.done === true) return { encoding: 'utf-8', bomLength: 0, rest: async function* () {} };
  const { encoding, bomLength } = chooseEncoding(first.value, option, false);
  const rest = async function* (from: number): AsyncGenerator<Uint8Array> {
    yield first.value.subarray(from);
    for (let chunk = await next(); chunk.done !== true; chunk = await next()) yield chunk.value;
  };
  return { encoding, bomLength, rest };
}
