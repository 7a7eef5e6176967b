import { describe, expect, it } from 'vitest';
import { unitTable } from '../../../src/report/render/unitTable.js';
import { seedReport } from '../seedReport.js';

describe('unitTable', () => {
  it('is a table block: the centre, the street offices’ total and each office listed', () => {
    const table = unitTable(seedReport(), 'en', (name) => name);
    expect(table.kind).toBe('table');
    if (table.kind !== 'table') return;
    expect(table.header[0]).toBe('Unit');
    // 1 centre + 1 total + 3 offices
    expect(table.rows).toHaveLength(5);
    expect(table.rows[1]?.slice(0, 2)).toEqual(['Street office service centres, total', '22,256']);
  });
});
