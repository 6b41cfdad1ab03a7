/**
 * Verification switches recognised by their words rather than by a fixed
 * name: `IGNORE_SSL_CERT`, `SKIP_VERIFY_INSECURE`, `ssl_verify`,
 * `datapusherSslVerify`, `SSL_CERT_VALIDATION`, in any order, case or
 * separator. The knob table (knobs.ts) knows the common names; this is the
 * fallback for the names every project invents, read by what the words say:
 * - a negation (skip, ignore, disable, insecure, no) with a verification word
 *   or `cert`: verification is off when the switch is true;
 * - a verification word (verify, validate, validation, check) with a TLS word
 *   (tls, ssl, https, cert): verification is off when the switch is false.
 *
 * Only keys that end in a switch word are taken: `ssl_cert_path`,
 * `ssl_verify_depth`, `skip_tls_setup` and `ssl_verify_client` (mutual TLS)
 * end in something else, so their values are paths, numbers or other
 * settings, never this switch. Keys that name a non-TLS object
 * (`verify_email`, `skip_signature_verification`) are left alone.
 */
import type { KnobKind } from './knobs';
import { verboseRegex } from '../verbose-regex';

const NEGATION = new Set(['skip', 'ignore', 'disable', 'disabled', 'insecure', 'no', 'bypass', 'off']);
const VERIFY = new Set(['verify', 'verification', 'validate', 'validation', 'check', 'checks', 'checking']);
const CERT = new Set(['cert', 'certs', 'certificate', 'certificates']);
const TLS = new Set(['tls', 'ssl', 'https', ...CERT]);
/** The key must end in one of these for its value to be the switch itself. */
const LAST = new Set([...VERIFY, ...CERT, 'tls', 'ssl', 'https', 'insecure', 'enabled', 'enable', 'disabled', 'off', 'errors', 'error']);
/** Verification of something other than the peer's certificate. */
const OTHER_OBJECT = verboseRegex()`
  ^(e?mails?|phone|sms|otp|mfa|signatures?|signed|gpg|pgp|gpgkey|checksums?|hash|sha|digest|integrity|tokens?|jwt|jwks|schema|payload|account
  |user|users|password|captcha|recaptcha|origin|csrf|host|hostname|client|webhook|commit|image|dnssec)$`;

export interface WordSwitch {
  kind: KnobKind;
  /** Index of the first switch word: the words before it name the subject (`NHAIS_MESH` in `NHAIS_MESH_CERT_VALIDATION`). */
  start: number;
}

/** The verification switch these key words name, or undefined. `parent` are the words of the key above. */
export function switchByWords(words: readonly string[], parent: readonly string[]): WordSwitch | undefined {
  const kind = kindByWords(words, parent);
  if (!kind) return undefined;
  const start = words.findIndex((word) => NEGATION.has(word) || VERIFY.has(word) || TLS.has(word));
  return { kind, start: Math.max(start, 0) };
}

function kindByWords(words: readonly string[], parent: readonly string[]): KnobKind | undefined {
  const last = words[words.length - 1];
  if (!last || !LAST.has(last)) return undefined;
  if ([...words, ...parent].some((word) => OTHER_OBJECT.test(word))) return undefined;
  const negated = words.some((word) => NEGATION.has(word));
  const verifies = words.some((word) => VERIFY.has(word));
  const certs = words.some((word) => CERT.has(word));
  const tls = words.some((word) => TLS.has(word)) || words.includes('insecure') || isTlsBlock(parent);
  if (negated && (verifies || certs)) {
    // `skipVerify` alone is the conventional name of the TLS switch (Go's InsecureSkipVerify, Drone, Grafana).
    if (tls || isBareSkipVerify(words)) return 'skip-verify-switch';
    return undefined;
  }
  // `enabled`, `errors` and `insecure` at the end only make sense with a negation (`ssl_verify_enabled` still reads as the switch).
  if (!negated && verifies && tls && (VERIFY.has(last) || TLS.has(last) || last === 'enabled' || last === 'enable')) return 'verify-switch';
  return undefined;
}

/** The key above is a TLS block (`ssl: {check: false}`, `tlsConfig`), not merely a name with `cert` in it (`certManager`). */
function isTlsBlock(parent: readonly string[]): boolean {
  return parent.length > 0 && parent.length <= 2 && /^(tls|ssl|https)$/.test(parent[0]);
}

function isBareSkipVerify(words: readonly string[]): boolean {
  return words.length === 2 && words[0] === 'skip' && (words[1] === 'verify' || words[1] === 'verification');
}
