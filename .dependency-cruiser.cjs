// The layout's rules, checked by `npm run check:layers` (part of `npm test`).
//
// src/ has a folder per concern. A concern's files at its top are what other
// concerns (and the barrels src/*.ts) may import; its subfolders are its
// private parts. Concerns sit in layers, and imports only point down:
//
//   internal → period → models → rates → calendar → change, ranking → format → tally → report, sql → cli
//
// (internal: the checks every concern shares; calendar: working days and
// deadlines, which the tally will use). Concerns on one layer do not
// import each other. The README's Layout section says the same in words.

/** The layers, lowest first; the concerns of one layer do not import each other. */
const LAYERS = [['internal'], ['period'], ['models'], ['rates'], ['calendar'], ['change', 'ranking'], ['format'], ['tally'], ['report', 'sql'], ['cli']];

const group = (concerns) => `^src/(${concerns.join('|')})/`;

const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).flat();
  const rules = [];
  if (above.length > 0) {
    rules.push({
      name: 'no-import-up-a-layer',
      comment: `${layer.join(' and ')} may import only the layers below (${LAYERS.slice(0, index).flat().join(', ') || 'none'}), never ${above.join(', ')}`,
      severity: 'error',
      from: { path: group(layer) },
      to: { path: group(above) },
    });
  }
  for (const concern of layer.filter(() => layer.length > 1)) {
    rules.push({
      name: 'no-import-across-a-layer',
      comment: `${concern} and ${layer.filter((other) => other !== concern).join(', ')} are on one layer and do not import each other`,
      severity: 'error',
      from: { path: group([concern]) },
      to: { path: group(layer.filter((other) => other !== concern)) },
    });
  }
  return rules;
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'no module imports itself through others, type-only imports included',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-private-part-of-another-concern',
      comment: "a concern's subfolders are its own: other concerns import only the files at its top",
      severity: 'error',
      from: { path: '^src/([^/]+)/' },
      to: { path: '^src/[^/]+/[^/]+/', pathNot: '^src/$1/' },
    },
    {
      name: 'no-private-part-in-a-barrel',
      comment: 'the barrels (src/index.ts, core.ts, schemas.ts, node.ts) export only the files at the top of a concern',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$' },
      to: { path: '^src/[^/]+/[^/]+/' },
    },
    {
      name: 'no-barrel-inside',
      comment: 'a concern imports the module it needs, never a barrel',
      severity: 'error',
      from: { path: '^src/[^/]+/' },
      to: { path: '^src/[^/]+\\.ts$' },
    },
    {
      name: 'no-node-outside-the-node-parts',
      comment: 'the package root runs in the browser: only the command, feedCsv, feedXlsx and the .xlsx reader (zwfw-stats/node) use Node built-ins',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/cli/', '^src/tally/feedCsv\\.ts$', '^src/tally/feedXlsx\\.ts$', '^src/tally/read/xlsxRows\\.ts$', '^src/node\\.ts$'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-unresolved-import',
      comment: 'every import resolves, so that no arrow escapes the rules above',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
