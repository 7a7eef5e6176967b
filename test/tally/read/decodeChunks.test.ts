import { describe, expect, it } from 'vitest';
import { decodeChunks } from '../../../src/tally/read/decodeChunks.js';
import type { TallyAccumulator } from '../../../src/tally/engine/TallyAccumulator.js';
import { InvalidRecordError } from '../../../src/tally/InvalidRecordError.js';
import { bytes, sourceOf, utf8 } from '../../support/sources.js';

/**
 * Runs decodeChunks over `chunks` as the readers do, with `records` records
 * read so far and `line` as the current line; returns the texts it yielded
 * and what it threw (null when nothing).
 */
async function run(chunks: (string | Uint8Array)[], records = 0, line = 1): Promise<{ texts: string[]; error: unknown }> {
  const accumulator = { recordCount: records } as TallyAccumulator;
  const texts: string[] = [];
  try {
    for await (const text of decodeChunks('feedX', sourceOf(...chunks), accumulator, () => line)) texts.push(text);
  } catch (error) {
    return { texts, error };
  }
  return { texts, error: null };
}

describe('decodeChunks', () => {
  it('yields strings as they are and decodes bytes, with no empty text for a chunk inside a character', async () => {
    // 五 is E4 BA 94: the first byte chunk holds only part of it and yields nothing; '' yields nothing
    expect(await run(['a,', bytes(0xe4, 0xba), bytes(0x94, 0x41), '', utf8('\n')])).toEqual({
      texts: ['a,', '五A', '\n'],
      error: null,
    });
  });

  it('keeps the first half of a surrogate pair that ends a string chunk for the next text', async () => {
    // 😀 is U+1F600, the pair D83D DE00; 𠀀 (U+20000) is D840 DC00
    expect(await run(['a\uD83D', '\uDE00b', '\uD840', '\uDC00'])).toEqual({ texts: ['a', '😀b', '𠀀'], error: null });
    // a string that is only the first half yields nothing until its pair comes; bytes after it are decoded as ever
    expect(await run(['\uD83D', '\uDE00', utf8('😀')])).toEqual({ texts: ['😀', '😀'], error: null });
  });

  it('yields a lone first half at the end, or before bytes, as it is', async () => {
    expect(await run(['x\uD83D'])).toEqual({ texts: ['x', '\uD83D'], error: null });
    expect(await run(['\uD83D', utf8('y')])).toEqual({ texts: ['\uD83Dy'], error: null });
  });

  it('splits no pair in bytes cut anywhere inside a four-byte character', async () => {
    // 😀 is F0 9F 98 80 in UTF-8
    for (const cut of [1, 2, 3]) {
      const all = utf8('😀');
      expect(await run([all.subarray(0, cut), all.subarray(cut)])).toEqual({ texts: ['😀'], error: null });
    }
  });

  it('yields nothing after the last chunk, and nothing for no chunks or a lone byte-order mark', async () => {
    expect(await run([utf8('x')])).toEqual({ texts: ['x'], error: null });
    expect(await run([])).toEqual({ texts: [], error: null });
    expect(await run([bytes(0xef, 0xbb, 0xbf)])).toEqual({ texts: [], error: null });
  });

  it('throws an InvalidRecordError for bytes that are not UTF-8, naming the line before the current one', async () => {
    // 2 records read, current line 5: the bad byte is after line 4
    const { texts, error } = await run([utf8('a\nb'), bytes(0x63, 0xff), utf8('z')], 2, 5);
    expect(texts).toEqual(['a\nb']);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect({ ...(error as InvalidRecordError), message: (error as Error).message }).toEqual({
      name: 'InvalidRecordError',
      index: 2,
      line: 5,
      id: null,
      field: null,
      message: 'feedX requires source to be UTF-8 text, got bytes that are not UTF-8 after line 4',
    });
  });

  it('throws an InvalidRecordError for bytes that end inside a character', async () => {
    // 'a\n' is read, then the first two of the three bytes of 五
    const { texts, error } = await run([utf8('a\n'), bytes(0xe4, 0xba)], 1, 2);
    expect(texts).toEqual(['a\n']);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect({ ...(error as InvalidRecordError), message: (error as Error).message }).toEqual({
      name: 'InvalidRecordError',
      index: 1,
      line: 2,
      id: null,
      field: null,
      message: 'feedX requires source to be UTF-8 text, got bytes that are not UTF-8 after line 1',
    });
  });
});
