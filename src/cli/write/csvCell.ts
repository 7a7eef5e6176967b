/**
 * One CSV cell, quoted where it must be (a comma, a quote, a line break), and
 * kept from acting as a formula: a text cell that begins with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'`, so that Excel and WPS
 * show it as text (OWASP, "CSV Injection"). Names come from the data: a
 * department named `=HYPERLINK(…)` must not become a link. Figures the
 * command writes (counts, rates such as 99.53%) never begin with those.
 */
export function csvCell(cell: string): string {
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
