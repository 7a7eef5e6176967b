// The command as a user runs it: a child process, its exit status and its
// streams. Each spawn costs a TypeScript start-up, so there are few of them;
// the in-process tests (runCli.test.ts) cover the rest.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

function spawnCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({ status: error === null ? 0 : Number(error.code), stdout, stderr });
      },
    );
  });
}


describe('zwfw-stats as a process', { timeout: 30_000 }, () => {
  it('report: writes the seed’s text and exits 0', async () => {
    const { status, stdout, stderr } = await spawnCli(['report', 'examples/wuhua-2019-01.json']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('2019年1月,五华区人民政府政务服务中心各窗口共受理各类事项35300件,办结35133件');
    expect(stdout).toContain('受理业务量前三名的是:红云街道为民服务中心3410件,办结3410件');
  });

  it('audit: exits 1 for the doctored example, naming the paths', async () => {
    // examples/wuhua-2019-01-doctored.json: 公共服务 14736 → 14737, published 办结率 99.53% → 99.52%
    const { status, stdout, stderr } = await spawnCli(['audit', 'examples/wuhua-2019-01-doctored.json']);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'error   centre.published.completionRate: 公布的办结率为99.52%,按计数应为99.53%(办结35133件 / 受理35300件)',
        'error   centre.byCategory: 各类别受理数合计35301件,与总数35300件不符',
        'examples/wuhua-2019-01-doctored.json: 2个错误,0个警告,0条提示',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 with a one-line message and no stack trace for a missing file', async () => {
    const { status, stdout, stderr } = await spawnCli(['report', 'examples/missing.json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('zwfw-stats: examples/missing.json: 文件不存在\n');
  });

  it('exits 2 for a bad option', async () => {
    const { status, stderr } = await spawnCli(['audit', 'examples/wuhua-2019-01.json', '--format', 'markdown', '--locale', 'en']);
    expect(status).toBe(2);
    expect(stderr).toBe("zwfw-stats: --format must be one of text, json, got 'markdown' (see zwfw-stats audit --help)\n");
  });

  it('tally: streams the generated CSV and prints the top three street offices', async () => {
    const { status, stdout, stderr } = await spawnCli([
      'tally', 'examples/cases-2019-01.csv', '--period', '2019-01', '--top', '3',
    ]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    // the heading (three lines), a blank line, the column names, three ranked rows, the centre's own windows and the total
    expect(stdout.split('\n')[0]).toBe('examples/cases-2019-01.csv: 2019年1月,共400条记录,按街道分为11组,受理量前3名');
    expect(stdout.trimEnd().split('\n').slice(5).map((line) => line.split(/\s+/)[0])).toEqual(['1', '2', '3', '—', '合计']);
  });
});
