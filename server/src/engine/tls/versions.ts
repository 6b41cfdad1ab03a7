/**
 * Protocol versions below TLS 1.2 inside a version setting's value, in every
 * spelling the tools use: OpenSSL/nginx/Java (`TLSv1`, `TLSv1.1`, `SSLv3`),
 * Azure (`TLS1_0`), GCP (`TLS_1_1`), Go/Traefik/OpenShift (`VersionTLS10`),
 * .NET (`Tls`, `Tls11`, `Ssl3`), Envoy (`TLSv1_1`), Python
 * (`PROTOCOL_TLSv1`), Node (`TLSv1_method`), CloudFront (`TLSv1_2016`),
 * and, where the setting itself says TLS, bare numbers (`"1.0"`, `1.1`).
 * Entries switched off (`-TLSv1`, `!SSLv3`, HAProxy `no-tlsv10`) are skipped.
 */
import { verboseRegex } from '../verbose-regex';

export type WeakProtocol = 'SSL 2.0' | 'SSL 3.0' | 'TLS 1.0' | 'TLS 1.1' | 'SSL 3.0 and TLS 1.0';

export interface WeakVersion {
  /** Offsets of the version as written in the value. */
  start: number;
  end: number;
  protocol: WeakProtocol;
}

/**
 * An unambiguous version name. A digit, `.` or `_` + digit after the match
 * means a later version (`TLSv1.2`, `TLSv1_3`, `SSLv23`), so the trailing
 * look-ahead refuses it.
 */
const VERSION_NAME = verboseRegex('gi')`
  (?<![A-Za-z0-9_.!-])([-!]?)
  ((?:PROTOCOL_|Version)?(?:(TLS)[ _-]?v?1(?:[._]?([01]))?|(SSL)[ _]?v?([23])(?:[._]?0)?)(?:_method|_20\d\d)?)
  (?![A-Za-z0-9_]|[.-][0-9])`;

export interface VersionContext {
  /** The setting is about TLS, so a bare `1.0` or `1.1` is a TLS version. */
  tlsContext: boolean;
  /** A .NET `SslProtocols` value: `Tls` is TLS 1.0, `Default` is SSL 3.0 + TLS 1.0. */
  dotnet: boolean;
}

export function findWeakVersions(value: string, context: VersionContext): WeakVersion[] {
  const found: WeakVersion[] = [];
  for (const match of value.matchAll(VERSION_NAME)) {
    if (match[1]) continue;
    const start = match.index! + match[1].length;
    found.push({ start, end: start + match[2].length, protocol: protocolOf(match) });
  }
  if (context.tlsContext || context.dotnet) {
    for (const item of value.matchAll(/[^\s,;|[\]"']+/g)) {
      const text = item[0];
      const start = item.index!;
      if (found.some((weak) => weak.start <= start && start < weak.end)) continue;
      const protocol = bareVersion(text, context);
      if (protocol) found.push({ start, end: start + text.length, protocol });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function protocolOf(match: RegExpMatchArray): WeakProtocol {
  if (match[5]) return match[6] === '2' ? 'SSL 2.0' : 'SSL 3.0';
  return match[4] === '1' ? 'TLS 1.1' : 'TLS 1.0';
}

/** `1.0` / `1.1` (Azure, Kubernetes-style settings under a TLS key), .NET `Tls` and `Default`. */
function bareVersion(text: string, context: VersionContext): WeakProtocol | undefined {
  if (context.tlsContext && /^1[._]0$/.test(text)) return 'TLS 1.0';
  if (context.tlsContext && /^1[._]1$/.test(text)) return 'TLS 1.1';
  if (context.dotnet && /^tls$/i.test(text)) return 'TLS 1.0';
  if (context.dotnet && /^default$/i.test(text)) return 'SSL 3.0 and TLS 1.0';
  return undefined;
}
