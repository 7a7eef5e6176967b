// Checks that the API site under docs/api works with no network: no page or
// stylesheet loads a script, stylesheet, font or image from an http(s) URL
// (plain <a href> links to other sites are fine). Run after typedoc.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const site = process.argv[2] ?? 'docs/api';
const remote = [
  /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i,
  /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i,
  /<(?:img|iframe|source|video|audio)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i,
  /url\(\s*["']?(?:https?:)?\/\//i,
  /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i,
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(html|css|js)$/.test(entry.name)) yield path;
  }
}

const problems = [];
let pages = 0;
for (const file of files(site)) {
  if (file.endsWith('.html')) pages += 1;
  const text = readFileSync(file, 'utf8');
  for (const pattern of remote) {
    const match = pattern.exec(text);
    if (match) problems.push(`${file}: loads from the network: ${match[0]}`);
  }
}
if (pages === 0) problems.push(`${site}: no HTML pages found; run typedoc first`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${site}: ${pages} pages, nothing loaded from the network`);
