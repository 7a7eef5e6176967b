/** `text` as UTF-16LE bytes with a byte-order mark (FF FE), as Excel's "Unicode text" writes it. */
export function encodeUtf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < text.length; index += 1) {
    bytes[2 + index * 2] = text.charCodeAt(index) & 255;
    bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
  }
  return bytes;
}
