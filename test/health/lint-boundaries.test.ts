/**
 * The architecture rules in eslint.config.mjs, proved on imports that break
 * them: the engine stays pure, the CLI and the server use only its facade, and
 * the extension takes only the protocol constants from the server. Also the
 * 160-character limit, which holds everywhere, regular-expression literals included.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..');
const MAX_LINE = 160;

const eslint = new ESLint({ cwd: ROOT });

/** The ids of the rules that `source`, linted as if it were the file `filePath`, breaks. */
async function brokenRules(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, filePath) });
  return result.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const IMPORTS: [file: string, source: string, allowed: boolean][] = [
  ['server/src/cli/new.ts', "import { lint } from '../engine';", true],
  ['server/src/cli/new.ts', "import { lint } from '../engine/index';", true],
  ['server/src/cli/new.ts', "import { parseConfigText } from '../engine/config';", false],
  ['server/src/cli/formatters/new.ts', "import { preferredFix } from '../../engine/fix-all';", false],
  ['server/src/lsp/new.ts', "import { classifyRole } from '../engine/roles';", false],
  ['server/src/config/new.ts', "import type { LoadedConfig } from '../engine/config';", false],
  ['server/src/engine/new.ts', "import { parseYaml } from './parse/yaml';", true],
  ['server/src/engine/new.ts', "import { readFileSync } from 'node:fs';", false],
  ['server/src/engine/new.ts', "import * as path from 'path';", false],
  ['server/src/engine/rules/new.ts', "import type { Connection } from 'vscode-languageserver';", false],
  ['server/src/engine/new.ts', "import { runCli } from '../cli/run';", false],
  ['server/src/engine/new.ts', "import { findConfig } from '../config/find-config';", false],
  ['client/src/new.ts', "import { COMMANDS } from '../../server/src/lsp/protocol';", true],
  ['client/src/new.ts', "import { lint } from '../../server/src/engine';", false],
  ['client/src/new.ts', "import { startServer } from '../../server/src/lsp/server';", false],
];

describe('import boundaries (eslint.config.mjs)', () => {
  for (const [file, source, allowed] of IMPORTS) {
    test(`${file}: ${source} is ${allowed ? 'allowed' : 'an error'}`, async () => {
      const rules = await brokenRules(file, `${source}\n`);
      if (allowed) assert.ok(!rules.includes('no-restricted-imports'), rules.join(', '));
      else assert.ok(rules.includes('no-restricted-imports'), `not reported: ${rules.join(', ') || 'no problem at all'}`);
    });
  }
});

describe('line length', () => {
  test(`a line over ${MAX_LINE} characters is an error anywhere in the project's code`, async () => {
    const long = `export const text = 'a' + '${'b'.repeat(MAX_LINE)}';\n`;
    assert.ok((await brokenRules('server/src/engine/new.ts', long)).includes('@stylistic/max-len'));
    assert.ok((await brokenRules('server/src/report/html.ts', long)).includes('@stylistic/max-len'));
    assert.ok(!(await brokenRules('server/src/engine/new.ts', `export const text = 'short';\n`)).includes('@stylistic/max-len'));
  });

  test('a long regular-expression literal is an error too: verboseRegex writes it over several lines, still checked for ReDoS', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    const regex = `export const words = /^(${words.join('|')})$/;\n`;
    assert.ok(regex.length > MAX_LINE);
    assert.ok((await brokenRules('server/src/engine/new.ts', regex)).includes('@stylistic/max-len'));
    const verbose =
      `import { verboseRegex } from './verbose-regex';\n` +
      `export const words = verboseRegex()\`\n  ^(${words.slice(0, 20).join('|')}\n  |${words.slice(20).join('|')})$\`;\n`;
    assert.ok(!(await brokenRules('server/src/engine/new.ts', verbose)).includes('@stylistic/max-len'));
  });
});
