import { CliError } from '../CliError.js';

const REASONS: Record<string, { readonly en: string; readonly 'zh-CN': string }> = {
  ENOENT: { en: 'no such file', 'zh-CN': '文件不存在' },
  EISDIR: { en: 'is a directory, not a file', 'zh-CN': '是文件夹,不是文件' },
  EACCES: { en: 'permission denied', 'zh-CN': '没有读取权限' },
  EPERM: { en: 'permission denied', 'zh-CN': '没有读取权限' },
};
const UNREADABLE = { en: 'cannot be read', 'zh-CN': '无法读取' } as const;

/** Turns a file system error into a one-line {@link CliError} naming the file, in English or (`locale: 'zh-CN'`) in Chinese. */
export function fileError(file: string, error: unknown, locale: 'zh-CN' | 'en' = 'en'): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = typeof code === 'string' && Object.hasOwn(REASONS, code) ? (REASONS[code] as (typeof REASONS)[string]) : UNREADABLE;
  return new CliError(`${file}: ${reason[locale]}`);
}
