import type { ProposedFix, Rule, RuleContext } from '../rule';
import type { ScalarVisit } from '../context';
import { isPublicRole, normaliseKey, type Role } from '../roles';
import type { NetworkTarget } from '../targets';
import { forEachTarget, hostClass, spanOf } from './scan';
import { isIdentifierNamespace } from '../net/namespaces';
import { inDisabledBlock } from './address/disabled-block';

/** Plain-text schemes, their TLS form, and default ports that move with them. */
const SECURE_FORMS: Record<string, { secure?: string; ports?: [number, number] }> = {
  http: { secure: 'https', ports: [80, 443] },
  // Apache Camel's HTTP components (`http4://host/path` in route URIs).
  http4: { secure: 'https4', ports: [80, 443] },
  ws: { secure: 'wss', ports: [80, 443] },
  ftp: { secure: 'ftps', ports: [21, 990] },
  ldap: { secure: 'ldaps', ports: [389, 636] },
  amqp: { secure: 'amqps', ports: [5672, 5671] },
  redis: { secure: 'rediss' },
  mqtt: { secure: 'mqtts', ports: [1883, 8883] },
  imap: { secure: 'imaps', ports: [143, 993] },
  pop3: { secure: 'pop3s', ports: [110, 995] },
  nntp: { secure: 'nntps', ports: [119, 563] },
  telnet: {},
  gopher: {},
};

const ROLES: ReadonlySet<Role> = new Set(['endpoint', 'public-endpoint', 'cors-origin', 'other']);
/** East–west traffic to these stays inside the cluster or host: out of the policy's scope unless the role is public. */
const INTERNAL_HOSTS = new Set(['platform-internal', 'single-label', 'localhost']);

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'insecureScheme' | 'insecureOrigin' | 'noSecureForm' | 'sdsLdap' | 'templatedHost';

export const insecureUrl: Rule<'useTlsScheme', Message> = {
  meta: {
    id: 'insecure-url',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description: 'A URL with a plain-text scheme (http, ws, ftp, ldap, amqp, redis, mqtt, telnet, …) to a host outside the machine.',
    rationale:
      'On the public internet every hop is untrusted: traffic without TLS can be read and changed on the way. Internet ' +
      'First services and their dependencies must use TLS 1.2 or later.',
    developmentSeverity: 'info',
    fixable: true,
    fixes: {
      useTlsScheme: {
        applicability: 'unsafe',
        reason:
          'The server at that host and port may not speak TLS (or may present a certificate the client does not ' +
          'trust), and a default port moves with the scheme (`:80` → `:443`).',
      },
    },
    messages: {
      insecureScheme: 'Unencrypted {scheme}:// to {host}: use {secure}://',
      insecureOrigin: 'Plain-HTTP CORS origin {scheme}://{host}: allow only the {secure}:// origin',
      noSecureForm: 'Unencrypted {scheme}:// to {host}, with no TLS form: use an encrypted protocol',
      sdsLdap: 'ldap:// to SDS {host} is HSCN-only: use the SDS FHIR API',
      templatedHost: 'Unencrypted {scheme}:// in "{key}": use {secure}://',
    },
  },
  check(context) {
    // A multi-host URL (`mongodb://a,b/`) yields a target per host: report the URL once, judged by its first host.
    // A scalar's targets come one after another, so only the current scalar's URL starts are kept (a set for the file held 262,000).
    const urlsSeen = new Set<number>();
    let current: ScalarVisit | undefined;
    forEachTarget(context, ROLES, (scalar, target) => {
      if (target.kind !== 'url' || !target.scheme || !(target.scheme in SECURE_FORMS)) return;
      if (scalar !== current) {
        current = scalar;
        urlsSeen.clear();
      }
      if (urlsSeen.has(target.start)) return;
      urlsSeen.add(target.start);
      if (isExempt(scalar, target)) return;
      report(context, scalar, target);
    });
    checkTemplatedHosts(context);
  },
};

/**
 * Keys whose URL is the service's own public address or one its users are sent to: base, public and site URLs (redirects
 * and issuers have the public-endpoint role).
 */
const PUBLIC_URL_KEY = /(base|public|site|external|root|frontend)ur[il]s?$/;

/**
 * `"http://{{ inventory_hostname }}"`, `http://${HOST}` under a public URL
 * key: whatever the host becomes, the scheme is literal plain HTTP. Other
 * keys are left alone: a templated host elsewhere may be an in-cluster
 * service, and nothing is known about it.
 */
function checkTemplatedHosts(context: RuleContext<'useTlsScheme', Message>): void {
  const scalars = context.file.scalars();
  for (let i = 0; i < scalars.length; i++) {
    const scalar = scalars[i];
    if (scalar.role !== 'public-endpoint' && !(scalar.role === 'endpoint' && PUBLIC_URL_KEY.test(normaliseKey(scalar.key ?? '')))) continue;
    for (const target of context.file.targets(scalar)) {
      if (!target.templated || target.kind !== 'url' || (target.scheme !== 'http' && target.scheme !== 'ws')) continue;
      const value = String(scalar.node.value);
      // `{{ if .Values.tls }}https{{ else }}http{{ end }}://…`: the scheme itself is chosen by the template.
      if (value[target.schemeStart! - 1] === '}') continue;
      const end = placeholderEnd(value, target.hostStart, target.hostEnd);
      const span = spanOf(context, scalar, target.schemeStart!, end);
      const secure = SECURE_FORMS[target.scheme].secure!;
      const data = { scheme: target.scheme, key: scalar.key ?? 'this value', secure };
      context.report({ messageId: 'templatedHost', data, ...span, fixes: [secureFix(context, scalar, target, secure)] });
    }
  }
}

/** The end of the placeholder a host starts with (`{{ … }}`, `${…}`), else the host's own end. */
function placeholderEnd(value: string, start: number, hostEnd: number): number {
  const close = value.startsWith('{{', start) ? '}}' : value.startsWith('${', start) ? '}' : undefined;
  const at = close ? value.indexOf(close, start) : -1;
  return at < 0 ? hostEnd : Math.max(hostEnd, at + close!.length);
}

/**
 * Public names whose DNS answers 127.0.0.1 for every subdomain, made for
 * local stacks: GOV.UK's govuk-docker (`*.dev.gov.uk`), LocalStack
 * (`*.localhost.localstack.cloud`), and the well-known `localtest.me` and
 * `lvh.me`. Plain HTTP to them never leaves the machine.
 */
const LOOPBACK_DOMAINS = ['dev.gov.uk', 'localhost.localstack.cloud', 'localtest.me', 'lvh.me'];

function resolvesToLoopback(name: string): boolean {
  const host = name.toLowerCase().replace(/\.$/, '');
  return LOOPBACK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** A URL under a `…name` key is a name (SOAP service names and XML qualified names), not a destination; host names are not. */
function namesSomething(scalar: ScalarVisit): boolean {
  const key = normaliseKey(scalar.key ?? '');
  return key.endsWith('name') && !/(host|server|dns|domain|fqdn|url|uri|endpoint)name$/.test(key);
}

function isExempt(scalar: ScalarVisit, target: NetworkTarget): boolean {
  if (namesSomething(scalar)) return true;
  const address = target.address;
  // The cloud metadata service speaks plain HTTP by design and never leaves the instance.
  if (address && (address.class === 'loopback' || address.class === 'unspecified' || address.class === 'metadata')) return true;
  // A switched-off block (`logstash: {enabled: false, url: http://…}`) configures nothing.
  if (inDisabledBlock(scalar)) return true;
  const hostname = target.hostname;
  if (!hostname) return !address;
  if (hostname.class === 'localhost' || resolvesToLoopback(hostname.name)) return true;
  // `ip-10-0-1-17.eu-west-2.compute.internal` is 10.0.1.17 by another name: judged as that address is (never east–west).
  if (hostname.encodedIpv4) return false;
  if (!isPublicRole(scalar.role) && INTERNAL_HOSTS.has(hostClass(scalar, hostname))) return true;
  return !isPublicRole(scalar.role) && isIdentifierNamespace(hostname.name);
}

function report(context: RuleContext<'useTlsScheme', Message>, scalar: ScalarVisit, target: NetworkTarget): void {
  const value = String(scalar.node.value);
  const scheme = target.scheme!;
  const form = SECURE_FORMS[scheme];
  const end = target.portEnd ?? target.hostEnd + (value[target.hostEnd] === ']' ? 1 : 0);
  const span = spanOf(context, scalar, target.schemeStart!, end);
  const data = { scheme, host: value.slice(target.hostStart, target.hostEnd), secure: form.secure ?? '' };
  if (scheme === 'ldap' && isSdsLdap(scalar, data.host)) {
    context.report({ messageId: 'sdsLdap', data, ...span });
    return;
  }
  if (!form.secure) {
    context.report({ messageId: 'noSecureForm', data, ...span });
    return;
  }
  context.report({
    messageId: scalar.role === 'cors-origin' ? 'insecureOrigin' : 'insecureScheme',
    data,
    ...span,
    // Past the rule's cap the report is only counted: its fix would be built for nothing (45 MB for 262,000 URLs).
    fixes: context.capped?.() ? undefined : [secureFix(context, scalar, target, form.secure, form.ports)],
  });
}

/** Spine Directory Service LDAP: a Spine name under ncrs.nhs.uk, or a key that says SDS (`SDS_LDAP_URL`, `MHS_SDS_URL`). */
function isSdsLdap(scalar: ScalarVisit, host: string): boolean {
  if (/(^|\.)ncrs\.nhs\.uk\.?$/i.test(host)) return true;
  return (scalar.key ?? '').split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).some((word) => word.toLowerCase() === 'sds');
}

/** Scheme to its TLS form; an explicit default port moves with it (`:80` → `:443`). */
function secureFix(
  context: RuleContext<never, Message>,
  scalar: ScalarVisit,
  target: NetworkTarget,
  secure: string,
  ports?: [number, number],
): ProposedFix<'useTlsScheme'> {
  const schemeSpan = spanOf(context, scalar, target.schemeStart!, target.schemeStart! + target.scheme!.length);
  const edits = [{ ...schemeSpan, newText: secure }];
  if (ports && target.port === ports[0] && target.portStart !== undefined) {
    edits.push({ ...spanOf(context, scalar, target.portStart, target.portEnd!), newText: String(ports[1]) });
  }
  return { title: `Use ${secure}://`, edits, kind: 'useTlsScheme' };
}
