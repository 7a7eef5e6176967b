/**
 * An argument as a message shows it: in single quotes, control characters
 * escaped (so that the message stays on one line) and cut to 80 characters
 * with `…`, however long the argument.
 */
export function quoteArgument(text: string): string {
  const cut = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  // eslint-disable-next-line no-control-regex -- the control characters are what is escaped
  return `'${cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}
