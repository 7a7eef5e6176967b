/**
 * Database servers started by the tests themselves, each in a temporary
 * directory on a unix socket (no network), stopped at the end: MariaDB from
 * Debian's mariadb-server and PostgreSQL from Debian's postgresql, where they
 * are installed.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A running server: where its socket is, and how to stop it. */
export interface Server {
  readonly socketDirectory: string;
  readonly socket: string;
  stop(): Promise<void>;
}

/** The first of `names` found on PATH (or in the usual sbin and PostgreSQL folders), or null. */
export function findProgram(...names: string[]): string | null {
  const folders = [...(process.env['PATH'] ?? '').split(':'), '/usr/sbin', '/usr/bin', '/usr/local/bin'];
  for (const version of ['18', '17', '16', '15', '14', '13']) folders.push(`/usr/lib/postgresql/${version}/bin`);
  for (const name of names) {
    for (const folder of folders) {
      const path = join(folder, name);
      if (folder !== '' && existsSync(path)) return path;
    }
  }
  return null;
}

async function waitFor(check: () => boolean, what: string, log: () => string, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (check()) return;
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${log()}`);
    await sleep(50);
  }
  throw new Error(`${what} did not start within 30 s:\n${log()}`);
}

async function stopChild(child: ChildProcess, directory: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  rmSync(directory, { recursive: true, force: true });
}

/** Starts MariaDB (mariadb-install-db, then mariadbd --skip-networking) in a temporary directory; null when it is not installed. */
export async function startMariadb(): Promise<Server | null> {
  const mariadbd = findProgram('mariadbd');
  const install = findProgram('mariadb-install-db');
  if (mariadbd === null || install === null) return null;
  const directory = mkdtempSync(join(tmpdir(), 'zwfw-mariadb-'));
  const data = join(directory, 'data');
  const socket = join(directory, 'mariadb.sock');
  const log = join(directory, 'error.log');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  execFileSync(install, ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], {
    stdio: 'ignore',
  });
  const child = spawn(
    mariadbd,
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(directory, 'mariadb.pid')}`,
      `--log-error=${log}`,
      '--skip-grant-tables',
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=8M',
      '--skip-log-bin',
      ...asRoot,
    ],
    { stdio: 'ignore' },
  );
  await waitFor(() => existsSync(socket), 'mariadbd', () => (existsSync(log) ? readFileSync(log, 'utf8') : ''), child);
  return { socketDirectory: directory, socket, stop: () => stopChild(child, directory) };
}

/** Starts a PostgreSQL server (initdb, then postgres with no TCP port) in a temporary directory; null when it is not installed. */
export async function startPostgres(): Promise<Server | null> {
  const postgres = findProgram('postgres');
  const initdb = findProgram('initdb');
  if (postgres === null || initdb === null) return null;
  const directory = mkdtempSync(join(tmpdir(), 'zwfw-postgres-'));
  const data = join(directory, 'data');
  // PostgreSQL refuses to run as root: as root, run it as the postgres user.
  const user: { uid?: number; gid?: number } = {};
  if (process.getuid?.() === 0) {
    user.uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    user.gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chmodSync(directory, 0o777);
  }
  execFileSync(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], { stdio: 'ignore', ...user });
  let output = '';
  const child = spawn(postgres, ['-D', data, '-k', directory, '-c', 'listen_addresses=', '-c', 'fsync=off', '-c', 'shared_buffers=16MB'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    ...user,
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const socket = join(directory, '.s.PGSQL.5432');
  await waitFor(() => existsSync(socket) && output.includes('ready to accept connections'), 'postgres', () => output, child);
  return { socketDirectory: directory, socket, stop: () => stopChild(child, directory) };
}
