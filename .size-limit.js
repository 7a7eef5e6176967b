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
    name: 'zwfw-stats/core: every pure export, no schemas',
    path: 'dist/core.js',
    import: '*',
    gzip: true,
    // 19.21 KB before feedNdjson refused numbers that JSON.parse reads as
    // others (1e400, 9007199254740993), 20.2 KB with that check
    // (src/internal/inexactFieldNumber.ts and readsAsWritten.ts).
    limit: '21 KB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'zwfw-stats/schemas: the zod schemas, zod included',
    path: 'dist/schemas.js',
    import: '*',
    gzip: true,
    limit: '100 KB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'zwfw-stats: everything',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    limit: '120 KB',
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'zwfw-stats/node: feedCsv, csv-parse included',
    path: 'dist/node.js',
    import: '*',
    gzip: true,
    limit: '12 KB',
    modifyEsbuildConfig: quietNode,
  },
];
