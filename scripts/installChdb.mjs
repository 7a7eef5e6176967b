// `npm run test:clickhouse` needs chDB (ClickHouse in process), whose package
// is over 500 MB: it is not a dev dependency, but installed here, once, into
// the git-ignored .cache/chdb, at the version the ClickHouse suite was written for.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const VERSION = '3.4.0';
const folder = new URL('../.cache/chdb/', import.meta.url);
const installed = new URL('node_modules/chdb/package.json', folder);
if (!existsSync(installed)) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(new URL('package.json', folder), '{ "name": "chdb-cache", "private": true }\n');
  console.error(`installing chdb@${VERSION} into .cache/chdb (about 550 MB)`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `chdb@${VERSION}`], { cwd: folder, stdio: 'inherit' });
}
