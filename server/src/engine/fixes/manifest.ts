/**
 * Quick fixes for `manifest-schema` findings:
 * - a value outside an `enum` (or `const`): one fix per allowed value,
 *   written in the value's own quotes. When exactly one allowed value is
 *   plainly what was meant (`NHS-CIS2` → `nhs-cis2`, `TLSv1.2` → `"1.2"`)
 *   it comes first and is safe (kind `typo`); a version below every allowed
 *   one rising to the lowest (`"1.1"` → `"1.2"`) is unsafe (`raiseToLowest`:
 *   old clients may lose the service); the rest are display-only
 *   (`otherValue`): a person picks. A value that weakens security (`none`,
 *   `anonymous`, `plain`, `http`, and the network-trusting `hscn` and `n3`)
 *   is never offered: it may be allowed, but it cannot be the fix for a
 *   mistyped value.
 * - a missing required property: inserted at the map's own indentation, in
 *   the schema's property order, with its `const` (safe, `addConst`: the only
 *   legal value, e.g. `kind: ServiceManifest`), its schema `default` or
 *   `<placeholders>` to fill in (display-only, `addDefault` and
 *   `addPlaceholders`: they state facts about the service that only its team
 *   knows).
 */
import type { PathSegment } from '../context';
import type { MapNode, ParsedDocument, ScalarNode } from '../parse/tree';
import type { FixKind, ProposedFix } from '../rule';
import type { SchemaProblem } from '../schema/validate';
import { escapePointerToken, walkPointer } from '../schema/pointer';
import { convertDocument, type PointerEntry } from '../schema/to-js';
import { manifestPath } from '../schema/messages';
import { manifestSchemaAt, type SchemaNode } from '../schema/schema-node';
import { insertEntries, type Position, type Value } from './insert';
import { renderScalar, replaceScalar } from './scalar';

export type ManifestFix = 'typo' | 'raiseToLowest' | 'otherValue' | 'addConst' | 'addDefault' | 'addPlaceholders';

/** The `manifest-schema` rule's fix kinds (see the top of this file and docs/rules/manifest-schema.md). */
export const MANIFEST_FIXES: Record<ManifestFix, FixKind> = {
  typo: {
    applicability: 'safe',
    reason: 'The value was invalid, so the manifest meant nothing there; the one allowed value it plainly misspells is what it said.',
  },
  raiseToLowest: {
    applicability: 'unsafe',
    reason: 'A TLS version below every allowed one rises to the lowest allowed, which clients limited to the old version cannot use.',
  },
  otherValue: { applicability: 'display-only', reason: 'Any other allowed value states a fact about the service that only its team knows.' },
  addConst: { applicability: 'safe', reason: 'A required property with a single legal value (`kind: ServiceManifest`) can only be that value.' },
  addDefault: { applicability: 'display-only', reason: "The schema's default is a guess at a fact about the service that only its team knows." },
  addPlaceholders: { applicability: 'display-only', reason: 'The `<placeholders>` must be filled in by a person.' },
};

/**
 * Values that turn protection off, or that trust the network instead of
 * identity (`exposure: hscn`/`n3`, which network-location-trust reports):
 * never proposed as the fix of a mistyped value.
 */
const WEAKENING = new Set(['none', 'anonymous', 'plain', 'http', 'hscn', 'n3']);

/** One document's value and pointers, converted once for all its findings. */
export class ManifestFixer {
  private conversion: { value: unknown; pointers: Map<string, PointerEntry> } | null | undefined;

  constructor(
    private readonly text: string,
    private readonly language: 'yaml' | 'json',
    private readonly document: ParsedDocument,
  ) {}

  fixesFor(problem: SchemaProblem): ProposedFix<ManifestFix>[] | undefined {
    const converted = this.converted();
    if (!converted) return undefined;
    switch (problem.messageId) {
      case 'enum':
        return this.replacements(converted.pointers, problem, parseValues(problem.data.values));
      case 'const':
        return this.replacements(converted.pointers, problem, [String(problem.data.expected)]);
      case 'missingProperty':
      case 'missingPropertyWhen':
        return this.insertion(converted, problem);
      default:
        return undefined;
    }
  }

  private converted(): { value: unknown; pointers: Map<string, PointerEntry> } | undefined {
    if (this.conversion === undefined) {
      const result = convertDocument(this.document);
      this.conversion = result.ok ? { value: result.value, pointers: result.pointers } : null;
    }
    return this.conversion ?? undefined;
  }

  private replacements(pointers: Map<string, PointerEntry>, problem: SchemaProblem, listed: string[]): ProposedFix<ManifestFix>[] | undefined {
    const allowed = listed.filter((value) => !WEAKENING.has(value.toLowerCase()));
    const node = [...pointers.values()]
      .map((entry) => entry.node)
      .find((candidate): candidate is ScalarNode => candidate?.kind === 'scalar' && candidate.offset === problem.offset && candidate.length === problem.length);
    if (!node || node.value === null || allowed.length === 0) return undefined;
    const written = String(node.value);
    const close = allowed.filter((value) => isClose(written, value));
    const typo = close.length === 1 ? close[0] : undefined;
    const preferred = typo ?? raisedToFloor(written, allowed);
    const ordered = preferred === undefined ? allowed : [preferred, ...allowed.filter((value) => value !== preferred)];
    return ordered.map((value) => {
      const edit = replaceScalar(this.text, node, value, this.language);
      const kind: ManifestFix = value !== preferred ? 'otherValue' : value === typo ? 'typo' : 'raiseToLowest';
      return { title: `Use ${edit.newText.trim()}`, edits: [edit], kind };
    });
  }

  private insertion(converted: { value: unknown; pointers: Map<string, PointerEntry> }, problem: SchemaProblem): ProposedFix<ManifestFix>[] | undefined {
    const property = String(problem.data.property);
    const found = this.parentOf(converted, problem, property);
    if (!found) return undefined;
    const { map, pointer } = found;
    const path = pathOf(converted.value, pointer);
    const parentSchema = manifestSchemaAt(path);
    const schema = manifestSchemaAt([...path, property]);
    if (!parentSchema || !schema) return undefined;
    const { value, kind } = skeleton([...path, property], property, 0);
    const edit = insertEntries(
      { text: this.text, language: this.language, document: this.document },
      map,
      [[property, value]],
      positionFor(map, parentSchema, property),
    );
    if (!edit) return undefined;
    const shown = value !== null && typeof value === 'object' ? '' : `: ${renderScalar(value, this.language, this.language === 'json' ? '"' : '')}`;
    const titles = {
      const: `Add ${property}${shown}`,
      default: `Add ${property}${shown} (the schema's default)`,
      placeholder: `Add ${property} with placeholders to fill in`,
    };
    const kinds = { const: 'addConst', default: 'addDefault', placeholder: 'addPlaceholders' } as const;
    return [{ title: titles[kind], edits: [edit], kind: kinds[kind] }];
  }

  /** The map that lacks the property, found by the path the message names. */
  private parentOf(
    converted: { value: unknown; pointers: Map<string, PointerEntry> },
    problem: SchemaProblem,
    property: string,
  ): { map: MapNode; pointer: string } | undefined {
    const target = String(problem.data.path);
    for (const [pointer, entry] of converted.pointers) {
      if (entry.node?.kind !== 'map') continue;
      const path =
        problem.messageId === 'missingProperty'
          ? manifestPath(converted.value, pointer)
          : manifestPath(converted.value, `${pointer}/${escapePointerToken(property)}`);
      if (path === target) return { map: entry.node, pointer };
    }
    return undefined;
  }
}

function parseValues(values: string | number | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(String(values));
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** The same word in another case or spelling (`NHS-CIS2`, `nhs_cis2`), or the same version (`TLSv1.2`, `1.20`). */
function isClose(written: string, allowed: string): boolean {
  const word = (text: string) => text.toLowerCase().replace(/[^a-z0-9.]/g, '');
  if (word(written) === word(allowed)) return true;
  const a = versionNumber(written);
  const b = versionNumber(allowed);
  return a !== undefined && b !== undefined && Number(a) === Number(b);
}

/**
 * A version below every allowed one (`"1.1"` where 1.2 and 1.3 are allowed)
 * rises to the lowest allowed: the smallest change that satisfies the schema.
 */
function raisedToFloor(written: string, allowed: string[]): string | undefined {
  const number = (text: string) => {
    const digits = versionNumber(text);
    return digits === undefined ? NaN : Number(digits);
  };
  const numbers = allowed.map(number);
  const value = number(written);
  if (Number.isNaN(value) || numbers.some(Number.isNaN) || numbers.length === 0) return undefined;
  const lowest = Math.min(...numbers);
  return value < lowest ? allowed[numbers.indexOf(lowest)] : undefined;
}

function versionNumber(text: string): string | undefined {
  return /^(?:tls|ssl)?v?(\d+(?:\.\d+)?)$/i.exec(text.replace(/[\s_-]/g, ''))?.[1];
}

/** Pointer tokens as a schema path: list indices as numbers. */
function pathOf(root: unknown, pointer: string): PathSegment[] {
  return walkPointer(root, pointer).map(({ token, inList }) => (inList ? Number(token) : token));
}

type SkeletonKind = 'const' | 'default' | 'placeholder';

/** What to write for a missing property: its const, its default, or its required parts with `<placeholders>`. */
function skeleton(path: PathSegment[], name: string, depth: number): { value: Value; kind: SkeletonKind } {
  const schema = manifestSchemaAt(path);
  if (!schema || depth > 6) return { value: `<${name}>`, kind: 'placeholder' };
  if (schema.const !== undefined) return { value: schema.const, kind: 'const' };
  if (schema.default !== undefined) return { value: schema.default as Value, kind: 'default' };
  if (schema.type === 'object' || schema.properties) {
    const value: Record<string, Value> = {};
    for (const child of schema.required ?? []) value[child] = skeleton([...path, child], child, depth + 1).value;
    return { value, kind: 'placeholder' };
  }
  if (schema.type === 'array' || schema.items) {
    const minItems = (schema as SchemaNode & { minItems?: number }).minItems ?? 0;
    return { value: minItems > 0 ? [skeleton([...path, 0], singular(name), depth + 1).value] : [], kind: 'placeholder' };
  }
  return { value: `<${name}>`, kind: 'placeholder' };
}

function singular(name: string): string {
  return name.replace(/ies$/, 'y').replace(/s$/, '');
}

/** After the last present property that comes before it in the schema, so the manifest keeps the schema's order. */
function positionFor(map: MapNode, parentSchema: SchemaNode, property: string): Position {
  const order = Object.keys(parentSchema.properties ?? {});
  const rank = order.indexOf(property);
  let after: MapNode['pairs'][number] | undefined;
  for (const pair of map.pairs) {
    const at = order.indexOf(String(pair.key.value));
    if (rank >= 0 && at > rank) break;
    after = pair;
  }
  return after ? { after } : { first: true };
}
