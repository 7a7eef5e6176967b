/**
 * zwfw-stats (政务服务统计): exact statistics for China's government service centres.
 *
 * The package root holds everything that runs in the browser and in Node:
 * the pure functions of `zwfw-stats/core` and the zod schemas of
 * `zwfw-stats/schemas`. A new export goes into one of those two barrels.
 * `feedCsv`, which needs Node streams, is in `zwfw-stats/node`.
 *
 * @document ../docs/metrics.md
 * @document ../docs/working-days.md
 * @packageDocumentation
 */

export * from './core.js';
export * from './schemas.js';
