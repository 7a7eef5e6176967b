// tally --jobs: a file of 8 MiB or more read in parts by worker threads gives
// the output of one pass, and a part with something a message would name (an
// invalid record, a quoted line end at the cut) sends the file through one
// pass. Each case spawns the command (worker threads read the file from disk).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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
    expect(trace(two)).toMatch(/read in 2 parts$/);
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
    expect(trace(two)).toMatch(/read in 2 parts$/);
    expect(two.stdout).toBe(one.stdout);
  });
});
