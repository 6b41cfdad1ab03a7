/**
 * The TLS blocks `missing-tls` asks for, inserted in the document's own
 * style (see insert.ts):
 * - a manifest endpoint gets `tls: {minVersion: "1.2"}` beside its `url`:
 *   the schema's default, and a statement the linter then holds the
 *   endpoint to, so it is safe to apply unreviewed;
 * - an Ingress gets a `spec.tls` entry before `rules`, naming the rule hosts
 *   and a secret `<first host, dots as dashes>-tls`. Offered for review only:
 *   the secret has to exist (or a cert-manager annotation create it), and an
 *   Ingress that names a missing secret is served with the controller's
 *   self-signed default certificate, which clients reject.
 */
import type { ProposedFix, RuleContext } from '../rule';
import { getPair, keyText, type MapNode, type ParsedDocument } from '../parse/tree';
import { flowValue, insertEntries, type Place, type Value } from './insert';
import { isTemplated } from '../templates';

function placeOf(context: RuleContext, document: ParsedDocument): Place {
  return { text: context.file.text, language: context.file.parsed.language, document };
}

export function manifestTlsFix(context: RuleContext, document: ParsedDocument, endpoint: MapNode): ProposedFix<'manifestTls'> | undefined {
  const anchor = getPair(endpoint, 'url') ?? getPair(endpoint, 'name');
  const tls: Value = { minVersion: '1.2' };
  const edit = insertEntries(placeOf(context, document), endpoint, [['tls', tls]], anchor ? { after: anchor } : { first: true });
  return edit ? { title: 'Add tls.minVersion "1.2" to the endpoint', edits: [edit], kind: 'manifestTls' } : undefined;
}

export function ingressTlsFix(
  context: RuleContext,
  document: ParsedDocument,
  spec: MapNode,
  hosts: string[],
  ingressName: string | undefined,
): ProposedFix<'ingressTls'> | undefined {
  // A templated host (`{{ .Values.host }}`) names no secret; the template's author adds the block.
  if (hosts.some(isTemplated) || (ingressName !== undefined && isTemplated(ingressName))) return undefined;
  const secretName = `${secretBase(hosts[0] ?? ingressName ?? 'ingress')}-tls`;
  const entry: Record<string, Value> = hosts.length > 0 ? { hosts: [...new Set(hosts)], secretName } : { secretName };
  const title = `Add spec.tls for ${hosts.length > 0 ? [...new Set(hosts)].join(', ') : 'the Ingress'} with secret ${secretName} (the secret must exist)`;
  const place = placeOf(context, document);
  const existing = getPair(spec, 'tls');
  if (existing) {
    // `tls: []`: fill the empty list in place; `tls:` with nothing is left to a person.
    const value = existing.value;
    if (value?.kind !== 'seq' || value.items.length > 0) return undefined;
    return { title, edits: [{ offset: value.offset, length: value.length, newText: flowValue([entry], place.language) }], kind: 'ingressTls' };
  }
  const rulesIndex = spec.pairs.findIndex((pair) => keyText(pair) === 'rules');
  const position =
    rulesIndex > 0
      ? { after: spec.pairs[rulesIndex - 1] }
      : rulesIndex === 0
        ? { first: true as const }
        : spec.pairs.length > 0
          ? { after: spec.pairs[spec.pairs.length - 1] }
          : { first: true as const };
  const edit = insertEntries(place, spec, [['tls', [entry]]], position);
  return edit ? { title, edits: [edit], kind: 'ingressTls' } : undefined;
}

/** A Kubernetes secret name from a host: lower case, dots as dashes, `*` as `wildcard`. */
function secretBase(host: string): string {
  const name = host
    .toLowerCase()
    .replace(/^\*\./, 'wildcard.')
    .replace(/[^a-z0-9-]+/g, '-');
  // Dashes trimmed by index, not /^-+|-+$/g (quadratic on runs of inner dashes).
  let start = 0;
  let end = name.length;
  while (start < end && name[start] === '-') start++;
  while (end > start && name[end - 1] === '-') end--;
  return name.slice(start, end).slice(0, 249) || 'ingress';
}
