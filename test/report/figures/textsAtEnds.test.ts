import { describe, expect, it } from 'vitest';
import { textsAtEnds } from '../../../src/report/figures/textsAtEnds.js';

describe('textsAtEnds', () => {
  it('prints once for a printed count and at both ends of an inferred one', () => {
    const seen: number[][] = [];
    const texts = textsAtEnds([5, { inferred: { min: 1, max: 2, from: '' } }], (values) => {
      seen.push([...values]);
      return String(values[0]! + values[1]!);
    });
    // 5 + 1 and 5 + 2
    expect(seen).toEqual([
      [5, 1],
      [5, 2],
    ]);
    expect(texts).toEqual(['6', '7']);
  });

  it('keeps each text once', () => {
    expect(textsAtEnds([{ inferred: { min: 1, max: 3, from: '' } }], () => 'same')).toEqual(['same']);
  });
});
