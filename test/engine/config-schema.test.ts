/**
 * schemas/config.schema.json itself, and the examples in
 * docs/configuration.md: the schema is draft-07 with an `$id`, compiles under
 * ajv's strict mode, gives every property a title and a description (editors
 * show them on hover and in completion), and every configuration example in
 * the documentation is a valid configuration, so the docs cannot drift.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parseConfigText } from '../../server/src/engine/config';

const ROOT = join(__dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8')) as SchemaNode;

type SchemaNode = Record<string, unknown>;

/** Every subschema that describes a value a person writes: properties, items, map values, key names. */
function describedSchemas(node: SchemaNode, where: string, into: Array<[string, SchemaNode]> = []): Array<[string, SchemaNode]> {
  for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, SchemaNode>)) {
    into.push([`${where}.${name}`, child]);
    describedSchemas(child, `${where}.${name}`, into);
  }
  for (const keyword of ['items', 'additionalProperties', 'propertyNames'] as const) {
    const child = node[keyword];
    if (child && typeof child === 'object' && !('$ref' in child)) {
      into.push([`${where}.${keyword}`, child as SchemaNode]);
      describedSchemas(child as SchemaNode, `${where}.${keyword}`, into);
    }
  }
  for (const keyword of ['then', 'else'] as const) if (node[keyword]) describedSchemas(node[keyword] as SchemaNode, `${where}(${keyword})`, into);
  return into;
}

describe('schemas/config.schema.json', () => {
  test('draft-07 with an $id, a title and a description', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.match(String(schema.$id), /^https:\/\/.+\/schemas\/config\.schema\.json$/);
    assert.ok(schema.title && schema.description);
  });

  test('is valid against the draft-07 meta-schema (the engine’s Ajv skips that check at run time: schema/ajv.ts)', () => {
    const ajv = new Ajv({ strict: false });
    assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
  });

  test('compiles under ajv strict mode', () => {
    assert.doesNotThrow(() => new Ajv({ strict: true, allErrors: true }).compile(schema));
  });

  test('every property, item, map value and key name has a title and a description', () => {
    const all = [
      ...describedSchemas(schema, ''),
      ...Object.entries(schema.definitions as Record<string, SchemaNode>).flatMap(([name, definition]) => [
        [`#/definitions/${name}`, definition] as [string, SchemaNode],
        ...describedSchemas(definition, `#/definitions/${name}`),
      ]),
    ];
    assert.ok(all.length > 20, `only ${all.length} subschemas found: the walk is broken`);
    const missing = all.filter(([, node]) => typeof node.title !== 'string' || typeof node.description !== 'string').map(([where]) => where);
    assert.deepEqual(missing, []);
  });

  test('objects are closed, so a misspelt key is an error rather than ignored', () => {
    const open = [['', schema] as [string, SchemaNode], ...describedSchemas(schema, ''), ...Object.entries(schema.definitions as Record<string, SchemaNode>)]
      .filter(([, node]) => node.properties !== undefined && node.additionalProperties !== false)
      .map(([where]) => where);
    assert.deepEqual(open, []);
  });
});

describe('docs/configuration.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8');
  // Blocks whose first line names a config file: "# .internet-first.yaml" or "// .internet-first.json".
  const examples = [...doc.matchAll(/```(yaml|jsonc?)\n((?:#|\/\/) \S*\.internet-first\.(?:yaml|yml|json)[^\n]*\n[\s\S]*?)```/g)].map((match) => ({
    language: match[1],
    text: match[2],
  }));

  test('has configuration examples', () => {
    assert.ok(examples.length >= 4, `found ${examples.length} examples`);
  });

  test('every example is a valid configuration', () => {
    for (const example of examples) {
      const fileName = example.language === 'yaml' ? '.internet-first.yaml' : '.internet-first.json';
      assert.doesNotThrow(() => parseConfigText(example.text, fileName), `invalid example:\n${example.text}`);
    }
  });
});
