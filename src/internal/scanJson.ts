/** A key or an index on the way to a value in a JSON text. */
export type JsonPathKey = string | number;

/**
 * Called for each number of the text with its first and one-past-last
 * offsets and the path to it (a live array: copy it to keep it); returns
 * true to stop the scan there.
 */
export type JsonNumberVisitor = (start: number, end: number, path: readonly JsonPathKey[]) => boolean;

// Sticky: matched where the number starts, however long it is.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A JSON string at `index` (its opening quote): the offset after its closing quote, or an error. */
function skipString(text: string, index: number): number | { index: number; reason: string } {
  let at = index + 1;
  while (at < text.length && text[at] !== '"') {
    if (text.charCodeAt(at) < 0x20) return { index: at, reason: 'control character in a string' };
    if (text[at] === '\\') {
      at += 1;
      if (text[at] === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) return { index: at, reason: 'bad \\u escape in a string' };
        at += 4;
      } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) return { index: at, reason: 'bad escape in a string' };
    }
    at += 1;
  }
  if (at >= text.length) return { index: at, reason: 'unterminated string' };
  return at + 1;
}

/**
 * Reads a JSON text from start to end with a small validating parser that
 * keeps its own stack (so that no depth of nesting overflows the call
 * stack), calling `onNumber` for each number with its place and path.
 * Returns null for valid JSON (or when `onNumber` stopped the scan), else
 * the offset of the first bad character and a short reason.
 *
 * @internal
 */
export function scanJson(text: string, onNumber?: JsonNumberVisitor): { index: number; reason: string } | null {
  let index = 0;
  /** The open arrays and objects, innermost last: `[` or `{`. */
  const open: string[] = [];
  const path: JsonPathKey[] = [];
  const space = (): void => {
    while (index < text.length && ' \t\n\r'.includes(text[index] as string)) index += 1;
  };
  const found = (): string => (index >= text.length ? 'end of file' : `character ${JSON.stringify(text[index])}`);
  const fail = (reason: string): { index: number; reason: string } => ({ index, reason });
  // What comes next: a value, a property name (with its colon), or what follows a value.
  let expect: 'value' | 'name' | 'after' = 'value';
  for (;;) {
    if (expect === 'value') {
      space();
      const char = text[index];
      expect = 'after';
      if (char === '{' || char === '[') {
        index += 1;
        space();
        if (text[index] === (char === '{' ? '}' : ']')) {
          index += 1;
        } else {
          open.push(char);
          path.push(char === '{' ? '' : 0);
          expect = char === '{' ? 'name' : 'value';
        }
      } else if (char === '"') {
        const end = skipString(text, index);
        if (typeof end !== 'number') return end;
        index = end;
      } else if (char === 't' || char === 'f' || char === 'n') {
        for (const letter of char === 't' ? 'true' : char === 'f' ? 'false' : 'null') {
          if (text[index] !== letter) return fail(`unexpected ${found()}`);
          index += 1;
        }
      } else {
        // Anything else must be a number, else it is the unexpected character.
        NUMBER.lastIndex = index;
        const match = NUMBER.exec(text);
        if (match === null) return fail(`unexpected ${found()}`);
        const start = index;
        index += match[0].length;
        if (onNumber?.(start, index, path) === true) return null;
      }
    } else if (expect === 'name') {
      space();
      if (text[index] !== '"') return fail(`expected a property name in double quotes, found ${found()}`);
      const start = index;
      const end = skipString(text, index);
      if (typeof end !== 'number') return end;
      index = end;
      // Decoded only for a caller that reads paths.
      if (onNumber !== undefined) path[path.length - 1] = JSON.parse(text.slice(start, end)) as string;
      space();
      if (text[index] !== ':') return fail(`expected ':' after a property name, found ${found()}`);
      index += 1;
      expect = 'value';
    } else {
      const inner = open.at(-1);
      space();
      if (inner === undefined) {
        if (index < text.length) return fail(`unexpected ${found()} after the end of the JSON value`);
        return null;
      }
      if (text[index] === ',') {
        index += 1;
        if (inner === '[') path[path.length - 1] = (path.at(-1) as number) + 1;
        expect = inner === '{' ? 'name' : 'value';
      } else if (text[index] === (inner === '{' ? '}' : ']')) {
        index += 1;
        open.pop();
        path.pop();
      } else if (inner === '{') {
        return fail(`expected ',' or '}' after a property value, found ${found()}`);
      } else {
        return fail(`expected ',' or ']' after an array element, found ${found()}`);
      }
    }
  }
}

/**
 * The 1-based line and column of an offset: the column counts the UTF-16
 * code units before it on its line, a `\r` belonging to the line it ends.
 *
 * @internal
 */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: index - lineStart + 1 };
}
