import { brief } from '../brief';
import type { ProposedFix, Rule, RuleContext } from '../rule';
import { flagOf, tlsSettings, type TlsSetting } from '../tls';
import { flipped, processVerifyFix, removeFlagFix, sameCase, valueFix } from '../fixes/tls-settings';

/** The kinds of fix this rule makes (see meta.fixes). */
type VerificationFix = 'setValue' | 'processSwitch' | 'removeFlag';

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'verificationOff' | 'hostnameUnchecked' | 'processWide' | 'offUnlessSet' | 'encryptOnly';

/**
 * Settings that keep TLS but stop checking who is at the other end:
 * `insecureSkipVerify`, `rejectUnauthorized: false`, `TrustServerCertificate=True`,
 * `tlsAllowInvalidHostnames`, an empty Kafka endpoint identification algorithm,
 * process-wide `NODE_TLS_REJECT_UNAUTHORIZED=0`, and modes that encrypt
 * without verifying (`sslmode=require`, a warning).
 */
export const tlsVerificationDisabled: Rule<VerificationFix, Message> = {
  meta: {
    id: 'tls-verification-disabled',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description:
      'A setting that turns off certificate or host name verification: `insecureSkipVerify`, `rejectUnauthorized: ' +
      'false`, `TrustServerCertificate=True`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `sslmode=require`.',
    rationale:
      'TLS protects a connection only if the client checks the certificate. Without the check, anyone on the internet ' +
      'path can present their own certificate, impersonate the server and read or change everything sent. To trust ' +
      'a private CA, add its certificate to the trust store (NODE_EXTRA_CA_CERTS, SSL_CERT_FILE) rather than turning ' +
      'the check off.',
    fixable: true,
    fixes: {
      setValue: {
        applicability: 'unsafe',
        reason: "Verification needs the server's CA in the client's trust store (and a certificate for the name used); without it connections fail.",
      },
      processSwitch: {
        applicability: 'unsafe',
        reason: 'Every TLS connection of the process starts verifying, including ones to servers whose CA is not yet trusted (`NODE_EXTRA_CA_CERTS`).',
      },
      removeFlag: {
        applicability: 'display-only',
        reason: "The flag's job (trusting an unknown CA) must be done another way first, e.g. by giving the client the CA.",
      },
    },
    developmentSeverity: 'warning',
    messages: {
      verificationOff: '"{written}" turns off certificate verification: {advice}',
      hostnameUnchecked: '"{written}" turns off the host name check: {advice}',
      processWide: '"{written}" turns off TLS verification process-wide: remove it',
      offUnlessSet: 'Certificates unchecked unless {variable} is set: default it to {default}',
      encryptOnly: '"{written}" does not verify the server certificate: use {safe}',
    },
  },
  check(context) {
    for (const setting of tlsSettings(context.file)) check(context, setting);
  },
};

const KEEP_ON = 'keep verification on';

/**
 * Fixes: a switch flipped in its own notation, a mode raised to the
 * verifying one, `none` → `required` / `peer`, an empty algorithm set to
 * `https`, a process-wide switch removed (see processVerifyFix), all
 * unsafe (verification needs the CA in place); a bare flag's removal is
 * display-only. No fix for
 * `NonValidatingFactory` (the factory to use instead depends on the set-up).
 */
function check(context: RuleContext<VerificationFix, Message>, setting: TlsSetting): void {
  const report = (messageId: Message, data: Record<string, string>, fix: ProposedFix<VerificationFix> | undefined, severity?: 'warning') => {
    // A placeholder's default (`${VERIFY_TLS:-false}`) is off only until the variable is set: said as such, at info.
    if (setting.placeholder) {
      const safe = flipped(setting) ?? '';
      context.report({
        messageId: 'offUnlessSet',
        data: { setting: setting.setting, text: setting.text, variable: setting.placeholder, default: safe },
        ...setting.span,
        severity: 'info',
        fixes: fix ? [fix] : undefined,
      });
      return;
    }
    context.report({ messageId, data: { written: brief(setting.written, 30), ...data }, ...setting.span, severity, fixes: fix ? [fix] : undefined });
  };
  const flag = flagOf(setting);
  const text = setting.text;
  switch (setting.knob.kind) {
    case 'verify-switch':
      if (flag?.on === false) report('verificationOff', { advice: fixAdvice(setting) }, flipFix(context, setting));
      return;
    case 'skip-verify-switch':
      if (flag?.on === true) report('verificationOff', { advice: fixAdvice(setting) }, flipFix(context, setting));
      return;
    case 'hostname-switch':
      if (flag?.on === false) report('hostnameUnchecked', { advice: fixAdvice(setting, 'keep host name checks on') }, flipFix(context, setting));
      return;
    case 'hostname-skip-switch':
      if (flag?.on === true) report('hostnameUnchecked', { advice: fixAdvice(setting, 'Keep host name verification on.') }, flipFix(context, setting));
      return;
    case 'endpoint-identification':
      if (text.trim() === '') report('hostnameUnchecked', { advice: 'remove it or set it to https' }, valueFix(context, setting, 'https'));
      return;
    case 'cert-reqs':
      if (/^((ssl\.)?cert_)?none$/i.test(text))
        report('verificationOff', { advice: 'use required (CERT_REQUIRED)' }, valueFix(context, setting, replaceNone(text, 'required')));
      return;
    case 'verify-mode':
      if (/^((openssl::)?(ssl::)?verify_)?none$/i.test(text))
        report('verificationOff', { advice: 'use peer (VERIFY_PEER)' }, valueFix(context, setting, replaceNone(text, 'peer')));
      return;
    case 'ssl-factory':
      if (/NonValidatingFactory$/.test(text)) report('verificationOff', { advice: 'use sslmode=verify-full' }, undefined);
      return;
    case 'process-verify':
      if (flag?.on === false)
        report(
          'processWide',
          { caVariable: /^node/i.test(setting.setting) ? '`NODE_EXTRA_CA_CERTS`' : '`SSL_CERT_FILE` or `REQUESTS_CA_BUNDLE`' },
          processVerifyFix(context, setting),
        );
      return;
    case 'tls-mode':
      if (/^require[d]?$/i.test(text)) report('encryptOnly', { safe: verifiedMode(setting) }, valueFix(context, setting, verifiedMode(setting)), 'warning');
      else if (/^skip-verify$/i.test(text)) report('verificationOff', { advice: "use true with the server's CA" }, valueFix(context, setting, 'true'));
      return;
    default:
      return;
  }
}

/** The switch flipped in its own notation (`True` → `False`, `yes` → `false`); a bare flag is removed instead. */
function flipFix(context: RuleContext<never, Message>, setting: TlsSetting): ProposedFix<VerificationFix> | undefined {
  if (setting.origin === 'flag') return removeFlagFix(context, setting);
  const value = flipped(setting);
  return value ? valueFix(context, setting, value) : undefined;
}

/** `CERT_NONE` → `CERT_REQUIRED`, `verify_none` → `verify_peer`, in the value's own letter case. */
function replaceNone(text: string, word: string): string {
  return text.replace(/none$/i, (none) => sameCase(word, none));
}

/** The flag flipped in its own notation, or for a bare command-line flag, its removal. */
function fixAdvice(setting: TlsSetting, lead = KEEP_ON): string {
  if (setting.origin === 'flag') return 'remove the flag';
  const value = flipped(setting);
  return value ? `set it to ${value}` : lead;
}

/** The verifying mode in the notation of the client: libpq `verify-full`, MySQL `VERIFY_IDENTITY`, Npgsql `VerifyFull`. */
function verifiedMode(setting: TlsSetting): string {
  const text = setting.text;
  return text === text.toUpperCase() ? 'VERIFY_IDENTITY' : /^[A-Z]/.test(text) ? 'VerifyFull' : 'verify-full';
}
