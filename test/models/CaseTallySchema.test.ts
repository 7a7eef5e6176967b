import { describe, expect, it } from 'vitest';
import { CaseTallySchema } from '../../src/models/CaseTallySchema.js';

describe('CaseTallySchema', () => {
  it('says why completedOnTime above completed is wrong, in both languages', () => {
    const result = CaseTallySchema.safeParse({ accepted: 10, completed: 5, completedOnTime: 6 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'completedOnTime (按时办结) cannot exceed completed (办结)',
    ]);
  });
});
