/**
 * Network targets inside one string value: URLs (any scheme, userinfo,
 * bracketed IPv6, `jdbc:`-style prefixes), ADO.NET and libpq connection
 * strings, and bare addresses, CIDRs and `host:port` tokens. Each target keeps
 * its position in the value so that a finding underlines the host itself.
 * Bare host names are taken only when the caller says the whole value is a
 * host list (the role decides; prose must not yield host names).
 */
import { classifyAddress, type AddressInfo } from './net/address';
import { classifyHostname, isHostnameSyntax, type HostnameInfo } from './net/hostname';
import { isTemplated } from './templates';
import { verboseRegex } from './verbose-regex';

export interface NetworkTarget {
  kind: 'url' | 'connection-string' | 'address' | 'cidr' | 'host';
  /** The whole token, as offsets into the value. */
  start: number;
  end: number;
  /** Lower-case scheme for URLs (`https`, `postgresql`), and its start in the value. */
  scheme?: string;
  schemeStart?: number;
  /** The host as written, as offsets into the value (inside brackets for IPv6). */
  hostStart: number;
  hostEnd: number;
  address?: AddressInfo;
  hostname?: HostnameInfo;
  /** True when the host came out of WHATWG normalisation different from how it is written (`0x0a.0.0.1`). */
  normalised?: boolean;
  port?: number;
  portStart?: number;
  portEnd?: number;
  bits?: number;
  /** The host part holds a placeholder (`{{ .Values.host }}`, `${HOST}`): nothing about it is known. */
  templated: boolean;
}

/** A scheme not glued to a longer word; also the default of a shell/Compose placeholder, `${VAR:-http://…}` / `${VAR-http://…}`. */
const URL_START = /(?:(?<![a-z0-9+.-])|(?<=\$\{[a-z_][\w.]*:?-))([a-z][a-z0-9+.-]{0,30}):\/\//gi;
/** Schemes whose authority may list several hosts separated by commas. */
const MULTI_HOST_SCHEMES = new Set(['mongodb', 'mongodb+srv', 'postgres', 'postgresql', 'mysql', 'redis-sentinel', 'kafka', 'nats', 'amqp', 'amqps']);

export function extractTargets(value: string, options: { hostList?: boolean } = {}): NetworkTarget[] {
  if (value.length > 100_000) return [];
  const targets: NetworkTarget[] = [];
  const taken: Array<[number, number]> = [];
  scanUrls(value, targets, taken);
  scanConnectionString(value, targets, taken);
  scanBareAddresses(value, targets, taken);
  if (options.hostList) scanHostList(value, targets, taken);
  return targets.sort((a, b) => a.start - b.start);
}

function overlaps(taken: Array<[number, number]>, start: number, end: number): boolean {
  return taken.some(([s, e]) => start < e && end > s);
}

function scanUrls(value: string, targets: NetworkTarget[], taken: Array<[number, number]>): void {
  // The next stop and comma after a point are reused until passed: rescanning to the end for every URL was quadratic.
  let stop = -1;
  let comma = -1;
  for (const match of value.matchAll(URL_START)) {
    const schemeStart = match.index!;
    const scheme = match[1].toLowerCase();
    const authorityStart = schemeStart + match[0].length;
    // `}` closes a placeholder whose default is this URL (`${AUTH_URL:http://localhost}`); it is never part of a host.
    const authorityEnd = findEnd(value, authorityStart, /[/?#;\s"'<>\\}]/);
    if (stop < authorityEnd) stop = findEnd(value, authorityEnd, /[\s"'<>]/);
    let end = stop;
    // A comma ends a URL unless the scheme allows host lists (then it ends the host list).
    const authority = value.slice(authorityStart, authorityEnd);
    const hostList = MULTI_HOST_SCHEMES.has(scheme) ? [authority] : [authority.split(',')[0]];
    if (!MULTI_HOST_SCHEMES.has(scheme) || !authority.includes(',')) {
      if (comma < authorityStart) comma = value.indexOf(',', authorityStart) >>> 0; // none: 2^32 - 1, past any end
      if (comma < end) end = comma;
    }
    end = trimTrailingPunctuation(value, authorityStart, end);
    taken.push([schemeStart, end]);
    const userinfoEnd = hostList[0].lastIndexOf('@') + 1;
    let cursor = authorityStart + userinfoEnd;
    for (const hostPort of hostList[0].slice(userinfoEnd).split(',')) {
      const target = parseHostPort(value, cursor, cursor + hostPort.length);
      cursor += hostPort.length + 1;
      if (!target) continue;
      targets.push({ ...target, kind: 'url', start: schemeStart, end, scheme, schemeStart });
    }
  }
}

function findEnd(value: string, from: number, stop: RegExp): number {
  let i = from;
  while (i < value.length && !stop.test(value[i])) i++;
  return i;
}

function trimTrailingPunctuation(value: string, min: number, end: number): number {
  while (end > min && /[.,;:!?)\]}]/.test(value[end - 1])) end--;
  return end;
}

type HostPart = Omit<NetworkTarget, 'kind' | 'start' | 'end'>;

/** Host and optional port in `[start, end)` of the value: `host`, `host:port`, `[v6]:port`, `[v6%zone]`. */
function parseHostPort(value: string, start: number, end: number): HostPart | undefined {
  const text = value.slice(start, end);
  if (text.length === 0) return undefined;
  if (isTemplated(text)) return { hostStart: start, hostEnd: end, templated: true };
  let hostStart = start;
  let hostEnd = end;
  let portText: string | undefined;
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return undefined;
    hostStart = start + 1;
    hostEnd = start + close;
    if (text[close + 1] === ':') portText = text.slice(close + 2);
  } else {
    const colon = text.lastIndexOf(':');
    if (colon >= 0) {
      hostEnd = start + colon;
      portText = text.slice(colon + 1);
    }
  }
  // `std::string`, `key:value`: a colon not followed by a port means this is not host:port.
  if (portText !== undefined && !/^\d{1,5}$/.test(portText)) return undefined;
  const part: HostPart = { hostStart, hostEnd, templated: false };
  if (portText) {
    part.port = Number(portText);
    part.portStart = hostEnd + (text.startsWith('[') ? 2 : 1);
    part.portEnd = part.portStart + portText.length;
  }
  const host = value.slice(hostStart, hostEnd).replace(/%(25)?[\w.-]+$/, '');
  return describeHost(host, part);
}

/** Attach what the host is: an address (also after WHATWG normalisation of `0x0a.0.0.1` and friends) or a name. */
function describeHost(host: string, part: HostPart): HostPart | undefined {
  if (host.length === 0) return undefined;
  const direct = classifyAddress(host);
  if (direct) return { ...part, address: direct };
  let normalised: string;
  try {
    normalised = new URL(`http://${host}/`).hostname;
  } catch {
    return undefined;
  }
  const address = /^[\d.]+$/.test(normalised) ? classifyAddress(normalised) : undefined;
  if (address) return { ...part, address, normalised: normalised !== host };
  if (!isHostnameSyntax(normalised)) return undefined;
  return { ...part, hostname: classifyHostname(normalised) };
}

/** ADO.NET (`Server=tcp:x,1433;…`) and libpq (`host=x port=5432 …`) host keys. */
const CONNECTION_HOST = /(?:^|[;\s])(server|data source|address|addr|network address|host|hostaddr)\s*=\s*/gi;

function scanConnectionString(value: string, targets: NetworkTarget[], taken: Array<[number, number]>): void {
  if (!value.includes('=')) return;
  for (const match of value.matchAll(CONNECTION_HOST)) {
    const valueStart = match.index! + match[0].length;
    const libpq = /^(host|hostaddr)$/i.test(match[1]) && !value.includes(';');
    const valueEnd = findEnd(value, valueStart, libpq ? /\s/ : /;/);
    if (overlaps(taken, valueStart, valueEnd)) continue;
    let hostStart = valueStart;
    const raw = value.slice(valueStart, valueEnd);
    const protocol = /^(tcp|np|lpc):/i.exec(raw);
    if (protocol) hostStart += protocol[0].length;
    // `host,1433` (ADO.NET port) and `host\INSTANCE` end the host.
    const hostEnd = findEnd(value, hostStart, /[,\\;\s]/);
    const part = hostEnd > hostStart ? parseHostPort(value, hostStart, hostEnd) : undefined;
    if (!part) continue;
    const portMatch = /^,(\d{1,5})/.exec(value.slice(hostEnd, valueEnd));
    if (portMatch) Object.assign(part, { port: Number(portMatch[1]), portStart: hostEnd + 1, portEnd: hostEnd + 1 + portMatch[1].length });
    taken.push([valueStart, valueEnd]);
    targets.push({ ...part, kind: 'connection-string', start: match.index!, end: valueEnd });
  }
}

const BARE_IPV4 = /(?<![\w.:/-])(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?(?::(\d{1,5}))?(?![\w]|\.\d)/g;
const BARE_IPV6 = verboseRegex('gi')`
  (?<![\w:.%[])(\[)?
  ((?:[0-9a-f]{1,4}:|:)(?:[0-9a-f]{0,4}:){1,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4})?)
  (%[\w.-]+)?(\])?(?:\/(\d{1,3}))?(?::(\d{1,5}))?(?![\w:])`;

/** A host mapping (`db.example.org:10.0.0.5`, `name=10.0.0.5`): Compose `extra_hosts`, Docker `--add-host`. */
const HOST_MAPPING = /^[A-Za-z0-9][\w.-]*[:=](\d{1,3}(?:\.\d{1,3}){3})$/;

function scanBareAddresses(value: string, targets: NetworkTarget[], taken: Array<[number, number]>): void {
  // The IPv4 scan below refuses an address right after `:` (image tags such as `repo:1.2.3.4`); a whole-value mapping is unambiguous.
  const mapping = HOST_MAPPING.exec(value);
  const address = mapping ? classifyAddress(mapping[1]) : undefined;
  if (mapping && address) {
    const start = value.length - mapping[1].length;
    taken.push([start, value.length]);
    targets.push({ kind: 'address', start, end: value.length, hostStart: start, hostEnd: value.length, address, templated: false });
  }
  for (const match of value.matchAll(BARE_IPV4)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (overlaps(taken, start, end)) continue;
    const address = classifyAddress(match[1]);
    if (!address) continue;
    const target: NetworkTarget = {
      kind: match[2] ? 'cidr' : 'address',
      start,
      end,
      hostStart: start,
      hostEnd: start + match[1].length,
      address,
      templated: false,
    };
    if (match[2]) target.bits = Number(match[2]);
    if (match[3]) Object.assign(target, { port: Number(match[3]), portEnd: end, portStart: end - match[3].length });
    if (target.bits !== undefined && target.bits > 32) continue;
    taken.push([start, end]);
    targets.push(target);
  }
  for (const match of value.matchAll(BARE_IPV6)) {
    const [whole, open, body, , close, bits, port] = match;
    if (Boolean(open) !== Boolean(close) || (port && !open)) continue;
    const start = match.index!;
    const hostStart = start + (open ? 1 : 0);
    if (overlaps(taken, start, start + whole.length)) continue;
    const address = classifyAddress(body);
    if (!address || address.version !== 6) continue;
    const target: NetworkTarget = {
      kind: bits ? 'cidr' : 'address',
      start,
      end: start + whole.length,
      hostStart,
      hostEnd: hostStart + body.length,
      address,
      templated: false,
    };
    if (bits) target.bits = Number(bits);
    if (port) Object.assign(target, { port: Number(port), portEnd: target.end, portStart: target.end - port.length });
    taken.push([start, target.end]);
    targets.push(target);
  }
}

/** A value that is nothing but host names (`api.example.com`, `db:5432`, `a.example.com, b.example.com`). */
function scanHostList(value: string, targets: NetworkTarget[], taken: Array<[number, number]>): void {
  // One line of host-like tokens; a multi-line block is a list of something else.
  if (!/^[\w.:, \t[\]%-]+$/.test(value)) return;
  for (const match of value.matchAll(/[^\s,;]+/g)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (overlaps(taken, start, end) || !/[a-z]/i.test(match[0])) continue;
    const part = parseHostPort(value, start, end);
    if (!part?.hostname) continue;
    targets.push({ ...part, kind: 'host', start, end });
  }
}
