/**
 * zwfw-stats/node: the parts of zwfw-stats that need Node.js. `feedCsv`
 * parses CSV with csv-parse over Node streams, so it lives here rather than in
 * the package root, which stays free of Node built-ins and bundles for the
 * browser.
 *
 * @packageDocumentation
 */

export { feedCsv, type FeedCsvOptions } from './tally/feedCsv.js';
export { feedXlsx, type FeedXlsxOptions } from './tally/feedXlsx.js';
