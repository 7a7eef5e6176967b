import type { InvalidRecord } from '../../tally/TallyResult.js';

/** The names of the record fields in a Chinese message. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  id: '办件编号',
  itemName: '事项名称',
  category: '事项类别',
  itemTypeCode: '事项类型',
  departmentId: '部门',
  streetOfficeId: '街道',
  acceptedAt: '受理时间',
  dueAt: '承诺办结时间',
  completedAt: '办结时间',
  status: '办件状态',
  timeLimit: '承诺时限',
  statutoryTimeLimit: '法定时限',
};

/** What the tally's message says it got for an absent field (a value it got is quoted or a number, never this). */
const ABSENT = 'nothing (the field is absent)';

const NAMES = '行政许可、行政处罚、行政强制、行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力、公共服务';

/** What a field should be, in English as the tally says it, and in Chinese. */
const EXPECTED: readonly (readonly [english: RegExp, chinese: (match: RegExpMatchArray) => string])[] = [
  [/^an object$/, () => '一条记录(一个对象)'],
  [/^a non-empty string$/, () => '非空文本'],
  [/^a non-empty string or null$/, () => '非空文本或空'],
  [/^'administrative_licensing' or 'public_service', a 事项类型 name \(.*\), or absent beside an itemTypeCode$/, () => `事项类型名称(${NAMES})或 administrative_licensing、public_service,有事项类型列时可空`],
  [/^a 事项类型 code \(01–10, 20; 1–9 as Excel leaves them\) or name \(.*\)$/, () => `事项类型代码(01–10、20;Excel去掉前导零的1–9亦可)或名称(${NAMES})`],
  [/^an ISO 8601 time with an offset or whole epoch milliseconds within the range of a Date \(±8\.64e15\)$/, () => '带时区的ISO 8601时间或毫秒时间戳(未指定读取时区,见 --time-offset)'],
  [/^an ISO 8601 time with an offset, whole epoch milliseconds within the range of a Date \(±8\.64e15\) or null$/, () => '带时区的ISO 8601时间、毫秒时间戳或空(未指定读取时区,见 --time-offset)'],
  [/^an ISO 8601 time, a wall-clock time \(.*\) or whole epoch milliseconds within the range of a Date \(±8\.64e15\)$/, () => '日期时间(如 2019-01-05 09:30:00、2019/1/5 9:30、2019-01-05)或毫秒时间戳'],
  [/^an ISO 8601 time, a wall-clock time \(.*\), whole epoch milliseconds within the range of a Date \(±8\.64e15\) or null$/, () => '日期时间(如 2019-01-05 09:30:00、2019/1/5 9:30、2019-01-05)、毫秒时间戳或空'],
  [/^at or after acceptedAt$/, () => '不早于受理时间'],
  [/^a code of category '(.*)' \(01 is 行政许可, the others 公共服务\)$/, (match) => `与类别“${match[1] ?? ''}”一致的代码(01为行政许可,其余为公共服务)`],
  [/^a 办件状态 of the table \((.*)\)$/, (match) => `办件状态表中的状态(${(match[1] ?? '').split(', ').join('、')})`],
  [/^a time: the status says the case is completed \(办结\)$/, () => '一个时间:办件状态为已办结'],
  [/^absent: the status says the case is still open \(在办\)$/, () => '空:办件状态为在办'],
  [/^unique \(it is a duplicate id\)$/, () => '唯一(与前面的记录重复)'],
  [/^a time limit such as .* \(a bare number with the option timeLimit\.unit\) or null$/, () => '办理时限(如 15个工作日、15工作日、20天、20日、3个自然日、48小时、即办、即时办结)或空'],
  [/^a time limit whose deadline the calendar can compute \(covers (\d+–\d+)(.*)\)$/, (match) => `工作日历(${match[1] ?? ''}年)内能算出截止日期的办理时限`],
  [/^a time whose working days since acceptedAt the calendar can count \(covers (\d+–\d+)(.*)\)$/, (match) => `工作日历(${match[1] ?? ''}年)内能计算办理工作日的时间`],
  [/^a row of (\d+) cells$/, (match) => `与表头同为${match[1] ?? ''}个单元格的一行`],
  [/^a JSON object on one line$/, () => '一行一个JSON对象'],
  [/^a number that reads as written$/, () => '按原样读取不失真的数字'],
  [/^a well-formed CSV row$/, () => '格式正确的CSV行'],
];

/**
 * One line for an invalid record, in the user's language: in English the
 * tally's own message; in Chinese the same facts (line, record, id, field,
 * what it should be, what it was), or the English message when its wording
 * is not one this table knows.
 */
export function describeInvalidRecord(file: string, record: InvalidRecord, locale: 'zh-CN' | 'en'): string {
  const place = record.line === null ? file : `${file}:${record.line}`;
  if (locale === 'en') return `${place}: ${record.message}`;
  const chinese = chineseMessage(record);
  return `${place}: ${chinese ?? record.message}`;
}

function chineseMessage(record: InvalidRecord): string | null {
  const { message, index, field, id } = record;
  if (index < 0) return chineseHeaderMessage(message);
  const toBe = message.indexOf(' to be ');
  if (toBe < 0) return null;
  const rest = message.slice(toBe + ' to be '.length);
  const got = rest.lastIndexOf(', got ');
  // The expected text never holds ", got "; the value, as written by the file, may.
  for (let at = rest.indexOf(', got '); at >= 0 && at <= got; at = rest.indexOf(', got ', at + 1)) {
    const expected = rest.slice(0, at);
    const value = rest.slice(at + ', got '.length);
    for (const [english, chinese] of EXPECTED) {
      const match = expected.match(english);
      if (match === null) continue;
      const who = `第${index + 1}条记录${id === null ? '' : `(办件编号${JSON.stringify(id)})`}`;
      const what = field === null ? '' : `的${FIELD_NAMES[field] ?? field}`;
      // A field left out (an empty CSV cell, a missing key) is shown as absent.
      return `${who}${what}应为${chinese(match)},实为${value === ABSENT ? '空' : value}`;
    }
  }
  const bytes = message.match(/ requires source to be (UTF-8 text|text in \S+), got bytes that are not (?:UTF-8|\S+) after line (\d+)$/);
  if (bytes !== null) return `文件在第${bytes[2] ?? ''}行之后有不是${bytes[1] === 'UTF-8 text' ? 'UTF-8' : '所选编码'}的字节,请用 --encoding 指定编码`;
  return null;
}

function chineseHeaderMessage(message: string): string | null {
  // A workbook of several sheets: the header problem, then the sheet read and the others.
  const sheet = message.match(/^(.*) \(sheet (\d+) of (\d+), (".*?"); the others: (.*)\)$/s);
  if (sheet !== null) {
    const problem = chineseHeaderMessage(sheet[1] ?? '');
    if (problem === null) return null;
    const others = (sheet[5] ?? '').split(', ').join('、');
    return `${problem};读取的是第${sheet[2] ?? ''}张工作表${sheet[4] ?? ''}(共${sheet[3] ?? ''}张,另有${others}),其他工作表用 --sheet 名称或序号 指定`;
  }
  const missing = message.match(/ requires the header to have a column for (\w+(?: or \w+)?) \((.*)\), got (.*)$/);
  if (missing !== null) {
    const fields = (missing[1] ?? '').split(' or ').map((name) => FIELD_NAMES[name] ?? name).join('或');
    return `表头缺少${fields}列(可用列名:${(missing[2] ?? '').split(', ').join('、')}),表头为${missing[3] ?? ''};列名不同时用 --header 列名=字段 指定`;
  }
  const twice = message.match(/ requires the header to have one column for (\w+), got (.*)$/);
  if (twice !== null) {
    const name = FIELD_NAMES[twice[1] ?? ''] ?? twice[1];
    return `表头有多列都是${name}列:${(twice[2] ?? '').replace(/ \(column (\d+)\)/g, '(第$1列)').replace(/ and /g, '和')};请用 --header 列名= 指明不读哪一列`;
  }
  // A CSV file counts lines; a workbook's sheet counts rows.
  const none = message.match(/ requires a header row naming the columns, got (an empty (file|sheet)|none in (\d+) (?:lines?|rows?))$/);
  if (none !== null) {
    if (none[3] !== undefined) return `前${none[3]}行中没有表头(需有办件编号、部门、受理时间、事项类型等列)`;
    return none[2] === 'sheet' ? '工作表是空的,没有表头' : '文件是空的,没有表头';
  }
  const malformed = message.match(/ requires the header \(line \d+\) to be a well-formed CSV row, got (.*)$/);
  if (malformed !== null) return `表头不是格式正确的CSV行:${malformed[1] ?? ''}`;
  return null;
}
