/**
 * ajv errors in words a person understands. Each error family has a message
 * id (the contract: tests and quick fixes key on it, never on the text) and a
 * template filled from data. Paths are shown dotted, with the subject already
 * quoted in the data, so that templates read as sentences:
 * '"spec.endpoints[0].tls.minVersion" must be one of 1.2, 1.3' (a long path
 * keeps its tail, so that the message fits on one line).
 */
import type { ErrorObject } from 'ajv';
import { displayPath, valueAt } from './pointer';
import { brief } from '../brief';

export const MANIFEST_MESSAGES = {
  unknownProperty: 'Unknown property {path}: use one of {known}',
  missingProperty: '{path} is missing the required property "{property}"',
  missingPropertyWhen: '{path} is required {condition}',
  const: '{path} must be "{expected}"',
  enum: '{path} must be {allowed}',
  type: '{path} must be {expected}, not {actual}',
  format: '{path} must be {expected}',
  pattern: '{path}: {hint}',
  empty: '{path} must not be empty',
  tooLong: '{path} must be at most {limit} characters long',
  tooSmall: '{path} must be at least {limit}',
  duplicate: '{path} lists {value} more than once',
  expansionLimit: 'Manifest not schema-checked: aliases expand past {limit} nodes; use fewer',
  depthLimit: 'Manifest not schema-checked: nested deeper than {limit} levels; flatten it',
} as const;

export type ManifestMessageId = keyof typeof MANIFEST_MESSAGES;

export interface DescribedError {
  messageId: ManifestMessageId;
  data: Record<string, string | number>;
}

const TYPE_PHRASES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

const FORMAT_PHRASES: Record<string, string> = {
  email: 'an email address',
  uri: 'an absolute URL such as https://api.example.nhs.uk/',
  date: 'a date written YYYY-MM-DD, such as 2026-03-31',
};

/** The path as the subject of a message: quoted, or "The manifest" for the document itself. */
export function quotedPath(root: unknown, pointer: string): string {
  return pointer === '' ? 'The manifest' : `"${brief(displayPath(root, pointer), 30)}"`;
}

/** What a value is, in the same words as `TYPE_PHRASES`, for "must be a list, not a string". */
export function describeActual(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a decimal number';
  if (typeof value === 'boolean') return String(value);
  return TYPE_PHRASES[typeof value] ?? typeof value;
}

/** Distinct values as written, so `"1.2"` and `1.2` are listed once. */
export function listValues(values: readonly unknown[]): string[] {
  return [...new Set(values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))))];
}

/**
 * Words for one ajv error, other than `required` and `additionalProperties`,
 * which need the surrounding object and are described where they are placed.
 * Every declared message id must be reachable (the rule registry's contract),
 * so there is no catch-all id: an unknown keyword reads as "not in the
 * expected form", with the keyword named in the hint.
 */
export function describeValueError(error: ErrorObject, root: unknown): DescribedError {
  const path = quotedPath(root, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'const':
      return { messageId: 'const', data: { path, expected: String(params.allowedValue) } };
    case 'enum': {
      const allowed = listValues(params.allowedValues as unknown[]);
      // `values` is machine-readable for the quick fix that offers each allowed value.
      return { messageId: 'enum', data: { path, allowed: orList(allowed), values: JSON.stringify(allowed) } };
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((type) => TYPE_PHRASES[type] ?? type)
        .join(' or ');
      return { messageId: 'type', data: { path, expected, actual: describeActual(valueAt(root, error.instancePath)) } };
    }
    case 'format': {
      const format = String(params.format);
      return { messageId: 'format', data: { path, expected: FORMAT_PHRASES[format] ?? `a valid ${format}` } };
    }
    case 'pattern': {
      const hint = (error.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage;
      return { messageId: 'pattern', data: { path, hint: hint ?? `it must match ${String(params.pattern)}` } };
    }
    case 'minLength':
    case 'minItems':
      if (Number(params.limit) <= 1) return { messageId: 'empty', data: { path } };
      break;
    case 'maxLength':
      return { messageId: 'tooLong', data: { path, limit: Number(params.limit) } };
    case 'minimum':
      return { messageId: 'tooSmall', data: { path, limit: Number(params.limit) } };
    case 'uniqueItems': {
      const list = valueAt(root, error.instancePath);
      const repeated = Array.isArray(list) ? list[Number(params.j)] : undefined;
      return { messageId: 'duplicate', data: { path, value: repeated === undefined ? 'a value' : `"${String(repeated)}"` } };
    }
  }
  // No keyword the schema uses ends here (test/engine/manifest-schema-file.test.ts checks that);
  // this only keeps a future schema keyword readable until it gets words of its own.
  return { messageId: 'pattern', data: { path, hint: `it must meet the schema's "${error.keyword}" rule (${error.message ?? 'no details'})` } };
}

/**
 * "when `exposure` is `lan-only`", read from the `if` schema beside a `then`
 * that required a property. Only `const` and `enum` conditions are described;
 * anything else reads "here", which is still a true sentence.
 */
export function describeCondition(ifSchema: unknown): string {
  const properties = (ifSchema as { properties?: Record<string, { const?: unknown; enum?: unknown[] }> } | undefined)?.properties;
  const parts: string[] = [];
  for (const [name, condition] of Object.entries(properties ?? {})) {
    if (condition.const !== undefined) parts.push(`"${name}" is "${String(condition.const)}"`);
    else if (Array.isArray(condition.enum)) parts.push(`"${name}" is one of ${listValues(condition.enum).join(', ')}`);
  }
  return parts.length > 0 ? `when ${parts.join(' and ')}` : 'here';
}

/** "a, b or c", for "must be a, b or c". */
function orList(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : values.join('');
}
