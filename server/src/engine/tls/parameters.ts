/**
 * Settings written inside a string value rather than as keys:
 * - `name=value` pairs of connection strings and URLs: ADO.NET and JDBC
 *   (`…;Encrypt=False;TrustServerCertificate=True`), libpq key/value
 *   (`host=x sslmode=disable`), URL queries (`?sslmode=require&tls=false`),
 *   Java properties blocks and `-Dname=value` options, `--flag=value`;
 * - bare command-line flags that switch checking off by being present
 *   (`--insecure-skip-tls-verify`, `--kubelet-insecure-tls`);
 * - web-server directives in configuration text held by a value
 *   (`ssl_protocols TLSv1 TLSv1.1;` in an nginx snippet, Apache
 *   `SSLProtocol`, HAProxy `ssl-min-ver`).
 * Offsets are into the value: a finding underlines `False` in `Encrypt=False`
 * and a fix can later rewrite just that, keeping how it was written.
 */
import { verboseRegex } from '../verbose-regex';

export type ParameterStyle = 'pair' | 'flag' | 'directive';

export interface EmbeddedParameter {
  style: ParameterStyle;
  /** The name as written (`Encrypt`, `Trust Server Certificate`, `https.protocols`, `insecure-skip-tls-verify`). */
  name: string;
  /** Start of the whole setting (the name, after any `-D` or `--`), end of its value. */
  start: number;
  end: number;
  /** The value as written; for a bare flag, empty at the flag's end. */
  value: string;
  valueStart: number;
  valueEnd: number;
}

/**
 * A name (ADO.NET names may contain single spaces: `Trust Server
 * Certificate`), `=`, and a value that runs to the next separator. Commas stay
 * in the value, where protocol lists need them (`TLSv1.2,TLSv1.1`).
 */
const PAIR = /(?<=^|[;?&\s"'(,])(?:-D|--?)?([A-Za-z_][\w.-]*(?: [A-Za-z][\w]*){0,3}) ?= ?([^;&\s"'<>)#]*)/g;
const FLAG = /(?<=^|[\s"'[,])--([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?=$|[\s"',\]])/g;
const DIRECTIVE = verboseRegex('g')`
  (?<=^|[\n;{])[ \t]*(ssl_protocols|proxy_ssl_protocols|grpc_ssl_protocols|uwsgi_ssl_protocols|SSLProtocol|SSLProxyProtocol)[ \t]+([^;\n}#]*)
  |(?<=^|\s)(ssl-min-ver|ssl-max-ver)[ \t]+(\S+)`;

export function findParameters(value: string): EmbeddedParameter[] {
  if (value.length > 100_000) return [];
  const found: EmbeddedParameter[] = [];
  if (value.includes('=')) {
    for (const match of value.matchAll(PAIR)) {
      let name = match[1];
      let start = match.index! + match[0].indexOf(name);
      // Spaced names belong to `;`-separated strings (ADO.NET); elsewhere (`psql host=x sslmode=…`) only the last word is the name.
      if (name.includes(' ') && !afterSeparator(value, start)) {
        const last = name.lastIndexOf(' ') + 1;
        start += last;
        name = name.slice(last);
      }
      // In a comma-separated option list (StackExchange.Redis `host:6380,ssl=False,abortConnect=false`) the next `name=` ends the value.
      const nextOption = nextOptionStart(match[2]);
      const valueText = trimValue(nextOption < 0 ? match[2] : match[2].slice(0, nextOption));
      const valueStart = match.index! + match[0].length - match[2].length;
      found.push({ style: 'pair', name, start, end: valueStart + valueText.length, value: valueText, valueStart, valueEnd: valueStart + valueText.length });
    }
  }
  if (value.includes('--')) {
    for (const match of value.matchAll(FLAG)) {
      const start = match.index! + 2;
      const end = match.index! + match[0].length;
      found.push({ style: 'flag', name: match[1], start, end, value: '', valueStart: end, valueEnd: end });
    }
  }
  for (const match of /ssl/i.test(value) ? value.matchAll(DIRECTIVE) : []) {
    const name = match[1] ?? match[3];
    const list = (match[2] ?? match[4]).trimEnd(); // not /\s+$/: quadratic on inner runs of spaces
    const start = match.index! + match[0].indexOf(name);
    const valueStart = match.index! + match[0].length - (match[2] ?? match[4]).length;
    found.push({ style: 'directive', name, start, end: valueStart + list.length, value: list, valueStart, valueEnd: valueStart + list.length });
  }
  // Most values hold none or one: sorting those allocated for nothing, and every https URL is asked.
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** Only blanks between `start` and the value's start or a `;` (a backwards scan; a regex on the prefix was quadratic). */
function afterSeparator(value: string, start: number): boolean {
  let i = start;
  while (i > 0 && /\s/.test(value[i - 1])) i--;
  return i === 0 || value[i - 1] === ';';
}

/** A sentence's full stop or a closing comma is not part of a value. */
function trimValue(text: string): string {
  // A loop, not /[.,]+$/: that regex is quadratic on a long run of dots not at the end.
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ',')) end--;
  return text.slice(0, end);
}

/** Where the next `,name=` starts in an option list, or -1: one pass over the text (an unanchored `,[\w.]*=` search rescans). */
function nextOptionStart(text: string): number {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    let end = comma + 1;
    if (!/[A-Za-z_]/.test(text[end] ?? '')) continue;
    while (end < text.length && /[\w.]/.test(text[end])) end++;
    if (text[end] === '=') return comma;
    comma = end - 1; // the name's characters hold no comma: go on after them
  }
  return -1;
}
