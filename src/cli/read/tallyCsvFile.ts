import { isUtf8 } from 'node:buffer';
import { type CsvHeader, feedCsvBytes, type FeedCsvBytesOutcome } from '../../tally/feedCsvBytes.js';
import type { Tallier } from '../../tally/Tallier.js';
import type { EncodingOption } from './decodeBytes.js';
import { encodedChunks } from './encodedChunks.js';

/**
 * A CSV file's bytes into a tallier by the byte reader (`feedCsvBytes`): the
 * encoding chosen from the first chunk as `decodeStream` chooses it (a
 * byte-order mark, `--encoding`, or UTF-8 when the sample is valid UTF-8
 * and GB18030 otherwise), the mark taken off. UTF-8, GBK and GB18030 are
 * read as bytes (their delimiters are ASCII bytes that no multi-byte
 * character holds); UTF-16, whose ASCII characters are two bytes each, is
 * transcoded to UTF-8 first. Input the byte reader leaves to csv-parse
 * comes back as `unusual` (bytes that are not UTF-16 among them), and the
 * command reads the file again the other way.
 */
export async function tallyCsvFile(
  tallier: Tallier,
  file: string,
  chunks: AsyncIterable<Uint8Array>,
  option: EncodingOption,
  options: {
    readonly headers: Readonly<Record<string, string | null>>;
    readonly skipRows: number;
    readonly onBytes: (read: number) => void;
    readonly onHeader?: (header: CsvHeader) => void;
    /** The language of a read error's message; English by default. */
    readonly locale?: 'zh-CN' | 'en';
  },
): Promise<FeedCsvBytesOutcome> {
  const { encoding, bomLength, rest: from } = await encodedChunks(file, chunks, option, options.locale);
  const rest = (): AsyncGenerator<Uint8Array> => from(bomLength);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const transcoded = async function* (): AsyncGenerator<Uint8Array> {
      const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
      const encoder = new TextEncoder();
      const decode = (chunk?: Uint8Array): string => {
        try {
          return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
        } catch {
          throw new NotText();
        }
      };
      for await (const chunk of rest()) yield encoder.encode(decode(chunk));
      yield encoder.encode(decode());
    };
    try {
      return await feedCsvBytes(tallier, transcoded(), { ...options, encoding: 'utf-8', isText: () => true });
    } catch (error) {
      // Not UTF-16: the other reader finds the line and says so.
      if (error instanceof NotText) return { unusual: `bytes that are not ${encoding} text`, line: 0 };
      throw error;
    }
  }
  return feedCsvBytes(tallier, rest(), { ...options, encoding, ...(encoding === 'utf-8' ? { isText: (bytes: Uint8Array) => isUtf8(bytes) } : {}) });
}

/** Bytes that are not text in the file's UTF-16. */
class NotText extends Error {}
