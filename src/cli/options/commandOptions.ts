import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from '../CliError.js';
import { quoteArgument } from './quoteArgument.js';
import { localeInArgs } from './localeInArgs.js';
import { type Locale, readLocale } from './readLocale.js';
import { seeHelp } from './seeHelp.js';

/** A command's options by name, its positional arguments, and the language of its messages. */
export interface ParsedCommand {
  /** The options given, by name. */
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** The arguments that are not options, such as the file. */
  readonly positionals: readonly string[];
  /** `--locale`, read first; English for a command without the option (`sql`). */
  readonly locale: Locale;
}

/** parseArgs's message in Chinese, when it is one of those Node 20 writes. */
function chineseParseError(message: string): string {
  const unknown = /^Unknown option (.*)$/s.exec(message);
  if (unknown !== null) return `未知选项 ${unknown[1] as string}`;
  const option = /^Option '([^']*)' (argument missing|argument is ambiguous|does not take an argument)$/.exec(message);
  if (option === null) return message;
  const name = (option[1] as string).replace(/ <value>$/, '');
  if (option[2] === 'argument missing') return `选项 ${name} 缺少值`;
  if (option[2] === 'argument is ambiguous') return `选项 ${name} 的值不明确(以 - 开头的值请写成 ${name}=值)`;
  return `选项 ${name} 不带值`;
}

/**
 * Parses a command's arguments with node:util's parseArgs, turning its errors
 * into one-line {@link CliError}s. `--locale` is read first, from the parsed
 * values, or from the raw arguments when parseArgs fails, so that every
 * message about the options comes in the language asked for.
 */
export function commandOptions(
  command: string,
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): ParsedCommand {
  const localized = 'locale' in options;
  let parsed: Omit<ParsedCommand, 'locale'>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message: text } = error as { code?: unknown; message: string };
    // An unknown option is quoted as any argument is (cut, on one line); it may hold a full stop.
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '(.*)'\. To specify/s.exec(text) : null;
    // Stryker disable next-line StringLiteral: equivalent, split always gives a first part, and no parseArgs message of Node 20 ends with a full stop
    const message = unknown === null ? (text.split(/\.\s/)[0] ?? '').replace(/\.$/, '') : `Unknown option ${quoteArgument(unknown[1] as string)}`;
    const locale = localized ? localeInArgs(args) : 'en';
    throw new CliError(`${locale === 'en' ? message : chineseParseError(message)}${seeHelp(command, locale)}`);
  }
  return { ...parsed, locale: localized ? readLocale(command, parsed.values['locale']) : 'en' };
}

/** Checks that an option's value is one of `allowed`. */
export function oneOf<T extends string>(command: string, name: string, value: unknown, allowed: readonly T[], fallback: T, locale: Locale): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly unknown[]).includes(value)) {
    const got = quoteArgument(String(value));
    throw new CliError(
      locale === 'en'
        ? `--${name} must be one of ${allowed.join(', ')}, got ${got}${seeHelp(command, locale)}`
        : `--${name} 只能是 ${allowed.join('、')} 之一,而不是 ${got}${seeHelp(command, locale)}`,
    );
  }
  return value as T;
}

/** The one file a command reads; `what` is said in English and in Chinese. */
export function singleFile(command: string, positionals: readonly string[], what: { readonly en: string; readonly zh: string }, locale: Locale): string {
  const [file, extra] = positionals;
  if (file === undefined) throw new CliError(`${locale === 'en' ? `missing ${what.en}` : `缺少${what.zh}`}${seeHelp(command, locale)}`);
  if (extra !== undefined) {
    const got = quoteArgument(extra);
    throw new CliError(`${locale === 'en' ? `unexpected argument ${got}` : `多余的参数 ${got}`}${seeHelp(command, locale)}`);
  }
  return file;
}
