import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One ```ts block of the documentation, as written, with where it comes from. */
export interface ExampleBlock {
  /** The test name: file and the documented export (or the README section). */
  readonly name: string;
  /** The file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** The 1-based line in `file` of the block's first line of code. */
  readonly line: number;
  /** The code of the block, with the doc comment's ` * ` prefixes removed. */
  readonly code: string;
  /** Why the block cannot be checked at all (an `@example` without a ```ts fence, an unclosed fence). */
  readonly problem?: string;
}

const TS_FENCE = /^```(?:ts|typescript)\s*$/;
const FENCE_END = /^```\s*$/;
const DOC_COMMENT = /\/\*\*[\s\S]*?\*\//g;
const DECLARATION =
  /^\s*export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/;

/** Every `.ts` file under `dir` (declaration files left out), sorted, so new folders are picked up. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .map((path) => join(dir, path))
    .sort();
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Gives later blocks of the same name a `#2`, `#3` … suffix so every test name is unique. */
function numberRepeats(blocks: ExampleBlock[]): ExampleBlock[] {
  const seen = new Map<string, number>();
  return blocks.map((block) => {
    const count = (seen.get(block.name) ?? 0) + 1;
    seen.set(block.name, count);
    return count === 1 ? block : { ...block, name: `${block.name} #${count}` };
  });
}

/**
 * The `@example` blocks of the TSDoc comments of every `.ts` file under `root/src`.
 * A comment line is ` * text`; the prefix is removed, the indentation after it kept.
 */
export function collectSourceExamples(root: string): ExampleBlock[] {
  const blocks: ExampleBlock[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(path, 'utf8');
    const file = relative(root, path).split(sep).join('/');
    for (const match of text.matchAll(DOC_COMMENT)) {
      const commentEnd = match.index + match[0].length;
      const declared = DECLARATION.exec(text.slice(commentEnd, commentEnd + 300))?.[1];
      const firstLine = lineOf(text, match.index);
      const lines = match[0]
        .replace(/^\/\*\*/, '')
        .replace(/\*\/$/, '')
        .split('\n')
        .map((line) => line.replace(/^\s*\*(?: |$)/, ''));
      const name = `${file} › ${declared ?? `comment at line ${firstLine}`}`;
      for (let i = 0; i < lines.length; i += 1) {
        if (!/^\s*@example\b/.test(lines[i] ?? '')) continue;
        const fence = lines.findIndex((line, j) => j > i && line.trim() !== '');
        const line = firstLine + fence + 1;
        if (fence === -1 || !TS_FENCE.test((lines[fence] ?? '').trim())) {
          blocks.push({ name, file, line, code: '', problem: '@example is not followed by a ```ts block' });
          continue;
        }
        const end = lines.findIndex((text, j) => j > fence && FENCE_END.test(text.trim()));
        if (end === -1) {
          blocks.push({ name, file, line, code: '', problem: 'the ```ts block of @example is not closed' });
          continue;
        }
        blocks.push({ name, file, line, code: lines.slice(fence + 1, end).join('\n') });
        i = end;
      }
    }
  }
  return numberRepeats(blocks);
}

/** The ```ts blocks of `root/README.md`, named by the section (`## …`) they are in. */
export function collectReadmeExamples(root: string): ExampleBlock[] {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const blocks: ExampleBlock[] = [];
  let section = 'top';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) section = heading[1] ?? section;
    if (line.startsWith('```') && !TS_FENCE.test(line)) {
      // Another language's block: skip it whole, so that a `#` line in it is not a heading.
      const end = lines.findIndex((text, j) => j > i && FENCE_END.test(text));
      i = end === -1 ? lines.length : end;
      continue;
    }
    if (!TS_FENCE.test(line)) continue;
    const name = `README.md › ${section}`;
    const end = lines.findIndex((text, j) => j > i && FENCE_END.test(text));
    if (end === -1) {
      blocks.push({ name, file: 'README.md', line: i + 2, code: '', problem: 'the ```ts block is not closed' });
      break;
    }
    blocks.push({ name, file: 'README.md', line: i + 2, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return numberRepeats(blocks);
}
