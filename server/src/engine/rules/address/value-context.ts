/**
 * What the text around an address says about it, for the address rules:
 * a command-line listen flag before it, a placeholder whose default it is,
 * a key that names the service's own host, a file that is an example.
 */
import type { RuleContext } from '../../rule';
import type { ScalarVisit } from '../../context';
import { normaliseKey } from '../../roles';
import { verboseRegex } from '../../verbose-regex';
import { forwardSlashes } from '../../formats';

/**
 * Flags whose value is where a server listens: `--urls` (ASP.NET), `--host`
 * and `-b` (uvicorn, gunicorn), `--bind-address`, `--web.listen-address`,
 * `--http-address` (oauth2-proxy). A qualified `--redis-host` is a
 * destination, so `host`/`address` count only bare or after a server word.
 */
const LISTEN_FLAG = verboseRegex('i')`
  ^-{1,2}(?:(?:\w+[.-])*(?:listen|bind)[\w.-]*|urls|host|address|addr|b|localip
  |(?:(?:http|https|grpc|metrics|health|web|admin|server|secure)[.-]?)+(?:address|addr|host|port|urls?))$`;

/** Whether the target at `start` in the value is the argument of a listen flag (`--urls=…`, `--host …`, or `["--urls", "…"]`). */
export function followsListenFlag(context: RuleContext, scalar: ScalarVisit, start: number): boolean {
  const value = String(scalar.node.value);
  // Earlier items of the same comma list share the flag (`-localip 169.254.20.10,10.96.0.10`).
  const token = tokenStart(value, start);
  // A flag or directive sits right before its argument: looking further back only costs time on long values.
  const before = value.slice(Math.max(0, token - NEAR), token);
  if (isListenDirective(before, token <= NEAR)) return true;
  const inline = /(?:^|\s)(-{1,2}[A-Za-z][\w.-]*)(?:=|\s+)["']?$/.exec(before);
  if (inline) return LISTEN_FLAG.test(inline[1]);
  if (before.trim() !== '' || value.search(/\S/) < token) return false;
  const previous = previousItem(context, scalar);
  return previous !== undefined && LISTEN_FLAG.test(previous.trim());
}

/** How far back a flag, directive or list start is looked for. */
const NEAR = 256;

/** Where the comma-separated token holding `start` begins (at most NEAR characters back; a longer run is no argument list). */
function tokenStart(value: string, start: number): number {
  let i = start;
  while (i > 0 && start - i < NEAR && !/[\s="'[]/.test(value[i - 1])) i--;
  return i;
}

/** Directives of DNS and proxy configs (Corefile, HAProxy, Squid) whose arguments are where the server itself listens. */
const LISTEN_DIRECTIVES = new Set(['bind', 'listen', 'health', 'ready', 'http_port', 'https_port']);

/**
 * A config line that starts with a listen directive and has only addresses
 * before the target: `bind 169.254.20.10 10.96.0.10` in NodeLocal DNSCache's
 * Corefile, where the link-local address is the cache's own listen address.
 */
function isListenDirective(before: string, fromValueStart: boolean): boolean {
  // The window may cut a long line: only a whole line can begin with the directive.
  const newline = before.lastIndexOf('\n');
  if (newline < 0 && !fromValueStart) return false;
  const line = before
    .slice(newline + 1)
    .trim()
    .split(/\s+/);
  if (!LISTEN_DIRECTIVES.has(line[0].toLowerCase())) return false;
  return line.slice(1).every((word) => /^[0-9a-f.:[\]%]+$/i.test(word));
}

/** The scalar just before this one in the same sequence (`args: ["--urls", "http://+:80"]`). */
function previousItem(context: RuleContext, scalar: ScalarVisit): string | undefined {
  const index = scalar.path[scalar.path.length - 1];
  if (typeof index !== 'number' || index === 0) return undefined;
  const scalars = context.file.scalars();
  const previous = scalars[positionOf(scalars, scalar) - 1];
  if (!previous || previous.path.length !== scalar.path.length || previous.path[previous.path.length - 1] !== index - 1) return undefined;
  return typeof previous.node.value === 'string' ? previous.node.value : undefined;
}

/**
 * Each scalar's index in its file's list. The list is in text order, so a
 * binary search on offsets finds it (an indexOf per item made a 5 MB JSON
 * list of URLs take 25 s, n²; a map of the whole list cost 35 MB there).
 * Checked: where offsets do not lead to the scalar, a map of the list is
 * built on the first such look-up, keyed by the list, which LintFile makes
 * once per lint, so it goes with the lint.
 */
const POSITIONS = new WeakMap<readonly ScalarVisit[], Map<ScalarVisit, number>>();

function positionOf(scalars: readonly ScalarVisit[], scalar: ScalarVisit): number {
  const found = searchByOffset(scalars, scalar.node.offset);
  if (scalars[found] === scalar) return found;
  let positions = POSITIONS.get(scalars);
  if (!positions) {
    positions = new Map(scalars.map((visit, index) => [visit, index]));
    POSITIONS.set(scalars, positions);
  }
  return positions.get(scalar) ?? -1;
}

/** The index of the first scalar at `offset` or after it, in a list in text order. */
function searchByOffset(scalars: readonly ScalarVisit[], offset: number): number {
  let low = 0;
  let high = scalars.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (scalars[middle].node.offset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The variable whose default value holds the target at `start`: Spring
 * `${VAR:default}`, shell and Compose `${VAR:-default}` / `${VAR-default}`.
 * The default applies only when the variable is unset.
 */
export function placeholderDefaultOf(value: string, start: number): string | undefined {
  // `(?:jdbc:)*`: a URL prefix that targets.ts strips (`${DB_URL:jdbc:postgresql://localhost/db}`).
  return /\$\{([A-Za-z_][\w.-]*?)(?::-?|-)(?:[a-z][\w+.-]*:)*$/i.exec(value.slice(0, start))?.[1];
}

/** Words a key ends with when it holds a host or an address. */
const HOST_WORDS = new Set(['host', 'hostname', 'address', 'addr', 'ip', 'bind', 'listen', 'interface', 'iface']);
/**
 * Qualifiers that make such a key the service's own (`SERVER_HOST`, `FLASK_RUN_HOST`, `http.host`, Elasticsearch's
 * `transport.host`) rather than a dependency's (`DB_HOST`).
 */
const OWN_WORDS = new Set([
  'server',
  'app',
  'application',
  'http',
  'https',
  'web',
  'www',
  'grpc',
  'listen',
  'listener',
  'bind',
  'local',
  'metrics',
  'health',
  'admin',
  'public',
  'transport',
  'run',
  'flask',
  'uvicorn',
  'gunicorn',
  'django',
  'node',
  'next',
  'vite',
  'nuxt',
  'serve',
  'default',
]);
/** Parents that add nothing about whose host it is (`env: [{name: HOST, …}]`, a ConfigMap's `data`). */
const NEUTRAL_PARENTS = new Set([
  '',
  'env',
  'environment',
  'data',
  'stringdata',
  'variables',
  'vars',
  'config',
  'configuration',
  'settings',
  'values',
  'options',
  'properties',
  'extraenv',
  'envvars',
  'envs',
]);

/**
 * A key that names the service's own host, so that a bare `0.0.0.0` under it
 * means "listen on every interface" (`HOST=0.0.0.0`, `server: {host: 0.0.0.0}`)
 * rather than a destination (`DB_HOST=0.0.0.0`, `redis: {host: 0.0.0.0}`).
 */
export function isOwnHostKey(scalar: ScalarVisit): boolean {
  const words = splitWords(scalar.key ?? '');
  if (words.length === 0 || !HOST_WORDS.has(words[words.length - 1])) return false;
  const qualifiers = words.slice(0, -1);
  if (!qualifiers.every((word) => OWN_WORDS.has(word))) return false;
  if (qualifiers.length > 0) return true;
  const parent = normaliseKey(scalar.parentKey ?? '');
  return NEUTRAL_PARENTS.has(parent) || OWN_WORDS.has(parent);
}

function splitWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Documentation, examples and samples, where documentation addresses are
 * exactly what belongs (`docs/`, `examples/`, `*.example.yaml`, `sample-config.json`).
 */
export function isExampleFile(fileName: string | undefined): boolean {
  const path = forwardSlashes(fileName).toLowerCase();
  const base = path.slice(path.lastIndexOf('/') + 1);
  return /(^|\/)(docs?|examples?|samples?|demos?)\//.test(path) || /(^|[.\-_])(example|examples|sample|samples|demo|template)([.\-_]|$)/.test(base);
}
