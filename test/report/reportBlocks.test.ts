import { describe, expect, it } from 'vitest';
import { writeBlocks } from '../../src/report/reportBlocks.js';

describe('writeBlocks', () => {
  it('escapes pipes and backslashes in Markdown cells and puts line breaks on one line', () => {
    const table = { kind: 'table', header: ['Unit', 'Accepted'], rows: [['a|b\\c', 'x\ny\r\nz']] } as const;
    expect(writeBlocks([table], 'markdown')).toBe('| Unit | Accepted |\n| --- | ---: |\n| a\\|b\\\\c | x y z |\n');
    // plain text leaves tables out
    expect(writeBlocks([{ kind: 'paragraph', text: 'p' }, table], 'text')).toBe('p\n');
  });
});
