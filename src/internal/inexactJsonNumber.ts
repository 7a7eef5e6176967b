import { scanJson } from './scanJson.js';
import { type InexactJsonNumber, inexactNumber, readsAsWritten } from './readsAsWritten.js';

/**
 * The first number of a valid JSON text that `JSON.parse` would read as
 * another number (see {@link readsAsWritten}), with its place and path, or
 * null when every number reads as written.
 *
 * @internal
 */
export function inexactJsonNumber(text: string): InexactJsonNumber | null {
  let found: InexactJsonNumber | null = null;
  scanJson(text, (start, end, path) => {
    const written = text.slice(start, end);
    const value = Number(written);
    if (readsAsWritten(written, value)) return false;
    found = inexactNumber(written, value, start, [...path]);
    return true;
  });
  return found;
}
