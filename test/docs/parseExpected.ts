import { expect } from 'vitest';

/** Marks an object literal written with a `…` member: only its listed keys are checked. */
const ELIDED = Symbol('elided members');

/**
 * A vitest asymmetric matcher for a number written with an ellipsis, `0.9952691218…`:
 * the actual number, written out by `String`, must start with those digits. Without a
 * decimal point in the prefix, the integer part must be complete (`12…` is not `123`).
 */
function decimalPrefix(prefix: string): unknown {
  return {
    $$typeof: Symbol.for('jest.asymmetricMatcher'),
    asymmetricMatch: (actual: unknown) => {
      if (typeof actual !== 'number') return false;
      const written = String(actual);
      if (written === prefix) return true;
      return written.startsWith(prefix) && (prefix.includes('.') || written[prefix.length] === '.');
    },
    toString: () => 'DecimalPrefix',
    toAsymmetricMatcher: () => `${prefix}…`,
  };
}

/**
 * Rewrites the ellipses of VALUE into JavaScript, leaving strings alone: a number
 * followed by `…` becomes a call of `__prefix`, any other `…` a spread of `__elided`
 * (a member of an object literal, so the object is checked on its listed keys only).
 */
function rewriteEllipses(value: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i] ?? '';
    if (quote !== undefined) {
      out += char;
      if (char === '\\') out += value[(i += 1)] ?? '';
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      out += char;
    } else if (char === '…') {
      const number = /(?<![\w$.])-?\d+(?:\.\d+)?$/.exec(out);
      if (number) out = `${out.slice(0, number.index)}__prefix(${JSON.stringify(number[0])})`;
      else out += '...__elided';
    } else {
      out += char;
    }
  }
  return out;
}

function compiles(js: string): boolean {
  try {
    new Function('__prefix', '__elided', `return (${js}\n);`);
    return true;
  } catch {
    return false;
  }
}

/** Turns objects carrying {@link ELIDED} into `expect.objectContaining` of their other keys. */
function toMatcher(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toMatcher);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const entries = Object.entries(value).map(([key, member]) => [key, toMatcher(member)] as const);
  const object = Object.fromEntries(entries);
  return Object.hasOwn(value, ELIDED) ? expect.objectContaining(object) : object;
}

/**
 * Parses the VALUE of a `// => VALUE` comment as a JavaScript expression literal, for
 * `toStrictEqual`. A trailing remark in parentheses, `'0.12%' (GB/T 8170 修约)`, is a
 * note for the reader and is not part of the value. `…` is read as above.
 */
export function parseExpected(value: string): unknown {
  let js = rewriteEllipses(value);
  const note = /^([\s\S]*?\S)\s+\([^()]*\)\s*$/.exec(js);
  if (note?.[1] !== undefined && compiles(note[1])) js = note[1];
  if (!compiles(js)) throw new SyntaxError(`\`// => ${value}\` is not a JavaScript value`);
  const elided = Object.freeze({ [ELIDED]: true });
  const evaluate = new Function('__prefix', '__elided', `'use strict';\nreturn (${js}\n);`) as (
    prefix: typeof decimalPrefix,
    elidedMembers: object,
  ) => unknown;
  try {
    return toMatcher(evaluate(decimalPrefix, elided));
  } catch (error) {
    throw new SyntaxError(
      `\`// => ${value}\` cannot be read (… goes after digits or as a member of an object literal): ${String(error)}`,
    );
  }
}
