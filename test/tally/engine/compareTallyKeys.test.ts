import { describe, expect, it } from 'vitest';
import { compareTallyKeys } from '../../../src/tally/engine/compareTallyKeys.js';

describe('compareTallyKeys', () => {
  it('orders ids by UTF-16 code units and months in time order', () => {
    // 'B' is 0x42 and 'a' 0x61; 'D10' < 'D9' because '1' < '9'
    expect(compareTallyKeys(['department'], { department: 'B' }, { department: 'a' })).toBe(-1);
    expect(compareTallyKeys(['department'], { department: 'a' }, { department: 'B' })).toBe(1);
    expect(compareTallyKeys(['department'], { department: 'D10' }, { department: 'D9' })).toBe(-1);
    expect(compareTallyKeys(['period'], { period: '2018-12' }, { period: '2019-01' })).toBe(-1);
    expect(compareTallyKeys(['period'], { period: '2019-01' }, { period: '2018-12' })).toBe(1);
    expect(compareTallyKeys(['department'], { department: 'A' }, { department: 'A' })).toBe(0);
  });

  it('puts 行政许可 before 公共服务', () => {
    // CASE_CATEGORIES: administrative_licensing at 0, public_service at 1
    expect(compareTallyKeys(['category'], { category: 'administrative_licensing' }, { category: 'public_service' })).toBe(-1);
    expect(compareTallyKeys(['category'], { category: 'public_service' }, { category: 'administrative_licensing' })).toBe(1);
    expect(compareTallyKeys(['category'], { category: 'public_service' }, { category: 'public_service' })).toBe(0);
  });

  it('puts the street office null after every id, even one that reads as a number', () => {
    // null < '530102001' is true in JavaScript (0 < 530102001): the order must not come from <
    expect(compareTallyKeys(['streetOffice'], { streetOffice: null }, { streetOffice: '530102001' })).toBe(1);
    expect(compareTallyKeys(['streetOffice'], { streetOffice: '530102001' }, { streetOffice: null })).toBe(-1);
    expect(compareTallyKeys(['streetOffice'], { streetOffice: null }, { streetOffice: null })).toBe(0);
  });

  it('puts a key without the dimension last', () => {
    // for categories, indexOf(undefined) would be -1 and sort it first
    expect(compareTallyKeys(['category'], {}, { category: 'administrative_licensing' })).toBe(1);
    expect(compareTallyKeys(['category'], { category: 'administrative_licensing' }, {})).toBe(-1);
    expect(compareTallyKeys(['department'], { department: 'A' }, {})).toBe(-1);
    expect(compareTallyKeys(['department'], {}, { department: 'A' })).toBe(1);
  });

  it('decides by the first dimension of by that differs', () => {
    const a = { streetOffice: 'S1', department: 'B' };
    const b = { streetOffice: 'S2', department: 'A' };
    expect(compareTallyKeys(['streetOffice', 'department'], a, b)).toBe(-1);
    expect(compareTallyKeys(['department', 'streetOffice'], a, b)).toBe(1);
    expect(compareTallyKeys(['department'], { department: 'A', period: '2019-02' }, { department: 'A', period: '2019-01' })).toBe(0);
    expect(compareTallyKeys([], a, b)).toBe(0);
  });
});
