import { describe, expect, it } from 'vitest';
import { CaseTallySchema } from '../../src/models/CaseTallySchema.js';

describe('CaseTallySchema', () => {
  it('says why completedOnTime above completed is wrong, in both languages', () => {
    const result = CaseTallySchema.safeParse({ accepted: 10, completed: 5, completedOnTime: 6 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'completedOnTime (按时办结) cannot exceed completed (办结)',
    ]);
  });

  it('rejects a count of -0 (JSON.parse reads "-0" as it), which it would pass on', () => {
    const result = CaseTallySchema.safeParse({ accepted: -0, completed: 0, due: -0 });
    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['accepted', 'a count cannot be -0'],
      ['due', 'a count cannot be -0'],
    ]);
  });
});
