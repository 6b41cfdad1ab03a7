import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'documentation-address',
  valid: [
    {
      name: 'public neighbours of the documentation blocks',
      code: 'a_host: 192.0.3.1\nb_host: 198.51.101.1\nc_host: 203.0.112.255\nd_host: 2001:db9::1\ne_host: 3fff:1000::1\nf_host: 198.51.99.255\n',
    },
    { name: 'in an examples folder they are expected', fileName: 'examples/config.yaml', code: 'api_url: https://192.0.2.10/\ndb_host: 2001:db8::5\n' },
    { name: 'in a docs folder or a *.example / sample file too', fileName: 'docs/deploy/values.yaml', code: 'api_url: https://203.0.113.7/\n' },
    { name: 'a sample file', fileName: 'config.sample.json', language: 'json', code: '{ "api_url": "https://198.51.100.1/" }' },
    {
      name: 'OpenAPI examples are prose',
      code: 'openapi: 3.0.3\ninfo:\n  title: x\n  version: "1"\ncomponents:\n  schemas:\n    Ip:\n      type: string\n      example: 192.0.2.1\n',
    },
    {
      name: 'CIDRs (allowlists and network definitions are other rules)',
      code: 'ranges: 192.0.2.0/24\nloadBalancerSourceRanges: ["203.0.113.0/24"]\nsubnet: 2001:db8::/32\n',
    },
    {
      name: 'bind addresses, prose, comments and templated values',
      code: 'listen: 192.0.2.1:8080\n# e.g. 192.0.2.1\ndescription: "for example 2001:db8::1"\nurl: http://${HOST}/\n',
    },
    { name: 'OIDs and versions', code: 'oid: urn:oid:1.3.6.1.192.0.2.1\nversion: 198.51.100.1\n' },
    { name: 'other address classes are other rules', code: 'a_host: 10.0.0.1\nb_host: 198.18.0.1\nc_host: 127.0.0.1\n' },
  ],
  invalid: [
    {
      name: 'TEST-NET-1, -2 and -3 in a URL, a bare host and host:port',
      code: 'api_url: https://192.0.2.10/x\ndb_host: 198.51.100.7\nupstream: 203.0.113.254:443\n',
      errors: [
        { messageId: 'testNet', text: '192.0.2.10', line: 1, column: 18, severity: 'info' },
        { messageId: 'testNet', text: '198.51.100.7', line: 2, column: 10 },
        { messageId: 'testNet', text: '203.0.113.254', line: 3, column: 11 },
      ],
    },
    {
      name: 'IPv6 documentation prefixes 2001:db8::/32 and 3fff::/20, bracketed and upper case',
      code: 'a_host: 2001:db8::1\nb_url: "https://[3fff::1]:8443/"\nc_host: 2001:DB8:0:0:0:0:0:1\nd_host: 3fff:0fff::1\n',
      errors: [
        { messageId: 'ipv6Documentation', text: '2001:db8::1', line: 1 },
        { messageId: 'ipv6Documentation', text: '3fff::1', line: 2, column: 18 },
        { messageId: 'ipv6Documentation', text: '2001:DB8:0:0:0:0:0:1', line: 3 },
        { messageId: 'ipv6Documentation', text: '3fff:0fff::1', line: 4 },
      ],
    },
    {
      name: 'embedded in an IPv4-mapped address',
      code: 'a_host: "::ffff:192.0.2.1"\n',
      errors: [{ messageId: 'testNet', text: '::ffff:192.0.2.1', column: 10 }],
    },
    {
      name: 'public roles and connection strings',
      language: 'json',
      code: '{ "Authority": "https://198.51.100.20/realms/x", "ConnectionStrings": { "Db": "Server=tcp:203.0.113.5,1433;Database=x" } }',
      errors: [
        { messageId: 'testNet', text: '198.51.100.20' },
        { messageId: 'testNet', text: '203.0.113.5' },
      ],
    },
    {
      name: 'values in keys nothing else recognises, and a comma-separated list',
      code: 'legacy: 192.0.2.44\npeers: "192.0.2.1,192.0.2.2"\n',
      errors: [
        { messageId: 'testNet', text: '192.0.2.44', line: 1 },
        { messageId: 'testNet', text: '192.0.2.1', line: 2 },
        { messageId: 'testNet', text: '192.0.2.2', line: 2 },
      ],
    },
    {
      name: 'non-canonical IPv4 in URLs (WHATWG turns 0xc0.0.2.1 and 3221225994 into 192.0.2.x)',
      code: 'a_url: http://0xc0.0.2.1/\nb_url: http://3221225994:8080/\n',
      errors: [
        { messageId: 'testNet', text: '0xc0.0.2.1', line: 1, column: 15 },
        { messageId: 'testNet', text: '3221225994', line: 2, column: 15 },
      ],
    },
    {
      name: 'a Kubernetes Service externalIPs entry',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  externalIPs:\n    - 203.0.113.10\n',
      errors: [{ messageId: 'testNet', text: '203.0.113.10', line: 7, column: 7 }],
    },
    {
      name: 'a service manifest dependency (a public role)',
      code: 'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  dependencies:\n    - name: pds\n      url: https://198.51.100.3/FHIR/R4\n',
      errors: [{ messageId: 'testNet', text: '198.51.100.3', line: 6, column: 20 }],
    },
    {
      name: 'an anchored value is reported once',
      code: 'base: &doc https://192.0.2.99/\na_url: *doc\nb_url: *doc\n',
      errors: [{ messageId: 'testNet', text: '192.0.2.99', line: 1 }],
    },
  ],
};
