import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'hscn-only-endpoint',
  valid: [
    {
      name: 'catalogue §7 item 18: nww- as part of a label is not the nww label',
      code: 'url: https://nww-app.foo.nhs.uk/\nother: https://app-nww.foo.nhs.uk/\n',
    },
    { name: 'nww outside nhs.uk', code: 'a: https://nww.example.com/\nb: https://nww.foo.gov.uk/\n' },
    {
      name: 'the internet names of Spine and MESH',
      code:
        'mesh: https://msg.intspineservices.nhs.uk/messageexchange\nlive: https://mesh-sync.spineservices.nhs.uk/\n' +
        'pds: https://api.service.nhs.uk/personal-demographics/FHIR/R4\n',
    },
    { name: 'catalogue §7 item 19: public names under nhs.uk', code: 'a: https://service.internal.nhs.uk/\nb: https://www.nhs.uk/\n' },
    { name: 'names that only look like ncrs.nhs.uk', code: 'a: https://notncrs.nhs.uk/\nb: https://ncrs.nhs.uk.example.com/\nc: https://ncrs.example.com/\n' },
    { name: 'prose and comments', code: '# was https://nww.pathology.example.nhs.uk\ndescription: "Moved off msg.int.spine2.ncrs.nhs.uk in 2024"\n' },
    { name: 'templated values', code: 'url: https://{{ .Values.nwwHost }}/\nmesh_host: ${MESH_HOST}\n' },
    {
      name: 'identifiers are never fetched',
      language: 'json',
      code: '{ "$schema": "https://nww.foo.nhs.uk/schema.json", "system": "https://fhir.nww.foo.nhs.uk/Id/mrn" }',
    },
    { name: 'addresses next to the known HSCN ones', code: 'a: 155.231.231.3\nb: 155.231.48.157\nc: 194.72.7.138\nd: 155.231.0.1\n' },
    { name: 'a block is not an address (only exact HSCN addresses are known)', code: 'nameservers: 155.231.231.0/24\nroute: 194.72.7.0/24\n' },
    { name: 'allowlists are network-location-trust', code: 'allowed_ips: [155.231.231.1]\n' },
    {
      name: 'catalogue §7 item 25: the Docker gateway is private-address, not HSCN',
      code: 'gateway_url: https://172.17.0.1:8443/\nupstream: https://api.service.nhs.uk/\n',
    },
    { name: 'a bare name outside a host-like key is not a host', code: 'mode: nww.foo.nhs.uk\n' },
    {
      name: 'issue 9: FHIR canonical URLs, systems and identifier values are names, never fetched',
      language: 'json',
      code:
        '{"resourceType":"DocumentReference","meta":{"profile":["https://nww.foo.nhs.uk/StructureDefinition/x"]},' +
        '"identifier":[{"system":"https://fhir.nww.foo.nhs.uk/Id/x","value":"ssp://nww.foo.nhs.uk/1"}],' +
        '"extension":[{"url":"https://proxy.int.spine2.ncrs.nhs.uk/ext"}]}',
    },
  ],
  invalid: [
    {
      name: 'catalogue §7 item 18: upper case with a trailing dot',
      code: 'url: https://NWW.Foo.NHS.UK./results\n',
      errors: [{ messageId: 'nwwName', text: 'NWW.Foo.NHS.UK.', line: 1, column: 14, severity: 'error' }],
    },
    {
      name: 'catalogue §7 item 18: nww.nhs.uk itself (tldts gives it an empty subdomain)',
      code: 'intranet: https://nww.nhs.uk/\n',
      errors: [{ messageId: 'nwwName', text: 'nww.nhs.uk', column: 19 }],
    },
    {
      name: 'nww at any depth under nhs.uk, as a bare host with a port',
      code: 'results_host: nww.pathology.trust.nhs.uk:8443\n',
      errors: [{ messageId: 'nwwName', text: 'nww.pathology.trust.nhs.uk', column: 15 }],
    },
    {
      name: 'ADO.NET connection string and userinfo in a URL',
      language: 'json',
      code:
        '{\n  "ConnectionStrings": { "Pas": "Server=tcp:nww.pas.trust.nhs.uk,1433;Database=pas;Encrypt=True" },\n' +
        '  "Feed": "https://svc:secret@nww.feed.trust.nhs.uk/hl7"\n}',
      errors: [
        { messageId: 'nwwName', text: 'nww.pas.trust.nhs.uk', line: 2 },
        { messageId: 'nwwName', text: 'nww.feed.trust.nhs.uk', line: 3 },
      ],
    },
    {
      name: 'MESH over HSCN in a Path to Live environment: the fix uses the internet name (no dot before spineservices)',
      code: 'env:\n  - name: MESH_URL\n    value: https://msg.int.spine2.ncrs.nhs.uk/messageexchange\n',
      errors: [{ messageId: 'spinePair', text: 'msg.int.spine2.ncrs.nhs.uk', line: 3, column: 20, severity: 'error' }],
      output: 'env:\n  - name: MESH_URL\n    value: https://msg.intspineservices.nhs.uk/messageexchange\n',
    },
    {
      name: 'the pair is found case-insensitively and the fix keeps the trailing dot and the port',
      code: 'mesh_host: MSG.DEP.SPINE2.NCRS.NHS.UK.:443\n',
      errors: [{ messageId: 'spinePair', text: 'MSG.DEP.SPINE2.NCRS.NHS.UK.' }],
      output: 'mesh_host: msg.depspineservices.nhs.uk.:443\n',
    },
    {
      name: "MESH live over HSCN: a pair NHS England's MESH client names (catalogue §8 [C]), so an error (with the fix)",
      code: 'mesh:\n  url: https://mesh-sync.national.ncrs.nhs.uk/messageexchange\n',
      errors: [{ messageId: 'spinePair', text: 'mesh-sync.national.ncrs.nhs.uk', line: 2, severity: 'error' }],
      output: 'mesh:\n  url: https://mesh-sync.spineservices.nhs.uk/messageexchange\n',
    },
    {
      name:
        'other names under ncrs.nhs.uk: inferred, so a warning without a fix; ' +
        'SDS LDAP (even ldaps://) is not on the internet at all (catalogue §8 [C]): an error',
      code: 'sds_ldap_url: ldaps://ldap.nis1.national.ncrs.nhs.uk:636\nspine_host: vn03.national.ncrs.nhs.uk\n',
      errors: [
        { messageId: 'sdsLdap', text: 'ldap.nis1.national.ncrs.nhs.uk', line: 1, severity: 'error' },
        { messageId: 'ncrsName', text: 'vn03.national.ncrs.nhs.uk', line: 2, severity: 'warning' },
      ],
    },
    {
      name: "issue 9: FHIR attachments: ssp:// goes through the Spine Secure Proxy; the proxy's HSCN name has an internet pair ([T], warning)",
      language: 'json',
      code:
        '{"resourceType":"DocumentReference","content":[{"attachment":{"url":"ssp://provider.example.nhs.uk/fhir/Binary/1"}},' +
        '{"attachment":{"url":"https://proxy.int.spine2.ncrs.nhs.uk/https://provider.example.nhs.uk/fhir"}}]}',
      errors: [
        { messageId: 'sspUrl', text: 'ssp://provider.example.nhs.uk', line: 1, severity: 'warning' },
        { messageId: 'spinePair', text: 'proxy.int.spine2.ncrs.nhs.uk', line: 1, severity: 'warning' },
      ],
      output:
        '{"resourceType":"DocumentReference","content":[{"attachment":{"url":"ssp://provider.example.nhs.uk/fhir/Binary/1"}},' +
        '{"attachment":{"url":"https://proxy.intspineservices.nhs.uk/https://provider.example.nhs.uk/fhir"}}]}',
    },
    {
      name: 'issue 9: MESH client pairs (catalogue §8 [C]): int and dep messaging over HSCN',
      code: 'MESH_URL: https://msg.int.spine2.ncrs.nhs.uk/messageexchange\nMESH_DEP: https://msg.dep.spine2.ncrs.nhs.uk\n',
      errors: [
        { messageId: 'spinePair', text: 'msg.int.spine2.ncrs.nhs.uk', line: 1, severity: 'error' },
        { messageId: 'spinePair', text: 'msg.dep.spine2.ncrs.nhs.uk', line: 2, severity: 'error' },
      ],
      output: 'MESH_URL: https://msg.intspineservices.nhs.uk/messageexchange\nMESH_DEP: https://msg.depspineservices.nhs.uk\n',
    },
    {
      name: 'CoreDNS forwarding nhs.uk to the HSCN resolvers (real-world shape)',
      code:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: coredns-custom\ndata:\n  nhs.server: |\n    nhs.uk:53 {\n' +
        '      forward . 155.231.231.1 155.231.231.2\n    }\n',
      errors: [
        { messageId: 'hscnAddress', text: '155.231.231.1', line: 8, column: 17, severity: 'error' },
        { messageId: 'hscnAddress', text: '155.231.231.2', line: 8, column: 31, severity: 'error' },
      ],
    },
    {
      name: 'HSCN and legacy BT resolvers listed as name servers (a network role)',
      code: 'dnsServers:\n  - 194.72.7.137\n  - 8.8.8.8\n  - 194.72.7.142\n',
      errors: [
        { messageId: 'hscnAddress', text: '194.72.7.137', line: 2 },
        { messageId: 'hscnAddress', text: '194.72.7.142', line: 4 },
      ],
    },
    {
      name: 'MESH over HSCN by address: a third-party fact, so a warning',
      code: 'mesh_endpoint: https://155.231.48.220/messageexchange\nfallback: 155.231.48.156\n',
      errors: [
        { messageId: 'hscnAddress', text: '155.231.48.220', line: 1, severity: 'warning' },
        { messageId: 'hscnAddress', text: '155.231.48.156', line: 2, severity: 'warning' },
      ],
    },
    {
      name: 'an OpenAPI server on HSCN',
      code: 'openapi: 3.0.3\ninfo: { title: Results, version: 1.0.0 }\nservers:\n  - url: https://nww.results.trust.nhs.uk/api\npaths: {}\n',
      errors: [{ messageId: 'nwwName', text: 'nww.results.trust.nhs.uk', line: 4 }],
    },
    {
      name: 'still an error in a development file: HSCN names do not resolve on a developer machine either',
      fileName: 'appsettings.Development.json',
      language: 'json',
      code: '{ "PasBaseUrl": "https://nww.pas.trust.nhs.uk/api" }',
      errors: [{ messageId: 'nwwName', text: 'nww.pas.trust.nhs.uk', severity: 'error' }],
    },
    {
      name: 'an nww name with a hostMap entry gets the mapped internet name; the map also wins over a built-in pair',
      config: { hostMap: { 'nww.pas.trust.nhs.uk': 'pas.trust.nhs.uk', 'msg.int.spine2.ncrs.nhs.uk': 'mesh.example.nhs.uk' } },
      code: 'pas: https://nww.pas.trust.nhs.uk/api\nmesh: https://msg.int.spine2.ncrs.nhs.uk/messageexchange\n',
      errors: [
        { messageId: 'nwwName', text: 'nww.pas.trust.nhs.uk' },
        { messageId: 'spinePair', text: 'msg.int.spine2.ncrs.nhs.uk' },
      ],
      output: 'pas: https://pas.trust.nhs.uk/api\nmesh: https://mesh.example.nhs.uk/messageexchange\n',
    },
  ],
};
