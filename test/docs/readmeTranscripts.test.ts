import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/fakeIo.js';

// The README's command transcripts, run as written: each `$ npm run --silent cli -- …` line of a
// ```text block is run in-process, and what it prints (stdout, then stderr) and its exit status
// (`# exit status N`, 0 when the transcript gives none) must be what the README shows. The
// output of `npm start` (zwfw-stats report examples/wuhua-2019-01.json) is checked the same way.

const README = readFileSync('README.md', 'utf8');
const PREFIX = '$ npm run --silent cli -- ';

interface Transcript {
  readonly command: string;
  readonly output: string;
  readonly status: number;
}

/** Every `$ npm run --silent cli -- …` of the README's ```text blocks, with what follows it. */
function transcripts(): Transcript[] {
  const found: Transcript[] = [];
  for (const [, block = ''] of README.matchAll(/^```text\n([\s\S]*?)^```$/gm)) {
    const parts = block.split(/^(?=\$ )/m).filter((part) => part.startsWith(PREFIX));
    for (const part of parts) {
      const [first = '', ...rest] = part.split('\n');
      let output = rest.join('\n');
      const status = output.match(/^# exit status (\d+)\s*$/m);
      if (status !== null) output = output.slice(0, status.index);
      found.push({ command: first.slice(PREFIX.length), output: output.trimEnd(), status: status === null ? 0 : Number(status[1]) });
    }
  }
  return found;
}

describe('the README’s transcripts', () => {
  const all = transcripts();

  it('are there to check: the quick start’s tally of the export example among them', () => {
    expect(all.map((transcript) => transcript.command)).toContain('tally examples/export-2019-01-gbk.csv --period 2019-01 --top 3');
  });

  it.each(all.map((transcript) => [transcript.command, transcript] as const))('zwfw-stats %s prints what the README shows', async (_, { command, output, status }) => {
    const result = await run(command.split(' '), {}, { chunk: 1 << 16 });
    expect(`${result.stdout}${result.stderr}`.trimEnd()).toBe(output);
    expect(result.status).toBe(status);
  }, 60_000);

  it('npm start prints section 一 as the README shows it', async () => {
    const shown = README.match(/Every figure and phrase is the seed's:\n\n```text\n([\s\S]*?)```/)?.[1];
    const result = await run(['report', 'examples/wuhua-2019-01.json']);
    expect(result.stdout.trimEnd()).toBe(shown?.trimEnd());
    expect(result.status).toBe(0);
  });
});
