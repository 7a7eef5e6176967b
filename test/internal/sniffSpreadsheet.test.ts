import { describe, expect, it } from 'vitest';
import { fileKindMessage, sniffSpreadsheet } from '../../src/internal/sniffSpreadsheet.js';
import { utf8 } from '../support/sources.js';
import { workbookParts, zipOf } from '../tally/read/workbooks.js';

const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);

describe('sniffSpreadsheet', () => {
  it('tells an .xlsx by the xl/ parts of its ZIP archive', () => {
    expect(sniffSpreadsheet(zipOf(workbookParts({ sheets: [['s', '']] })).subarray(0, 4096))).toBe('xlsx');
    // An OOXML package whose xl/ parts are beyond the first bytes: the reader decides.
    expect(sniffSpreadsheet(zipOf([['[Content_Types].xml', 'x'.repeat(5000)]]).subarray(0, 4096))).toBe('xlsx');
  });

  it('tells an Excel 97–2003 file by its OLE2 signature', () => {
    expect(sniffSpreadsheet(OLE2)).toBe('xls');
  });

  it('tells an OpenDocument spreadsheet, a Word file and a plain ZIP archive apart', () => {
    expect(sniffSpreadsheet(zipOf([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '']]))).toBe('ods');
    expect(sniffSpreadsheet(zipOf([['mimetype', 'application/vnd.oasis.opendocument.text']]))).toBe('zip');
    expect(sniffSpreadsheet(zipOf([['[Content_Types].xml', ''], ['word/document.xml', '']]))).toBe('zip');
    expect(sniffSpreadsheet(zipOf([['cases.csv', 'id']]))).toBe('zip');
    expect(sniffSpreadsheet(zipOf([]))).toBe('zip');
  });

  it('tells the web pages and XML spreadsheets that systems save with an .xls name', () => {
    expect(sniffSpreadsheet(utf8('\uFEFF<html><body><table><tr><td>办件编号</td></tr></table>'))).toBe('html');
    expect(sniffSpreadsheet(utf8('  <!DOCTYPE html>'))).toBe('html');
    expect(sniffSpreadsheet(utf8('<table border="1">'))).toBe('html');
    expect(
      sniffSpreadsheet(utf8('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')),
    ).toBe('spreadsheetml');
  });

  it('tells text (UTF-8, GBK, UTF-16 with its mark), no bytes and other bytes', () => {
    expect(sniffSpreadsheet(utf8('办件编号,受理时间\r\n'))).toBe('text');
    // 办件 in GBK: B0 EC BC FE
    expect(sniffSpreadsheet(new Uint8Array([0xb0, 0xec, 0xbc, 0xfe, 0x2c]))).toBe('text');
    expect(sniffSpreadsheet(new Uint8Array([0xff, 0xfe, 0x1e, 0x52, 0x00, 0x00]))).toBe('text');
    expect(sniffSpreadsheet(new Uint8Array())).toBe('empty');
    expect(sniffSpreadsheet(utf8('%PDF-1.7\n\0'))).toBe('binary');
  });
});

describe('fileKindMessage', () => {
  it('says what the file is and what to do, in Chinese by default', () => {
    expect(fileKindMessage('cases.xls', 'xls')).toBe('cases.xls是Excel 97–2003工作簿(.xls),请在Excel或WPS中打开,另存为.xlsx或CSV(逗号分隔)后重试');
    expect(fileKindMessage('cases.xlsx', 'text', 'zh-CN')).toBe('cases.xlsx是文本文件(CSV等),不是Excel工作簿,请将文件扩展名改为.csv后重试');
    expect(fileKindMessage('cases.csv', 'xlsx', 'zh-CN')).toBe('cases.csv是Excel工作簿(.xlsx),请将文件扩展名改为.xlsx后重试');
    expect(fileKindMessage('cases.xlsx', 'empty', 'zh-CN')).toBe('cases.xlsx是空文件,请重新导出后重试');
  });

  it('says the same in English', () => {
    expect(fileKindMessage('cases.xls', 'xls', 'en')).toBe(
      'cases.xls is an Excel 97–2003 workbook (.xls): open it in Excel or WPS, save it as .xlsx or CSV (逗号分隔) and try again',
    );
    expect(fileKindMessage('cases.xls', 'html', 'en')).toBe(
      'cases.xls is a web page (HTML), not an Excel workbook: open it in Excel or WPS, save it as .xlsx or CSV (逗号分隔) and try again',
    );
    expect(fileKindMessage('cases.xlsx', 'text', 'en')).toBe('cases.xlsx is a text file (CSV or the like), not an Excel workbook: name it .csv and try again');
  });

  it('has a line for every kind in both languages', () => {
    const kinds = ['xlsx', 'xls', 'ods', 'zip', 'html', 'spreadsheetml', 'text', 'empty', 'binary'] as const;
    for (const locale of ['zh-CN', 'en'] as const) {
      const lines = kinds.map((kind) => fileKindMessage('f', kind, locale));
      expect(new Set(lines).size).toBe(kinds.length);
      for (const line of lines) expect(line).not.toMatch(/undefined|\.$/);
    }
  });
});
