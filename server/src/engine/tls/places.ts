/**
 * Where a setting sits in its document: the map that holds it, its key node,
 * and the name the configuration gives it (a Kubernetes `{name, value}` env
 * entry and a Compose `NAME=value` list item are named by `NAME`).
 */
import type { ScalarVisit } from '../context';
import type { MapNode, ScalarNode } from '../parse/tree';
import { nodeAt } from '../parse/tree';

// nodeAt lives with the tree (one walker for every module); kept importable from here for the TLS modules.
export { nodeAt };

/** The keys that name a scalar, root first, with the configuration's own name for env entries. */
export function keyElements(visit: ScalarVisit): string[] {
  const path = visit.path;
  const strings = path.filter((segment): segment is string => typeof segment === 'string');
  const last = path[path.length - 1];
  const key = visit.key;
  if (key === undefined || (typeof last === 'string' && last === key)) return strings;
  const head = typeof last === 'string' ? strings.slice(0, -1) : strings;
  // A plain item of a list (`protocols: [TLSv1, …]`) is named by the list's key.
  if (typeof last === 'number' && head[head.length - 1] === key) return head;
  return [...head, key];
}

/** `NAME=value` items of a list (Compose `environment`): the value starts after `NAME=`. */
export function assignmentPrefix(visit: ScalarVisit): number {
  const value = visit.node.value;
  const last = visit.path[visit.path.length - 1];
  if (typeof last !== 'number' || typeof value !== 'string' || visit.key === undefined) return 0;
  return value.startsWith(`${visit.key}=`) ? visit.key.length + 1 : 0;
}

/** The map that holds a scalar as a value, if it is a map entry. */
export function holdingMap(visit: ScalarVisit): MapNode | undefined {
  const parent = nodeAt(visit.document.root, visit.path.slice(0, -1));
  return parent?.kind === 'map' ? parent : undefined;
}

/** The key node of the pair whose value is this scalar (to underline `key:` when the value is empty). */
export function keyNodeOf(visit: ScalarVisit): ScalarNode | undefined {
  const map = holdingMap(visit);
  return map?.pairs.find((pair) => pair.value === visit.node)?.key;
}
