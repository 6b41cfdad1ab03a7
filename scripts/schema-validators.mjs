// Writes server/src/engine/schema/generated/validators.ts: the schemas' validators as Ajv standalone code
// (server/src/engine/schema/ajv.ts says how). Run after changing schemas/*.schema.json or updating ajv:
//   npm run schema-validators
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { validatorsSource } = createRequire(import.meta.url)(join(root, 'out/server/src/engine/schema/ajv.js'));
const target = join(root, 'server/src/engine/schema/generated/validators.ts');
writeFileSync(target, validatorsSource());
console.log(`wrote ${target}`);
