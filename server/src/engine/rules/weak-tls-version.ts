import { brief } from '../brief';
import type { Rule, RuleContext } from '../rule';
import { findWeakVersions, tlsSettings, type TlsSetting, type WeakVersion } from '../tls';
import { weakVersionFix } from '../fixes/tls-versions';

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'deprecatedTls' | 'brokenSsl';

/**
 * Protocol-version settings that let a connection use SSL 2.0/3.0 or TLS
 * 1.0/1.1: minimum and maximum versions, enabled-protocol lists (each weak
 * entry is underlined), nginx/Apache/HAProxy directives in configuration text.
 */
export const weakTlsVersion: Rule<'raiseVersion', Message> = {
  meta: {
    id: 'weak-tls-version',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description:
      'A minimum version or protocol list that allows TLS 1.0/1.1 or SSL: `minVersion: TLSv1.1`, `ssl_protocols ' +
      'TLSv1 …`, `minimumTlsVersion: TLS1_0`, `SslProtocols: Tls11`.',
    rationale:
      'TLS 1.0 and 1.1 are deprecated (RFC 8996) and SSL is broken; a service on the internet that still accepts ' +
      'them lets an attacker downgrade connections to protocols with known weaknesses. Internet First endpoints ' +
      'need TLS 1.2 or later; NHS guidance on cloud storage and data asks that data in transit be encrypted "using ' +
      'TLS 1.2 as default".',
    fixable: true,
    fixes: {
      raiseVersion: { applicability: 'unsafe', reason: 'Clients (or servers) that only speak the old protocol can no longer connect.' },
    },
    developmentSeverity: 'warning',
    messages: {
      deprecatedTls: '"{version}" in "{setting}" allows {protocol}: allow only TLS 1.2 and later',
      brokenSsl: '"{version}" in "{setting}" allows {protocol}: allow only TLS 1.2 and later',
    },
  },
  check(context) {
    for (const setting of tlsSettings(context.file)) {
      if (setting.knob.kind !== 'tls-version' || ownedBySchema(setting)) continue;
      const weak = findWeakVersions(setting.text, { tlsContext: setting.knob.tlsContext === true, dotnet: setting.knob.dotnet === true });
      for (const version of weak) report(context, setting, version);
    }
  },
};

function report(context: RuleContext<'raiseVersion', Message>, setting: TlsSetting, version: WeakVersion): void {
  const messageId = version.protocol.startsWith('SSL') ? 'brokenSsl' : 'deprecatedTls';
  const data = { version: setting.text.slice(version.start, version.end), setting: brief(setting.setting, 30), protocol: version.protocol };
  const fix = weakVersionFix(context, setting, version);
  context.report({ messageId, data, ...setting.locate(version.start, version.end), fixes: fix ? [fix] : undefined });
}

/**
 * A service manifest's `tls.minVersion` may only be "1.2" or "1.3"; anything
 * else is already a `manifest-schema` error ("must be one of"), so it is not
 * reported twice.
 */
function ownedBySchema(setting: TlsSetting): boolean {
  const path = setting.visit.path;
  return (
    setting.visit.format === 'manifest' &&
    setting.origin === 'key' &&
    path[0] === 'spec' &&
    (path[1] === 'endpoints' || path[1] === 'dependencies') &&
    path[path.length - 2] === 'tls' &&
    path[path.length - 1] === 'minVersion'
  );
}
