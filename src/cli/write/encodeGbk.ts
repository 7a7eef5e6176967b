/** Each character GBK can write, to its two bytes: built once, by decoding every two-byte GBK sequence. */
let table: Map<string, readonly [number, number]> | null = null;

function gbkTable(): Map<string, readonly [number, number]> {
  if (table !== null) return table;
  const built = new Map<string, readonly [number, number]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !built.has(char)) built.set(char, [lead, trail]);
    }
  }
  table = built;
  return built;
}

/**
 * Encodes text as GBK (ASCII as itself), as WPS and Excel on Chinese Windows
 * read a CSV. Node decodes GBK but does not encode it. A character GBK
 * cannot write (an emoji, a rare character outside GBK) is returned in
 * `unwritable`, and nothing is written for the text.
 */
export function encodeGbk(text: string): { readonly bytes: Uint8Array } | { readonly unwritable: string } {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = codes.get(char);
    if (pair === undefined) return { unwritable: char };
    bytes.push(pair[0], pair[1]);
  }
  return { bytes: new Uint8Array(bytes) };
}
