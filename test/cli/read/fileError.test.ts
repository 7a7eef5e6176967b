import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/CliError.js';
import { fileError } from '../../../src/cli/read/fileError.js';

describe('fileError', () => {
  it.each([
    ['ENOENT', 'a.csv: no such file'],
    ['EISDIR', 'a.csv: is a directory, not a file'],
    ['EACCES', 'a.csv: permission denied'],
    ['EPERM', 'a.csv: permission denied'],
    ['EIO', 'a.csv: cannot be read'],
  ])('words %s', (code, message) => {
    const error = fileError('a.csv', Object.assign(new Error('raw'), { code }));
    expect(error).toBeInstanceOf(CliError);
    expect(error.message).toBe(message);
  });

  it.each([
    ['ENOENT', 'a.csv: 文件不存在'],
    ['EISDIR', 'a.csv: 是文件夹,不是文件'],
    ['EACCES', 'a.csv: 没有读取权限'],
    ['EIO', 'a.csv: 无法读取'],
  ])('words %s in Chinese with locale zh-CN', (code, message) => {
    expect(fileError('a.csv', Object.assign(new Error('raw'), { code }), 'zh-CN').message).toBe(message);
  });

  it('says "cannot be read" for an error without a string code, or no error object', () => {
    expect(fileError('a.csv', null).message).toBe('a.csv: cannot be read');
    expect(fileError('a.csv', { code: ['ENOENT'] }).message).toBe('a.csv: cannot be read');
  });
});

describe('CliError', () => {
  it('is named CliError, with no lines and exit status 2 by default', () => {
    const error = new CliError('x');
    expect([error.name, error.message, error.lines, error.exitCode]).toEqual(['CliError', 'x', [], 2]);
  });
});
