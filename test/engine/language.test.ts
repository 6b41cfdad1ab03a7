/**
 * languageForPath reads only the extension after the last dot, in any case.
 * Checked on named cases and, against the plain definition (the lower-cased
 * path ends with `.yaml`, `.yml`, `.jsonc` or `.json`), on generated paths.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languageForPath } from '../../server/src/engine';

test('languageForPath: the extension decides, in any case', () => {
  const cases: Array<[string, string | undefined]> = [
    ['deploy/values.yaml', 'yaml'],
    ['k8s/app.YML', 'yaml'],
    ['appsettings.Production.Json', 'json'],
    ['.vscode/settings.jsonc', 'jsonc'],
    ['C:\\repo\\compose.yml', 'yaml'],
    ['.yaml', 'yaml'],
    ['yaml', undefined],
    ['config.yaml/readme', undefined],
    ['values.yaml.bak', undefined],
    ['notes.txt', undefined],
    ['archive.tar.json5', undefined],
    ['', undefined],
  ];
  for (const [path, language] of cases) assert.equal(languageForPath(path), language, path);
});

test('languageForPath agrees with the plain definition on generated paths', () => {
  const plain = (path: string) => {
    const lower = path.toLowerCase();
    if (/\.ya?ml$/.test(lower)) return 'yaml';
    if (lower.endsWith('.jsonc')) return 'jsonc';
    if (lower.endsWith('.json')) return 'json';
    return undefined;
  };
  const pieces = ['a', '.', '/', '\\', 'yaml', 'YML', 'Json', 'jsonc', 'c', 'l', 'm', 'y', 's', 'o', 'n', '.yml', '.JSON', 'ya', 'x'];
  let seed = 12;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let i = 0; i < 20_000; i++) {
    let path = '';
    for (let length = next() % 7; length > 0; length--) path += pieces[next() % pieces.length];
    assert.equal(languageForPath(path), plain(path), JSON.stringify(path));
  }
});
