// Writes the generated header of every docs/rules/<id>.md page from the
// rules' metadata (test/rules/rule-doc-header.ts), keeping the hand-written
// rest. Needs the compiled tests: `npm run rule-docs` runs `tsc -b` first.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { ruleMetas } = require(join(root, 'out/server/src/engine/index.js'));
const { withHeader } = require(join(root, 'out/test/rules/rule-doc-header.js'));

let changed = 0;
for (const meta of ruleMetas()) {
  const path = join(root, 'docs', 'rules', `${meta.id}.md`);
  const before = readFileSync(path, 'utf8');
  const after = withHeader(before, meta);
  if (after !== before) {
    writeFileSync(path, after);
    changed += 1;
    console.log(`updated docs/rules/${meta.id}.md`);
  }
}
console.log(changed === 0 ? 'rule pages are up to date' : `${changed} rule page(s) updated`);
