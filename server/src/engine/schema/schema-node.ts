/**
 * Walking the manifest schema by a document path (`spec`, `endpoints`, 0,
 * `tls`) to the sub-schema that describes the value there, for hover and
 * completion. Only what the manifest schema uses is followed: `properties`,
 * `items` and local `$ref`s to `#/definitions/…`.
 */
import manifestSchemaJson from '../../../../schemas/service-manifest.schema.json';
import type { PathSegment } from '../context';

export type SchemaValue = string | number | boolean | null;

export interface SchemaNode {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: SchemaValue[];
  const?: SchemaValue;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  $ref?: string;
}

interface RootSchema extends SchemaNode {
  definitions?: Record<string, SchemaNode>;
}

const ROOT = manifestSchemaJson as unknown as RootSchema;
const DEFINITION_REF = /^#\/definitions\/([^/]+)$/;

/** The node itself, or the definition it refers to with the referring node's own title and description on top. */
function resolve(node: SchemaNode): SchemaNode {
  const name = node.$ref === undefined ? undefined : DEFINITION_REF.exec(node.$ref)?.[1];
  const target = name === undefined ? undefined : ROOT.definitions?.[name];
  if (target === undefined) return node;
  const { $ref: _ref, ...own } = node;
  return { ...target, ...own };
}

/** The schema of the value at `path` in a manifest document, or undefined where the schema says nothing. */
export function manifestSchemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(ROOT);
  for (const segment of path) {
    const child: SchemaNode | undefined = typeof segment === 'number' ? node.items : node.properties?.[segment];
    if (child === undefined) return undefined;
    node = resolve(child);
  }
  return node;
}

/** The properties an object at this node may have, each with its resolved schema. */
export function propertiesOf(node: SchemaNode): Array<{ name: string; schema: SchemaNode; required: boolean }> {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, schema]) => ({ name, schema: resolve(schema), required: required.has(name) }));
}

/** The values a schema allows outright: its `const`, its `enum` (one per spelling), or true/false for a boolean. */
export function allowedValues(node: SchemaNode): SchemaValue[] {
  let values: SchemaValue[] = [];
  if (node.const !== undefined) values = [node.const];
  else if (node.enum !== undefined) values = node.enum;
  else if (node.type === 'boolean') values = [true, false];
  // `"1.2"` and `1.2` are one choice for a person; the first (the quoted form) is offered.
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = String(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a property's value is a mapping or a list (written on the lines below its key in YAML). */
export function isContainer(node: SchemaNode): boolean {
  return node.type === 'object' || node.type === 'array' || node.properties !== undefined || node.items !== undefined;
}
