import { encodeGbk as encode } from '../../src/cli/write/encodeGbk.js';

/** Encodes text as GBK for a test file; throws for a character GBK cannot write. */
export function encodeGbk(text: string): Uint8Array {
  const result = encode(text);
  if ('unwritable' in result) throw new Error(`no GBK code for ${result.unwritable}`);
  return result.bytes;
}
