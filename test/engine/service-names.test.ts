/** The services a file's manifests name, for the estate report (engine/schema/service-names.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { manifestServiceNames } from '../../server/src/engine';

const manifest = (name: string): string => `apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: ${name}\nspec:\n  exposure: internet\n`;

test('names each manifest document once, trimmed, in order; other documents name nothing', () => {
  const text = [
    manifest('pathology'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: not-a-service\n',
    manifest('"  gp-connect "'),
    manifest('pathology'),
  ].join('---\n');
  assert.deepEqual(manifestServiceNames(text, 'yaml'), ['pathology', 'gp-connect']);
});

test('reads JSON manifests, looks through an alias, and takes the last of repeated keys', () => {
  const json = JSON.stringify({ apiVersion: 'internet-first/v1', kind: 'ServiceManifest', metadata: { name: 'eps' } });
  assert.deepEqual(manifestServiceNames(json, 'json'), ['eps']);
  const aliased = 'meta: &m\n  name: booking\n---\napiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata: *m\n';
  assert.deepEqual(manifestServiceNames(aliased, 'yaml'), []);
  const sameDocument = 'x-meta: &m\n  name: booking\napiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata: *m\n';
  assert.deepEqual(manifestServiceNames(sameDocument, 'yaml'), ['booking']);
  const repeated = 'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: first\n  name: second\n';
  assert.deepEqual(manifestServiceNames(repeated, 'yaml'), ['second']);
});

test('a name that is not a string, an empty one, a wrong apiVersion or a broken file names no service', () => {
  assert.deepEqual(manifestServiceNames(manifest('123'), 'yaml'), []);
  assert.deepEqual(manifestServiceNames(manifest('"  "'), 'yaml'), []);
  assert.deepEqual(manifestServiceNames(manifest('x').replace('internet-first/v1', 'internet-first/v2'), 'yaml'), []);
  assert.deepEqual(manifestServiceNames('kind: ServiceManifest\nmetadata: [unclosed\n', 'yaml'), []);
});
