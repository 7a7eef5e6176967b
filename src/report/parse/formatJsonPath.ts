/**
 * Writes a JSON path the way a reader types it: `centre.tally.accepted`,
 * `streetOffices.offices[0].tally`; `$` for the whole document; keys that are
 * not identifiers in brackets (`englishNames["五华区"]`).
 *
 * @internal
 */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? '$' : text;
}
