import { describe, expect, it } from 'vitest';
import * as coreSource from '../../src/core.js';
import * as rootSource from '../../src/index.js';
import * as schemasSource from '../../src/schemas.js';
import { codeEntries, importEsm, namesOf, requireCjs } from './entries.js';

describe('the built package', () => {
  const entries = codeEntries();

  it('has the entries ., ./core and ./schemas', () => {
    expect(entries.map((entry) => entry.subpath)).toEqual(expect.arrayContaining(['.', './core', './schemas']));
  });

  it.each(entries)('exports the same names from ESM and CommonJS at $subpath', async ({ esm, cjs }) => {
    const esmNames = namesOf(await importEsm(esm));
    expect(esmNames.length).toBeGreaterThan(0);
    expect(namesOf(requireCjs(cjs))).toEqual(esmNames);
  });

  it('exports from its root every runtime name of src/index.ts', async () => {
    const root = entries.find((entry) => entry.subpath === '.');
    expect(namesOf(await importEsm(root?.esm ?? ''))).toEqual(namesOf(rootSource));
  });

  it('gives the CommonJS build the same functions, not just the same names', async () => {
    const root = entries.find((entry) => entry.subpath === '.');
    const esm = (await importEsm(root?.esm ?? '')) as Record<string, unknown>;
    const cjs = requireCjs(root?.cjs ?? '') as Record<string, unknown>;
    for (const name of namesOf(esm)) expect(typeof cjs[name], name).toBe(typeof esm[name]);
    // 五华区 January 2019: 35133 / 35300 from both builds.
    const input = { accepted: 35300, completed: 35133 };
    const call = (module: Record<string, unknown>): unknown => (module.completionRate as (t: object) => unknown)(input);
    expect(call(cjs)).toEqual(call(esm));
    expect(call(esm)).toEqual({ numerator: 35133, denominator: 35300, value: 35133 / 35300 });
  });
});

describe('the core and schemas entries', () => {
  const core = namesOf(coreSource);
  const schemas = namesOf(schemasSource);

  it('split the root between them: every runtime export is in exactly one', () => {
    expect([...core, ...schemas].sort()).toEqual(namesOf(rootSource));
  });

  it('keep every zod schema out of core', () => {
    const isSchema = (value: unknown): boolean =>
      typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';
    const schemaNames = Object.entries(rootSource)
      .filter(([, value]) => isSchema(value))
      .map(([name]) => name)
      .sort();
    // CaseCategorySchema, CaseTallySchema … at the time of writing.
    expect(schemaNames).toContain('CaseTallySchema');
    expect(schemas).toEqual(expect.arrayContaining(schemaNames));
    expect(core.filter((name) => schemaNames.includes(name))).toEqual([]);
  });
});
