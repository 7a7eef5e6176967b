import { CliError } from '../CliError.js';
import { chooseEncoding, type EncodingOption } from './decodeBytes.js';
import { fileError } from './fileError.js';

/**
 * Decodes a file's byte chunks into text as they stream: the encoding is
 * chosen from the first chunk (a byte-order mark, `--encoding`, or UTF-8 when
 * the sample is valid UTF-8 and GB18030 otherwise), and any byte that is not
 * valid in it stops the command with the line it is on, never mojibake.
 * `onBytes` is told how many bytes have been read, for progress; `locale`
 * is the language of the messages.
 */
export async function* decodeStream(
  chunks: AsyncIterable<Uint8Array>,
  option: EncodingOption,
  file: string,
  onBytes: (read: number) => void = () => {},
  locale: 'zh-CN' | 'en' = 'en',
): AsyncGenerator<string> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  // Stryker disable next-line StringLiteral: equivalent, set with the decoder, before any message reads it
  let encoding = '';
  let read = 0;
  let lines = 1;
  const fail = (): never => {
    const given = option === 'auto' ? '' : locale === 'en' ? ` (--encoding ${option})` : `(--encoding ${option})`;
    throw new CliError(
      locale === 'en'
        ? `${file}:${lines}: not valid ${encoding.toUpperCase()} text${given}; give the file's encoding with --encoding`
        : `${file}:${lines}: 不是有效的${encoding.toUpperCase()}文本${given},请用 --encoding 指定文件的编码`,
    );
  };
  const count = (text: string): string => {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
    return text;
  };
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await iterator.next();
    } catch (error) {
      throw fileError(file, error, locale);
    }
    if (next.done === true) break;
    let chunk = next.value;
    read += chunk.length;
    onBytes(read);
    if (decoder === undefined) {
      const chosen = chooseEncoding(chunk, option, false);
      encoding = chosen.encoding;
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
      chunk = chunk.subarray(chosen.bomLength);
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // Find the line of the first bad byte: the text before it, decoded leniently.
      const lenient = new TextDecoder(encoding).decode(chunk);
      count(lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))));
      return fail();
    }
    if (text !== '') yield count(text);
  }
  if (decoder === undefined) return;
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    return fail();
  }
  // Stryker disable next-line ConditionalExpression: equivalent for `false`, a fatal decoder's flush either throws or gives '' (WHATWG Encoding)
  if (rest !== '') yield count(rest);
}
