import { describe, expect, it } from 'vitest';
import { quoteArgument } from '../../../src/cli/options/quoteArgument.js';

describe('quoteArgument', () => {
  it('quotes an argument as given', () => {
    expect(quoteArgument('2019-13')).toBe("'2019-13'");
    expect(quoteArgument('')).toBe("''");
    expect(quoteArgument('街道')).toBe("'街道'");
  });

  it('cuts an argument past 80 characters', () => {
    expect(quoteArgument('x'.repeat(80))).toBe(`'${'x'.repeat(80)}'`);
    expect(quoteArgument('x'.repeat(5000))).toBe(`'${'x'.repeat(80)}…'`);
  });

  it('escapes control characters, so that a message stays on one line', () => {
    expect(quoteArgument('a\nb\u0000c\u007f\u009f')).toBe("'a\\u000ab\\u0000c\\u007f\\u009f'");
  });
});
