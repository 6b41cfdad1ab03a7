/**
 * The schemas' validators are generated ahead of time (server/src/engine/schema/ajv.ts):
 * the committed file must be what the schemas and the installed Ajv make today,
 * or a schema edit would not reach the linter. `npm run schema-validators` rewrites it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validatorsSource } from '../../server/src/engine/schema/ajv';

const GENERATED = path.resolve(__dirname, '../../../server/src/engine/schema/generated/validators.ts');

test('generated/validators.ts is up to date with schemas/*.schema.json (else: npm run schema-validators)', () => {
  // A checkout may turn the file's line ends into CRLF (core.autocrlf); the code is the same.
  assert.equal(fs.readFileSync(GENERATED, 'utf8').replace(/\r\n/g, '\n'), validatorsSource());
});
