import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleCases } from '../../scripts/exampleCases.js';

describe('examples/cases-2019-01.csv and .ndjson', () => {
  it('equal a fresh generation (run `npm run examples` after changing the generator)', () => {
    const { csv, ndjson } = exampleCases();
    expect(readFileSync('examples/cases-2019-01.csv', 'utf8')).toBe(csv);
    expect(readFileSync('examples/cases-2019-01.ndjson', 'utf8')).toBe(ndjson);
  });

  it('hold the same 400 records', () => {
    const { csv, ndjson } = exampleCases();
    const ids = csv.trimEnd().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(ids).toHaveLength(400);
    expect(ndjson.trimEnd().split('\n').map((line) => JSON.parse(line).id)).toEqual(ids);
  });
});
