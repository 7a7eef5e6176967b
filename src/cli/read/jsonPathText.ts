import type { JsonPathKey } from '../../internal/scanJson.js';

/** Keys shown at each end of a path deeper than twice this. */
const END_KEYS = 4;

function keyText(key: JsonPathKey, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  if (/^[A-Za-z_$][\w$]{0,79}$/.test(key)) return first ? key : `.${key}`;
  return key.length > 80 ? `[${JSON.stringify(key.slice(0, 80))}…]` : `[${JSON.stringify(key)}]`;
}

/**
 * A JSON path as the report's problems print it: `centre.tally.accepted`,
 * `byCategory[0].accepted`; keys that are not identifiers in brackets (cut
 * to 80 characters); `$` for the whole document. A path deeper than eight
 * keeps four keys at each end and says how many are left out.
 */
export function jsonPathText(path: readonly JsonPathKey[]): string {
  if (path.length === 0) return '$';
  if (path.length <= 2 * END_KEYS) return path.map((key, at) => keyText(key, at === 0)).join('');
  const head = path.slice(0, END_KEYS).map((key, at) => keyText(key, at === 0)).join('');
  const tail = path.slice(-END_KEYS).map((key) => keyText(key, false)).join('');
  return `${head}…(${path.length - 2 * END_KEYS} more)…${tail}`;
}
