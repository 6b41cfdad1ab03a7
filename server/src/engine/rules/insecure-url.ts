import type { ProposedFix, Rule, RuleContext } from '../rule';
import type { ScalarVisit } from '../context';
import type { Role } from '../roles';
import type { NetworkTarget } from '../targets';
import { forEachTarget, hostClass, spanOf } from './scan';
import { isIdentifierNamespace } from '../net/namespaces';

/** Plain-text schemes, their TLS form, and default ports that move with them. */
const SECURE_FORMS: Record<string, { secure?: string; ports?: [number, number] }> = {
  http: { secure: 'https', ports: [80, 443] },
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

const ROLES: ReadonlySet<Role> = new Set(['endpoint', 'public-endpoint', 'other']);
/** East–west traffic to these stays inside the cluster or host: out of the policy's scope unless the role is public. */
const INTERNAL_HOSTS = new Set(['platform-internal', 'single-label', 'localhost']);

export const insecureUrl: Rule<'useTlsScheme'> = {
  meta: {
    id: 'insecure-url',
    defaultSeverity: 'error',
    description: 'A URL with a plain-text scheme (http, ws, ftp, ldap, amqp, redis, mqtt, telnet, …) to a host outside the machine.',
    rationale:
      'On the public internet every hop is untrusted: traffic without TLS can be read and changed on the way. Internet First services and their dependencies must use TLS 1.2 or later.',
    developmentSeverity: 'info',
    fixable: true,
    fixes: {
      useTlsScheme: { applicability: 'unsafe', reason: 'The server at that host and port may not speak TLS (or may present a certificate the client does not trust), and a default port moves with the scheme (`:80` → `:443`).' },
    },
    messages: {
      insecureScheme: '`{scheme}://` sends traffic to {host} unencrypted. Use `{secure}://` (TLS) instead.',
      noSecureForm: '`{scheme}://` sends traffic to {host} unencrypted and has no TLS form. Replace it with an encrypted protocol.',
    },
  },
  check(context) {
    // A multi-host URL (`mongodb://a,b/`) yields a target per host: report the URL once, judged by its first host.
    const urlsSeen = new Set<string>();
    forEachTarget(context, ROLES, (scalar, target) => {
      if (target.kind !== 'url' || !target.scheme || !(target.scheme in SECURE_FORMS)) return;
      const url = `${scalar.node.offset}:${target.start}`;
      if (urlsSeen.has(url)) return;
      urlsSeen.add(url);
      if (isExempt(scalar, target)) return;
      report(context, scalar, target);
    });
  },
};

function isExempt(scalar: ScalarVisit, target: NetworkTarget): boolean {
  const address = target.address;
  // The cloud metadata service speaks plain HTTP by design and never leaves the instance.
  if (address && (address.class === 'loopback' || address.class === 'unspecified' || address.class === 'metadata')) return true;
  const hostname = target.hostname;
  if (!hostname) return !address;
  if (hostname.class === 'localhost') return true;
  if (scalar.role !== 'public-endpoint' && INTERNAL_HOSTS.has(hostClass(scalar, hostname))) return true;
  return scalar.role !== 'public-endpoint' && isIdentifierNamespace(hostname.name);
}

function report(context: RuleContext<'useTlsScheme'>, scalar: ScalarVisit, target: NetworkTarget): void {
  const value = String(scalar.node.value);
  const scheme = target.scheme!;
  const form = SECURE_FORMS[scheme];
  const end = target.portEnd ?? target.hostEnd + (value[target.hostEnd] === ']' ? 1 : 0);
  const span = spanOf(context, scalar, target.schemeStart!, end);
  const data = { scheme, host: value.slice(target.hostStart, target.hostEnd), secure: form.secure ?? '' };
  if (!form.secure) {
    context.report({ messageId: 'noSecureForm', data, ...span });
    return;
  }
  context.report({ messageId: 'insecureScheme', data, ...span, fixes: [secureFix(context, scalar, target, form.secure, form.ports)] });
}

/** Scheme to its TLS form; an explicit default port moves with it (`:80` → `:443`). */
function secureFix(context: RuleContext, scalar: ScalarVisit, target: NetworkTarget, secure: string, ports?: [number, number]): ProposedFix<'useTlsScheme'> {
  const schemeSpan = spanOf(context, scalar, target.schemeStart!, target.schemeStart! + target.scheme!.length);
  const edits = [{ ...schemeSpan, newText: secure }];
  if (ports && target.port === ports[0] && target.portStart !== undefined) {
    edits.push({ ...spanOf(context, scalar, target.portStart, target.portEnd!), newText: String(ports[1]) });
  }
  return { title: `Use ${secure}://`, edits, kind: 'useTlsScheme' };
}
