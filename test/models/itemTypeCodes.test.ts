import { describe, expect, it } from 'vitest';
import { ITEM_TYPE_CODES, ITEM_TYPE_NAMES } from '../../src/models/itemTypeCodes.js';

describe('ITEM_TYPE_NAMES', () => {
  // The standard 事项类型 catalogue, as listed in DOMAIN.md.
  it('names every standard code as the national catalogue does', () => {
    expect(ITEM_TYPE_CODES.map((code) => `${code} ${ITEM_TYPE_NAMES[code]}`)).toEqual([
      '01 行政许可',
      '02 行政处罚',
      '03 行政强制',
      '04 行政征收',
      '05 行政给付',
      '06 行政检查',
      '07 行政确认',
      '08 行政奖励',
      '09 行政裁决',
      '10 其他行政权力',
      '20 公共服务',
    ]);
  });
});
