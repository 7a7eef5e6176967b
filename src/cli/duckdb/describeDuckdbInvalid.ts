/** Each problem code of recordsSql, said in a few words, in English and in Chinese. */
const KINDS: Readonly<Record<number, readonly [en: string, zh: string]>> = {
  2: ['without an id', '缺少办件编号'],
  3: ['with no category or 事项类型 the tally knows', '事项类别无法识别或缺少事项类型'],
  6: ['with an unknown 事项类型', '事项类型无法识别'],
  7: ['whose category and 事项类型 disagree', '事项类别与事项类型不符'],
  4: ['without a department', '缺少部门'],
  5: ['with an empty street office', '街道为空'],
  15: ['with an empty item name', '事项名称为空'],
  8: ['without a readable acceptedAt', '受理时间缺失或无法识别'],
  9: ['with an unreadable dueAt', '承诺办结时间无法识别'],
  10: ['with an unreadable completedAt', '办结时间无法识别'],
  11: ['completed before they were accepted', '办结时间早于受理时间'],
  12: ['with an unknown status', '办件状态无法识别'],
  13: ['whose status says completed but with no completedAt', '办件状态为办结但无办结时间'],
  14: ['whose status says open but with a completedAt', '办件状态为在办但有办结时间'],
  16: ['with another number of cells than the header or not well-formed as CSV', '单元格数与表头不同或不是规范的 CSV 行'],
};

/** The order in which the JavaScript tally checks a record, so the kinds are listed as it would find them. */
const ORDER = [16, 2, 3, 6, 7, 4, 5, 15, 8, 9, 10, 11, 12, 13, 14];

/**
 * The invalid records DuckDB found, by kind: `2 without an id, 1 completed
 * before they were accepted`, or `缺少办件编号2条、办结时间早于受理时间1条`.
 */
export function describeDuckdbInvalid(problems: ReadonlyMap<number, number>, locale: 'zh-CN' | 'en'): string {
  const parts = ORDER.filter((code) => (problems.get(code) ?? 0) > 0).map((code) => {
    const [en, zh] = KINDS[code] as readonly [string, string];
    const n = problems.get(code) as number;
    return locale === 'en' ? `${n} ${en}` : `${zh}${n}条`;
  });
  return parts.join(locale === 'en' ? ', ' : '、');
}
