import ts from 'typescript';
import type { ExampleBlock } from './collectExamples.js';

/** A `// => VALUE` under (or beside) a statement: the statement's value deep-equals VALUE. */
export interface ValueCheck {
  readonly kind: 'value';
  /** The line in the documented file, for failure messages. */
  readonly line: number;
  /** The checked expression (or declared name), as written. */
  readonly source: string;
  /** VALUE as written, continuation lines joined. */
  readonly expected: string;
}

/** A `// throws RangeError` (or `// RangeError: message`) under a statement. */
export interface ThrowsCheck {
  readonly kind: 'throws';
  readonly line: number;
  readonly source: string;
  /** `RangeError` or `TypeError`. */
  readonly errorName: string;
  /** The exact message, when the comment gives one. */
  readonly message: string | undefined;
}

export type Check = ValueCheck | ThrowsCheck;

/** An example turned into JavaScript: `__value(k, actual)` and `__throws(k, run)` calls mark the checks. */
export interface CompiledExample {
  readonly checks: readonly Check[];
  /** JavaScript for a function body whose parameters are `__value`, `__throws` and the library's exports. */
  readonly program: string;
  /** Names the example imports from 'zwfw-stats' (values only). */
  readonly imports: readonly string[];
}

const VALUE_COMMENT = /^\/\/\s*=>\s?(.*)$/;
const THROWS_COMMENT = /^\/\/\s*(?:throws\s+(RangeError|TypeError)(?::\s*(.*))?|(RangeError|TypeError):\s*(.*))$/;
/** `//` followed by two or more spaces: the continuation of a multi-line `// =>` value. */
const CONTINUATION = /^\s*\/\/\s{2,}(.*)$/;
const ANY_CHECK_COMMENT = /\/\/\s*(?:=>|throws\s|(?:RangeError|TypeError):)/;

class ExampleError extends Error {}

interface Annotation {
  readonly check: Omit<ValueCheck, 'line' | 'source'> | Omit<ThrowsCheck, 'line' | 'source'>;
  /** 0-based lines of the block that the annotation uses. */
  readonly lines: readonly number[];
}

/**
 * Reads the annotation right after a statement: on the rest of its last line, or
 * on the next line (no blank line between). Returns undefined when there is none.
 */
function readAnnotation(code: string, statementEnd: number, gapEnd: number): Annotation | undefined {
  const gap = code.slice(statementEnd, gapEnd).split('\n');
  const firstLine = code.slice(0, statementEnd).split('\n').length - 1;
  const at = gap[0]?.trim() === '' ? 1 : 0;
  const candidate = gap[at]?.trim() ?? '';
  const value = VALUE_COMMENT.exec(candidate);
  if (value) {
    const parts = [value[1] ?? ''];
    const lines = [firstLine + at];
    for (let i = at + 1; i < gap.length; i += 1) {
      const more = CONTINUATION.exec(gap[i] ?? '');
      if (!more) break;
      parts.push(more[1] ?? '');
      lines.push(firstLine + i);
    }
    return { check: { kind: 'value', expected: parts.join(' ').trim() }, lines };
  }
  const thrown = THROWS_COMMENT.exec(candidate);
  if (thrown) {
    const errorName = thrown[1] ?? thrown[3] ?? '';
    const message = thrown[1] === undefined ? thrown[4] : thrown[2];
    return { check: { kind: 'throws', errorName, message: message?.trim() }, lines: [firstLine + at] };
  }
  return undefined;
}

function importedNames(statement: ts.ImportDeclaration): string[] {
  const from = (statement.moduleSpecifier as ts.StringLiteral).text;
  if (from !== 'zwfw-stats' && from !== 'zwfw-stats/node') throw new ExampleError(`imports from '${from}'; examples may import only from 'zwfw-stats' or 'zwfw-stats/node'`);
  const clause = statement.importClause;
  if (clause === undefined || clause.isTypeOnly) return [];
  if (clause.name !== undefined || clause.namedBindings === undefined || !ts.isNamedImports(clause.namedBindings)) {
    throw new ExampleError("imports from 'zwfw-stats' must be named imports: import { … } from 'zwfw-stats'");
  }
  return clause.namedBindings.elements
    .filter((element) => !element.isTypeOnly)
    .map((element) => (element.propertyName ?? element.name).text);
}

/**
 * Turns an example into a runnable program. Statements run in order in one scope.
 * A `// => VALUE` after an expression statement checks the expression's value; after
 * `const name = …;` it checks `name`. A `// throws RangeError` (optionally `: message`),
 * or `// RangeError: message`, checks that the statement throws. TypeScript syntax is
 * removed with `ts.transpileModule`.
 */
export function compileExample(block: ExampleBlock): CompiledExample {
  const { code } = block;
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineOf = (position: number) => block.line + source.getLineAndCharacterOfPosition(position).line;
  const checks: Check[] = [];
  const imports: string[] = [];
  const usedLines = new Set<number>();
  const parts: string[] = [];
  try {
    source.statements.forEach((statement, index) => {
      const text = statement.getText(source);
      const next = source.statements[index + 1];
      const annotation = readAnnotation(code, statement.end, next === undefined ? code.length : next.getStart(source));
      const line = lineOf(statement.getStart(source));
      if (ts.isImportDeclaration(statement)) {
        if (annotation) throw new ExampleError(`line ${line}: an import cannot be checked`);
        imports.push(...importedNames(statement));
        return;
      }
      if (annotation === undefined) {
        parts.push(text);
        return;
      }
      annotation.lines.forEach((used) => usedLines.add(used));
      const k = checks.length;
      if (annotation.check.kind === 'throws') {
        checks.push({ ...annotation.check, line, source: text });
        parts.push(`__throws(${k}, () => {\n${text}\n});`);
      } else if (ts.isExpressionStatement(statement)) {
        checks.push({ ...annotation.check, line, source: statement.expression.getText(source) });
        parts.push(`__value(${k}, (\n${statement.expression.getText(source)}\n));`);
      } else if (
        ts.isVariableStatement(statement) &&
        statement.declarationList.declarations.length === 1 &&
        ts.isIdentifier(statement.declarationList.declarations[0]!.name)
      ) {
        const name = statement.declarationList.declarations[0]!.name.text;
        checks.push({ ...annotation.check, line, source: name });
        parts.push(text, `__value(${k}, ${name});`);
      } else {
        throw new ExampleError(`line ${line}: \`// =>\` follows a statement that has no value`);
      }
    });
    code.split('\n').forEach((text, index) => {
      if (ANY_CHECK_COMMENT.test(text) && !usedLines.has(index)) {
        throw new ExampleError(
          `line ${block.line + index}: \`${text.trim()}\` does not directly follow a statement, so it would not be checked`,
        );
      }
    });
  } catch (error) {
    if (error instanceof ExampleError) throw new Error(`${block.file}: ${error.message}`);
    throw error;
  }
  const output = ts.transpileModule(parts.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
    fileName: 'example.ts',
  });
  const syntaxErrors = output.diagnostics ?? [];
  if (syntaxErrors.length > 0) {
    const messages = syntaxErrors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    throw new Error(`${block.file}:${block.line}: the example does not parse: ${messages.join('; ')}`);
  }
  return { checks, program: output.outputText, imports };
}
