import { describe, expect, it } from 'vitest';
import { decodeStream } from '../../../src/cli/read/decodeStream.js';
import type { EncodingOption } from '../../../src/cli/read/decodeBytes.js';
import { bytes, sourceOf, utf8 } from '../../support/sources.js';

async function texts(chunks: Uint8Array[], option: EncodingOption = 'auto'): Promise<string[]> {
  const out: string[] = [];
  for await (const text of decodeStream(sourceOf(...chunks), option, 'a.csv')) out.push(text);
  return out;
}

describe('decodeStream', () => {
  it('yields nothing for an empty file', async () => {
    expect(await texts([])).toEqual([]);
  });

  it('yields no empty text for a chunk that ends inside a character', async () => {
    // 五 is E4 BA 94: the first chunk holds only part of it
    expect(await texts([bytes(0xe4, 0xba), bytes(0x94, 0x41)])).toEqual(['五A']);
    expect(await texts([utf8('A')])).toEqual(['A']);
  });

  it('drops the byte-order mark only once: a second one is text', async () => {
    expect(await texts([bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41)])).toEqual(['\uFEFFA']);
  });

  it('names the line of a bad byte, counting a line break at the start of a chunk', async () => {
    // 'a', then '\nb\n' (lines 2 and 3), then a byte that is not UTF-8 on line 3
    await expect(texts([utf8('a'), utf8('\nb\n'), bytes(0x63, 0xff)], 'utf-8')).rejects.toThrow(
      "a.csv:3: not valid UTF-8 text (--encoding utf-8); give the file's encoding with --encoding",
    );
  });

  it('says it in Chinese with locale zh-CN, with the encoding given or chosen', async () => {
    const read = async (chunks: Uint8Array[], option: EncodingOption) => {
      for await (const _ of decodeStream(sourceOf(...chunks), option, 'a.csv', () => {}, 'zh-CN')) void _;
    };
    await expect(read([utf8('a\nb'), bytes(0xff)], 'utf-8')).rejects.toThrow('a.csv:2: 不是有效的UTF-8文本(--encoding utf-8),请用 --encoding 指定文件的编码');
    // 0x81 0x20 is no GB18030 character: a lead byte, then a space
    await expect(read([bytes(0x81, 0x20)], 'gbk')).rejects.toThrow('a.csv:1: 不是有效的GBK文本(--encoding gbk),请用 --encoding 指定文件的编码');
  });

  it('fails on a file that ends inside a character', async () => {
    await expect(texts([utf8('a\n'), bytes(0xe4, 0xba)], 'utf-8')).rejects.toThrow(
      "a.csv:2: not valid UTF-8 text (--encoding utf-8); give the file's encoding with --encoding",
    );
  });
});
