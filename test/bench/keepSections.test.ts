import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepSections } from '../../bench/keepSections.js';

// What bench/run.ts writes: its header, the notes and its own three sections.
const written = '# Benchmark results\n\nWritten by `npm run bench`.\n\n## How to read these figures\n\nnotes\n\n## Tallies\n### 1e6 records\nfigures\n\n## Streaming 10 million records\n\nS\n\n## topN (bench/topN.bench.ts)\n\nN\n';

describe('keepSections', () => {
  it("keeps, after run.ts's text, every section of the old file that it does not write, with its marker", () => {
    const old = [
      '# Benchmark results', '', 'old header', '', '## Tallies', 'old figures', '',
      '## .xlsx at Excel\'s row limit (bench/xlsx.ts)', '', 'xlsx figures', '',
      '<!-- bench:sql:1e7 -->', '## Tally SQL at 1e7', 'sql figures', '<!-- /bench:sql:1e7 -->', '',
      '## Times as exports write them', 'wall-clock figures', '',
    ].join('\n');
    expect(keepSections(written, old)).toBe(
      `${written}\n## .xlsx at Excel's row limit (bench/xlsx.ts)\n\nxlsx figures\n\n<!-- bench:sql:1e7 -->\n## Tally SQL at 1e7\nsql figures\n<!-- /bench:sql:1e7 -->\n\n## Times as exports write them\nwall-clock figures\n`,
    );
  });

  it('drops none of the sections of bench/RESULTS.md that other scripts wrote', () => {
    const old = readFileSync(new URL('../../bench/RESULTS.md', import.meta.url), 'utf8');
    const kept = keepSections(written, old);
    for (const heading of old.split('\n').filter((line) => line.startsWith('## '))) expect(kept).toContain(heading);
  });

  it('leaves the text as written when the old file is empty', () => {
    expect(keepSections(written, '')).toBe(written);
  });
});
