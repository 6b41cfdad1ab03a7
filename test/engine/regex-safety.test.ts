/**
 * Every regex literal in server/src, and every long one written over several
 * lines with verboseRegex (engine/verbose-regex.ts), found with the TypeScript
 * parser, is checked by redos-detector for ambiguous backtracking (issue 11: values and
 * keys reach 5 MB). Step-limited, never time-limited, so every machine gives
 * the same answer. A regex whose paths are too many to explore in the step
 * limit (long keyword alternations: `hitMaxSteps`) is not judged here; one
 * found ambiguous (`hitMaxScore`) fails the test unless ALLOWED says why it
 * is linear anyway, each reason checked by hand on 100 KB adversarial input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { isSafe } from 'redos-detector';
import { joinVerboseSource, verboseRegex } from '../../server/src/engine/verbose-regex';

const SOURCE = path.resolve(__dirname, '../../../server/src');

/** `file: literal` → why the backtracking the detector sees stays linear. */
const ALLOWED = new Map<string, string>([
  [
    'engine/tls/settings.ts: /^\\$\\{([A-Za-z_][\\w.]*)(:-|:|-)([^{}$]*)\\}$/',
    'anchored at both ends; the only ambiguity is `:-` read as `:` then `-…` or as `:-`, two ways at one place: linear',
  ],
  ['engine/fixes/insert.ts: /^[ \\t]*,[ \\t]*(\\/\\/[^\\n]*|\\/\\*.*?\\*\\/[ \\t]*|#[^\\n]*)?\\r?\\n/', 'anchored at ^ and run on one line: 1 ms on 100 KB'],
  [
    'engine/fixes/scalar.ts: ' +
      '/^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\\d[\\d_]*)?(\\.\\d*)?([eE][-+]?\\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\\.(inf|nan)|\\d+(:\\d+)+)$/i',
    'anchored at both ends; 100 KB of digits, `1:` or `1_` runs take under 5 ms',
  ],
  ['engine/net/address.ts: /%.*$/', 'the first `%` on a line matches through to the end'],
  ['engine/net/hostname.ts: /\\.c\\.[a-z0-9-]+\\.internal$/', 'the label class has no dot, so each try stops at the next dot'],
  ['engine/parse/yaml.ts: / at line \\d+, column \\d+:?$/', "digits stop at the comma; run on the parser's own short messages"],
  ['engine/rule.ts: /\\{(\\w+)\\}/g', 'a word cannot hold `{`, so each try stops at the next one; run on message templates'],
  ['engine/schema/detect.ts: /[?#].*$/', 'the first `?` or `#` matches through to the end'],
  ['engine/targets.ts: /%(25)?[\\w.-]+$/', 'the class has no `%`, so each try stops at the next one'],
  [
    "engine/schema/generated/validators.ts: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@" +
      '(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i',
    "ajv-formats' email format, run from node_modules before the validators were generated; " +
      'a label ends at a dot, so a failed try gives back one label: 100 KB of labels, dots and hyphens take under 2 ms',
  ],
  ['lsp/hover.ts: /\\[([^\\]]+)\\]\\(([^)]+)\\)/g', "run on the linter's own rule documentation, never on user text"],
  ['lsp/hover.ts: /\\*\\*([^*]+)\\*\\*/g', "run on the linter's own rule documentation, never on user text"],
  ['lsp/hover.ts: /\\*([^*]+)\\*/g', "run on the linter's own rule documentation, never on user text"],
]);

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

function regexLiterals(file: string): Array<{ line: number; literal: string; verbose?: boolean }> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; literal: string; verbose?: boolean }> = [];
  const visit = (node: ts.Node): void => {
    const line = (): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push({ line: line(), literal: node.getText() });
    const verbose = verboseTemplate(node);
    if (verbose) found.push({ line: line(), literal: verbose, verbose: true });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** verboseRegex('flags')`…` as the literal it spells (`/pattern/flags`), or undefined for any other node. */
function verboseTemplate(node: ts.Node): string | undefined {
  if (!ts.isTaggedTemplateExpression(node) || !ts.isCallExpression(node.tag)) return undefined;
  const { expression, arguments: args } = node.tag;
  if (!ts.isIdentifier(expression) || expression.text !== 'verboseRegex') return undefined;
  assert.ok(ts.isNoSubstitutionTemplateLiteral(node.template), `verboseRegex takes no \${} substitutions: ${node.getText()}`);
  const flags =
    args.length === 0 ? '' : ts.isStringLiteral(args[0]) ? args[0].text : assert.fail(`verboseRegex flags must be a string literal: ${node.getText()}`);
  return `/${joinVerboseSource(node.template.rawText ?? '')}/${flags}`;
}

test('verboseRegex: the lines joined without their indentation, read raw, with the flags given', () => {
  const key = verboseRegex('i')`
    ^(alpha|beta
    |gam\.ma)$`;
  assert.equal(key.source, '^(alpha|beta|gam\\.ma)$');
  assert.equal(key.flags, 'i');
  assert.ok(key.test('GAM.MA') && !key.test('gamxma') && !key.test(' alpha'));
  assert.equal(joinVerboseSource('a\n\t  b [ ]\n c'), 'ab [ ]c', 'spaces inside a line stay');
});

test('no regex literal in server/src is found to backtrack ambiguously', () => {
  const flagged: string[] = [];
  const used = new Set<string>();
  let checked = 0;
  let verboseChecked = 0;
  for (const file of sourceFiles(SOURCE)) {
    const relative = path.relative(SOURCE, file).split(path.sep).join('/');
    for (const { line, literal, verbose } of regexLiterals(file)) {
      checked++;
      if (verbose) verboseChecked++;
      const key = `${relative}: ${literal}`;
      if (ALLOWED.has(key)) {
        used.add(key);
        continue;
      }
      const slash = literal.lastIndexOf('/');
      const result = isSafe(new RegExp(literal.slice(1, slash), literal.slice(slash + 1)), { maxSteps: 2000, timeout: Infinity });
      if (!result.safe && result.error === 'hitMaxScore') flagged.push(`${relative}:${line} ${literal}`);
    }
  }
  assert.ok(checked > 200, `only ${checked} regex literals found`);
  assert.ok(verboseChecked >= 8, `only ${verboseChecked} verboseRegex patterns found`);
  assert.deepEqual(flagged, []);
  assert.deepEqual(
    [...ALLOWED.keys()].filter((key) => !used.has(key)),
    [],
    'allowed regexes that no longer exist',
  );
});
