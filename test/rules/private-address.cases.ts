import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'private-address',
  valid: [
    {
      name: 'hosts inside the networks an OpenStack-Ansible inventory defines (cidr_networks) are its own stack',
      code:
        'cidr_networks:\n  management: 172.29.236.0/22\nshared-infra_hosts:\n  infra1:\n    ip: 172.29.236.11\nglobal_overrides:\n' +
        '  internal_lb_vip_address: 172.29.236.9\n',
    },
    {
      name: 'spec.addresses defines addresses (Istio ServiceEntry virtual IPs, MetalLB pools)',
      code:
        'apiVersion: networking.istio.io/v1alpha3\nkind: ServiceEntry\nspec:\n  hosts:\n    - metadata.google.internal\n  addresses:\n    - 169.254.169.254\n' +
        '---\napiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nspec:\n  addresses:\n    - 10.0.50.10-10.0.50.20\n',
    },
    {
      name: 'loadBalancerIP of a Service that is not a LoadBalancer is ignored by Kubernetes',
      code: 'apiVersion: v1\nkind: Service\nspec:\n  type: ClusterIP\n  loadBalancerIP: 10.1.1.1\n',
    },
    { name: 'a switched-off block configures nothing', code: 'cloudHsm:\n  enabled: false\n  ip: "10.0.4.4"\n' },
    // Issue 9, class 2: east–west peers of the same stack.
    {
      name: 'an address the same Compose file gives to one of its services, or that is in a network it defines',
      fileName: 'docker-compose.yml',
      code:
        'services:\n  api:\n    image: api\n    environment:\n      - DB_URL=postgres://172.28.0.5:5432/app\n      - CACHE=redis://172.28.0.9:6379\n  db:\n' +
        '    image: postgres\n    networks:\n      backend:\n        ipv4_address: 172.28.0.5\nnetworks:\n  backend:\n    ipam:\n      config:\n' +
        '        - subnet: 172.28.0.0/16\n',
    },
    // Issue 9, class 3: bind addresses.
    {
      name: 'NodeLocal DNSCache listens on a link-local address: a bind address, not a destination',
      code:
        'apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template:\n    spec:\n      containers:\n        - name: node-cache\n' +
        '          args: ["-localip", "169.254.20.10,10.96.0.10", "-conf", "/etc/Corefile"]\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  Corefile: |\n' +
        '    cluster.local:53 {\n        bind 169.254.20.10 10.96.0.10\n        health 169.254.20.10:8080\n    }\n---\nkind: KubeletConfiguration\n' +
        'apiVersion: kubelet.config.k8s.io/v1beta1\nclusterDNS:\n  - 169.254.20.10\n',
    },
    { name: "an API server advertise address is the node's own address", code: 'kubernetes_apiserver_advertise_address: "192.168.56.2"\n' },
    { name: 'HTML inside a string is prose', code: 'content: \'<p>Dashboards: <a href="http://10.1.2.3:3000/d/x">open</a></p>\'\n' },
    {
      name: 'ranges on the config allow list are treated as public',
      config: { allow: ['10.20.0.0/16', '192.168.7.7'] },
      code: 'a: https://10.20.1.2/\nb: 192.168.7.7\n',
    },
    { name: 'version strings', code: 'image: node:10.0.1\nappVersion: 1.2.3.4\nversion: "10.2.0.4"\n' },
    { name: 'OIDs', code: 'oid: urn:oid:2.16.840.1.113883.2.1.4.1\nother: 1.2.826.0.1285.0.2.0.107\n' },
    { name: 'public neighbours of private blocks', code: 'a: 172.15.255.255\nb: 172.32.0.1\nc: 100.128.0.1\nd: 192.169.0.1\ne: 100.63.255.255\n' },
    { name: 'bind address', code: 'listen: 10.0.0.5:8080\nbind_address: 192.168.1.10\n' },
    { name: 'allowlist (network-location-trust territory)', code: 'loadBalancerSourceRanges:\n  - 10.0.0.0/8\n' },
    { name: 'a CIDR names a network, not a host (allowlists are network-location-trust)', code: 'range: 192.168.0.0/16\nmanagement: 172.29.236.0/22\n' },
    { name: 'keys that declare the value internal', code: 'internal_lb_vip_address: 172.29.236.9\nmgmt_ip: 10.1.1.1\n' },
    { name: 'network definitions', code: 'vpc_cidr: 10.0.0.0/16\nsubnets: ["10.0.1.0/24", "10.0.2.0/24"]\ngateway: 10.0.0.1\n' },
    { name: 'prose and comments', code: '# was http://10.0.0.1\ndescription: "The old server at 10.0.0.1 was retired"\n' },
    { name: 'templated values', code: 'url: http://{{ .Values.db.host }}:5432/\nhost: ${DB_HOST}\nother: "#{Octopus.Host}"\n' },
    { name: 'public, loopback and documentation addresses are other rules', code: 'a: 8.8.8.8\nb: 127.0.0.1\nc: 192.0.2.10\nd: 2001:db8::1\n' },
    { name: 'non-canonical forms outside URLs are not addresses', code: 'a: 012.0.0.1\nb: 167772161\n' },
    { name: 'JSON identifiers', language: 'json', code: '{ "$schema": "http://10.0.0.1/schema.json", "description": "see 10.0.0.1" }' },
    { name: 'a MAC address and a time', code: 'mac: 00:1a:2b:3c:4d:5e\ntime: 12:30:45\n' },
  ],
  invalid: [
    {
      name: 'a placeholder fallback is only a reminder (info), as for localhost',
      code: 'DB_URL: ${DB_URL:-postgres://10.0.0.5:5432/app}\n',
      errors: [{ messageId: 'placeholderDefault', text: '10.0.0.5', severity: 'info' }],
    },
    {
      name: 'Helm values: a LoadBalancer service at a private address, with or without an internal annotation',
      fileName: 'charts/mhs/values.yaml',
      code:
        'inbound:\n  service:\n    type: LoadBalancer\n    loadBalancerIP: 10.20.0.7\n    annotations:\n' +
        '      service.beta.kubernetes.io/aws-load-balancer-scheme: internal\noutbound:\n  service:\n    type: LoadBalancer\n    loadBalancerIP: 10.20.0.8\n',
      errors: [
        { messageId: 'internalLoadBalancer', text: '10.20.0.7', line: 4 },
        { messageId: 'internalLoadBalancer', text: '10.20.0.8', line: 10 },
      ],
    },
    {
      name: 'a private address outside the stack the file defines is a dependency on another private network',
      fileName: 'docker-compose.yml',
      code:
        'services:\n  messaging:\n    image: m\n    environment:\n      - camel.route.tkw=http4://192.168.128.36?bridgeEndpoint=true\nnetworks:\n' +
        '  ccri_net:\n    ipam:\n      config:\n        - subnet: 172.28.0.0/16\n',
      errors: [{ messageId: 'private', text: '192.168.128.36', line: 5 }],
    },
    {
      name: 'a cross-cloud database by private address in a TNS descriptor',
      code: 'catalog_tns: "(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=10.160.98.88)(PORT=1521))))"\nhost_list:\n  - 10.40.0.136\n',
      errors: [
        { messageId: 'private', text: '10.160.98.88', line: 1 },
        { messageId: 'private', text: '10.40.0.136', line: 3 },
      ],
    },
    {
      name: 'a LoadBalancer Service published on an internal load balancer at a private address',
      code:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: inbound\n  annotations:\n    service.beta.kubernetes.io/azure-load-balancer-internal: "true"\n' +
        'spec:\n  type: LoadBalancer\n  loadBalancerIP: 172.28.65.240\n',
      errors: [{ messageId: 'internalLoadBalancer', text: '172.28.65.240', line: 9 }],
    },
    {
      name: 'a private address allowed as a CORS origin',
      code: 'Cors:\n  AllowedOrigins:\n    - https://10.2.3.4:8443\n',
      errors: [{ messageId: 'corsOrigin', text: '10.2.3.4' }],
    },
    {
      name: 'Compose extra_hosts mappings (list and map forms)',
      fileName: 'docker-compose.yml',
      code: 'services:\n  api:\n    image: api:1.2.3.4\n    extra_hosts:\n      - "spine.example.nhs.uk:10.9.1.1"\n      - legacy=192.168.4.4\n',
      errors: [
        { messageId: 'n3Hscn', text: '10.9.1.1', line: 5 },
        { messageId: 'private', text: '192.168.4.4', line: 6 },
      ],
    },
    {
      name: 'a warning, not an error, in a development file',
      fileName: 'docker-compose.override.yml',
      code: 'services:\n  api:\n    image: api\n    environment:\n      - DB=postgres://10.1.1.1/db\n',
      errors: [{ messageId: 'private', text: '10.1.1.1', severity: 'warning' }],
    },
    { name: 'URL host', code: 'url: http://10.1.2.3:8080/api\n', errors: [{ messageId: 'private', text: '10.1.2.3', line: 1, column: 13 }] },
    {
      name: 'userinfo: the host is after the last @',
      code: 'a: "http://user:p@ss@10.0.0.5:8080/"\nb: https://example.com@192.168.1.3/\n',
      errors: [
        { messageId: 'private', text: '10.0.0.5', line: 1 },
        { messageId: 'private', text: '192.168.1.3', line: 2 },
      ],
    },
    { name: 'jdbc prefix', code: 'spring.datasource.url: jdbc:postgresql://10.0.0.4/db\n', errors: [{ messageId: 'private', text: '10.0.0.4' }] },
    {
      name: 'non-canonical IPv4 in URLs (WHATWG normalises them)',
      code: 'a: http://0x0a.0.0.1/\nb: http://012.0.0.1/\nc: http://167772161/\n',
      errors: [
        { messageId: 'private', text: '0x0a.0.0.1' },
        { messageId: 'private', text: '012.0.0.1' },
        { messageId: 'private', text: '167772161' },
      ],
    },
    {
      name: 'list and port forms',
      code: 'peers: "10.0.0.1,10.0.0.2"\ndb: 10.0.0.1:5432\n',
      errors: [
        { messageId: 'private', text: '10.0.0.1', line: 1 },
        { messageId: 'private', text: '10.0.0.2', line: 1 },
        { messageId: 'private', text: '10.0.0.1', line: 2 },
      ],
    },
    {
      name: 'carrier-grade NAT and link-local',
      code: 'a: 100.64.12.7\nb: 169.254.10.1\n',
      errors: [
        { messageId: 'private', text: '100.64.12.7' },
        { messageId: 'private', text: '169.254.10.1' },
      ],
    },
    {
      name: 'IPv6 unique-local, link-local with zone, site-local, upper case',
      code: 'a: "[FD12:3456::1]:8443"\nb: fe80::1%eth0\nc: fec0::1\n',
      errors: [
        { messageId: 'private', text: 'FD12:3456::1' },
        { messageId: 'private', text: 'fe80::1' },
        { messageId: 'private', text: 'fec0::1' },
      ],
    },
    {
      name: 'IPv4 embedded in IPv6',
      code: 'a: ::ffff:10.0.0.1\nb: "[::ffff:a00:1]"\nc: 64:ff9b::10.1.2.3\nd: 2002:0a00:0001::1\n',
      errors: [
        { messageId: 'embedded', text: '::ffff:10.0.0.1' },
        { messageId: 'embedded', text: '::ffff:a00:1' },
        { messageId: 'embedded', text: '64:ff9b::10.1.2.3' },
        { messageId: 'embedded', text: '2002:0a00:0001::1' },
      ],
    },
    {
      name: 'ADO.NET and libpq connection strings',
      language: 'json',
      code: '{ "ConnectionStrings": { "Db": "Server=tcp:10.2.3.4,1433;Database=x", "Pg": "host=192.168.5.5 port=5432 dbname=x" } }',
      errors: [
        { messageId: 'private', text: '10.2.3.4' },
        { messageId: 'private', text: '192.168.5.5' },
      ],
    },
    {
      name: 'Kubernetes env value, found through its name',
      code: 'env:\n  - name: API_URL\n    value: https://10.20.30.40/\n',
      errors: [{ messageId: 'private', text: '10.20.30.40', line: 3 }],
    },
    {
      name: 'NHS context says N3/HSCN',
      code: 'upstream: https://api.service.nhs.uk\nlegacy: https://10.1.1.1/\n',
      errors: [{ messageId: 'n3Hscn', text: '10.1.1.1' }],
    },
    { name: 'Docker default bridge', code: 'gateway_url: http://172.17.0.1:8080\n', errors: [{ messageId: 'dockerBridge', text: '172.17.0.1' }] },
    {
      name: 'cloud metadata is info',
      code: 'metadata_url: http://169.254.169.254/latest/\n',
      errors: [{ messageId: 'metadata', text: '169.254.169.254', severity: 'info' }],
    },
    {
      name: 'an anchored value is reported once, not at each alias',
      code: 'base: &db 10.9.9.9\na: *db\nb: *db\n',
      errors: [{ messageId: 'private', text: '10.9.9.9', line: 1 }],
    },
    {
      name: 'quoted JSON string with escapes keeps an exact range',
      language: 'json',
      code: '{"url": "http:\\/\\/10.3.3.3\\/x"}',
      errors: [{ messageId: 'private', text: '10.3.3.3' }],
    },
    { name: 'block scalar', code: 'script: |\n  curl http://10.4.4.4/health\n', errors: [{ messageId: 'private', text: '10.4.4.4', line: 2, column: 15 }] },
    {
      name: "the config file's hostMap names the internet name: the fix uses it (IPv6 brackets included), the port and path stay",
      config: { hostMap: { '10.20.0.5': 'api.example.nhs.uk', 'fd00::5': 'db.example.nhs.uk' } },
      code: 'api: https://10.20.0.5:8443/v1\ndb: postgresql://[fd00::5]:5432/app\nother: https://10.20.0.6/\n',
      errors: [
        { messageId: 'private', text: '10.20.0.5', line: 1 },
        { messageId: 'private', text: 'fd00::5', line: 2 },
        { messageId: 'private', text: '10.20.0.6', line: 3 },
      ],
      output: 'api: https://api.example.nhs.uk:8443/v1\ndb: postgresql://db.example.nhs.uk:5432/app\nother: https://10.20.0.6/\n',
    },
    {
      name: 'a manifest endpoint takes the one public DNS name the manifest declares; a dependency does not',
      code:
        'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  exposure: internet\n  publicDnsNames: [referrals.example.nhs.uk]\n  endpoints:\n' +
        '    - name: api\n      url: https://10.20.0.5/referrals\n  dependencies:\n    - name: pds\n      url: https://10.9.0.1/pds\n',
      errors: [
        { messageId: 'n3Hscn', text: '10.20.0.5', line: 8 },
        { messageId: 'n3Hscn', text: '10.9.0.1', line: 11 },
      ],
      output:
        'apiVersion: internet-first/v1\nkind: ServiceManifest\nspec:\n  exposure: internet\n  publicDnsNames: [referrals.example.nhs.uk]\n  endpoints:\n' +
        '    - name: api\n      url: https://referrals.example.nhs.uk/referrals\n  dependencies:\n    - name: pds\n      url: https://10.9.0.1/pds\n',
    },
    {
      name: 'issue 9: a FHIR Attachment.url is a destination',
      language: 'json',
      code: '{"resourceType":"DocumentReference","content":[{"attachment":{"url":"https://10.2.3.4/doc"}}]}',
      errors: [{ messageId: 'private', text: '10.2.3.4' }],
    },
  ],
};
