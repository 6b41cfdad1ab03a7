/**
 * A value inside a block that says it is switched off (`ingress: {enabled:
 * false, hosts: [...]}`, `logstash: {enabled: false, host: localhost}`,
 * `nginxAgent: {enable: false, syslog: {host: …}}`): it configures nothing, so
 * an address or name in it is never a dependency or an endpoint. Chart
 * defaults do this all the time, with placeholders that a deployment's own
 * values replace when it turns the feature on. Only ancestors count: a
 * sibling `tls: {enabled: false}` says nothing about the host beside it.
 */
import { visitKey, type ScalarVisit } from '../../visits';
import { getValue, type Node } from '../../parse/tree';

const SWITCHES = ['enabled', 'enable'];

/** Answers by visit key (visits.ts): the answer depends on the path and the values above it, never on offsets. */
const answers = new WeakMap<object, boolean>();

export function inDisabledBlock(scalar: ScalarVisit): boolean {
  let answer = answers.get(visitKey(scalar));
  if (answer === undefined) answers.set(visitKey(scalar), (answer = searchAncestors(scalar)));
  return answer;
}

function searchAncestors(scalar: ScalarVisit): boolean {
  let node: Node | null | undefined = scalar.document.root;
  // The last segment leads to the scalar itself; every map before it is an ancestor block.
  for (const segment of scalar.path.slice(0, -1)) {
    if (!node) return false;
    if (node.kind === 'map' && SWITCHES.some((name) => isOff(getValue(node, name)))) return true;
    node = typeof segment === 'number' ? (node.kind === 'seq' ? node.items[segment] : undefined) : getValue(node, segment);
  }
  return node?.kind === 'map' && SWITCHES.some((name) => isOff(getValue(node, name)));
}

function isOff(node: Node | null | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === false || (typeof node.value === 'string' && node.value.toLowerCase() === 'false'));
}
