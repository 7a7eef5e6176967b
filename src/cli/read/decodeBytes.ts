import { CliError } from '../CliError.js';

/** The encodings `--encoding` accepts. */
export const ENCODINGS = ['auto', 'utf-8', 'gbk', 'gb18030', 'utf-16le', 'utf-16be'] as const;

/** An encoding `--encoding` accepts. */
export type EncodingOption = (typeof ENCODINGS)[number];

const BOMS: readonly (readonly [readonly number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding a byte-order mark names, and the mark's length. */
export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const [mark, encoding] of BOMS) {
    if (mark.every((byte, index) => bytes[index] === byte)) return { encoding, length: mark.length };
  }
  return undefined;
}

function isUtf8(sample: Uint8Array, complete: boolean): boolean {
  // A sample may end inside a character: drop up to three trailing bytes of an unfinished sequence.
  let end = sample.length;
  if (!complete) {
    // A byte before the start reads as 0: neither a continuation byte (10xxxxxx) nor a lead byte (11xxxxxx).
    const byteAt = (index: number): number => sample[index] ?? 0;
    let back = 0;
    while (back < 3 && (byteAt(end - back - 1) & 0xc0) === 0x80) back += 1;
    if (byteAt(end - back - 1) >= 0xc0) end -= back + 1;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
  } catch {
    return false;
  }
  return true;
}

/**
 * Chooses the encoding of a file from its first bytes: a byte-order mark
 * wins; else `--encoding` when it is not `auto`; else UTF-8 when the sample
 * is valid UTF-8, GB18030 (a superset of GBK, as Chinese office software
 * writes) otherwise.
 */
export function chooseEncoding(
  sample: Uint8Array,
  option: EncodingOption,
  complete: boolean,
): { encoding: string; bomLength: number } {
  const bom = detectBom(sample);
  if (bom !== undefined) return { encoding: bom.encoding, bomLength: bom.length };
  if (option !== 'auto') return { encoding: option, bomLength: 0 };
  return { encoding: isUtf8(sample, complete) ? 'utf-8' : 'gb18030', bomLength: 0 };
}

/**
 * Decodes a whole file's bytes, strictly: a byte that is not valid in the
 * encoding is an error naming the file and the encoding, never mojibake.
 * `hint` ends the message (such as "; give the encoding with --encoding");
 * `locale` is the language of the message.
 */
export function decodeBytes(bytes: Uint8Array, option: EncodingOption, file: string, hint = '', locale: 'zh-CN' | 'en' = 'en'): string {
  const { encoding, bomLength } = chooseEncoding(bytes, option, true);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bomLength));
  } catch {
    const name = encoding.toUpperCase();
    throw new CliError(
      locale === 'en'
        ? `${file}: not valid ${name} text${option === 'auto' ? ' (nor UTF-8)' : ''}${hint}`
        : `${file}: 不是有效的${name}文本${option === 'auto' ? ',也不是UTF-8文本' : ''}${hint}`,
    );
  }
}
