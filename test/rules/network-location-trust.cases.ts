import type { RuleCases } from './rule-tester';

const MANIFEST_HEAD =
  'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: results\n  owner: { team: Pathology, email: pathology@nhs.net }\n';
const MANIFEST_ENDPOINTS =
  '  endpoints:\n    - name: api\n      url: https://results.example.nhs.uk/api\n      tls: { minVersion: "1.2" }\n      authentication: { type: nhs-cis2 }\n';

export const cases: RuleCases = {
  ruleId: 'network-location-trust',
  valid: [
    {
      name: 'proxy trust (.NET ForwardedHeaders): which proxy to believe, not who may connect',
      language: 'json',
      code: '{ "ForwardedHeaders": { "KnownNetworks": ["10.0.0.0/8"], "KnownProxies": ["10.1.2.3"] } }',
    },
    {
      name: 'proxy trust (nginx, Traefik, Spring/Tomcat, Rails-style)',
      code:
        'set_real_ip_from: 10.0.0.0/8\nforwardedHeaders:\n  trustedIPs: ["172.16.0.0/12"]\nserver.tomcat.remoteip.internal-proxies: 10\\.\\d+\\.\\d+\\.\\d+\n' +
        'trusted_proxies: [192.168.0.0/16]\n',
    },
    {
      name: 'NetworkPolicy egress and ipBlock except',
      code:
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: db }\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n' +
        '        - ipBlock:\n            cidr: 0.0.0.0/0\n            except: [10.0.0.0/8]\n  egress:\n    - to:\n        - ipBlock: { cidr: 10.20.0.0/16 }\n',
    },
    { name: 'open to everyone (fine under Internet First)', code: 'loadBalancerSourceRanges:\n  - 0.0.0.0/0\n  - ::/0\n' },
    {
      name: "an allowlist of public ranges (an organisation's own egress addresses) is not reported",
      code: 'generic-service:\n  allowlist:\n    delius-pre-prod-1: 52.56.240.62/32\n    delius-pre-prod-2: 18.130.110.168/32\n    groups: [internal]\n',
    },
    { name: 'network definitions', code: 'vpc_cidr: 10.0.0.0/16\nsubnets: ["10.0.1.0/24", "10.0.2.0/24"]\naddress_space: [172.20.0.0/16]\n' },
    {
      name: 'deny lists keep callers out',
      code: 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/denylist-source-range: 10.0.0.0/8\ndenyFrom: 192.168.0.0/16\n',
    },
    {
      name: 'security-group egress, an egress rule, an outbound or denying NSG rule, and direction-less cidr_blocks',
      language: 'json',
      code:
        '{ "resource": {\n  "aws_security_group": { "app": { "egress": [{ "cidr_blocks": ["10.0.0.0/8"] }] } },\n' +
        '  "aws_security_group_rule": { "out": { "type": "egress", "cidr_blocks": ["10.0.0.0/8"] } },\n  "azurerm_network_security_rule": {\n' +
        '    "out": { "direction": "Outbound", "access": "Allow", "source_address_prefix": "10.1.0.0/16" },\n' +
        '    "deny": { "direction": "Inbound", "access": "Deny", "source_address_prefix": "10.2.0.0/16" } } },\n' +
        '  "variable": { "cidr_blocks": { "default": ["10.0.0.0/16"] } } }',
    },
    { name: 'WireGuard peers: VPN plumbing, not a service access rule', code: 'wireguard:\n  peers:\n    - allowed_ips: 10.8.0.2/32\n' },
    {
      name: 'loopback, documentation and templated entries',
      code: 'allowed_ips: "127.0.0.1, ::1, 192.0.2.0/24"\nwhitelist-source-range: "{{ .Values.allowedRanges }}"\n',
    },
    { name: 'a URL in a whitelist is an origin, not a source address', code: 'cors:\n  whitelist: ["http://10.0.0.1:3000"]\n' },
    { name: 'prose about an allowlist', code: 'description: "Used to set whitelist-source-range to 10.0.0.0/8"\n# loadBalancerSourceRanges: [10.0.0.0/8]\n' },
    { name: 'VPN flags that are off', code: 'vpnOnly: false\nrequire_vpn: "no"\nvpn: { enabled: true }\n' },
    {
      name: 'a VPN flag in an OpenAPI example is prose',
      code:
        'openapi: 3.0.3\ninfo: { title: Sites, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    Site:\n      type: object\n' +
        '      example: { vpnOnly: true, allowed_ips: [10.0.0.0/8] }\n',
    },
    { name: 'a manifest on the internet', fileName: 'results.service.yaml', code: MANIFEST_HEAD + 'spec:\n  exposure: internet\n' + MANIFEST_ENDPOINTS },
    { name: '`exposure` outside a manifest (Spring actuator)', code: 'management:\n  endpoints:\n    web:\n      exposure: hscn\n' },
    {
      name:
        'issue 9 (catalogue §8): public allowlists are legitimate: the NHS Secure Boundary WAF (Imperva) ranges ' +
        "in front of an NHS service, and public /32s in NHS Terraform (the shape of internet MESH's published Blue/Green " +
        'egress sets)',
      code:
        'metadata:\n  annotations:\n' +
        '    nginx.ingress.kubernetes.io/whitelist-source-range: "199.83.128.0/21,198.143.32.0/19,149.126.72.0/21,192.230.64.0/18,45.64.64.0/22"\n' +
        'mesh_egress:\n  allowed_cidr_blocks: ["3.11.177.31/32", "35.177.15.89/32"]\n',
    },
  ],
  invalid: [
    {
      name: 'ingress-nginx whitelist-source-range: each private entry is underlined, the public one is not',
      code: 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/whitelist-source-range: "10.0.0.0/8,192.168.0.0/16,51.140.0.0/14"\n',
      errors: [
        { messageId: 'privateRange', text: '10.0.0.0/8', line: 3, column: 58, severity: 'error' },
        { messageId: 'privateRange', text: '192.168.0.0/16', line: 3, column: 69 },
      ],
    },
    {
      name: 'in an NHS context the message says N3/HSCN (172.16.0.0/12 overlaps the old N3 GP range)',
      code:
        'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/allowlist-source-range: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16\nspec:\n  rules:\n' +
        '    - host: results.example.nhs.uk\n',
      errors: [
        { messageId: 'hscnRange', text: '10.0.0.0/8', line: 3 },
        { messageId: 'hscnRange', text: '172.16.0.0/12', line: 3 },
        { messageId: 'privateRange', text: '192.168.0.0/16', line: 3 },
      ],
    },
    {
      name: 'Service loadBalancerSourceRanges (carrier-grade NAT is private too)',
      code:
        'apiVersion: v1\nkind: Service\nmetadata: { name: api }\nspec:\n  type: LoadBalancer\n  loadBalancerSourceRanges:\n    - 100.64.0.0/10\n' +
        '    - 0.0.0.0/0\n',
      errors: [{ messageId: 'privateRange', text: '100.64.0.0/10', line: 7, column: 7 }],
    },
    {
      name: 'NetworkPolicy ingress ipBlock',
      code:
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: api }\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n' +
        '        - ipBlock:\n            cidr: 172.20.0.0/16\n            except: [172.20.1.0/24]\n',
      errors: [{ messageId: 'privateRange', text: '172.20.0.0/16', line: 9, column: 19 }],
    },
    {
      name: 'trusted-network and allowed-IP lists: private entries only',
      code: 'trusted_networks:\n  - 10.10.0.0/16\nallowed_ips: "192.168.1.0/24, 127.0.0.1, 8.8.8.8, fd00::/8"\nip_whitelist: [::ffff:10.0.0.1]\n',
      errors: [
        { messageId: 'privateRange', text: '10.10.0.0/16', line: 2 },
        { messageId: 'privateRange', text: '192.168.1.0/24', line: 3 },
        { messageId: 'privateRange', text: 'fd00::/8', line: 3 },
        { messageId: 'privateRange', text: '::ffff:10.0.0.1', line: 4 },
      ],
    },
    {
      name: 'AWS security groups in Terraform JSON: inbound only',
      language: 'json',
      code:
        '{ "resource": {\n  "aws_security_group": { "web": {\n    "ingress": [{ "from_port": 443, "cidr_blocks": ["10.0.0.0/8", "0.0.0.0/0"] }],\n' +
        '    "egress": [{ "cidr_blocks": ["10.0.0.0/8"] }] } },\n' +
        '  "aws_security_group_rule": { "in": { "type": "ingress", "cidr_blocks": ["192.168.10.0/24"] } } } }',
      errors: [
        { messageId: 'privateRange', text: '10.0.0.0/8', line: 3 },
        { messageId: 'privateRange', text: '192.168.10.0/24', line: 5 },
      ],
    },
    {
      name: 'CloudFormation SecurityGroupIngress and an inbound Azure NSG rule',
      code:
        'Resources:\n  Sg:\n    Properties:\n      SecurityGroupIngress:\n        - CidrIp: 172.31.0.0/16\n      SecurityGroupEgress:\n' +
        '        - CidrIp: 172.31.0.0/16\n  Nsg:\n    securityRules:\n' +
        '      - properties: { direction: Inbound, access: Allow, sourceAddressPrefix: 192.168.0.0/16 }\n',
      errors: [
        { messageId: 'privateRange', text: '172.31.0.0/16', line: 5 },
        { messageId: 'privateRange', text: '192.168.0.0/16', line: 10 },
      ],
    },
    {
      name: 'Azure ipRules and App Service ipSecurityRestrictions: allow entries only',
      code:
        'networkAcls:\n  ipRules:\n    - value: 10.9.0.0/16\n      action: Allow\n    - value: 10.8.0.0/16\n      action: Deny\nsiteConfig:\n' +
        '  ipSecurityRestrictions:\n    - ipAddress: 192.168.4.0/24\n',
      errors: [
        { messageId: 'privateRange', text: '10.9.0.0/16', line: 3 },
        { messageId: 'privateRange', text: '192.168.4.0/24', line: 9 },
      ],
    },
    {
      name: 'an allowlist written as a map of named entries (MoJ generic-service shape)',
      code: 'generic-service:\n  allowlist:\n    office-vpn: 10.50.0.0/16\n    delius: 52.56.240.62/32\n',
      errors: [{ messageId: 'privateRange', text: '10.50.0.0/16', line: 3, column: 17 }],
    },
    {
      name: 'Calico and Cilium ingress rules',
      code:
        'apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata: { name: api }\nspec:\n  ingress:\n    - action: Allow\n      source:\n' +
        '        nets: [10.30.0.0/16]\n    - action: Deny\n      source:\n        nets: [10.31.0.0/16]\n---\napiVersion: cilium.io/v2\n' +
        'kind: CiliumNetworkPolicy\nmetadata: { name: api }\nspec:\n  ingress:\n    - fromCIDR: [192.168.50.0/24]\n',
      errors: [
        { messageId: 'privateRange', text: '10.30.0.0/16', line: 8 },
        { messageId: 'privateRange', text: '192.168.50.0/24', line: 18 },
      ],
    },
    {
      name: "catalogue §7 item 25: Docker's bridge network is named as such (a warning: the callers are containers on the same host)",
      code: 'upstream: https://api.service.nhs.uk/\nallowed_ips: [172.17.0.0/16, 172.18.0.0/16]\n',
      errors: [
        { messageId: 'privateRange', text: '172.17.0.0/16', severity: 'warning' },
        { messageId: 'hscnRange', text: '172.18.0.0/16', severity: 'error' },
      ],
    },
    {
      name: 'a known HSCN address in an allowlist',
      code: 'trusted_networks: [155.231.231.1, 155.231.48.156/32]\n',
      errors: [
        { messageId: 'hscnAddress', text: '155.231.231.1', severity: 'error' },
        { messageId: 'hscnAddress', text: '155.231.48.156/32', severity: 'warning' },
      ],
    },
    {
      name: 'manifest exposure hscn',
      fileName: 'results.service.yaml',
      code: MANIFEST_HEAD + 'spec:\n  exposure: hscn\n' + MANIFEST_ENDPOINTS,
      errors: [{ messageId: 'exposure', text: 'hscn', line: 7, column: 13, severity: 'error' }],
    },
    {
      name: 'manifest exposure n3 with a recorded exemption is a warning',
      fileName: 'results.service.yaml',
      code:
        MANIFEST_HEAD +
        'spec:\n  exposure: n3\n' +
        MANIFEST_ENDPOINTS +
        '  exemption:\n    reason: Moving to the internet-facing API in 2098/99.\n    expires: 2099-03-31\n',
      errors: [{ messageId: 'exposureExempt', text: 'n3', line: 7, severity: 'warning' }],
    },
    {
      name: 'manifest exposure n3 with an exemption whose day has passed is an error, as without one',
      fileName: 'results.service.yaml',
      code:
        MANIFEST_HEAD +
        'spec:\n  exposure: n3\n' +
        MANIFEST_ENDPOINTS +
        '  exemption:\n    reason: Moving to the internet-facing API in 2019/20.\n    expires: "2020-03-31"\n',
      errors: [{ messageId: 'exposureExemptionExpired', text: 'n3', line: 7, severity: 'error' }],
    },
    {
      name: 'VPN-only flags (YAML 1.1 yes counts)',
      code: 'vpnOnly: true\nrequireVpn: "yes"\nvpn_required: on\n',
      errors: [
        { messageId: 'vpnOnly', text: 'true', line: 1 },
        { messageId: 'vpnOnly', text: 'yes', line: 2 },
        { messageId: 'vpnOnly', text: 'on', line: 3 },
      ],
    },
    {
      // values-dev.yaml is deployed to a dev environment, so it no longer counts as local (see the next case).
      name: 'a warning in a development file (restricting a dev environment by address is common)',
      fileName: 'local-environment/values-dev.yaml',
      code: 'ingress:\n  annotations:\n    nginx.ingress.kubernetes.io/whitelist-source-range: 10.0.0.0/8\n',
      errors: [{ messageId: 'privateRange', text: '10.0.0.0/8', severity: 'warning' }],
    },
    {
      name: 'values-dev.yaml configures a deployed dev environment: full severity',
      fileName: 'helm_deploy/values-dev.yaml',
      code: 'ingress:\n  annotations:\n    nginx.ingress.kubernetes.io/whitelist-source-range: 10.0.0.0/8\n',
      errors: [{ messageId: 'privateRange', text: '10.0.0.0/8', severity: 'error' }],
    },
  ],
};
