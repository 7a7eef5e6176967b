import { describe, expect, it } from 'vitest';
import { NOT_PLAIN, StringValues } from '../../../../src/tally/read/ndjsonBytes/StringValues.js';

/** The text of a JSON string, its closing quote and a `\n` after it, as bytes. */
const quoted = (text: string): Uint8Array => new TextEncoder().encode(`${text}"\n`);

describe('StringValues', () => {
  it('reads a string up to its closing quote, and the same bytes again from the table', () => {
    const values = new StringValues();
    const bytes = new TextEncoder().encode('x"区人社局","区人社局"\n');
    // 区人社局 is 12 bytes: the first from byte 2 to its quote at 14, the second from 17 to 29
    expect(values.read(bytes, 2)).toBe('区人社局');
    expect(values.end).toBe(14);
    expect(values.read(bytes, 17)).toBe('区人社局');
    expect(values.end).toBe(29);
    expect(values.read(quoted(''), 0)).toBe('');
    expect(values.end).toBe(0);
  });

  it('leaves a string with an escape or a control character to the caller', () => {
    const values = new StringValues();
    for (const text of ['a\\"b', '\\u533a', 'a\tb', 'a\u0001', 'a\nb']) expect(values.read(quoted(text), 0)).toBe(NOT_PLAIN);
  });

  it('keeps thousands of distinct strings apart as its table grows, and past its limit decodes each as it comes', () => {
    for (const values of [new StringValues(), new StringValues(10)]) {
      const texts = Array.from({ length: 3000 }, (_, index) => `街道${index}`);
      for (const text of texts) expect(values.read(quoted(text), 0)).toBe(text);
      for (const text of [...texts].reverse()) {
        expect(values.read(quoted(text), 0)).toBe(text);
        expect(values.end).toBe(new TextEncoder().encode(text).length);
      }
    }
  });
});
