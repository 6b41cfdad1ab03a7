/**
 * The one reading of a config file's `hostMap` key: the quick fix matches a
 * target by it, and config validation reports a key it rejects, so a key that
 * passes validation is never silently ignored (as allow.ts does for `allow`).
 * An address is read by the strict parser the rules use (four-part decimal
 * IPv4 or IPv6), a name by the host-name syntax the rules accept.
 */
import { classifyAddress } from './address';
import { isHostnameSyntax } from './hostname';

export type HostMapKey = { kind: 'address'; canonical: string } | { kind: 'name'; name: string };

/** How the fix reads one key; undefined when no target can ever match it. */
export function parseHostMapKey(raw: string): HostMapKey | undefined {
  const key = raw.trim();
  const address = classifyAddress(key);
  if (address) return { kind: 'address', canonical: address.canonical };
  const name = normalHostName(key);
  return isHostnameSyntax(name) ? { kind: 'name', name } : undefined;
}

/** Lower case, without a trailing dot: how a target's host name is compared. */
export function normalHostName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}
