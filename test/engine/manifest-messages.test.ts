import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorObject } from 'ajv';
import { describeActual, describeCondition, describeValueError, listValues, quotedPath } from '../../server/src/engine/schema/messages';
import { displayPath } from '../../server/src/engine/schema/pointer';

function ajvError(partial: Partial<ErrorObject> & Pick<ErrorObject, 'keyword' | 'instancePath'>): ErrorObject {
  return { schemaPath: '#', params: {}, ...partial };
}

describe('manifest messages', () => {
  const value = { spec: { endpoints: [{ tls: { minVersion: '1.1' } }], '1': 'numeric key', 'odd.key': true } };

  test('paths are dotted, with [n] only for list indices', () => {
    assert.equal(displayPath(value, '/spec/endpoints/0/tls/minVersion'), 'spec.endpoints[0].tls.minVersion');
    assert.equal(displayPath(value, '/spec/1'), 'spec["1"]');
    assert.equal(displayPath(value, '/spec/odd.key'), 'spec["odd.key"]');
    assert.equal(displayPath(value, '/spec/missing'), 'spec.missing');
    assert.equal(quotedPath(value, '/spec'), '"spec"');
    assert.equal(quotedPath(value, '/spec/endpoints/0/authentication/issuer'), '"…authentication.issuer"', 'a long path keeps its tail');
    assert.equal(quotedPath(value, ''), 'The manifest');
  });

  test('what a value is, in plain words', () => {
    assert.deepEqual([null, [], {}, 'x', 3, 3.5, true].map(describeActual), [
      'empty',
      'a list',
      'an object',
      'a string',
      'a number',
      'a decimal number',
      'true',
    ]);
  });

  test('allowed values are listed once each, however they are typed', () => {
    assert.deepEqual(listValues(['1.2', '1.3', 1.2, 1.3]), ['1.2', '1.3']);
    assert.deepEqual(listValues([true, 'a']), ['true', 'a']);
  });

  test('conditions are described from const and enum, else as "here"', () => {
    assert.equal(describeCondition({ properties: { exposure: { const: 'lan-only' } } }), 'when "exposure" is "lan-only"');
    assert.equal(describeCondition({ properties: { a: { enum: ['x', 'y'] }, b: { const: 1 } } }), 'when "a" is one of x, y and "b" is "1"');
    assert.equal(describeCondition({ not: {} }), 'here');
  });

  test('a type error lists every expected type', () => {
    const described = describeValueError(ajvError({ keyword: 'type', instancePath: '/spec/endpoints', params: { type: 'string,integer' } }), value);
    assert.deepEqual(described, { messageId: 'type', data: { path: '"spec.endpoints"', expected: 'a string or a whole number', actual: 'a list' } });
  });

  test('a pattern without a hint still says what it must match', () => {
    const described = describeValueError(ajvError({ keyword: 'pattern', instancePath: '/spec/1', params: { pattern: '^a$' }, parentSchema: {} }), value);
    assert.deepEqual(described, { messageId: 'pattern', data: { path: '"spec["1"]"', hint: 'it must match ^a$' } });
  });

  test('a keyword the schema does not use yet still reads as a sentence, naming the keyword', () => {
    const described = describeValueError(ajvError({ keyword: 'maximum', instancePath: '/spec/1', params: { limit: 5 }, message: 'must be <= 5' }), value);
    assert.deepEqual(described, { messageId: 'pattern', data: { path: '"spec["1"]"', hint: 'it must meet the schema\'s "maximum" rule (must be <= 5)' } });
  });

  test('an unknown format is named rather than hidden', () => {
    const described = describeValueError(ajvError({ keyword: 'format', instancePath: '/spec/1', params: { format: 'ipv4' } }), value);
    assert.deepEqual(described.data, { path: '"spec["1"]"', expected: 'a valid ipv4' });
  });
});
