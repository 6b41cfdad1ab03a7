/**
 * The schema file itself: the promises its header makes to editors (titles
 * and descriptions everywhere for hover and completion, closed objects, valid
 * defaults and examples). That every keyword it uses has its own wording is
 * checked with the config schema's in schema-errors.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const SCHEMA_PATH = join(__dirname, '..', '..', '..', 'schemas', 'service-manifest.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;

type SchemaNode = Record<string, unknown>;

/** Every property schema (after following local $refs) with its dotted location. */
function propertySchemas(): Array<[string, SchemaNode]> {
  const found: Array<[string, SchemaNode]> = [];
  const resolve = (node: SchemaNode): SchemaNode => (typeof node.$ref === 'string' ? resolveRef(node.$ref) : node);
  const visit = (node: SchemaNode, where: string, seen: Set<SchemaNode>): void => {
    const resolved = resolve(node);
    if (seen.has(resolved)) return;
    const next = new Set(seen).add(resolved);
    for (const [name, child] of Object.entries((resolved.properties ?? {}) as Record<string, SchemaNode>)) {
      found.push([`${where}.${name}`, resolve(child)]);
      visit(child, `${where}.${name}`, next);
    }
    if (resolved.items) {
      found.push([`${where}[]`, resolve(resolved.items as SchemaNode)]);
      visit(resolved.items as SchemaNode, `${where}[]`, next);
    }
  };
  visit(schema, '', new Set());
  return found;
}

function resolveRef(ref: string): SchemaNode {
  let current: unknown = schema;
  for (const token of ref.replace(/^#\//, '').split('/')) current = (current as SchemaNode)[token];
  return current as SchemaNode;
}

describe('the service manifest schema file', () => {
  test('is draft-07 with the published $id', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, 'https://raw.githubusercontent.com/internet-first/internet-first-lint/main/schemas/service-manifest.schema.json');
  });

  test('is valid against the draft-07 meta-schema (the engine’s Ajv skips that check at run time: schema/ajv.ts)', () => {
    const ajv = new Ajv({ strict: false });
    assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
  });

  test('every property has a title and a description', () => {
    const properties = propertySchemas();
    assert.ok(properties.length > 30, `only ${properties.length} properties found`);
    for (const [where, property] of properties) {
      assert.equal(typeof property.title, 'string', `${where} has no title`);
      assert.ok(typeof property.description === 'string' && property.description.length > 10, `${where} has no description`);
    }
  });

  test('every object schema is closed (additionalProperties: false)', () => {
    for (const [where, property] of [['(root)', schema] as [string, SchemaNode], ...propertySchemas()]) {
      if (property.type === 'object') assert.equal(property.additionalProperties, false, where);
    }
  });

  test('every default and example is valid for its own property', () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    ajv.addSchema(schema);
    for (const [where, property] of propertySchemas()) {
      const samples = [...(property.default === undefined ? [] : [property.default]), ...((property.examples as unknown[]) ?? [])];
      if (samples.length === 0) continue;
      const { $id: _id, ...standalone } = property;
      const check = ajv.compile({ ...standalone, definitions: schema.definitions });
      for (const sample of samples) assert.ok(check(sample), `${where}: ${JSON.stringify(sample)} ${ajv.errorsText(check.errors)}`);
    }
  });
});
