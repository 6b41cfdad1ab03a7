import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'reserved-address',
  valid: [
    { name: 'public neighbours of the benchmarking range', code: 'a_host: 198.17.255.255\nb_host: 198.20.0.1\nc_host: 2001:3::1\nd_host: 223.255.255.255\n' },
    {
      name: 'globally reachable entries of the IETF blocks (PCP/TURN anycast, AMT, AS112, ORCHIDv2)',
      code: 'a_host: 192.0.0.9\nb_host: 192.0.0.10\nc_host: 2001:1::1\nd_host: 2001:4:112::1\ne_host: 2001:20::1\n',
    },
    {
      name: 'OIDs and versions that contain reserved-looking quads',
      code: 'oid: urn:oid:2.16.840.1.113883.2.1.4.1\nother: 1.2.826.0.1285.0.2.0.107\nimage: app:240.1.2.3\nappVersion: 0.1.2.3\n',
    },
    {
      name: 'netmasks and wildcard masks',
      code: 'netmask: 255.255.255.0\nsubnet_mask: 255.255.255.255\nmask: 240.0.0.0\nacl_entry: 0.0.0.255\nprefix: 255.255.252.0\n',
    },
    { name: 'CIDRs name networks (firewall rules, multicast routes)', code: 'multicast_range: 224.0.0.0/4\ntargets: ["198.18.0.0/15", "ff00::/8"]\n' },
    {
      name: 'allowlists, network definitions and bind addresses',
      code: 'loadBalancerSourceRanges: ["198.18.0.0/16"]\nsubnets: ["198.18.1.0/24"]\ngateway: 198.18.0.1\nlisten: 198.18.0.10:8080\n',
    },
    { name: 'prose, comments and templated values', code: '# was 198.18.0.5\ndescription: "moved off 198.18.0.5"\nurl: http://{{ .Values.benchHost }}/\n' },
    { name: "cloud metadata is private-address's", code: 'metadata_url: http://169.254.169.254/latest/\n' },
    { name: 'other address classes are other rules', code: 'a_host: 10.0.0.1\nb_host: 127.0.0.1\nc_host: 0.0.0.0\nd_host: 192.0.2.1\ne_host: 2001:db8::1\n' },
  ],
  invalid: [
    {
      name: 'benchmarking range, often misused as private space (both /16s, and the IPv6 prefix)',
      code: 'db_host: 198.18.0.5\ncache_url: redis://198.19.255.1:6379\nmetrics_url: "http://[2001:2::10]:8080/"\n',
      errors: [
        { messageId: 'benchmarking', text: '198.18.0.5', line: 1, column: 10, severity: 'warning' },
        { messageId: 'benchmarking', text: '198.19.255.1', line: 2, column: 20 },
        { messageId: 'benchmarking', text: '2001:2::10', line: 3, column: 23 },
      ],
    },
    {
      name: 'multicast groups (IPv4 and IPv6), also in keys nothing else recognises',
      code: 'hazelcast:\n  multicast-group: 224.2.2.3\nssdp: "239.255.255.250:1900"\nmdns_host: ff02::fb\n',
      errors: [
        { messageId: 'multicast', text: '224.2.2.3', line: 2 },
        { messageId: 'multicast', text: '239.255.255.250', line: 3 },
        { messageId: 'multicast', text: 'ff02::fb', line: 4 },
      ],
    },
    {
      name: 'future use 240/4 and the limited broadcast address',
      code: 'peer_host: 240.1.2.3\nbroadcast_address: 255.255.255.255\nping_url: http://255.255.255.255/\n',
      errors: [
        { messageId: 'futureUse', text: '240.1.2.3' },
        { messageId: 'broadcast', text: '255.255.255.255', line: 2 },
        { messageId: 'broadcast', text: '255.255.255.255', line: 3 },
      ],
    },
    {
      name: '"this network" 0/8 other than 0.0.0.0, and 192.0.0.0/24 other than .9/.10',
      code: 'a_host: 0.1.2.3\nb_url: http://192.0.0.8/\nc_host: 192.0.0.170\n',
      errors: [
        { messageId: 'thisNetwork', text: '0.1.2.3' },
        { messageId: 'protocolAssignment', text: '192.0.0.8' },
        { messageId: 'protocolAssignment', text: '192.0.0.170' },
      ],
    },
    {
      name: 'IPv6 special blocks: discard-only, dummy prefix, SRv6, IETF 2001::/23',
      code: 'a_host: 100::1\nb_host: 100:0:0:1::1\nc_host: 5f00::1\nd_host: 2001:5::1\n',
      errors: [
        { messageId: 'discardOnly', text: '100::1' },
        { messageId: 'dummyPrefix', text: '100:0:0:1::1' },
        { messageId: 'srv6', text: '5f00::1' },
        { messageId: 'protocolAssignment', text: '2001:5::1' },
      ],
    },
    {
      name: 'Teredo, the deprecated 6to4 relay block and ORCHID',
      code: 'a_host: 2001:0:4136:e378:8000:63bf:3fff:fdd2\nb_host: 192.88.99.1\nc_url: "https://[2001:10::1]/"\n',
      errors: [
        { messageId: 'teredo', text: '2001:0:4136:e378:8000:63bf:3fff:fdd2' },
        { messageId: 'deprecated', text: '192.88.99.1' },
        { messageId: 'deprecated', text: '2001:10::1' },
      ],
    },
    {
      name: 'embedded in IPv6, upper case, and in non-canonical URL forms',
      code: 'a_host: ::ffff:198.18.0.1\nb_host: 2002:C612:0001::1\nc_url: http://0xc6.0x12.0.1/\nd_host: FF05::1:3\n',
      errors: [
        { messageId: 'benchmarking', text: '::ffff:198.18.0.1' },
        { messageId: 'benchmarking', text: '2002:C612:0001::1' },
        { messageId: 'benchmarking', text: '0xc6.0x12.0.1' },
        { messageId: 'multicast', text: 'FF05::1:3' },
      ],
    },
    {
      // values-dev.yaml is deployed to a dev environment, so the local case needs a local path.
      name: 'a connection string, a host list, and info in a development file',
      fileName: 'local-environment/values-dev.yaml',
      language: 'yaml',
      code: 'db: "Server=198.18.4.4,1433;Database=x"\npeers: "198.18.0.1,198.18.0.2"\n',
      errors: [
        { messageId: 'benchmarking', text: '198.18.4.4', severity: 'info' },
        { messageId: 'benchmarking', text: '198.18.0.1', severity: 'info' },
        { messageId: 'benchmarking', text: '198.18.0.2', severity: 'info' },
      ],
    },
    {
      name: 'an anchored value is reported once',
      code: 'base: &bench 198.18.7.7\na_host: *bench\nb_host: *bench\n',
      errors: [{ messageId: 'benchmarking', text: '198.18.7.7', line: 1 }],
    },
  ],
};
