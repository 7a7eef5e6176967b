/**
 * Where and why a JSON text fails to parse: a small validating parser run
 * only after `JSON.parse` has failed, since V8's messages do not always give
 * the position. Returns the 1-based line and column of the first bad
 * character and a short reason.
 */
export function jsonSyntaxError(text: string): { line: number; column: number; reason: string } {
  let index = 0;
  const fail = (reason: string): never => {
    throw new Error(reason);
  };
  const space = (): void => {
    while (index < text.length && ' \t\n\r'.includes(text[index] as string)) index += 1;
  };
  const literal = (word: string): void => {
    for (const char of word) {
      if (text[index] !== char) fail(`unexpected ${describe()}`);
      index += 1;
    }
  };
  const describe = (): string => (index >= text.length ? 'end of file' : `character ${JSON.stringify(text[index])}`);
  const string = (): void => {
    index += 1;
    while (index < text.length && text[index] !== '"') {
      const code = text.charCodeAt(index);
      if (code < 0x20) fail('control character in a string');
      if (text[index] === '\\') {
        index += 1;
        if (text[index] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) fail('bad \\u escape in a string');
          index += 4;
        } else if (!'"\\/bfnrt'.includes(text[index] ?? 'x')) fail('bad escape in a string');
      }
      index += 1;
    }
    if (index >= text.length) fail('unterminated string');
    index += 1;
  };
  // Sticky: matched where the number starts, however long it is.
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const number = (): void => {
    numberPattern.lastIndex = index;
    const match = numberPattern.exec(text);
    if (match === null) fail(`unexpected ${describe()}`);
    index += (match as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    space();
    const char = text[index];
    if (char === '{') {
      index += 1;
      space();
      if (text[index] === '}') {
        index += 1;
        return;
      }
      for (;;) {
        space();
        if (text[index] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        string();
        space();
        if (text[index] !== ':') fail(`expected ':' after a property name, found ${describe()}`);
        index += 1;
        value();
        space();
        if (text[index] === ',') index += 1;
        else if (text[index] === '}') {
          index += 1;
          return;
        } else fail(`expected ',' or '}' after a property value, found ${describe()}`);
      }
    }
    if (char === '[') {
      index += 1;
      space();
      if (text[index] === ']') {
        index += 1;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[index] === ',') index += 1;
        else if (text[index] === ']') {
          index += 1;
          return;
        } else fail(`expected ',' or ']' after an array element, found ${describe()}`);
      }
    }
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    // Anything else must be a number: number() reports the unexpected character.
    number();
  };
  let reason = 'not valid JSON';
  try {
    value();
    space();
    if (index < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  } catch (error) {
    reason = (error as Error).message;
  }
  const before = text.slice(0, index).split('\n');
  // Stryker disable next-line StringLiteral: split always returns at least one piece, so at(-1) is never undefined
  return { line: before.length, column: (before.at(-1) ?? '').length + 1, reason };
}
