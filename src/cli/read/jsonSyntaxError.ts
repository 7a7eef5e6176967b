import { lineAndColumn, scanJson } from '../../internal/scanJson.js';

/**
 * Where and why a JSON text fails to parse: a small validating parser run
 * only after `JSON.parse` has failed, since V8's messages do not always give
 * the position. Returns the 1-based line and column of the first bad
 * character and a short reason. The parser keeps its own stack, so that a
 * text nested 100,000 deep is located like any other.
 */
export function jsonSyntaxError(text: string): { line: number; column: number; reason: string } {
  // Valid JSON, which JSON.parse should not have refused: the place is the end.
  const { index, reason } = scanJson(text) ?? { index: text.length, reason: 'not valid JSON' };
  return { ...lineAndColumn(text, index), reason };
}
