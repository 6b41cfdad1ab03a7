/**
 * The configuration file in the engine: validation messages (each naming the
 * bad key, where it is, and what was expected), and resolution of a chain of
 * files into one file's LintConfig: precedence of rules and overrides, glob
 * matching on `/`-separated relative paths, include/exclude selection.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConfigError,
  globMatcher,
  mergeRuleSettings,
  parseConfigText,
  relativeToBase,
  resolveConfig,
  selectPath,
  validateConfig,
  type ConfigFile,
  type LoadedConfig,
} from '../../server/src/engine/config';
import { parseAllowEntry } from '../../server/src/engine/net/allow';
import { parseAddress } from '../../server/src/engine/net/address';
import { isHostnameSyntax } from '../../server/src/engine/net/hostname';
import { parseHostMapKey } from '../../server/src/engine/net/host-map';

/** The problems of a config text, as `line:column path: message` (1-based). */
function problems(text: string, fileName = '.internet-first.yaml'): string[] {
  try {
    parseConfigText(text, fileName);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems.map(
      (problem) => `${problem.line === undefined ? '' : `${problem.line + 1}:${(problem.column ?? 0) + 1} `}${problem.path}: ${problem.message}`,
    );
  }
  return [];
}

const loaded = (base: string, config: ConfigFile, source = `${base}/.internet-first.yaml`): LoadedConfig => ({ base, config, source });

describe('parseConfigText: valid files', () => {
  test('YAML and JSON with comments give the same object', () => {
    const yaml = parseConfigText(
      '# team settings\nroot: true\nrules:\n  insecure-url: warning\n  private-address: { severity: error }\n',
      '.internet-first.yaml',
    );
    const json = parseConfigText(
      '{\n  // team settings\n  "root": true,\n  "rules": { "insecure-url": "warning", "private-address": { "severity": "error" } },\n}\n',
      '.internet-first.json',
    );
    assert.deepEqual(yaml, json);
    assert.deepEqual(yaml, { root: true, rules: { 'insecure-url': 'warning', 'private-address': { severity: 'error' } } });
  });

  test('an empty file is an empty configuration', () => {
    assert.deepEqual(parseConfigText('', '.internet-first.yaml'), {});
    assert.deepEqual(parseConfigText('# nothing yet\n', '.internet-first.yml'), {});
  });

  test('every key of the schema is accepted', () => {
    const text = [
      '$schema: ../schemas/config.schema.json',
      'root: false',
      'rules: { insecure-url: off }',
      'overrides: [{ files: ["*.Development.json"], excludedFiles: [shared], rules: { private-address: info } }]',
      'include: [deploy]',
      'exclude: [vendor]',
      'manifests: ["services/*/manifest.yaml"]',
      'allow: [api.example.org, "*.example.org", 203.0.113.7, 203.0.113.0/24, "2001:db8::/32"]',
      'hostMap: { pds.hscni.net: api.service.nhs.uk, 10.1.2.3: gateway.service.nhs.uk }',
    ].join('\n');
    assert.deepEqual(problems(text), []);
  });
});

describe('parseConfigText: problems name the key, its place and what was expected', () => {
  test('severities, unknown rules (with a suggestion), unknown keys', () => {
    assert.deepEqual(problems('rules:\n  insecure-url: warnin\n  private-adress: off\nexlude: [vendor]\n'), [
      '2:17 rules.insecure-url: must be off, info, warning, warn or error (got "warnin")',
      '3:3 rules.private-adress: unknown rule "private-adress" (did you mean "private-address"?)',
      '4:1 exlude: unknown key (expected one of: exclude, $schema, root, rules, overrides, …)',
    ]);
  });

  test('warn is accepted for warning, and read as warning', () => {
    assert.deepEqual(problems('rules:\n  insecure-url: warn\n  private-address: { severity: warn }\n'), []);
    const config = parseConfigText(
      'rules:\n  insecure-url: warn\n  private-address: { severity: warn }\noverrides:\n  - files: ["a/**"]\n    rules: { loopback-address: warn }\n',
      'x.yaml',
    );
    assert.deepEqual(config.rules, { 'insecure-url': 'warning', 'private-address': { severity: 'warning' } });
    assert.deepEqual(config.overrides?.[0].rules, { 'loopback-address': 'warning' });
  });

  test('a rule id nothing like a rule lists the known rules', () => {
    const [message] = problems('rules:\n  completely-different: off\n');
    assert.match(message, /^2:3 rules\.completely-different: unknown rule "completely-different" \(known rules: .*insecure-url.*\)$/);
  });

  test('rule settings of the wrong shape', () => {
    assert.deepEqual(problems('rules:\n  insecure-url: 3\n  missing-tls: { severity: warning, level: 2 }\n  private-address: { options: {} }\n'), [
      '2:17 rules.insecure-url: must be a severity (off, info, warning or warn, error) or a mapping with "severity" (got 3)',
      '3:37 rules.missing-tls.level: unknown key (expected one of: severity)',
      '4:22 rules.private-address.options: unknown key (expected one of: severity)',
    ]);
  });

  test('overrides: files are required and not empty; their rules are checked too', () => {
    const found = problems('overrides:\n  - rules: { insecure-url: off }\n  - files: []\n  - files: [a]\n    rules: { nope: off }\n');
    assert.deepEqual(found.slice(0, 2), ['2:5 overrides[0]: needs "files"', '3:12 overrides[1].files: must not be empty']);
    assert.match(found[2], /^5:14 overrides\[2\]\.rules\.nope: unknown rule "nope" \(/);
    assert.equal(found.length, 3);
  });

  test('globs must be lists of non-empty strings', () => {
    assert.deepEqual(problems('include: deploy\nexclude: [""]\nmanifests: [1]\n'), [
      '1:10 include: must be a list (got "deploy")',
      '2:11 exclude[0]: must not be empty',
      '3:13 manifests[0]: must be a string (got 1)',
    ]);
  });

  test('a repeated list entry is reported on the repeat; an empty hostMap name on its key', () => {
    assert.deepEqual(problems('allow: [a.example, b.example, a.example]\nhostMap:\n  "": c.example\n'), [
      '1:31 allow[2]: repeats "a.example", which the list already holds',
      '3:3 hostMap[""]: must not be empty',
    ]);
  });

  test('allow entries must be hosts, *.domains, addresses or CIDR ranges; hostMap names must be names', () => {
    assert.deepEqual(problems('allow: [10.0.0.0/33, "http://x", "*.ok.example"]\nhostMap:\n  a.b: 10.0.0.1\n  "not a host": c.d\n'), [
      '1:9 allow[0]: "10.0.0.0/33" is not a host name, *.domain, IP address or CIDR range',
      '1:22 allow[1]: "http://x" is not a host name, *.domain, IP address or CIDR range',
      '3:8 hostMap["a.b"]: "10.0.0.1" is not a host name',
      '4:3 hostMap["not a host"]: "not a host" is not a host name or IP address',
    ]);
  });

  test('an allow entry the matcher cannot use (an IPv4 address in a loose form) is an error at its position', () => {
    assert.deepEqual(problems('allow:\n  - "167772161"\n  - "10.1"\n  - 203.0.113.7\n  - "0xa.0.0.1"\n  - "10.1/8"\n'), [
      '2:5 allow[0]: "167772161" is not a host name, *.domain, IP address or CIDR range (write an IPv4 address as four decimal numbers: 10.0.0.1)',
      '3:5 allow[1]: "10.1" is not a host name, *.domain, IP address or CIDR range (write an IPv4 address as four decimal numbers: 10.0.0.1)',
      '5:5 allow[3]: "0xa.0.0.1" is not a host name, *.domain, IP address or CIDR range (write an IPv4 address as four decimal numbers: 10.0.0.1)',
      '6:5 allow[4]: "10.1/8" is not a host name, *.domain, IP address or CIDR range (write an IPv4 address as four decimal numbers: 10.0.0.1)',
    ]);
  });

  test('validation accepts exactly the allow entries the matcher uses', () => {
    const entries = [
      '167772161',
      '10.1',
      '0xa.0.0.1',
      '012.0.0.1',
      '10.0.0.1',
      '10.0.0.0/8',
      '10.1/8',
      '::1',
      'fe80::1%eth0',
      '2001:db8::/32',
      'api.example.org',
      '*.example.org',
      'host.123',
      'http://x',
      'a:b',
    ];
    for (const entry of entries) {
      const valid = validateConfig({ allow: [entry] }).length === 0;
      assert.equal(valid, parseAllowEntry(entry) !== undefined, entry);
    }
  });

  test('a hostMap key the rules cannot match (a loose IPv4 form, a name no rule reads) is an error on the key', () => {
    assert.deepEqual(
      problems('hostMap:\n  "167772161": a.service.nhs.uk\n  "10.1": b.service.nhs.uk\n  "0xa.0.0.1": c.service.nhs.uk\n  host.123: d.service.nhs.uk\n'),
      [
        '2:3 hostMap["167772161"]: "167772161" is not a host name or IP address (write an IPv4 address as four decimal numbers: 10.0.0.1)',
        '3:3 hostMap["10.1"]: "10.1" is not a host name or IP address (write an IPv4 address as four decimal numbers: 10.0.0.1)',
        '4:3 hostMap["0xa.0.0.1"]: "0xa.0.0.1" is not a host name or IP address (write an IPv4 address as four decimal numbers: 10.0.0.1)',
        '5:3 hostMap["host.123"]: "host.123" is not a host name or IP address',
      ],
    );
  });

  test('validation accepts exactly the hostMap keys the fix matches, and names the rules read', () => {
    const keys = [
      '167772161',
      '10.1',
      '0xa.0.0.1',
      '012.0.0.1',
      '10.0.0.1',
      '::1',
      'fe80::1%eth0',
      'pds.corp',
      'PDS.Corp.',
      'db_1.corp',
      '-a.corp',
      'a-.corp',
      'host.123',
      'a..b',
      'x',
    ];
    for (const key of keys) {
      const valid = validateConfig({ hostMap: { [key]: 'api.service.nhs.uk' } }).length === 0;
      assert.equal(valid, parseHostMapKey(key) !== undefined, key);
    }
    for (const name of ['api.service.nhs.uk', 'db_1.corp', 'x', 'host.123', '-a.corp', 'a b', '10.0.0.1', 'evil.example/path']) {
      assert.equal(validateConfig({ hostMap: { 'pds.corp': name } }).length === 0, isHostnameSyntax(name) && parseAddress(name) === undefined, name);
    }
  });

  test('syntax errors, several documents, a top level that is not a mapping', () => {
    assert.match(problems('rules: [\n')[0], /^2:1 : syntax error: /);
    assert.deepEqual(problems('root: true\n---\nrules: {}\n'), ['2:1 : holds several YAML documents; a configuration file has one']);
    assert.deepEqual(problems('- a\n- b\n'), ['1:1 : must be a mapping (got a list)']);
    assert.match(problems('{ "rules": { } ', '.internet-first.json')[0], /syntax error/);
  });

  test('the error message names the file, then one problem per line', () => {
    try {
      parseConfigText('rules:\n  insecure-url: warnin\n', 'x.yaml', 'deploy/.internet-first.yaml');
      assert.fail('expected a ConfigError');
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.source, 'deploy/.internet-first.yaml');
      assert.equal(
        error.message,
        'invalid configuration in deploy/.internet-first.yaml:\n  2:17  rules.insecure-url: must be off, info, warning, warn or error (got "warnin")',
      );
    }
  });

  test('validateConfig works on objects from anywhere (editor settings), with JSON pointers', () => {
    assert.deepEqual(validateConfig({ rules: { 'insecure-url': 'off' } }), []);
    assert.deepEqual(
      validateConfig({ hostMap: { 'a/b': 'x' } }).map((problem) => [problem.pointer, problem.path]),
      [['/hostMap/a~1b', 'hostMap["a/b"]']],
    );
  });
});

describe('globMatcher: forward-slash paths relative to the config file', () => {
  test('a pattern without / matches a name at any depth; with / it is anchored', () => {
    const dev = globMatcher(['*.Development.json']);
    assert.equal(dev('appsettings.Development.json'), true);
    assert.equal(dev('src/api/appsettings.Development.json'), true);
    assert.equal(dev('appsettings.json'), false);
    const deploy = globMatcher(['deploy/*.yaml']);
    assert.equal(deploy('deploy/app.yaml'), true);
    assert.equal(deploy('other/deploy/app.yaml'), false);
    assert.equal(deploy('deploy/sub/app.yaml'), false);
  });

  test('a pattern matching a folder matches everything inside it', () => {
    const vendor = globMatcher(['vendor', 'deploy/legacy/']);
    assert.equal(vendor('vendor/a/b.yaml'), true);
    assert.equal(vendor('src/vendor/x.json'), true, 'no slash: a folder of that name anywhere');
    assert.equal(vendor('deploy/legacy/old.yaml'), true);
    assert.equal(vendor('deploy/legacy-2/old.yaml'), false);
  });

  test('a leading / or ./ anchors to the config folder; ** and braces work; dotfiles match', () => {
    const anchored = globMatcher(['/build']);
    assert.equal(anchored('build/x.yaml'), true);
    assert.equal(anchored('src/build/x.yaml'), false);
    assert.equal(globMatcher(['./charts/**/values-*.yaml'])('charts/a/b/values-prod.yaml'), true);
    assert.equal(globMatcher(['**/*.{yml,yaml}'])('.github/workflows/ci.yml'), true);
  });

  test('relativeToBase: only paths inside the base', () => {
    assert.equal(relativeToBase('/repo', '/repo/a/b.yaml'), 'a/b.yaml');
    assert.equal(relativeToBase('/repo/', '/repo/a.yaml'), 'a.yaml');
    assert.equal(relativeToBase('/repo', '/repository/a.yaml'), undefined);
    assert.equal(relativeToBase('C:/work', 'C:/work/a.yaml'), 'a.yaml');
  });
});

describe('resolveConfig: precedence', () => {
  const top = loaded('/repo', {
    rules: { 'insecure-url': 'error', 'private-address': { severity: 'warning' } },
    overrides: [
      { files: ['*.Development.json'], rules: { 'insecure-url': 'info', 'private-address': 'info' } },
      { files: ['*.Development.json'], excludedFiles: ['shared'], rules: { 'private-address': 'off' } },
    ],
    allow: ['203.0.113.0/24'],
    hostMap: { 'a.hscni.net': 'a.service.nhs.uk', 'b.hscni.net': 'b.service.nhs.uk' },
    manifests: ['services/*/manifest.yaml'],
  });
  const near = loaded('/repo/team', { rules: { 'insecure-url': 'warning' }, allow: ['*.team.example'], hostMap: { 'b.hscni.net': 'b2.service.nhs.uk' } });

  test('without overrides matching: the file rules, nearer files winning rule by rule', () => {
    assert.deepEqual(resolveConfig([top], '/repo/app.yaml').rules, { 'insecure-url': 'error', 'private-address': 'warning' });
    assert.deepEqual(resolveConfig([top, near], '/repo/team/app.yaml').rules, { 'insecure-url': 'warning', 'private-address': 'warning' });
  });

  test('overrides apply in order, later entries winning; excludedFiles leaves files out', () => {
    assert.deepEqual(resolveConfig([top], '/repo/appsettings.Development.json').rules, {
      'insecure-url': 'info',
      'private-address': 'off',
    });
    assert.deepEqual(resolveConfig([top], '/repo/shared/appsettings.Development.json').rules, {
      'insecure-url': 'info',
      'private-address': 'info',
    });
  });

  test("a nearer file's rules beat a farther file's overrides (eslintrc order)", () => {
    assert.equal(resolveConfig([top, near], '/repo/team/appsettings.Development.json').rules?.['insecure-url'], 'warning');
  });

  test('allow accumulates, hostMap merges with nearer names winning, manifests by glob', () => {
    const config = resolveConfig([top, near], '/repo/team/services/x/manifest.yaml');
    assert.deepEqual(config.allow, ['203.0.113.0/24', '*.team.example']);
    assert.deepEqual(config.hostMap, { 'a.hscni.net': 'a.service.nhs.uk', 'b.hscni.net': 'b2.service.nhs.uk' });
    assert.equal(config.manifest, undefined, 'the glob is relative to /repo: team/services/... does not match services/*/manifest.yaml');
    assert.equal(resolveConfig([top], '/repo/services/x/manifest.yaml').manifest, true);
  });

  test('an empty chain is the empty config', () => {
    assert.deepEqual(resolveConfig([], '/repo/a.yaml'), {});
  });
});

describe('mergeRuleSettings', () => {
  test('a nearer severity wins; a mapping without one keeps the earlier severity', () => {
    assert.deepEqual(mergeRuleSettings({ a: 'warning' }, { a: 'error' }), { a: 'error' });
    assert.deepEqual(mergeRuleSettings({ a: 'warning' }, { a: { severity: 'off' } }), { a: 'off' });
    assert.deepEqual(mergeRuleSettings({ a: 'warning' }, { a: {} }), { a: 'warning' });
    assert.deepEqual(mergeRuleSettings({ a: 'warning' }, { b: 'off' }), { a: 'warning', b: 'off' });
  });
});

describe('selectPath: include and exclude', () => {
  const top = loaded('/repo', { exclude: ['vendor', '**/*.generated.yaml'], include: ['deploy', 'config/*.json'] });
  const sub = loaded('/repo/deploy/team', { exclude: ['scratch'], include: ['**/*.yaml'] });

  test('exclude from any file in the chain; include from the nearest file that sets it', () => {
    assert.equal(selectPath([top], '/repo/deploy/app.yaml'), 'included');
    assert.equal(selectPath([top], '/repo/config/app.json'), 'included');
    assert.equal(selectPath([top], '/repo/src/app.yaml'), 'not-included');
    assert.equal(selectPath([top], '/repo/deploy/app.generated.yaml'), 'excluded');
    assert.equal(selectPath([top, sub], '/repo/deploy/team/vendor/x.yaml'), 'excluded');
    assert.equal(selectPath([top, sub], '/repo/deploy/team/scratch/x.yaml'), 'excluded');
    assert.equal(selectPath([top, sub], '/repo/deploy/team/x.json'), 'not-included', "the nearer include decides, not the farther one's");
  });

  test('folders: only exclude prunes them (include is about files)', () => {
    assert.equal(selectPath([top], '/repo/vendor', true), 'excluded');
    assert.equal(selectPath([top], '/repo/src', true), 'included');
  });

  test('no include anywhere: every file is included', () => {
    assert.equal(selectPath([loaded('/repo', {})], '/repo/anything.yaml'), 'included');
  });
});
