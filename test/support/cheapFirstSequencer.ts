import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Mutation testing only (vitest.mutation.config.ts). A mutant's run stops at its
// first failing test, and vitest runs the slowest files first. Here the cheap
// files go first: plain tests before property tests, smaller files before larger
// ones, and the two files that tally whole data sets last. Most mutants then die
// in a fast test before a slow one starts.
const SLOWEST = ['test/cli/commands/tallyCommand.test.ts', 'test/tally/agreement.test.ts'];

function cost(spec: TestSpecification): [number, number, number] {
  const path = spec.moduleId.replaceAll('\\', '/');
  const slowest = SLOWEST.findIndex((end) => path.endsWith(end));
  return [slowest, path.endsWith('.test-prop.ts') ? 1 : 0, statSync(spec.moduleId).size];
}

export class CheapFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const costs = new Map(files.map((spec) => [spec, cost(spec)]));
    return [...files].sort((a, b) => {
      const [x, y] = [costs.get(a)!, costs.get(b)!];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
  }
}
