import { describe, expect, it } from 'vitest';
import { chooseEncoding, decodeBytes, detectBom } from '../../../src/cli/read/decodeBytes.js';
import { CliError } from '../../../src/cli/CliError.js';

const bytes = (...values: number[]) => new Uint8Array(values);
// 五 in UTF-8 is E4 BA 94; 😀 (U+1F600) is F0 9F 98 80.

describe('detectBom', () => {
  it('names the encoding of each byte-order mark and its length', () => {
    expect(detectBom(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(detectBom(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(detectBom(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ encoding: 'utf-16be', length: 2 });
  });

  it('finds none in text without one, or with only part of one', () => {
    expect(detectBom(bytes(0x41, 0x42))).toBeUndefined();
    expect(detectBom(bytes(0xef, 0xbb, 0x41))).toBeUndefined();
    expect(detectBom(bytes())).toBeUndefined();
  });
});

describe('chooseEncoding', () => {
  it('lets a byte-order mark win over --encoding', () => {
    expect(chooseEncoding(bytes(0xff, 0xfe, 0x41, 0x00), 'gbk', true)).toEqual({ encoding: 'utf-16le', bomLength: 2 });
  });

  it('takes --encoding when it is not auto, even for valid UTF-8', () => {
    expect(chooseEncoding(bytes(0x41), 'gbk', true)).toEqual({ encoding: 'gbk', bomLength: 0 });
  });

  it('reads a sample cut inside a character as UTF-8, but not a whole file that ends so', () => {
    // 'A' and the first two bytes of 五: the sample was cut, the character would go on
    expect(chooseEncoding(bytes(0x41, 0xe4, 0xba), 'auto', false)).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(chooseEncoding(bytes(0x41, 0xe4), 'auto', false).encoding).toBe('utf-8');
    // 😀 cut after its lead and two continuation bytes; and a whole 😀 at the end (three), dropped with its lead
    expect(chooseEncoding(bytes(0x41, 0xf0, 0x9f, 0x98), 'auto', false).encoding).toBe('utf-8');
    expect(chooseEncoding(bytes(0x41, 0xf0, 0x9f, 0x98, 0x80), 'auto', false).encoding).toBe('utf-8');
    // the whole file: those two bytes of 五 end nothing, so it is not UTF-8
    expect(chooseEncoding(bytes(0x41, 0xe4, 0xba), 'auto', true).encoding).toBe('gb18030');
  });

  it('drops a lead byte (0xC0 or more) at the end of a sample, but never more than three continuation bytes', () => {
    expect(chooseEncoding(bytes(0x41, 0xc0), 'auto', false).encoding).toBe('utf-8');
    // a lead byte followed by four continuation bytes is not UTF-8: only three are dropped, 0x80 is left bare
    expect(chooseEncoding(bytes(0xf0, 0x80, 0x80, 0x80, 0x80), 'auto', false).encoding).toBe('gb18030');
  });

  it('keeps continuation bytes that follow no lead byte, so that they fail', () => {
    expect(chooseEncoding(bytes(0x80), 'auto', false).encoding).toBe('gb18030');
    expect(chooseEncoding(bytes(0x41, 0x80), 'auto', false).encoding).toBe('gb18030');
  });
});

describe('decodeBytes', () => {
  it('reads a whole file that is not UTF-8 as GB18030', () => {
    // E4 BA is 浜 in GB18030
    expect(decodeBytes(bytes(0x41, 0xe4, 0xba), 'auto', 'a.csv')).toBe('A浜');
  });

  it('drops the byte-order mark', () => {
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x41), 'auto', 'a.csv')).toBe('A');
  });

  it('names the file and the encoding given, with the hint, for bytes that are not valid in it', () => {
    expect(() => decodeBytes(bytes(0x41, 0xff), 'utf-8', 'a.csv', '; give the encoding with --encoding')).toThrow(
      'a.csv: not valid UTF-8 text; give the encoding with --encoding',
    );
    expect(() => decodeBytes(bytes(0x41, 0xff), 'auto', 'a.csv')).toThrow('a.csv: not valid GB18030 text (nor UTF-8)');
  });

  it('says it in Chinese with locale zh-CN', () => {
    expect(() => decodeBytes(bytes(0x41, 0xff), 'utf-8', 'a.csv', '', 'zh-CN')).toThrow(new CliError('a.csv: 不是有效的UTF-8文本'));
    expect(() => decodeBytes(bytes(0x41, 0xff), 'auto', 'a.csv', '', 'zh-CN')).toThrow(new CliError('a.csv: 不是有效的GB18030文本,也不是UTF-8文本'));
  });
});
