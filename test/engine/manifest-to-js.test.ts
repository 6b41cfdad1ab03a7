import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseText } from '../../server/src/engine/parse';
import { convertDocument, type Conversion } from '../../server/src/engine/schema/to-js';
import { escapePointerToken, unescapePointerToken } from '../../server/src/engine/schema/pointer';

function convert(text: string, languageId: 'yaml' | 'json' = 'yaml', limits?: { expansion: number; depth: number }): { text: string; result: Conversion } {
  const [document] = parseText(text, languageId).documents;
  return { text, result: convertDocument(document, limits) };
}

function ok(result: Conversion): Extract<Conversion, { ok: true }> {
  assert.ok(result.ok, 'conversion stopped at a limit');
  return result;
}

/** The source text of the node (and key) recorded for a pointer. */
function at(text: string, result: Conversion, pointer: string): { node?: string; key?: string } {
  const entry = ok(result).pointers.get(pointer);
  assert.ok(entry, `no entry for ${pointer}`);
  const slice = (node: { offset: number; length: number } | null | undefined) => (node ? text.slice(node.offset, node.offset + node.length) : undefined);
  return { node: slice(entry.node), key: slice(entry.key) };
}

describe('tree to JavaScript value', () => {
  test('YAML scalars keep their YAML 1.2 types; dates stay strings', () => {
    const { result } = convert('a: 1.2\nb: "1.2"\nc: true\nd: no\ne:\nf: 2026-03-31\n');
    assert.deepEqual(ok(result).value, { a: 1.2, b: '1.2', c: true, d: 'no', e: null, f: '2026-03-31' });
  });

  test('JSON converts to the same value JSON.parse gives', () => {
    const json = '{"a": [1, {"b": null}], "c": "d", "e": {"f": false}}';
    assert.deepEqual(ok(convert(json, 'json').result).value, JSON.parse(json));
  });

  test('each pointer maps to its value node and, under a map, its key', () => {
    const { text, result } = convert('spec:\n  endpoints:\n    - name: api\n      tls:\n');
    assert.deepEqual(at(text, result, '/spec'), { node: 'endpoints:\n    - name: api\n      tls:', key: 'spec' });
    assert.deepEqual(at(text, result, '/spec/endpoints/0'), { node: 'name: api\n      tls:', key: undefined });
    assert.deepEqual(at(text, result, '/spec/endpoints/0/name'), { node: 'api', key: 'name' });
    // `tls:` with nothing after it is an empty scalar in the tree.
    assert.deepEqual(at(text, result, '/spec/endpoints/0/tls'), { node: '', key: 'tls' });
  });

  test('keys with / and ~ are escaped as in JSON pointers', () => {
    assert.equal(escapePointerToken('a/b~c'), 'a~1b~0c');
    assert.equal(unescapePointerToken('a~1b~0c'), 'a/b~c');
    const { text, result } = convert('"a/b~c": 1\n');
    assert.deepEqual(at(text, result, '/a~1b~0c'), { node: '1', key: '"a/b~c"' });
  });

  test("an alias takes its anchor's value, and its pointer points at the anchored node", () => {
    const { text, result } = convert('x: &v { minVersion: "1.1" }\ny: *v\n');
    assert.deepEqual(ok(result).value, { x: { minVersion: '1.1' }, y: { minVersion: '1.1' } });
    assert.deepEqual(at(text, result, '/y'), { node: '{ minVersion: "1.1" }', key: 'y' });
    assert.deepEqual(at(text, result, '/y/minVersion'), { node: '"1.1"', key: 'minVersion' });
  });

  test('an alias to an unknown anchor is empty, not a crash', () => {
    assert.deepEqual(ok(convert('y: *nowhere\n').result).value, { y: null });
  });

  test('merge keys: own keys win, then earlier sources; merged pointers point at the source', () => {
    const { text, result } = convert(
      'a: &a { type: oauth2, issuer: "https://a" }\nb: &b { type: mtls, extra: 1 }\nc:\n  <<: [*a, *b]\n  issuer: "https://c"\n',
    );
    assert.deepEqual(ok(result).value, {
      a: { type: 'oauth2', issuer: 'https://a' },
      b: { type: 'mtls', extra: 1 },
      c: { issuer: 'https://c', type: 'oauth2', extra: 1 },
    });
    assert.deepEqual(at(text, result, '/c/type'), { node: 'oauth2', key: 'type' });
    assert.deepEqual(at(text, result, '/c/extra'), { node: '1', key: 'extra' });
    assert.equal(ok(result).pointers.has('/c/<<'), false);
  });

  test('a quoted "<<" is an ordinary key', () => {
    assert.deepEqual(ok(convert('a: &a { x: 1 }\nb: { "<<": *a }\n').result).value, { a: { x: 1 }, b: { '<<': { x: 1 } } });
  });

  test('"__proto__" becomes an own property and leaves the prototype alone', () => {
    const value = ok(convert('__proto__: { polluted: true }\n').result).value as Record<string, unknown>;
    assert.ok(Object.prototype.hasOwnProperty.call(value, '__proto__'));
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal((value as { polluted?: boolean }).polluted, undefined);
  });

  test('expansion beyond the budget stops at the node that crossed it', () => {
    // Each `*a` costs four nodes (the list and its three items): the eighth is the second copy's `3`.
    const { text, result } = convert('a: &a [1, 2, 3]\nb: [*a, *a, *a]\n', 'yaml', { expansion: 7, depth: 100 });
    assert.equal(result.ok, false);
    assert.ok(!result.ok);
    assert.equal(result.limit, 'expansion');
    assert.equal(result.limitValue, 7);
    assert.equal(text.slice(result.node.offset, result.node.offset + result.node.length), '3');
  });

  test('nested merges count against the budget too', () => {
    const levels = ['m0: &m0 { k: v }'];
    for (let level = 1; level <= 30; level++) levels.push(`m${level}: &m${level} { <<: [*m${level - 1}, *m${level - 1}] }`);
    const started = performance.now();
    const { result } = convert(levels.join('\n'));
    assert.ok(performance.now() - started < 10_000); // generous: the machine may be busy; an expanded bomb takes minutes
    assert.ok(!result.ok && result.limit === 'expansion');
  });

  test('a self-referencing anchor stops at a limit instead of looping', () => {
    const { result } = convert('a: &a [1, *a]\n');
    assert.equal(result.ok, false);
  });

  test('nesting beyond the depth limit stops at the node that crossed it', () => {
    const { result } = convert('a: { b: { c: { d: 1 } } }\n', 'yaml', { expansion: 100, depth: 3 });
    assert.ok(!result.ok);
    assert.equal(result.limit, 'depth');
  });
});
