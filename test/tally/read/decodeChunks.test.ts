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
    // 五 is E4 BA 94: the first byte chunk holds only part of it and yields nothing
    expect(await run(['a,', bytes(0xe4, 0xba), bytes(0x94, 0x41), '', utf8('\n')])).toEqual({
      texts: ['a,', '五A', '', '\n'],
      error: null,
    });
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
