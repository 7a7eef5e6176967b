import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layering check (`npm run check:layers`) runs dependency-cruiser with
// .dependency-cruiser.cjs over src/. Here the same rules run over a small
// tree made to break each of them once, so that a rule that stops firing
// (a wrong pattern, imports that no longer resolve) fails a test.
const root = resolve(import.meta.dirname, '../..');
const fixture: Record<string, string> = {
  'src/internal/check.ts': "import type { Result } from '../tally/Result.js';\nexport type R = Result;\n",
  'src/rates/rate.ts': "import { pick } from '../ranking/select/pick.js';\nimport { check } from '../internal/fine.js';\nexport const rate = [pick, check];\n",
  'src/internal/fine.ts': 'export const check = 1;\n',
  'src/ranking/select/pick.ts': 'export const pick = 1;\n',
  'src/tally/Result.ts': 'export interface Result { n: number }\n',
  'src/tally/a.ts': "import { b } from './engine/b.js';\nexport const a = b;\n",
  'src/tally/engine/b.ts': "import type { a } from '../a.js';\nexport const b = 1;\nexport type A = typeof a;\n",
  'src/report/render.ts': "import { a } from '../tally/a.js';\nimport { q } from '../sql/q.js';\nexport const render = [a, q];\n",
  'src/sql/q.ts': 'export const q = 1;\n',
  'src/models/model.ts': "import { readFileSync } from 'node:fs';\nexport const model = readFileSync;\n",
  'src/period/period.ts': "import { gone } from './gone.js';\nexport const period = gone;\n",
  'src/cli/main.ts': "import { rate } from '../rates/rate.js';\nimport { render } from '../report/render.js';\nimport { pick } from '../ranking/select/pick.js';\nexport const main = [rate, render, pick];\n",
  'src/index.ts': "export { b } from './tally/engine/b.js';\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true }, include: ['src'] }),
};

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

let folder: string;
let violations: string[];

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'zwfw-layers-'));
  for (const [path, text] of Object.entries(fixture)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'],
      { cwd: folder, encoding: 'utf8' },
    );
  } catch (error) {
    // depcruise exits with the number of errors and still prints its result.
    output = (error as { stdout: string }).stdout;
  }
  const result = JSON.parse(output) as { summary: { violations: Violation[] } };
  violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}, 60_000);

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the layering rules', () => {
  it('refuse an import that runs up a layer, even of types', () => {
    expect(violations).toContain('no-import-up-a-layer: src/internal/check.ts → src/tally/Result.ts');
    expect(violations).toContain('no-import-up-a-layer: src/rates/rate.ts → src/ranking/select/pick.ts');
  });

  it('refuse an import between two concerns of one layer', () => {
    expect(violations).toContain('no-import-across-a-layer: src/report/render.ts → src/sql/q.ts');
  });

  it("refuse an import of another concern's private subfolder, from a concern or a barrel", () => {
    expect(violations).toContain('no-private-part-of-another-concern: src/rates/rate.ts → src/ranking/select/pick.ts');
    expect(violations).toContain('no-private-part-of-another-concern: src/cli/main.ts → src/ranking/select/pick.ts');
    expect(violations).toContain('no-private-part-in-a-barrel: src/index.ts → src/tally/engine/b.ts');
  });

  it('refuse a cycle made of type-only imports', () => {
    expect(violations).toContain('no-cycle: src/tally/a.ts → src/tally/engine/b.ts');
  });

  it('refuse Node built-ins outside the command and feedCsv, and imports that do not resolve', () => {
    expect(violations).toContain('no-node-outside-the-node-parts: src/models/model.ts → fs');
    expect(violations).toContain('no-unresolved-import: src/period/period.ts → ./gone.js');
  });

  it('let a concern import the top of a concern below it, and the shared checks', () => {
    expect(
      violations.filter((v) => v.includes('→ src/internal/fine.ts') || v.includes('src/cli/main.ts → src/rates/') || v.includes('src/report/render.ts → src/tally/')),
    ).toEqual([]);
  });

  it('find nothing else', () => {
    expect(violations).toHaveLength(9);
  });
});
