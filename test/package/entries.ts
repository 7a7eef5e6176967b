import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

interface Conditions {
  readonly import: { readonly types: string; readonly default: string };
  readonly require: { readonly types: string; readonly default: string };
}

/** Every entry of package.json's `exports` map that holds code: `.`, `./core`, `./schemas` … */
export function codeEntries(): { subpath: string; esm: string; cjs: string }[] {
  const manifest = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
    exports: Record<string, Conditions | string>;
  };
  return Object.entries(manifest.exports)
    .filter((entry): entry is [string, Conditions] => typeof entry[1] === 'object')
    .map(([subpath, conditions]) => ({
      subpath,
      esm: fileURLToPath(new URL(conditions.import.default, pathToFileURL(`${root}/`))),
      cjs: fileURLToPath(new URL(conditions.require.default, pathToFileURL(`${root}/`))),
    }));
}

/** The names a module exports at run time, sorted. */
export function namesOf(module: object): string[] {
  return Object.keys(module).sort();
}

/** Loads the ESM build of an entry. */
export async function importEsm(file: string): Promise<object> {
  return (await import(pathToFileURL(file).href)) as object;
}

/** Loads the CommonJS build of an entry, as `require` does. */
export function requireCjs(file: string): object {
  return createRequire(import.meta.url)(file) as object;
}
