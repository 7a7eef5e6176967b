/**
 * bench/RESULTS.md is written by several scripts: `npm run bench` (bench/run.ts)
 * writes the file whole, the others (bench:sql, bench:xlsx, bench:wall-clock)
 * add or replace their own sections. keepSections keeps, after what run.ts
 * writes, every `## ` section of the old file whose heading the new text does
 * not have, in its old order (with the `<!-- bench:… -->` marker that opens it),
 * so that a run of `npm run bench` drops none of them.
 */
export function keepSections(written: string, old: string): string {
  const headings = new Set(written.split('\n').filter((line) => line.startsWith('## ')));
  const blocks: { heading: string | null; lines: string[] }[] = [];
  let block: { heading: string | null; lines: string[] } | null = null;
  for (const line of old.split('\n')) {
    const opensMarker = /^<!-- bench:[^/]/.test(line);
    if (line.startsWith('## ') && block !== null && block.heading === null && block.lines.length === 1 && /^<!-- bench:/.test(block.lines[0] as string)) {
      block.heading = line; // the heading just below a marker is the marker's section
    } else if (opensMarker || line.startsWith('## ')) {
      block = { heading: opensMarker ? null : line, lines: [] };
      blocks.push(block);
    }
    block?.lines.push(line);
  }
  const kept = blocks.filter((b) => b.heading !== null && !headings.has(b.heading)).map((b) => b.lines.join('\n').trim());
  return kept.length === 0 ? written : `${written.trimEnd()}\n\n${kept.join('\n\n')}\n`;
}
