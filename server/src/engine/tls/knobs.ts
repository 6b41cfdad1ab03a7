/**
 * Which TLS knob a setting's name is, from the words of its path (see
 * key-path.ts). One table serves YAML/JSON keys, environment variables,
 * connection-string and URL parameters, Java `-D` properties and command-line
 * flags, so the same names are recognised wherever they are written.
 */
import { candidates, lastSegmentWords, type KeyPath } from './key-path';
import { switchByWords } from './switch-words';

export type KnobKind =
  /** true turns TLS on: `tls`, `ssl`, `useSSL`, `enableSsl`, `server.ssl.enabled`, `UseHttps`, `TransitEncryptionEnabled`. */
  | 'tls-switch'
  /** true refuses plain text: `requireSSL`, `force_ssl`, `httpsOnly`, `sslRequired` (Keycloak), `require_secure_transport` (MySQL). */
  | 'tls-required-switch'
  /** true turns TLS off: `disable_tls`, `tls_disable` (Vault), `tls.insecure` (OpenTelemetry: plain gRPC). */
  | 'tls-off-switch'
  /** libpq/MySQL/Npgsql/MongoDB server modes: `sslmode`, `ssl-mode`, `SSL Mode`, `net.tls.mode`. */
  | 'tls-mode'
  /** SQL Server `Encrypt` (ADO.NET and JDBC), only inside a connection string. */
  | 'encrypt'
  /** Kafka `security.protocol`. */
  | 'kafka-protocol'
  /** ingress-nginx `ssl-redirect` / `force-ssl-redirect`. */
  | 'ssl-redirect'
  /** ASP.NET Core `RequireHttpsMetadata`. */
  | 'https-metadata'
  /** true verifies the peer's certificate: `rejectUnauthorized`, `verify_ssl`, `sslVerify`, `validate_certs`. */
  | 'verify-switch'
  /** true skips verification: `insecureSkipVerify`, `TrustServerCertificate`, `tlsInsecure`, `tlsAllowInvalidCertificates`. */
  | 'skip-verify-switch'
  /** true checks the host name against the certificate: `verifyHostname`, `check_hostname`. */
  | 'hostname-switch'
  /** true skips the host name check: `tlsAllowInvalidHostnames`. */
  | 'hostname-skip-switch'
  /** Kafka `ssl.endpoint.identification.algorithm`: empty turns the host name check off. */
  | 'endpoint-identification'
  /** Python `ssl_cert_reqs`: `CERT_NONE` / `none`. */
  | 'cert-reqs'
  /** OpenSSL-style `verify_mode`: `none` / `VERIFY_NONE`. */
  | 'verify-mode'
  /** pgJDBC `sslfactory`: `NonValidatingFactory`. */
  | 'ssl-factory'
  /** Process-wide switches: `NODE_TLS_REJECT_UNAUTHORIZED`, `PYTHONHTTPSVERIFY` (0 turns verification off). */
  | 'process-verify'
  /** Minimum/maximum/enabled protocol versions: `minVersion`, `ssl_protocols`, `SslProtocols`, `minimumTlsVersion`. */
  | 'tls-version';

export interface Knob {
  kind: KnobKind;
  /** Index of the first word of the knob's name in the path (for naming the setting as written). */
  start: number;
  /** For `tls-version`: the name or its parents say TLS, so bare `1.0`/`1.1` count as versions. */
  tlsContext?: boolean;
  /** For `tls-version`: a .NET `SslProtocols` value, where `Tls` means TLS 1.0 and `Default` SSL 3.0 + TLS 1.0. */
  dotnet?: boolean;
}

export type KnobOrigin = 'key' | 'parameter' | 'flag';

interface Pattern {
  kind: KnobKind;
  pattern: RegExp;
  /** Extra condition on where the name is (parent keys, origin). */
  when?: (path: KeyPath, origin: KnobOrigin) => boolean;
  /** The name must lie inside the key itself: `tlsInsecure` (Mongo: skip verification) is not `tls: {insecure: …}` (OpenTelemetry: no TLS). */
  within?: boolean;
}

const TLS_WORD = /^(tls|ssl|https)(config|configuration|options|settings|context|params|client|server)?$/;

/** A key directly under a TLS block: `tls: {verify: false}`, `ssl: {insecure: true}`. */
function underTlsBlock(path: KeyPath): boolean {
  return lastSegmentWords(path, 1).some((word) => TLS_WORD.test(word));
}

/** Any key above the setting is about TLS (`tls: {options: {default: {minVersion: …}}}`, Traefik). */
function insideTls(path: KeyPath): boolean {
  const last = path.segments[path.segments.length - 1];
  return path.words.slice(0, last ? last.start : 0).some((word) => TLS_WORD.test(word));
}

/** `secure` alone means TLS except for cookies and sessions (the cookie flag) and transports that are not connections. */
const NOT_TLS_SECURE = /^(cookies?|session|sessions|csrf|jwt|transport)$/;

/**
 * Mail: NHS secure email (DCB1596) wants opportunistic STARTTLS and NHS
 * Digital will not support enforced TLS, so `secure: false` / `requireTLS:
 * false` / `EnableSsl: false` for SMTP are not judged here; a separate
 * STARTTLS rule is the place for them.
 */
function notMail(path: KeyPath): boolean {
  return !path.words.some((word) => /^(smtp|smtps|mail|email|mailer|sendmail|mailserver|imap|pop3)$/.test(word));
}

const PATTERNS: readonly Pattern[] = [
  { kind: 'process-verify', pattern: /^(node_tls_reject_unauthori[sz]ed|python_?https_?verify)$/ },
  { kind: 'https-metadata', pattern: /^require_?https_?metadata$/ },
  { kind: 'ssl-redirect', pattern: /^(force_?)?ssl_?redirect$/ },
  { kind: 'kafka-protocol', pattern: /^security_?protocol$/ },
  { kind: 'endpoint-identification', pattern: /^(ssl_?)?endpoint_?identification_?algorithm$/ },
  { kind: 'cert-reqs', pattern: /^(ssl_?)?cert_?reqs$/ },
  { kind: 'verify-mode', pattern: /^((tls|ssl)_?)?verify_?mode$/ },
  { kind: 'ssl-factory', pattern: /^ssl_?factory$/ },
  { kind: 'tls-mode', pattern: /^(pg)?(tls|ssl)_?mode$/ },
  { kind: 'encrypt', pattern: /^encrypt$/, when: (_path, origin) => origin === 'parameter' },
  { kind: 'hostname-skip-switch', pattern: /^((tls|ssl)_?)?(allow|accept)_?invalid_?host_?names?$/ },
  { kind: 'hostname-skip-switch', pattern: /^((tls|ssl)_?)?(disable|skip)_?host_?name_?(verification|verify|check)$/ },
  { kind: 'hostname-switch', pattern: /^((tls|ssl)_?)?(verify|check)_?host_?names?$|^(tls|ssl)_?verify_?host$|^verify_?peer_?name$/ },
  {
    kind: 'skip-verify-switch',
    pattern: /^(insecure_?)?skip_?(tls_?|ssl_?)?verif(y|ication)(_?(tls|ssl))?$/,
    when: (path) => /tls|ssl|insecure/.test(path.words.join('_')) || insideTls(path),
  },
  { kind: 'skip-verify-switch', pattern: /^(tls|ssl)_?skip_?verif(y|ication)$|^vault_skip_verify$/ },
  { kind: 'skip-verify-switch', pattern: /^((tls|ssl)_?insecure|insecure_?(tls|ssl))$/, within: true },
  { kind: 'skip-verify-switch', pattern: /^trust_?server_?certificate$|^trust_?all_?(certs?|certificates?|ssl)$/ },
  { kind: 'skip-verify-switch', pattern: /^(danger_?)?((tls|ssl)_?)?(allow|accept)_?(invalid|any|all|self_?signed)_?(certs?|certificates?)$/ },
  { kind: 'skip-verify-switch', pattern: /^(tls|ssl)_?no_?verify$|^no_?verify_?(tls|ssl)$|^no_?check_?certificates?$/ },
  { kind: 'skip-verify-switch', pattern: /^(disable|ignore)_?(tls|ssl|cert|certificate)_?(verification|verify|validation|checks?|errors?)$/ },
  { kind: 'verify-switch', pattern: /^reject_?unauthori[sz]ed$|^strict_?ssl$/ },
  { kind: 'verify-switch', pattern: /^((tls|ssl|https?)_?)?verify_?(tls|ssl|https?|certs?|certificates?|peer|server_?cert(s|ificates?)?)$/ },
  { kind: 'verify-switch', pattern: /^(tls|ssl|https?)_?verify$/ },
  { kind: 'verify-switch', pattern: /^((tls|ssl)_?)?(validate|check)_?(server_?)?cert(s|ificates?)?$/ },
  { kind: 'verify-switch', pattern: /^verify$/, when: (path) => underTlsBlock(path) },
  {
    kind: 'tls-off-switch',
    pattern: /^(disable|disabled|no)_([a-z0-9]+_){0,2}(tls|ssl)$|^(disable|no)(tls|ssl)$|^(tls|ssl)_?(disable|disabled|off)$/,
    when: notMail,
  },
  { kind: 'tls-off-switch', pattern: /^insecure$/, when: (path) => underTlsBlock(path) },
  { kind: 'tls-required-switch', pattern: /^(require|required|force|enforce)_?(tls|ssl)$|^(tls|ssl)_?(required?|enforcement(_?enabled)?)$/, when: notMail },
  {
    kind: 'tls-required-switch',
    pattern: /^(require|force|enforce)_?https(_?only)?$|^https_?(only|required?)$|^(supports|enable)_?https_?traffic_?only$|^require_?secure_?transport$/,
  },
  { kind: 'tls-switch', pattern: /^((use|enable|enabled)_?)?(tls|ssl)(_?(enabled?|on))?$/, when: notMail },
  { kind: 'tls-switch', pattern: /^(use|enable)_?https(_?enabled?)?$|^https_?enabled?$|^transit_?encryption(_?enabled)?$/ },
  { kind: 'tls-switch', pattern: /^secure$/, when: (path) => notMail(path) && !path.words.slice(0, -1).some((word) => NOT_TLS_SECURE.test(word)) },
];

/**
 * Settings that are about something other than the connection's own TLS:
 * mutual TLS (client certificates; off is not plain text), STARTTLS (its own
 * rule), HSTS, ALPN and cipher lists, and Istio's mesh `trafficPolicy` (mesh
 * mTLS between sidecars, east–west traffic).
 */
const NOT_THIS = /^(mtls|mutual|starttls|hsts|alpn|ciphers?|sni)$/;

export function classifyKnob(path: KeyPath, origin: KnobOrigin): Knob | undefined {
  if (path.words.some((word) => NOT_THIS.test(word))) return undefined;
  if (path.words.join('_').includes('traffic_policy') || path.words.join('').includes('dockertlsverify')) return undefined;
  for (const candidate of candidates(path)) {
    for (const entry of PATTERNS) {
      if (!entry.pattern.test(candidate.text)) continue;
      if (entry.when && !entry.when(path, origin)) continue;
      const keyStart = path.segments[path.segments.length - 1].start;
      if (entry.within && candidate.start < keyStart) continue;
      // `secure`, `verify`, `insecure` and `encrypt` are knobs only as the whole key, never as the tail of a longer name.
      if (/^(secure|verify|insecure|encrypt)$/.test(candidate.text) && candidate.start !== keyStart) continue;
      return { kind: entry.kind, start: candidate.start };
    }
  }
  // Names no table lists (`IGNORE_SSL_CERT`, `datapusherSslVerify`), read by their words (switch-words.ts).
  const last = path.segments[path.segments.length - 1];
  const byWords = last ? switchByWords(lastSegmentWords(path), lastSegmentWords(path, 1)) : undefined;
  if (byWords) return { kind: byWords.kind, start: last.start + byWords.start };
  return versionKnob(path);
}

/** Keys that list protocols to turn off or exclude, where a weak version is the right thing to name. */
const EXCLUDING = /^(disabled?|exclude[ds]?|deny|denied|blocked|forbidden|unsupported|no)$/;

/**
 * A protocol-version setting: the key ends in version/protocol(s)/ver and is
 * about TLS, by its own words (`minTlsVersion`, `ssl_protocols`,
 * `SslProtocols`, `https.protocols`) or a parent (`tls: {minVersion: …}`).
 * A generic `minVersion`/`protocols` also counts, but then only unambiguous
 * version names (`TLSv1.1`, `SSLv3`) are read from it, never a bare `1.1`.
 */
/**
 * `/(tls|ssl|https)\w*(versions?|protocols?)$/` in two linear steps (joined words are all `\w`):
 * the one regex backtracked quadratically on `tlstlstls…`.
 */
function tlsBefore(joined: string, suffixAt: number | undefined): boolean {
  return suffixAt !== undefined && /tls|ssl|https/.test(joined.slice(0, suffixAt));
}

function versionKnob(path: KeyPath): Knob | undefined {
  const key = lastSegmentWords(path);
  const joined = key.join('');
  const versionish = VERSION_WORDS.has(key[key.length - 1]) || tlsBefore(joined, /(versions?|protocols?)$/.exec(joined)?.index);
  if (!versionish || path.words.some((word) => EXCLUDING.test(word))) return undefined;
  const last = path.segments[path.segments.length - 1];
  const tlsContext = /tls|ssl|https/.test(joined) || insideTls(path);
  // .NET's `SslProtocols` enum (Kestrel, HttpClientHandler), written in Pascal case; nginx's `ssl_protocols` is not it.
  return { kind: 'tls-version', start: last.start, tlsContext, dotnet: /SslProtocols$/.test(last.text) };
}

const VERSION_WORDS = new Set(['version', 'versions', 'protocol', 'protocols', 'ver']);
