import { CliError } from '../CliError.js';
import type { CliIo } from '../CliIo.js';
import { encodeGbk } from './encodeGbk.js';

/**
 * Writes a tally to stdout: text, Markdown and JSON as UTF-8; CSV in
 * `--output-encoding` (UTF-8 with a byte-order mark by default, for Excel;
 * UTF-8; or GBK, refused when the tally holds a character GBK lacks).
 */
export function writeTallyOutput(io: CliIo, output: string, format: 'text' | 'markdown' | 'json' | 'csv', outputEncoding: 'utf-8-bom' | 'utf-8' | 'gbk'): void {
  if (format !== 'csv' || outputEncoding === 'utf-8') {
    io.stdout(output);
  } else if (outputEncoding === 'utf-8-bom') {
    io.stdout(`\uFEFF${output}`);
  } else {
    const encoded = encodeGbk(output);
    if ('unwritable' in encoded) {
      throw new CliError(`--output-encoding gbk cannot write ${JSON.stringify(encoded.unwritable)}, which the tally holds: use utf-8-bom`);
    }
    io.stdoutBytes(encoded.bytes);
  }
}
