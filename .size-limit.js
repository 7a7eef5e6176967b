// Bundle budgets, measured on dist/ (run `npm run build` first; `npm run size` does).
// Each check bundles an import with esbuild as an application would
// (minified, tree-shaken, "sideEffects": false honoured) and gzips it.
// 1 KB here is 1000 bytes. Most of the core's size is csv-parse, behind
// feedCsv (measured 27.5 KB with tally and report, 4 KB before them).
//
// That completionRate and the core hold no zod is proven by
// test/package/bundle.test.ts (a size alone could not show it).

// tsup's bare `import './chunk-….js'` lines are dropped because of
// "sideEffects": false, which is the point; esbuild warns about each one.
// The root, core and schemas are bundled for the browser; zwfw-stats/node for Node.
const quiet = (config) => ({ ...config, logLevel: 'error', platform: 'browser' });
const quietNode = (config) => ({ ...config, logLevel: 'error', platform: 'node' });

export default [
  {
    name: 'completionRate alone (no zod)',
    path: 'dist/index.js',
    import: '{ completionRate }',
    gzip: true,
    limit: '1 KB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'formatPercent alone',
    path: 'dist/index.js',
    import: '{ formatPercent }',
    gzip: true,
    limit: '2 KB',
    modifyEsbuildConfig: quiet,
  },
  {
    // 22 KB: auditReport and renderReport check all of a report by the schema's
    // rules without zod (src/report/check/assertReportShape.ts); measured
    // 20.93 KB with it, 19.21 KB before.
    name: 'zwfw-stats/core: every pure export, no schemas',
    path: 'dist/core.js',
    import: '*',
    gzip: true,
    // Raised from 20 KB: the working-day calendar adds about 5.3 KB (the core measured
    // 24.52 KB with it, 19.24 KB without; its table of 23 notices is 1.27 KB, and
    // isWorkingDay imported alone bundles to 2.75 KB), the period spans about 1.3 KB
    // (19.21 KB before them, 20.52 KB with them), the whole-report check of auditReport
    // and renderReport about 1.7 KB (20.93 KB with it), the SQL concern about 3.8 KB
    // (19.2 KB before it, 23.0 KB with it), feedNdjson's check of numbers that JSON.parse
    // reads as others about 1 KB (20.2 KB with it), the readers of 事项类型 names, 办件状态
    // and wall-clock times: 34.79 KB with all of them. `npm run size` gives the figure.
    // Raised from 36 KB for the time limits in the tally (a deadline per record from
    // 承诺时限, the timeLimits counts and their checks in the merges, timeLimitRates):
    // 36.59 KB with them, 34.93 KB before.
    // Raised from 36 KB for the report built from records (buildMonthlyReport, any period's
    // wording, the appendix tables that renderReport's Markdown writes): 38.64 KB with it.
    // Both (the time limits and the report from records): 40.52 KB measured.
    limit: '42 KB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'zwfw-stats/schemas: the zod schemas, zod included',
    path: 'dist/schemas.js',
    import: '*',
    gzip: true,
    // Raised from 100 KB for the time-limit fields of CaseRecordSchema and their written
    // forms (timeLimit, statutoryTimeLimit): 100.09 KB measured after the merges, 99.16 KB before them.
    limit: '101 KB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'zwfw-stats: everything',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    // Raised from 120 KB for the calendar, the period spans, the report check, the SQL
    // concern and the export readers (see the core): measured 131.47 KB with all of them;
    // 136.07 KB with the report built from records and ReportSupplementSchema.
    limit: '140 KB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'zwfw-stats/node: feedCsv and feedXlsx, csv-parse and the .xlsx reader included',
    path: 'dist/node.js',
    import: '*',
    gzip: true,
    // Raised from 12 KB for feedXlsx, which brings the .xlsx reader (about 14.9 KB, below):
    // measured 25.92 KB with `npm run build && npm run size`.
    // Raised from 28 KB for the worksheet scanner beside saxes (measured 29.18 KB).
    limit: '31 KB',
    modifyEsbuildConfig: quietNode,
  },
  {
    // The reader that zwfw-stats/node holds (feedXlsx). Measured 14.7 KB:
    // saxes ~60 %, unzipper's streaming parser (its lib/parse.js alone, not its index,
    // which requires @aws-sdk/client-s3) ~25 %, xmlchars, and the reader itself.
    // Raised from 16 KB for the worksheet scanner (src/tally/read/xlsxBytes/): measured 17.75 KB.
    name: 'xlsxRows: the .xlsx reader, unzipper and saxes included',
    path: 'dist/tally/read/xlsxRows.js',
    import: '{ xlsxRows }',
    gzip: true,
    limit: '19 KB',
    modifyEsbuildConfig: quietNode,
  },
];
