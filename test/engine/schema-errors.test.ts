/**
 * The one ajv error translator (schema/ajv-errors.ts) that both the manifest
 * rule and the config validator read: ids, data and places, and that every
 * keyword either schema file uses has words of its own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { describeActual, knownList, listValues, quotedPath, translateAjvError } from '../../server/src/engine/schema/ajv-errors';
import { describeCondition } from '../../server/src/engine/schema/messages';
import { displayPath } from '../../server/src/engine/schema/pointer';

function ajvError(partial: Partial<ErrorObject> & Pick<ErrorObject, 'keyword' | 'instancePath'>): ErrorObject {
  return { schemaPath: '#', params: {}, ...partial };
}

const MANIFEST = { subject: 'The manifest' };

describe('schema errors in words', () => {
  const value = { spec: { endpoints: [{ tls: { minVersion: '1.1' } }], '1': 'numeric key', 'odd.key': true }, list: ['a', 'b', 'a'] };

  test('paths are dotted, with [n] only for list indices', () => {
    assert.equal(displayPath(value, '/spec/endpoints/0/tls/minVersion'), 'spec.endpoints[0].tls.minVersion');
    assert.equal(displayPath(value, '/spec/1'), 'spec["1"]');
    assert.equal(displayPath(value, '/spec/odd.key'), 'spec["odd.key"]');
    assert.equal(displayPath(value, '/spec/missing'), 'spec.missing');
    assert.equal(quotedPath(value, '/spec', 'The manifest'), '"spec"');
    assert.equal(quotedPath(value, '/spec/endpoints/0/authentication/issuer', 'The manifest'), '"…authentication.issuer"', 'a long path keeps its tail');
    assert.equal(quotedPath(value, '', 'The configuration'), 'The configuration');
  });

  test('what a value is, in plain words', () => {
    assert.deepEqual(
      [null, [], {}, 'x', 3, 3.5, true].map((item) => describeActual(item)),
      ['empty', 'a list', 'an object', 'a string', 'a number', 'a decimal number', 'true'],
    );
  });

  test('allowed values are listed once each, however they are typed', () => {
    assert.deepEqual(listValues(['1.2', '1.3', 1.2, 1.3]), ['1.2', '1.3']);
    assert.deepEqual(listValues([true, 'a']), ['true', 'a']);
  });

  test('known names fit one line, the ones nearest the unknown name first', () => {
    const known = ['$schema', 'root', 'rules', 'overrides', 'include', 'exclude', 'manifests', 'context', 'allow', 'hostMap'];
    assert.equal(knownList('exlude', known), 'exclude, $schema, root, rules, overrides, …');
    assert.equal(knownList('zzz', ['a', 'b']), 'a, b');
  });

  test('conditions are described from const and enum, else as "here"', () => {
    assert.equal(describeCondition({ properties: { exposure: { const: 'lan-only' } } }), 'when "exposure" is "lan-only"');
    assert.equal(describeCondition({ properties: { a: { enum: ['x', 'y'] }, b: { const: 1 } } }), 'when "a" is one of x, y and "b" is "1"');
    assert.equal(describeCondition({ not: {} }), 'here');
  });

  test('a type error lists every expected type, and says what was given', () => {
    const translated = translateAjvError(ajvError({ keyword: 'type', instancePath: '/spec/endpoints', params: { type: 'string,integer' } }), value, MANIFEST);
    assert.deepEqual(translated, {
      id: 'type',
      pointer: '/spec/endpoints',
      onKey: false,
      data: { path: '"spec.endpoints"', expected: 'a string or a whole number', actual: 'a list', given: 'a list' },
    });
  });

  test('an enum error lists the allowed values in words and as JSON, and quotes the value given', () => {
    const error = ajvError({ keyword: 'enum', instancePath: '/spec/endpoints/0/tls/minVersion', params: { allowedValues: ['1.2', '1.3'] } });
    assert.deepEqual(translateAjvError(error, value, MANIFEST)?.data, {
      path: '"…endpoints[0].tls.minVersion"',
      allowed: '1.2 or 1.3',
      values: '["1.2","1.3"]',
      given: '"1.1"',
    });
  });

  test('an unknown property is placed on its own key', () => {
    const error = ajvError({ keyword: 'additionalProperties', instancePath: '/spec', params: { additionalProperty: 'odd.key' }, parentSchema: {} });
    const translated = translateAjvError(error, value, MANIFEST);
    const place = [translated?.id, translated?.pointer, translated?.onKey, translated?.data.path];
    assert.deepEqual(place, ['unknownProperty', '/spec/odd.key', true, '"spec["odd.key"]"']);
  });

  test('a repeated list item is placed on the repeat, naming the list', () => {
    const translated = translateAjvError(ajvError({ keyword: 'uniqueItems', instancePath: '/list', params: { i: 2, j: 0 } }), value, MANIFEST);
    assert.deepEqual(translated, { id: 'duplicate', pointer: '/list/2', onKey: false, data: { path: '"list"', value: '"a"' } });
  });

  test('a key breaking propertyNames is placed on the key; the summary error and `if` add nothing', () => {
    const inner = ajvError({ keyword: 'minLength', instancePath: '/spec', propertyName: '', params: { limit: 1 } });
    assert.deepEqual(translateAjvError(inner, value, MANIFEST), { id: 'empty', pointer: '/spec/', onKey: true, data: { path: '"spec[""]"' } });
    assert.equal(translateAjvError(ajvError({ keyword: 'propertyNames', instancePath: '/spec' }), value, MANIFEST), undefined);
    assert.equal(translateAjvError(ajvError({ keyword: 'if', instancePath: '/spec' }), value, MANIFEST), undefined);
  });

  test('a pattern without a hint still says what it must match', () => {
    const error = ajvError({ keyword: 'pattern', instancePath: '/spec/1', params: { pattern: '^a$' }, parentSchema: {} });
    assert.deepEqual(translateAjvError(error, value, MANIFEST)?.data, { path: '"spec["1"]"', hint: 'it must match ^a$' });
  });

  test('a keyword no schema uses yet still reads as a sentence, naming the keyword', () => {
    const error = ajvError({ keyword: 'maximum', instancePath: '/spec/1', params: { limit: 5 }, message: 'must be <= 5' });
    const translated = translateAjvError(error, value, MANIFEST);
    assert.deepEqual([translated?.id, translated?.data.hint], ['pattern', 'it must meet the schema\'s "maximum" rule (must be <= 5)']);
  });

  test('an unknown format is named rather than hidden', () => {
    const translated = translateAjvError(ajvError({ keyword: 'format', instancePath: '/spec/1', params: { format: 'ipv4' } }), value, MANIFEST);
    assert.deepEqual(translated?.data, { path: '"spec["1"]"', expected: 'a valid ipv4' });
  });
});

/** Every keyword in a schema (property and definition names are names, not keywords). */
function keywords(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => keywords(item, into));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      into.add(key);
      if (key === 'properties' || key === 'definitions') Object.values(child as object).forEach((item) => keywords(item, into));
      else if (key !== 'enum' && key !== 'const' && key !== 'examples' && key !== 'default' && key !== 'required') keywords(child, into);
    }
  }
  return into;
}

describe('every keyword the schema files use has words of its own (none reaches the fallback)', () => {
  const annotations = new Set(['$schema', '$id', '$ref', 'title', 'description', 'default', 'examples', 'properties', 'definitions', 'items']);
  // Applicators and VS Code's hint: their errors are the inner schemas' own, or none.
  const noErrorOfTheirOwn = new Set(['if', 'then', 'else', 'propertyNames', 'patternErrorMessage']);
  const params: Record<string, Record<string, unknown>> = {
    additionalProperties: { additionalProperty: 'y' },
    required: { missingProperty: 'y' },
    type: { type: 'string' },
    enum: { allowedValues: ['a'] },
    const: { allowedValue: 'a' },
    format: { format: 'email' },
    pattern: { pattern: 'x' },
    minLength: { limit: 1 },
    minItems: { limit: 1 },
    maxLength: { limit: 63 },
    minimum: { limit: 0 },
    uniqueItems: { i: 1, j: 0 },
  };
  for (const file of ['service-manifest.schema.json', 'config.schema.json']) {
    test(file, () => {
      const schema: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', file), 'utf8'));
      for (const keyword of keywords(schema)) {
        if (annotations.has(keyword) || noErrorOfTheirOwn.has(keyword)) continue;
        assert.ok(params[keyword], `the test does not know the keyword ${keyword}`);
        const error = ajvError({ keyword, instancePath: '/x', params: params[keyword], parentSchema: {} });
        const translated = translateAjvError(error, { x: ['a', 'a'] }, MANIFEST);
        assert.ok(translated, keyword);
        assert.ok(!String(translated.data.hint ?? '').includes("the schema's"), `${keyword} falls back to the generic wording`);
      }
    });
  }
});
