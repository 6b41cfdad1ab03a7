/**
 * Fixes for TLS settings found by tls/settings.ts: the value rewritten in
 * place (inside its quotes, after a `NAME=` prefix, inside a connection
 * string), a bare command-line flag taken out, and a process-wide
 * `NODE_TLS_REJECT_UNAUTHORIZED=0` entry removed whole.
 */
import type { ProposedFix, RuleContext } from '../rule';
import { flipFlag, type TlsSetting } from '../tls';
import type { TextEdit } from '../types';
import type { MapNode, Node } from '../parse/tree';
import { assignmentPrefix, nodeAt } from '../tls/places';
import { removeItems, removePair } from './remove';

/** The setting's value replaced by `value` (`ssl: false` → `ssl: true`, `Encrypt=False` → `Encrypt=True`). */
/** Kind `setValue`: each rule using it declares what turning its setting on can change. */
export function valueFix(context: RuleContext, setting: TlsSetting, value: string): ProposedFix<'setValue'> | undefined {
  const edit = valueEdit(context, setting, value);
  return edit ? { title: `Use ${setting.setting}${setting.separator}${value}`, edits: [edit], kind: 'setValue' } : undefined;
}

/**
 * The edit writing `value` over the setting's value, or undefined when the
 * value cannot be placed exactly (a fix never rewrites more than the value).
 */
export function valueEdit(context: RuleContext, setting: TlsSetting, value: string): TextEdit | undefined {
  const text = context.file.text;
  const node = setting.visit.node;
  if (setting.text === '') {
    // `key:` with nothing after it: the value needs its space after the colon.
    if (node.value === null && node.length === 0) return { offset: node.offset, length: 0, newText: text[node.offset - 1] === ':' ? ` ${value}` : value };
    // `algorithm=` inside a string: the value goes after the `=`.
    const { offset, length } = setting.span;
    const written = text.slice(offset, offset + length);
    if (setting.origin !== 'key' && written.endsWith('=')) return { offset: offset + length, length: 0, newText: value };
    const inside = setting.locate();
    return inside.length === 0 && typeof node.value === 'string' ? { ...inside, newText: value } : undefined;
  }
  const span = setting.locate();
  const found = text.slice(span.offset, span.offset + span.length);
  return found === setting.text ? { ...span, newText: value } : undefined;
}

/**
 * The switch flipped in its own notation (`False` → `True`, `"OFF"` →
 * `"ON"`, `0` → `1`, `--db-ssl=off` → `on`). A plain YAML `no`/`off`/`yes`
 * becomes `false`/`true`: YAML 1.1 and 1.2 readers disagree on those words,
 * but all read true and false alike. A quoted word or one inside a string
 * is read by the program, which reads its own opposite word.
 */
export function flipped(setting: TlsSetting): string | undefined {
  const node = setting.visit.node;
  const plainScalar = setting.origin === 'key' && assignmentPrefix(setting.visit) === 0 && node.plain;
  return flipFlag(setting.text, { plainBoolean: plainScalar });
}

/** `word` in the letter case of `like`: `DISABLED` → `ENABLED`, `Disabled` → `Enabled`. */
export function sameCase(word: string, like: string): string {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  return /^[A-Z]/.test(like) ? word[0].toUpperCase() + word.slice(1) : word.toLowerCase();
}

/**
 * A bare flag (`--kubelet-insecure-tls`) taken out: a list item that is only
 * the flag goes whole, a flag inside a command line goes with one space.
 * Kind `removeFlag`, display-only: the flag's job (trusting an unknown CA)
 * must be done another way first, e.g. by giving the client the CA.
 */
export function removeFlagFix(context: RuleContext, setting: TlsSetting): ProposedFix<'removeFlag'> | undefined {
  const { file } = context;
  const visit = setting.visit;
  const title = `Remove --${setting.setting}`;
  const value = String(visit.node.value).trim();
  const container = nodeAt(visit.document.root, visit.path.slice(0, -1));
  const index = visit.path[visit.path.length - 1];
  if (value === `--${setting.setting}`) {
    if (container?.kind !== 'seq' || typeof index !== 'number' || container.items.length < 2) return undefined;
    const edits = removeItems(file.text, visit.document, container, [index]);
    return edits ? { title, edits, kind: 'removeFlag' } : undefined;
  }
  const { offset, length } = setting.span;
  const text = file.text;
  if (text.slice(offset, offset + length) !== `--${setting.setting}`) return undefined;
  if (text[offset - 1] === ' ') return { title, edits: [{ offset: offset - 1, length: length + 1, newText: '' }], kind: 'removeFlag' };
  if (text[offset + length] === ' ') return { title, edits: [{ offset, length: length + 1, newText: '' }], kind: 'removeFlag' };
  return undefined;
}

/**
 * `NODE_TLS_REJECT_UNAUTHORIZED=0` (and `PYTHONHTTPSVERIFY=0`) removed, which
 * restores the runtime's default of verifying: a Compose `- NAME=0` item, a
 * Kubernetes `- name: NAME` / `value: "0"` entry, or a `NAME: "0"` map entry.
 * Where removal would leave an empty `env:` or `environment:` (which Compose
 * refuses as null), or the setting is inside a command line, it is set to 1.
 */
export function processVerifyFix(context: RuleContext, setting: TlsSetting): ProposedFix<'processSwitch'> | undefined {
  const one = valueEdit(context, setting, '1');
  const setToOne: ProposedFix<'processSwitch'> | undefined = one && { title: `Set ${setting.setting} to 1`, edits: [one], kind: 'processSwitch' };
  if (setting.origin !== 'key') return setToOne;
  const { file } = context;
  const visit = setting.visit;
  const root = visit.document.root;
  const path = visit.path;
  const last = path[path.length - 1];
  let edits: TextEdit[] | undefined;
  if (typeof last === 'number' && assignmentPrefix(visit) > 0) {
    const list = nodeAt(root, path.slice(0, -1));
    if (list?.kind === 'seq' && list.items.some(survives)) edits = removeItems(file.text, visit.document, list, [last]);
  } else if (last === 'value' && typeof path[path.length - 2] === 'number') {
    const list = nodeAt(root, path.slice(0, -2));
    const entry = nodeAt(root, path.slice(0, -1));
    if (list?.kind === 'seq' && list.items.some(survives) && entry?.kind === 'map' && isNameValueEntry(entry, setting.setting))
      edits = removeItems(file.text, visit.document, list, [path[path.length - 2] as number]);
  } else if (typeof last === 'string' && last === setting.setting) {
    const map = nodeAt(root, path.slice(0, -1));
    const index = map?.kind === 'map' ? map.pairs.findIndex((pair) => pair.value === visit.node) : -1;
    if (map?.kind === 'map' && index >= 0 && map.pairs.some((pair) => !PROCESS_SWITCH.test(String(pair.key.value))))
      edits = removePair(file.text, visit.document, map, index);
  }
  return edits ? { title: `Remove ${setting.setting}=${setting.text}`, edits, kind: 'processSwitch' } : setToOne;
}

/**
 * Process-wide switches, which fix-all may remove in the same pass: a list
 * or map keeps an entry only if something other than these stays in it.
 */
const PROCESS_SWITCH = /^(NODE_TLS_REJECT_UNAUTHORI[SZ]ED|PYTHONHTTPSVERIFY)$/i;

function survives(item: Node): boolean {
  if (item.kind === 'scalar') return !PROCESS_SWITCH.test(String(item.value).split('=')[0]);
  if (item.kind !== 'map') return true;
  const name = item.pairs.find((pair) => pair.key.value === 'name')?.value;
  return !(name?.kind === 'scalar' && PROCESS_SWITCH.test(String(name.value)));
}

/** `{name: NODE_TLS_REJECT_UNAUTHORIZED, value: "0"}` and nothing else that removal would lose. */
function isNameValueEntry(entry: MapNode, name: string): boolean {
  return (
    entry.pairs.every((pair) => ['name', 'value'].includes(String(pair.key.value))) &&
    entry.pairs.some((pair) => pair.key.value === 'name' && pair.value?.kind === 'scalar' && pair.value.value === name)
  );
}
