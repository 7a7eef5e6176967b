import { describe, expect, it } from 'vitest';
import { readsAsWritten } from '../../src/internal/readsAsWritten.js';

describe('readsAsWritten', () => {
  it.each([
    ['35300'],
    ['0'],
    ['-0'],
    ['0.0e5'],
    ['0.1'],
    ['1.5e3'],
    ['35300.000'],
    ['3.53E+4'],
    ['9007199254740991'],
    // 2^53 is a double: it reads exactly (the schema then refuses it as past the safe integers)
    ['9007199254740992'],
    ['1e21'],
    ['5e-324'],
    ['0.30000000000000004'],
  ])('%s reads as written', (text) => {
    expect(readsAsWritten(text, Number(text))).toBe(true);
  });

  it.each([
    ['1e400'],
    ['-1e400'],
    // 2^53 + 1 reads as 2^53
    ['9007199254740993'],
    ['35300.00000000000000001'],
    ['1e-400'],
    // 17 significant digits of 0.1: the double nearest is 0.1000000000000000055…, whose shortest text is 0.1
    ['0.10000000000000001'],
  ])('%s reads as another number', (text) => {
    expect(readsAsWritten(text, Number(text))).toBe(false);
  });
});
