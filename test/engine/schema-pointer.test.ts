import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { displayPath, valueAt, walkPointer } from '../../server/src/engine/schema/pointer';

describe('JSON pointer walker (one for messages, fixes, config and schema look-ups)', () => {
  const root = { hostMap: { '167772161': 'a', 'x/y': 'b' }, list: [{ 'a~b': 1 }], odd: { '0': 'zero' } };

  test('reads escaped tokens and list indices', () => {
    assert.equal(valueAt(root, '/hostMap/x~1y'), 'b');
    assert.equal(valueAt(root, '/list/0/a~0b'), 1);
    assert.equal(valueAt(root, ''), root);
    assert.equal(valueAt(root, '/list/0/missing/deeper'), undefined);
  });

  test('accepts ajv schema paths that start with #', () => {
    assert.equal(valueAt(root, '#/odd/0'), 'zero');
  });

  test('tells list indices from keys that look numeric', () => {
    assert.deepEqual(
      walkPointer(root, '/list/0').map((step) => step.inList),
      [false, true],
    );
    assert.equal(displayPath(root, '/list/0/a~0b'), 'list[0]["a~b"]');
    assert.equal(displayPath(root, '/hostMap/167772161'), 'hostMap["167772161"]');
    assert.equal(displayPath(root, '/odd/0'), 'odd["0"]');
  });
});
