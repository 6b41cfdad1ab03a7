/**
 * `http://+:80` and `http://*:80`: the "strong" and "weak" wildcards of
 * HTTP.sys and Kestrel URL prefixes (ASPNETCORE_URLS, `--urls`), meaning
 * "listen on every address". Neither is a host, so WHATWG URL parsing and
 * targets.ts do not see them; this finds them with their exact position.
 * `https://*.example.org` (a wildcard domain pattern) is not one of them.
 */

export interface WildcardHost {
  /** `+` or `*`. */
  host: string;
  /** Offsets in the value: the URL, and the wildcard character itself. */
  start: number;
  end: number;
  hostStart: number;
}

/** A URL prefix whose host is a lone `+` or `*`, followed by a port, a path or the end of the URL. */
const WILDCARD_URL = /(?<![a-z0-9+.-])((?:https?|wss?):\/\/)(?:[^\s/?#@"'<>]*@)?([+*])(?=[:/?#\s,;"'<>]|$)(?::\d{0,5})?[^\s,;"'<>]*/gi;

/** What most values hold: shared, as every string value in an address role is asked. */
const NONE: readonly WildcardHost[] = [];

export function findWildcardHosts(value: string): readonly WildcardHost[] {
  // The host is a lone `+` or `*` after `://`: a value without both has none (two searches, not the regular expression, for most values).
  if (!value.includes('://') || (!value.includes('+') && !value.includes('*'))) return NONE;
  const found: WildcardHost[] = [];
  for (const match of value.matchAll(WILDCARD_URL)) {
    const start = match.index!;
    const end = start + match[0].length;
    const hostStart = start + match[0].indexOf(match[2], match[1].length);
    found.push({ host: match[2], start, end, hostStart });
  }
  return found;
}
