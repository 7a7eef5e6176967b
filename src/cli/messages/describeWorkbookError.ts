/** The workbook reader's messages (after "feedXlsx requires "), and the same facts in Chinese. */
const CHINESE: readonly (readonly [english: RegExp, chinese: (match: RegExpMatchArray) => string])[] = [
  [/^source to be a whole, undamaged \.xlsx workbook, got one that cannot be read \((.*)\)$/s, (match) => `工作簿已损坏或不完整,无法读取(${match[1] ?? ''}),请重新导出后重试`],
  [/^sheet to be a sheet number from 1 to (\d+), got (\d+) \(the sheets are (.*)\)$/s, (match) => `工作簿只有${match[1] ?? ''}张工作表(${(match[3] ?? '').split(', ').join('、')}),没有第${match[2] ?? ''}张`],
  [/^sheet to be one of the workbook's sheets \((.*)\), got (.*)$/s, (match) => `工作簿中没有名为${match[2] ?? ''}的工作表(工作表有${(match[1] ?? '').split(', ').join('、')})`],
  [/^the workbook to have a sheet, got a workbook that lists none$/, () => '工作簿中没有工作表,请重新导出后重试'],
  [/^the sheet (".*") to be a worksheet, got no worksheet part for it \(.*\)$/s, (match) => `工作表${match[1] ?? ''}不是数据工作表(工作簿中没有它的内容),请用 --sheet 选另一张`],
  [/^source to be an \.xlsx workbook, got a ZIP archive without (\S+)$/, (match) => `是ZIP压缩包,但其中没有${match[1] ?? ''},不是Excel工作簿,请在Excel或WPS中打开,另存为.xlsx或CSV(逗号分隔)后重试`],
  [/^source to be an \.xlsx workbook, got (.*)$/s, () => '不是.xlsx工作簿,请在Excel或WPS中打开,另存为.xlsx或CSV(逗号分隔)后重试'],
  [/^each shared string index to be below the workbook's (\d+) strings, got (.*) in cell (\S+) of row (\d+)$/s, (match) => `工作簿已损坏:第${match[4] ?? ''}行${match[3] ?? ''}单元格引用的文本${match[2] ?? ''}不存在(工作簿只有${match[1] ?? ''}条文本),请重新导出后重试`],
  [/^each number cell to hold a number, got (.*) in cell (\S+) of row (\d+)$/s, (match) => `工作簿已损坏:第${match[3] ?? ''}行${match[2] ?? ''}单元格应为数字,实为${match[1] ?? ''},请重新导出后重试`],
];

/**
 * One line for a workbook the reader refused (damaged, no such sheet), in
 * the user's language: in English the reader's own message; in Chinese the
 * same facts, or the English message when its wording is not one this
 * table knows.
 */
export function describeWorkbookError(file: string, message: string, locale: 'zh-CN' | 'en'): string {
  const requires = message.match(/^\w+ requires (.*)$/s);
  if (locale === 'en' || requires === null) return `${file}: ${message}`;
  for (const [english, chinese] of CHINESE) {
    const match = (requires[1] ?? '').match(english);
    if (match !== null) return `${file}: ${chinese(match)}`;
  }
  return `${file}: ${message}`;
}
