import { brief } from '../brief';
import type { Rule, RuleContext } from '../rule';
import type { ParsedDocument } from '../parse/tree';
import { getValue, stringValue } from '../parse/tree';
import { flagOf, tlsSettings, type TlsSetting } from '../tls';
import { flipped, removeFlagFix, sameCase, valueFix } from '../fixes/tls-settings';

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'tlsOff' | 'notRequired' | 'optionalTls' | 'plaintextProtocol' | 'sslRedirectOff' | 'offUnlessSet' | 'httpsMetadataOff';

/**
 * Settings that turn TLS off or make it optional: switches (`ssl: false`,
 * `useSSL=false`, `MHS_DISABLE_SDS_TLS=True`), modes (`sslmode=disable`,
 * `Encrypt=Optional`, `sslMode=DISABLED`), Kafka `PLAINTEXT`, ingress-nginx's
 * redirect to HTTPS switched off, and ASP.NET Core's `RequireHttpsMetadata: false`.
 */
export const tlsDisabled: Rule<'setValue' | 'removeFlag', Message> = {
  meta: {
    id: 'tls-disabled',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description:
      'A setting that turns TLS off or makes it optional: `ssl: false`, `sslmode=disable`, `Encrypt=False`, Kafka ' +
      '`PLAINTEXT`, `ssl-redirect: "false"`, `RequireHttpsMetadata: false`.',
    rationale:
      'On the internet every network hop is untrusted. Without TLS, credentials and patient data cross it in plain ' +
      'text that anyone on the path can read or change; Internet First services and their connections must use ' +
      'TLS 1.2 or later.',
    fixable: true,
    fixes: {
      setValue: {
        applicability: 'unsafe',
        reason: 'Turning TLS on needs the other side to speak TLS, with a certificate the client trusts; a server without it stops answering.',
      },
      removeFlag: {
        applicability: 'display-only',
        reason: 'A bare flag may be there for a reason the config does not show; a person removes it once TLS is set up.',
      },
    },
    developmentSeverity: 'warning',
    messages: {
      tlsOff: '"{written}" turns TLS off: set it to {value}',
      notRequired: '"{written}" allows plain-text connections: set it to {value}',
      optionalTls: '"{written}" makes TLS optional: set it to {value}',
      plaintextProtocol: '"{written}" is unencrypted Kafka: set it to {value}',
      sslRedirectOff: '"{written}" also serves plain HTTP: remove it or set it to {value}',
      offUnlessSet: 'TLS is off unless {variable} is set: default it to {default}',
      httpsMetadataOff: '"{written}" fetches signing keys over plain HTTP: set it to {value}',
    },
  },
  check(context) {
    for (const setting of tlsSettings(context.file)) check(context, setting);
  },
};

/**
 * Each finding carries one fix (unsafe: the other side must speak TLS): the setting's value rewritten in
 * place to the value its message names (`Use ...`), in the setting's own
 * notation and inside its own quotes (see fixes/tls-settings.ts).
 */
function check(context: RuleContext<'setValue' | 'removeFlag', Message>, setting: TlsSetting): void {
  const report = (id: Message, on: string, data: Record<string, string> = {}, level?: 'warning') => {
    // A placeholder's default (`${SSL_ENABLED:false}`) is off only until the variable is set: said as such, at info.
    const messageId = setting.placeholder ? 'offUnlessSet' : id;
    const severity = setting.placeholder ? 'info' : level;
    if (setting.placeholder) data = { ...data, setting: setting.setting, text: setting.text, variable: setting.placeholder, default: on };
    // A bare flag (`--disable-tls`) has no value to rewrite; taking it out is offered for review.
    const fix = setting.origin === 'flag' ? removeFlagFix(context, setting) : valueFix(context, setting, on);
    context.report({
      messageId,
      data: { written: brief(setting.written, 30), detail: '', value: on, ...safeValue(messageId, setting, on), ...data },
      ...setting.span,
      severity,
      fixes: fix ? [fix] : undefined,
    });
  };
  const flag = flagOf(setting);
  const text = setting.text.toLowerCase();
  switch (setting.knob.kind) {
    case 'tls-switch':
      if (flag?.on === false || /^(disabled?|none)$/.test(text)) report('tlsOff', switchOn(setting), { detail: srvDetail(setting) });
      return;
    case 'tls-required-switch':
      if (flag?.on === false || /^(disabled?|none)$/.test(text)) report('notRequired', switchOn(setting));
      return;
    case 'tls-off-switch':
      if (flag?.on === true) report('tlsOff', flipped(setting) ?? 'false');
      return;
    case 'tls-mode':
      if (/^(disabled?|none)$/.test(text)) report('tlsOff', verifiedMode(setting));
      else if (/^(allow|prefer|preferred)(tls|ssl)?$/.test(text)) report('optionalTls', verifiedMode(setting));
      return;
    case 'encrypt':
      if (text === 'optional') report('optionalTls', 'Mandatory');
      else if (flag?.on === false) report('tlsOff', flipped(setting) ?? 'True');
      return;
    case 'kafka-protocol':
      if (text === 'plaintext') report('plaintextProtocol', 'SSL');
      else if (text === 'sasl_plaintext') report('plaintextProtocol', 'SASL_SSL', { detail: ' (and the SASL login)' });
      return;
    case 'ssl-redirect':
      if (flag?.on === false && redirectMatters(setting)) report('sslRedirectOff', flipped(setting) ?? 'true', {}, 'warning');
      return;
    case 'https-metadata':
      if (flag?.on === false) report('httpsMetadataOff', flipped(setting) ?? 'true');
      return;
    default:
      return;
  }
}

/** The `{safe}` of messages that name the safe setting (`Use \`ssl: true\``). */
function safeValue(messageId: Message, setting: TlsSetting, on: string): Record<string, string> {
  return tlsDisabled.meta.messages[messageId].includes('{safe}') ? { safe: `${setting.setting}${setting.separator}${on}` } : {};
}

/**
 * The value that turns the same setting on, in its own notation: `true`,
 * `True`, `1` → for `0`, `Enabled` (Azure `sslEnforcement`), `all` (Keycloak
 * `sslRequired`).
 */
function switchOn(setting: TlsSetting): string {
  const text = setting.text;
  let on = flipped(setting);
  if (/sslrequired$/i.test(setting.setting.replace(/[^a-z]/gi, ''))) on = 'all';
  else if (/^disabled?$/i.test(text)) on = sameCase(text.toLowerCase() === 'disable' ? 'enable' : 'enabled', text);
  return on ?? 'true';
}

/** `mongodb+srv://` turns TLS on by default; an explicit `tls=false` turns it off again. */
function srvDetail(setting: TlsSetting): string {
  const value = setting.visit.node.value;
  return setting.origin === 'pair' && typeof value === 'string' && /mongodb\+srv:\/\//i.test(value) ? ' (mongodb+srv:// uses TLS unless told not to)' : '';
}

/** The verifying mode in the notation of the client that wrote the mode. */
function verifiedMode(setting: TlsSetting): string {
  const text = setting.text;
  if (/(^|\.)ssl\.mode$/i.test(setting.setting) || /ssl$/i.test(text)) return 'requireSSL'; // mongod net.ssl.mode (before 4.2)
  if (/(^|\.)tls\.mode$/i.test(setting.setting) || /tls$/i.test(text)) return 'requireTLS'; // mongod net.tls.mode
  if (text === text.toUpperCase()) return 'VERIFY_IDENTITY'; // MySQL ssl-mode
  if (/^[A-Z]/.test(text)) return 'VerifyFull'; // Npgsql, MySqlConnector
  return 'verify-full'; // libpq, pgJDBC
}

/**
 * Whether the redirect switch changes anything here. ingress-nginx redirects
 * an Ingress that has `spec.tls` unless `ssl-redirect` is "false";
 * `force-ssl-redirect` matters only without `spec.tls` (TLS ends at a load
 * balancer in front). An Ingress with neither serves plain HTTP anyway, which
 * `missing-tls` reports. An ACME http-01 challenge must be answered over
 * plain HTTP, so cert-manager's solver Ingress turns the redirect off on purpose.
 * Elsewhere (the controller's ConfigMap or Helm values) `ssl-redirect` is the
 * global default; `force-ssl-redirect: "false"` is already the default there.
 */
function redirectMatters(setting: TlsSetting): boolean {
  const visit = setting.visit;
  const force = /force[-_]?ssl[-_]?redirect$/i.test(setting.setting);
  const root = visit.document.root;
  const ingress = visit.format === 'kubernetes' && visit.path.includes('annotations') && stringValue(getValue(root, 'kind')) === 'Ingress';
  if (!ingress) return !force;
  if (isAcmeSolver(visit.document)) return false;
  const tls = getValue(getValue(root, 'spec'), 'tls');
  const hasTls = tls?.kind === 'seq' && tls.items.length > 0;
  return force ? !hasTls : hasTls;
}

function isAcmeSolver(document: ParsedDocument): boolean {
  const root = document.root;
  const labels = getValue(getValue(root, 'metadata'), 'labels');
  if (labels?.kind === 'map' && labels.pairs.some((pair) => String(pair.key.value).startsWith('acme.cert-manager.io/'))) return true;
  const rules = getValue(getValue(root, 'spec'), 'rules');
  if (rules?.kind !== 'seq') return false;
  return rules.items.some((rule) => {
    const paths = getValue(getValue(rule, 'http'), 'paths');
    return paths?.kind === 'seq' && paths.items.some((path) => (stringValue(getValue(path, 'path')) ?? '').startsWith('/.well-known/acme-challenge'));
  });
}
