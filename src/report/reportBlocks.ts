/**
 * A piece of a rendered report, before it is written as text or Markdown.
 *
 * @internal
 */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** How many columns, from the first, hold names (left-aligned); 1 when absent. The others hold figures. */
      readonly leftColumns?: number;
    };

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Writes blocks as plain text (tables left out: the paragraphs carry every
 * figure) or as Markdown (headings with `##`, tables as pipe tables).
 *
 * @internal
 */
export function writeBlocks(blocks: readonly ReportBlock[], format: 'text' | 'markdown'): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      parts.push(format === 'markdown' ? `${'#'.repeat(block.level)} ${block.text}` : block.text);
    } else if (block.kind === 'paragraph') {
      parts.push(block.text);
    } else if (format === 'markdown') {
      const lines = [
        `| ${block.header.map(cell).join(' | ')} |`,
        `|${block.header.map((_, index) => (index < (block.leftColumns ?? 1) ? ' --- ' : ' ---: ')).join('|')}|`,
        ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ];
      parts.push(lines.join('\n'));
    }
  }
  return `${parts.join('\n\n')}\n`;
}
