// tally --jobs: a file of 8 MiB or more read in parts by worker threads gives
// the output of one pass, and a part with something a message would name (an
// invalid record, a quoted line end at the cut) sends the file through one
// pass. Each case spawns the command (worker threads read the file from disk).
import { execFile } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeStream } from '../../../src/cli/read/decodeStream.js';
import { tallyCsvFile } from '../../../src/cli/read/tallyCsvFile.js';
import { tallyInParts } from '../../../src/cli/read/tallyInParts.js';
import { createTallier } from '../../../src/tally/createTallier.js';
import { feedNdjson } from '../../../src/tally/feedNdjson.js';

const ROOT = new URL('../../..', import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), 'zwfw-parts-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function spawnCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ZWFW_STATS_TRACE: '1' }, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => resolve({ status: error === null ? 0 : Number(error.code), stdout, stderr }),
    );
  });
}

const HEADER = 'id,category,departmentId,streetOfficeId,acceptedAt,dueAt,completedAt';
/** 90,000 rows of about 100 bytes (9 MB): row i is in street office s(i mod 7), completed late when i mod 10 is 0. */
function rows(count: number, change: (index: number, line: string) => string = (_, line) => line): string {
  const lines = [HEADER];
  for (let index = 0; index < count; index += 1) {
    const late = index % 10 === 0 ? '2019-01-25T10:00:00+08:00' : '2019-01-08T10:00:00+08:00';
    lines.push(change(index, `c${index},public_service,d${index % 3},s${index % 7},2019-01-03T09:00:00+08:00,2019-01-20T17:00:00+08:00,${late}`));
  }
  return `${lines.join('\n')}\n`;
}

async function both(name: string, text: string, extra: string[] = []) {
  const file = join(directory, name);
  writeFileSync(file, text);
  const args = ['tally', file, '--period', '2019-01', '--format', 'json', ...extra];
  const [one, two] = await Promise.all([spawnCli([...args, '--jobs', '1']), spawnCli([...args, '--jobs', '2'])]);
  return { one, two, trace: (result: { stderr: string }) => result.stderr.split('\n')[0] };
}

describe('tally --jobs', { timeout: 120_000 }, () => {
  it('reads a large CSV file in two parts, to the output of one pass', async () => {
    const { one, two, trace } = await both('plain.csv', rows(90_000));
    // 9,528,959 bytes (9.09 MiB): parts of 1 MiB at least, so 9 of them
    expect(trace(two)).toMatch(/read in 9 parts by 2 threads$/);
    expect(trace(one)).toMatch(/read by the byte reader \(0 rows as text\)$/);
    expect(two.stdout).toBe(one.stdout);
    // 90,000 cases accepted in January, s0 … s6; each street office has 90,000 / 7 rows, rounded
    const groups = (JSON.parse(two.stdout) as { groups: { tally: { accepted: number } }[] }).groups;
    expect(groups.reduce((sum, group) => sum + group.tally.accepted, 0)).toBe(90_000);
  });

  it('reads a file in one pass when a part after the first holds an invalid record, with the message of one pass', async () => {
    const { one, two, trace } = await both('invalid.csv', rows(90_000, (index, line) => (index === 80_000 ? line.replace('public_service', 'x') : line)));
    expect(trace(two)).toMatch(/read in one pass: a row to read as text in a part of the file$/);
    expect(two.status).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    const messages = (stderr: string): string[] => stderr.split('\n').filter((line) => !/^zwfw-stats: \S+: read /u.test(line));
    expect(messages(two.stderr)).toEqual(messages(one.stderr));
    // record 80,000 is on line 80,002 (the header is line 1)
    expect(two.stderr).toContain('invalid.csv:80002: ');
  });

  it('reads a file in one pass when a quoted line end lies across the cut, as csv-parse reads it', async () => {
    // a cell with a line end in every row from 40,000 to 50,000: the cut at half the bytes lands among them
    const { one, two, trace } = await both('quoted.csv', rows(90_000, (index, line) => (index >= 40_000 && index < 50_000 ? line.replace(`c${index}`, `"c${index}\nx"`) : line)), ['--by', 'department']);
    expect(trace(two)).toMatch(/read in one pass: /);
    expect(trace(one)).toMatch(/read again by csv-parse: a line end inside quotes$/);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reads a large NDJSON file in two parts, to the output of one pass', async () => {
    const lines: string[] = [];
    for (let index = 0; index < 60_000; index += 1) {
      lines.push(JSON.stringify({ id: `n${index}`, category: 'public_service', departmentId: `d${index % 3}`, streetOfficeId: index % 4 === 0 ? null : `s${index % 5}`, acceptedAt: '2019-01-03T09:00:00+08:00', dueAt: '2019-01-20T17:00:00+08:00', completedAt: index % 9 === 0 ? null : '2019-01-08T10:00:00+08:00', note: 'x'.repeat(40) }));
    }
    const { one, two, trace } = await both('cases.ndjson', `${lines.join('\n')}\n`);
    // 15,135,549 bytes (14.4 MiB): 14 parts of 1 MiB at least
    expect(trace(two)).toMatch(/read in 14 parts by 2 threads$/);
    expect(two.stdout).toBe(one.stdout);
  });

  it("says a decoding error of the first part in the user's language, as one pass does", async () => {
    // A byte 0xFF on line 3 of a 9 MB NDJSON file: not UTF-8, so read as GB18030, where 0xFF is no character either.
    const lines: string[] = [];
    for (let index = 0; index < 90_000; index += 1) lines.push(JSON.stringify({ id: `n${index}`, category: 'public_service', departmentId: 'd', acceptedAt: '2019-01-03T09:00:00+08:00', note: 'x'.repeat(40) }));
    const file = join(directory, 'gb18030.ndjson');
    writeFileSync(file, Buffer.concat([Buffer.from(`${lines.slice(0, 2).join('\n')}\n`), Buffer.from([0xff]), Buffer.from(`${lines.slice(2).join('\n')}\n`)]));
    const args = ['tally', file, '--period', '2019-01'];
    const [one, two] = await Promise.all([spawnCli([...args, '--jobs', '1']), spawnCli([...args, '--jobs', '2'])]);
    const message = `zwfw-stats: ${file}:3: 不是有效的GB18030文本,请用 --encoding 指定文件的编码`;
    expect([one.status, one.stderr.split('\n').at(-2)]).toEqual([2, message]);
    expect([two.status, two.stderr.split('\n').at(-2)]).toEqual([2, message]);
  });
});

// In process: tallyInParts against one pass of the same file, summaries and
// invalid records (with their indices and lines) included. With four threads
// and eight parts, the parts come back in an order that is not the file's
// (a thread that finishes a short part posts it before another thread's
// earlier, longer one); the merge must put them back in the file's order.
describe('tallyInParts', { timeout: 120_000 }, () => {
  const OPTIONS = { period: '2019-01', by: 'streetOffice', onInvalid: 'collect' } as const;
  /** Rows of varying length (a note of 0 … 290 bytes): parts of equal bytes hold different numbers of lines. */
  const varied = (index: number, line: string): string => `${line},${'n'.repeat((index * 37) % 291)}`;

  async function onePass(file: string, input: 'csv' | 'ndjson') {
    const tallier = createTallier(OPTIONS);
    if (input === 'csv') {
      const outcome = await tallyCsvFile(tallier, file, createReadStream(file), 'auto', { headers: {}, skipRows: 0, onBytes: () => {} });
      if (!('summary' in outcome)) throw new Error(outcome.unusual);
      return { result: tallier.result(), summary: outcome.summary };
    }
    const summary = await feedNdjson(tallier, decodeStream(createReadStream(file), 'auto', file));
    return { result: tallier.result(), summary };
  }

  /**
   * tallyInParts with `jobs` threads; with `pause`, this thread stops that many milliseconds
   * early in the first part, so that the workers (slow to start under the TypeScript loader) read
   * the parts after it side by side and post them in whatever order they finish.
   */
  async function inParts(file: string, input: 'csv' | 'ndjson', jobs: number, pause = 0) {
    const tallier = createTallier(OPTIONS);
    // Paused at the second chunk of the first part: after the header, which the workers are sent.
    let chunks = pause === 0 ? 2 : 0;
    const parted = await tallyInParts({
      tallier,
      file,
      size: statSync(file).size,
      input,
      jobs,
      bytes: createReadStream(file),
      encoding: 'auto',
      locale: 'en',
      options: OPTIONS,
      by: ['streetOffice'],
      headers: {},
      skipRows: 0,
      onBytes: () => {
        chunks += 1;
        if (chunks === 2) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
      },
    });
    return parted;
  }

  it('gives a CSV file read in parts, in any order, the records, lines and invalid records of one pass', async () => {
    // an invalid record (record 100, line 102) in the first part; 4 MiB of blank lines at the end: the last
    // parts hold no record, are read fast and come back before the part with the last record, whose line
    // is the summary's lines only when the line ends of the parts before it are counted in the file's order
    const text = `${rows(60_000, (index, line) => varied(index, index === 100 ? line.replace('public_service', 'x') : line)).replace(HEADER, `${HEADER},note`)}${'\n'.repeat(4 << 20)}`;
    const file = join(directory, 'varied.csv');
    writeFileSync(file, text);
    const one = await onePass(file, 'csv');
    const parted = await inParts(file, 'csv', 4, 3000);
    // 15,108,685 + 4,194,304 bytes (18.4 MiB): 18 parts of 1 MiB at least
    expect(parted).toEqual({ ...one, parts: 18, threads: 4 });
    // 60,000 rows after the header: the last on line 60,001 (the blank lines after it are not counted)
    expect(one.summary).toMatchObject({ records: 60_000, lines: 60_001 });
    expect(one.result.invalid).toMatchObject([{ index: 100, line: 102 }]);
  });

  it('gives an NDJSON file read in parts, in any order, the records and lines of one pass', async () => {
    const lines: string[] = [];
    for (let index = 0; index < 50_000; index += 1) {
      lines.push(JSON.stringify({ id: `n${index}`, category: 'public_service', departmentId: 'd0', streetOfficeId: `s${index % 5}`, acceptedAt: '2019-01-03T09:00:00+08:00', completedAt: null, note: 'n'.repeat((index * 37) % 291) }));
      // a blank line now and then
      if (index % 1000 === 999) lines.push('');
    }
    const file = join(directory, 'varied.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n\n`);
    const one = await onePass(file, 'ndjson');
    const parted = await inParts(file, 'ndjson', 4, 3000);
    // 15,038,685 bytes (14.3 MiB): 14 parts
    expect(parted).toEqual({ ...one, parts: 14, threads: 4 });
    // 50,000 records, 50 blank lines among them and one at the end
    expect(one.summary).toMatchObject({ records: 50_000, lines: 50_051 });
  });

  it('gives `unusual` for a part after the first with an invalid record, whichever thread reads it', async () => {
    // record 59,000 is in the last of the 14 parts
    const file = join(directory, 'late.csv');
    writeFileSync(file, rows(60_000, (index, line) => varied(index, index === 59_000 ? line.replace('public_service', 'x') : line)).replace(HEADER, `${HEADER},note`));
    expect(await inParts(file, 'csv', 2)).toEqual({ unusual: 'a row to read as text in a part of the file' });
  });
});
