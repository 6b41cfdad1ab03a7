/**
 * Every tricky input of the rules catalogue (§7), with the complete set of
 * findings it must produce across all rules (rule id and underlined text).
 * An empty list means the input must produce nothing at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type LanguageId } from '../../server/src/engine';

interface Tricky {
  item: number;
  code: string;
  language?: LanguageId;
  fileName?: string;
  expect: Array<[ruleId: string, text: string]>;
}

const CASES: Tricky[] = [
  { item: 1, code: 'image: node:10.0.1\nappVersion: 1.2.3.4\n', expect: [] },
  { item: 2, code: 'code: urn:oid:2.16.840.1.113883.2.1.4.1\n', expect: [] },
  { item: 3, code: 'oid: 1.2.826.0.1285.0.2.0.107\n', expect: [] },
  {
    item: 4,
    code: 'a: http://0x0a.0.0.1/\nb: http://012.0.0.1/\nc: http://167772161/\nd: https://127.1/\n',
    expect: [
      ['insecure-url', 'http://0x0a.0.0.1'],
      ['private-address', '0x0a.0.0.1'],
      ['insecure-url', 'http://012.0.0.1'],
      ['private-address', '012.0.0.1'],
      ['insecure-url', 'http://167772161'],
      ['private-address', '167772161'],
      ['loopback-address', '127.1'],
    ],
  },
  { item: 5, code: 'a: 172.15.255.255\nb: 172.32.0.1\nc: 100.128.0.1\nd: 192.169.0.1\n', expect: [] },
  {
    item: 6,
    code: 'allowed: 10.0.0.0/8\nopen: 0.0.0.0/0\npeers: "10.0.0.1,10.0.0.2"\ndb: 10.0.0.1:5432\n',
    expect: [
      ['private-address', '10.0.0.1'],
      ['private-address', '10.0.0.2'],
      ['private-address', '10.0.0.1'],
    ],
  },
  {
    item: 7,
    code: 'a: ::ffff:10.0.0.1\nb: "[::ffff:a00:1]"\nc: 64:ff9b::10.1.2.3\nd: 2002:0a00:0001::1\n',
    expect: [
      ['private-address', '::ffff:10.0.0.1'],
      ['private-address', '::ffff:a00:1'],
      ['private-address', '64:ff9b::10.1.2.3'],
      ['private-address', '2002:0a00:0001::1'],
    ],
  },
  {
    item: 8,
    code: 'a: "[FD12:3456::1]:8443"\nb: fe80::1%eth0\nc: https://[0:0:0:0:0:0:0:1]/\n',
    expect: [
      ['private-address', 'FD12:3456::1'],
      ['private-address', 'fe80::1'],
      ['loopback-address', '0:0:0:0:0:0:0:1'],
    ],
  },
  {
    item: 9,
    code: 'a: 2001:db8::1\nb: 3fff::1\n',
    expect: [
      ['documentation-address', '2001:db8::1'],
      ['documentation-address', '3fff::1'],
    ],
  },
  {
    item: 10,
    code: 'a: "http://user:p@ss@10.0.0.5:8080/"\nb: https://example.com@10.1.2.3/\n',
    expect: [
      ['insecure-url', 'http://user:p@ss@10.0.0.5:8080'],
      ['private-address', '10.0.0.5'],
      ['private-address', '10.1.2.3'],
    ],
  },
  { item: 11, code: 'url: jdbc:postgresql://10.0.0.4/db\n', expect: [['private-address', '10.0.0.4']] },
  {
    item: 12,
    language: 'json',
    code: '{"ConnectionStrings": {"Db": "Server=tcp:sql.corp,1433;Encrypt=Optional;TrustServerCertificate=True"}}',
    expect: [
      ['non-public-hostname', 'sql.corp'],
      ['tls-disabled', 'Optional'],
      ['tls-verification-disabled', 'True'],
    ],
  },
  { item: 13, code: 'mongo: mongodb+srv://c0.x.mongodb.net/?tls=false\n', expect: [['tls-disabled', 'false']] },
  { item: 14, code: 'db: postgresql://db.example.nhs.uk/x?sslmode=require\n', expect: [['tls-verification-disabled', 'require']] },
  {
    item: 15,
    language: 'json',
    code:
      '{"xmlns": "http://www.w3.org/2000/svg", "$schema": "http://json-schema.org/draft-07/schema#", "system": "http://snomed.info/sct", ' +
      '"profile": "http://hl7.org/fhir/StructureDefinition/Patient"}',
    expect: [],
  },
  { item: 16, code: '# was http://10.0.0.1\ndescription: "old http endpoint"\n', expect: [] },
  { item: 17, code: 'ASPNETCORE_URLS: http://+:80\nurls: "http://[::]:80"\n', expect: [] },
  {
    item: 18,
    code: 'a: https://NWW.Foo.NHS.UK./x\nb: https://nww.nhs.uk/\nc: https://nww-app.foo.nhs.uk/\n',
    expect: [
      ['hscn-only-endpoint', 'NWW.Foo.NHS.UK.'],
      ['hscn-only-endpoint', 'nww.nhs.uk'],
    ],
  },
  { item: 19, code: 'a: https://service.internal.nhs.uk/\nb: https://printer.local.example.nhs.uk/\nc: https://mylocalhost.com/\n', expect: [] },
  { item: 20, code: 'url: https://ｌｏｃａｌｈｏｓｔ:8443/\n', expect: [['loopback-address', 'ｌｏｃａｌｈｏｓｔ']] },
  {
    item: 21,
    code: 'tls: no\nssl: off\ninsecureSkipVerify: yes\n',
    expect: [
      ['tls-disabled', 'no'],
      ['tls-disabled', 'off'],
      ['tls-verification-disabled', 'yes'],
    ],
  },
  { item: 22, code: 'host: "{{ .Values.db.host }}"\nurl: http://${DB_HOST}/\nother: "#{Octopus.Host}"\n', expect: [] },
  {
    item: 23,
    code: 'a: rediss://cache:6380\nb: redis://:pw@cache:6379/0\npublic_url: redis://:pw@cache:6379/0\n',
    expect: [
      ['insecure-url', 'redis://:pw@cache:6379'],
      ['non-public-hostname', 'cache'],
    ],
  },
  { item: 24, code: 'metadata_url: http://169.254.169.254/latest/meta-data/\n', expect: [['private-address', '169.254.169.254']] },
  { item: 25, code: 'gateway_url: https://172.17.0.1:8443/\n', expect: [['private-address', '172.17.0.1']] },
];

for (const tricky of CASES) {
  test(`catalogue §7 item ${tricky.item}`, () => {
    const findings = lint(tricky.code, tricky.language ?? 'yaml', {}, { fileName: tricky.fileName });
    const actual = findings.map((f): [string, string] => [f.ruleId, tricky.code.slice(f.range.start.offset, f.range.end.offset)]);
    assert.deepEqual(actual, tricky.expect);
  });
}

test('every catalogue §7 item has a case', () => {
  assert.deepEqual(
    CASES.map((c) => c.item),
    Array.from({ length: 25 }, (_, i) => i + 1),
  );
});
