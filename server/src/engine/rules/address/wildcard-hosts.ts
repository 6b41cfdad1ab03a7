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

export function findWildcardHosts(value: string): WildcardHost[] {
  if (!value.includes('://')) return [];
  const found: WildcardHost[] = [];
  for (const match of value.matchAll(WILDCARD_URL)) {
    const start = match.index!;
    const end = start + match[0].length;
    const hostStart = start + match[0].indexOf(match[2], match[1].length);
    found.push({ host: match[2], start, end, hostStart });
  }
  return found;
}
