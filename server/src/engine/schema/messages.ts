/**
 * The manifest rule's words for schema errors: a template per message id,
 * filled from the data that ajv-errors.ts gives each error (the contract:
 * tests and quick fixes key on the id and data, never on the text), plus the
 * ids only the manifest has (a requirement under a condition, the limits).
 */
import { listValues, quotedPath, type SchemaErrorId } from './ajv-errors';

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
} as const satisfies Record<SchemaErrorId | ManifestOnlyId, string>; // every id the translator gives has words, or the build fails

/** A requirement under a condition (worded where it is placed), and documents too big to check. */
type ManifestOnlyId = 'missingPropertyWhen' | 'expansionLimit' | 'depthLimit';

export type ManifestMessageId = keyof typeof MANIFEST_MESSAGES;

/** What the manifest's messages call the whole document. */
export const MANIFEST_SUBJECT = 'The manifest';

/** The path as the subject of a manifest message (see quotedPath). */
export function manifestPath(root: unknown, pointer: string): string {
  return quotedPath(root, pointer, MANIFEST_SUBJECT);
}

export interface DescribedError {
  messageId: ManifestMessageId;
  data: Record<string, string | number>;
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
