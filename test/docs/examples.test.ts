import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as rootEntry from '../../src/index.js';
import * as nodeEntry from '../../src/node.js';
import { collectReadmeExamples, collectSourceExamples, type ExampleBlock } from './collectExamples.js';
import { compileExample, type CompiledExample, type ThrowsCheck } from './compileExample.js';
import { parseExpected } from './parseExpected.js';

// "The README stays true" and "every export has TSDoc with an example": every ```ts block of
// an @example in src/ and of README.md runs here, and each `// => VALUE` and `// throws …` in
// it is checked. New folders under src/ are read the same way, with no change to this file.

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Examples that cannot run as written, by test name, with the reason. Keep it short: an
 * example is better made self-contained than listed here.
 */
const SKIPPED = new Map<string, string>([]);

/**
 * The `// =>` values checked when this test was written (see the last test): it fails if the
 * examples stop being read, so it cannot pass by checking nothing. Raise it as examples grow.
 */
const MIN_VALUE_CHECKS = 78;

const examples: readonly ExampleBlock[] = [
  ...collectSourceExamples(root),
  ...collectReadmeExamples(root),
  // The metrics guide of the API site: its figures are the seed's.
  ...collectReadmeExamples(root, 'docs/metrics.md'),
  // The working-days guide: its dates are worked out by hand from the notices.
  ...collectReadmeExamples(root, 'docs/working-days.md'),
];
/** Every export of the package's entries, as an example may import them. */
const lib = { ...rootEntry, ...nodeEntry };
const exportNames = Object.keys(lib);
const exportValues = exportNames.map((name) => (lib as Record<string, unknown>)[name]);
const globals = globalThis as unknown as Record<string, unknown>;

function compile(block: ExampleBlock): CompiledExample {
  if (block.problem !== undefined) throw new Error(`${block.file}:${block.line}: ${block.problem}`);
  return compileExample(block);
}

function checkThrows(check: ThrowsCheck, label: string, run: () => void): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect.soft(thrown, `${label} throws ${check.errorName}`).toBeInstanceOf(globals[check.errorName] as ErrorConstructor);
  if (!(thrown instanceof Error)) return;
  expect.soft(thrown.constructor.name, `${label} throws exactly ${check.errorName}`).toBe(check.errorName);
  if (check.message !== undefined) expect.soft(thrown.message, `${label} message`).toBe(check.message);
}

function runExample(block: ExampleBlock): void {
  const compiled = compile(block);
  for (const name of compiled.imports) {
    expect(exportNames, `${block.file}:${block.line} imports ${name} from 'zwfw-stats'`).toContain(name);
  }
  // Parse every expected value first, so that an unreadable one is reported as such.
  const expected = compiled.checks.map((check) => (check.kind === 'value' ? parseExpected(check.expected) : undefined));
  const reached = new Set<number>();
  const value = (k: number, actual: unknown): void => {
    reached.add(k);
    const check = compiled.checks[k]!;
    expect.soft(actual, `${block.file}:${check.line} ${check.source}`).toStrictEqual(expected[k]);
  };
  const throws = (k: number, run: () => void): void => {
    reached.add(k);
    const check = compiled.checks[k] as ThrowsCheck;
    checkThrows(check, `${block.file}:${check.line} ${check.source}`, run);
  };
  const body = new Function('__value', '__throws', ...exportNames, compiled.program) as (...args: unknown[]) => void;
  body(value, throws, ...exportValues);
  expect(reached.size, 'every check of the example ran').toBe(compiled.checks.length);
}

function countValueChecks(block: ExampleBlock): number {
  try {
    return compile(block).checks.filter((check) => check.kind === 'value').length;
  } catch {
    return 0; // its own test reports why
  }
}

describe('documentation examples', () => {
  for (const block of examples) {
    const reason = SKIPPED.get(block.name);
    if (reason === undefined) it(block.name, () => runExample(block));
    else it.skip(`${block.name} (skipped: ${reason})`, () => runExample(block));
  }

  it('has an @example for every value exported by src/index.ts', () => {
    const documented = new Set(examples.map((block) => /› (\S+)/.exec(block.name)?.[1]));
    expect(exportNames.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('skips only examples that exist', () => {
    const names = examples.map((block) => block.name);
    for (const name of SKIPPED.keys()) expect(names, 'an entry of SKIPPED').toContain(name);
  });

  it(`checks at least ${MIN_VALUE_CHECKS} \`// =>\` values, from src/ and README.md`, () => {
    const checked = examples.filter((block) => !SKIPPED.has(block.name));
    const total = checked.reduce((sum, block) => sum + countValueChecks(block), 0);
    expect(total).toBeGreaterThanOrEqual(MIN_VALUE_CHECKS);
    expect(checked.some((block) => block.file === 'README.md')).toBe(true);
    expect(checked.some((block) => block.file === 'docs/metrics.md')).toBe(true);
  });
});
