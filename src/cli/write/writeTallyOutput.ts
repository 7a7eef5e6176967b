import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { encodeGbk } from './encodeGbk.js';

/**
 * Writes a tally to stdout: text, Markdown and JSON as UTF-8; CSV in
 * `--output-encoding` (UTF-8 with a byte-order mark by default, for Excel;
 * UTF-8; or GBK, refused when the tally holds a character GBK lacks, in
 * `locale`'s language).
 */
export function writeTallyOutput(
  io: CliIo,
  output: string,
  format: 'text' | 'markdown' | 'json' | 'csv',
  outputEncoding: 'utf-8-bom' | 'utf-8' | 'gbk',
  locale: 'zh-CN' | 'en' = 'en',
): void {
  if (format !== 'csv' || outputEncoding === 'utf-8') {
    io.stdout(output);
  } else if (outputEncoding === 'utf-8-bom') {
    io.stdout(`\uFEFF${output}`);
  } else {
    const encoded = encodeGbk(output);
    if ('unwritable' in encoded) {
      const character = JSON.stringify(encoded.unwritable);
      throw new CliError(
        locale === 'en'
          ? `--output-encoding gbk cannot write ${character}, which the tally holds: use utf-8-bom`
          : `统计结果中有GBK无法写出的字符${character},--output-encoding gbk 不能用,请改用 utf-8-bom`,
      );
    }
    io.stdoutBytes(encoded.bytes);
  }
}
