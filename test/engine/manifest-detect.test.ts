import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hasManifestFileName, isManifestDocument } from '../../server/src/engine/schema/detect';
import type { LanguageId } from '../../server/src/engine/types';
import { lintFile, readFixture } from './manifest-helpers';

/** For each document of the file, whether it is a manifest. */
function detect(text: string, languageId: LanguageId, fileName?: string): boolean[] {
  const file = lintFile(text, languageId, fileName);
  return file.documents.map((document) => isManifestDocument(file, document));
}

const MODELINE = '# yaml-language-server: $schema=../schemas/service-manifest.schema.json';

describe('manifest detection', () => {
  test('by apiVersion and kind, whatever the file is called', () => {
    assert.deepEqual(detect('apiVersion: internet-first/v1\nkind: ServiceManifest\n', 'yaml', 'config/app.yaml'), [true]);
    assert.deepEqual(detect('{"apiVersion": "internet-first/v1", "kind": "ServiceManifest"}', 'json', 'app.json'), [true]);
  });

  test('apiVersion or kind alone is not enough', () => {
    assert.deepEqual(detect('apiVersion: internet-first/v1\nkind: Deployment\n', 'yaml', 'app.yaml'), [false]);
    assert.deepEqual(detect('apiVersion: apps/v1\nkind: ServiceManifest\n', 'yaml', 'app.yaml'), [false]);
  });

  test('by file name: *.service.yaml, *.service.yml, *.service.json, as a path or a URI', () => {
    for (const name of [
      'referrals.service.yaml',
      'a/b/referrals.service.yml',
      'C:\\svc\\referrals.service.json',
      'file:///home/me/referrals.service.YAML',
      'file:///x/referrals.service.json?v=2',
    ]) {
      assert.equal(hasManifestFileName(name), true, name);
    }
    for (const name of [
      'service.yaml',
      'referrals.service.yaml.bak',
      'referrals-service.yaml',
      'referrals.services.yaml',
      'referrals.service.jsonc',
      undefined,
    ]) {
      assert.equal(hasManifestFileName(name), false, String(name));
    }
    assert.deepEqual(detect('metadata:\n  name: referrals\n', 'yaml', 'referrals.service.yaml'), [true]);
  });

  test('by a $schema key naming the manifest schema', () => {
    const url = 'https://raw.githubusercontent.com/internet-first/internet-first-lint/main/schemas/service-manifest.schema.json';
    assert.deepEqual(detect(`{"$schema": "${url}", "metadata": {}}`, 'json', 'referrals.json'), [true]);
    assert.deepEqual(detect('{"$schema": "./service-manifest.schema.json#"}', 'jsonc', 'referrals.jsonc'), [true]);
    assert.deepEqual(detect('{"$schema": "https://json.schemastore.org/appsettings.json"}', 'json', 'appsettings.json'), [false]);
    assert.deepEqual(detect('{"$schema": "https://example.org/my-service-manifest.schema.json"}', 'json', 'x.json'), [false]);
  });

  test('by a yaml-language-server modeline', () => {
    assert.deepEqual(detect(`${MODELINE}\nmetadata:\n  name: referrals\n`, 'yaml', 'referrals.yaml'), [true]);
    assert.deepEqual(detect('# yaml-language-server: $schema=https://json.schemastore.org/github-workflow.json\non: push\n', 'yaml', 'ci.yaml'), [false]);
  });

  test('a modeline in the first document applies to the whole file', () => {
    assert.deepEqual(detect(`${MODELINE}\nmetadata: {}\n---\nmetadata: {}\n`, 'yaml', 'two.yaml'), [true, true]);
  });

  test('a modeline in a later document applies to that document only', () => {
    assert.deepEqual(detect(`metadata: {}\n---\n${MODELINE}\nmetadata: {}\n`, 'yaml', 'two.yaml'), [false, true]);
  });

  test('a modeline-like comment in JSONC does not count (it is a YAML convention)', () => {
    assert.deepEqual(detect('// yaml-language-server: $schema=service-manifest.schema.json\n{"metadata": {}}', 'jsonc', 'x.jsonc'), [false]);
  });

  test('a Kubernetes Deployment is not a manifest', () => {
    assert.deepEqual(detect(readFixture('kubernetes-deployment.yaml'), 'yaml', 'deployment.yaml'), [false]);
  });

  test('in a multi-document file, only the manifest document is one', () => {
    assert.deepEqual(detect(readFixture('multi-document.yaml'), 'yaml', 'multi-document.yaml'), [false, true, false]);
  });
});
