import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/CliError.js';
import { localeInArgs } from '../../../src/cli/options/localeInArgs.js';
import { readLocale } from '../../../src/cli/options/readLocale.js';
import { seeHelp } from '../../../src/cli/options/seeHelp.js';
import { run } from '../fakeIo.js';

describe('localeInArgs', () => {
  it.each([
    [['tally', '--bogus', '--locale', 'en'], 'en'],
    [['--locale=en', '--bogus'], 'en'],
    [['--bogus'], 'zh-CN'],
    [['--locale', 'zh-CN'], 'zh-CN'],
    [['--locale', 'fr'], 'zh-CN'],
    // `--locale` without a value, and `--locale en` after `--` (an argument, not an option)
    [['--locale'], 'zh-CN'],
    [['--locale', 'en', '--locale', 'zh-CN'], 'zh-CN'],
    [['--locale=zh-CN', '--locale=en'], 'en'],
    [['--', '--locale', 'en'], 'zh-CN'],
  ] as const)('reads %j as %s', (args, locale) => {
    expect(localeInArgs(args)).toBe(locale);
  });
});

describe('readLocale', () => {
  it('takes zh-CN (the default) and en', () => {
    expect(readLocale('tally', undefined)).toBe('zh-CN');
    expect(readLocale('tally', 'zh-CN')).toBe('zh-CN');
    expect(readLocale('tally', 'en')).toBe('en');
  });

  it('refuses another value in both languages, English first', () => {
    const error = (() => {
      try {
        readLocale('audit', 'zh');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe("--locale must be one of zh-CN, en, got 'zh' (see zwfw-stats audit --help)");
    expect((error as CliError).lines).toStrictEqual(["--locale 只能是 zh-CN 或 en,而不是 'zh'(见 zwfw-stats audit --help)"]);
  });
});

describe('seeHelp', () => {
  it('points to the command help in the language of the message', () => {
    expect(seeHelp('report', 'en')).toBe(' (see zwfw-stats report --help)');
    expect(seeHelp('report', 'zh-CN')).toBe('(见 zwfw-stats report --help)');
  });
});

describe('the language of a message said before the options are parsed', () => {
  it('is English when --locale en comes anywhere, even after an unknown option', async () => {
    expect((await run(['tally', '--bogus', '--locale', 'en'])).stderr).toBe("zwfw-stats: Unknown option '--bogus' (see zwfw-stats tally --help)\n");
    expect((await run(['tally', '--bogus', '--locale=en'])).stderr).toBe("zwfw-stats: Unknown option '--bogus' (see zwfw-stats tally --help)\n");
    expect((await run(['tally', '--bogus', '--locale', 'fr'])).stderr).toBe("zwfw-stats: 未知选项 '--bogus'(见 zwfw-stats tally --help)\n");
  });

  it('names no command for --locale alone, in its language', async () => {
    expect((await run(['--locale', 'en'])).stderr).toBe('zwfw-stats: missing command (report, audit or tally; see zwfw-stats --help)\n');
    expect((await run(['--locale=en'])).stderr).toBe('zwfw-stats: missing command (report, audit or tally; see zwfw-stats --help)\n');
    expect((await run(['--locale', 'zh-CN'])).stderr).toBe('zwfw-stats: 缺少命令(可用 report、audit 或 tally;见 zwfw-stats --help)\n');
    expect((await run(['--locale', 'en', 'tally'])).stderr).toBe("zwfw-stats: unknown command '--locale' (report, audit or tally; see zwfw-stats --help)\n");
  });

  it('stays English for zwfw-stats sql, which has no --locale', async () => {
    expect((await run(['sql', '--bogus'])).stderr).toBe("zwfw-stats: Unknown option '--bogus' (see zwfw-stats sql --help)\n");
  });
});
