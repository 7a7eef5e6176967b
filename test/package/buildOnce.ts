import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ once before the package tests, so that they always test the
 * build of the sources in the tree (a stale dist/ would prove nothing).
 */
export default function buildOnce(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(fileURLToPath(new URL('../../node_modules/.bin/tsup', import.meta.url)), [], {
    cwd: root,
    stdio: 'pipe',
  });
}
