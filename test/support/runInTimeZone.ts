import { execFile } from 'node:child_process';

const ROOT = new URL('../..', import.meta.url).pathname;

/**
 * Runs a TypeScript script of the project (a path from its root) in a child
 * process with `TZ=timeZone`, and gives what it printed, read as JSON: for
 * the tests that nothing reads the machine's time zone.
 */
export function runInTimeZone<T>(script: string, timeZone: string): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: timeZone } },
      (error, stdout, stderr) => (error === null ? resolve(JSON.parse(stdout) as T) : reject(new Error(`${error.message}\n${stderr}`))),
    );
  });
}
