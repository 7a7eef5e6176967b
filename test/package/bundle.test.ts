import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as coreSource from '../../src/core.js';
import { codeEntries, namesOf, root } from './entries.js';

/**
 * Bundles `export { names } from '<entry>'` as an application's bundler would
 * (minified, tree-shaken, package.json `sideEffects` honoured) and returns the
 * code with the list of source files that put code into it.
 */
async function bundle(
  entry: string,
  names: readonly string[],
  platform: 'browser' | 'node' = 'browser',
): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from ${JSON.stringify(entry)};`, resolveDir: root },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    metafile: true,
    // tsup's bare `import './chunk-….js'` lines are dropped because of
    // "sideEffects": false, which is the point; esbuild warns about each.
    logLevel: 'silent',
    // The root, core and schemas bundle for the browser: no Node built-ins
    // (feedCsv, which streams with node:stream, is in zwfw-stats/node).
    platform,
  });
  // The files that put bytes into the output: the metafile's `inputs` also
  // lists files that were parsed and then shaken out entirely.
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file),
  );
  return { code: result.outputFiles[0]?.text ?? '', inputs };
}

/** Whether a bundle holds zod: a file from zod's package, or its name in the code. */
function holdsZod({ code, inputs }: { code: string; inputs: string[] }): boolean {
  return inputs.some((input) => /(^|\/)node_modules\/zod\//.test(input)) || /zod/i.test(code);
}

const rootEsm = codeEntries().find((entry) => entry.subpath === '.')?.esm ?? '';

describe('a bundle of the package', () => {
  it('holds zod when it imports a schema (the check below can fail)', async () => {
    const schema = await bundle(rootEsm, ['CaseTallySchema']);
    expect(schema.inputs.some((input) => input.includes('node_modules/zod/'))).toBe(true);
    expect(holdsZod(schema)).toBe(true);
  });

  it('importing completionRate alone from the root holds no zod and stays under 1 KB gzip', async () => {
    const result = await bundle(rootEsm, ['completionRate']);
    expect(holdsZod(result)).toBe(false);
    expect(result.code).toContain('"completionRate","accepted"');
    expect(gzipSync(result.code).length).toBeLessThan(1000);
  });

  it.each(namesOf(coreSource))('importing %s alone from the root holds no zod', async (name) => {
    const result = await bundle(rootEsm, [name]);
    expect(holdsZod(result)).toBe(false);
  });

  it('bundles the whole root for the browser, and zwfw-stats/node for Node', async () => {
    const everything = await bundle(rootEsm, Object.keys(await import('../../src/index.js')));
    expect(everything.code.length).toBeGreaterThan(0);
    const node = codeEntries().find((entry) => entry.subpath === './node')?.esm ?? '';
    await expect(bundle(node, ['feedCsv'], 'browser')).rejects.toThrow(/node|stream/);
    expect((await bundle(node, ['feedCsv'], 'node')).code).toContain('feedCsv');
  });

  it('importing all of zwfw-stats/core holds no zod', async () => {
    const core = codeEntries().find((entry) => entry.subpath === './core')?.esm ?? '';
    const result = await bundle(core, namesOf(coreSource));
    expect(holdsZod(result)).toBe(false);
  });
});
