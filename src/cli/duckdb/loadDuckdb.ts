import { CliError } from '../CliError.js';

/** The part of `@duckdb/node-api` the command uses. */
export interface DuckdbConnection {
  runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
  closeSync(): void;
}

/** `@duckdb/node-api`, as far as the command uses it. */
export interface DuckdbModule {
  readonly DuckDBInstance: {
    create(path: string, options?: Record<string, string>): Promise<{ connect(): Promise<DuckdbConnection>; closeSync(): void }>;
  };
}

/** Imports `@duckdb/node-api`, an optional peer dependency: a test passes a loader of its own. */
export type DuckdbLoader = () => Promise<unknown>;

/** The loader of the package itself. */
export const importDuckdb: DuckdbLoader = () => import('@duckdb/node-api');

/**
 * Loads DuckDB, or stops the command with one line saying how to install it
 * (exit 2), in the user's locale.
 */
export async function loadDuckdb(load: DuckdbLoader, locale: 'zh-CN' | 'en'): Promise<DuckdbModule> {
  let loaded: unknown;
  try {
    loaded = await load();
  } catch (error) {
    const reason = String((error as { message?: unknown } | null)?.message ?? error).split('\n')[0];
    throw new CliError(
      locale === 'en'
        ? `--duckdb needs DuckDB, which is not installed here (${reason}): npm install @duckdb/node-api, or tally without --duckdb`
        : `--duckdb 需要 DuckDB,本机未安装(${reason}):请运行 npm install @duckdb/node-api,或去掉 --duckdb 用 JavaScript 统计`,
    );
  }
  return loaded as DuckdbModule;
}
