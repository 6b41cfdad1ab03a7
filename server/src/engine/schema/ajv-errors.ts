/**
 * The one translation of ajv's errors, for both schemas (the service manifest
 * and the configuration file): an ErrorObject becomes an id, the place a
 * person should look, and data to fill a template with. The manifest rule
 * fills its message templates (messages.ts, the rule contract: tests and
 * quick fixes key on the id and data, never on the text); the config
 * validator fills its own short sentences (config-validate.ts). Paths in the
 * data are shown dotted and quoted, so templates read as sentences:
 * '"spec.endpoints[0].tls.minVersion" must be 1.2 or 1.3' (a long path keeps
 * its tail, so that the message fits on one line).
 */
import type { ErrorObject } from 'ajv';
import { displayPath, escapePointerToken, valueAt } from './pointer';
import { brief } from '../brief';
import { editDistance } from '../severity-words';

export type SchemaErrorId =
  'unknownProperty' | 'missingProperty' | 'const' | 'enum' | 'type' | 'format' | 'pattern' | 'empty' | 'tooLong' | 'tooSmall' | 'duplicate';

export interface SchemaError {
  id: SchemaErrorId;
  /**
   * Where the problem is: the value's pointer; for an unknown property, a
   * key that breaks `propertyNames` and a repeated list item, that key or
   * item (the thing to delete or rename).
   */
  pointer: string;
  /** The pointer names a key, not a value. */
  onKey: boolean;
  data: Record<string, string | number>;
}

/** The document's own words. */
export interface TranslateOptions {
  /** What it is called when an error is about the whole of it: "The manifest". */
  subject: string;
  /** What an object is: "a mapping" in the config's words; "an object" by default. */
  object?: string;
}

/**
 * An ajv error in words, or undefined for one that adds nothing to the errors
 * beside it: `if` (its branch's own error says what is wrong) and the summary
 * `propertyNames` error (the key's own error follows it). Every id a schema
 * can reach has its own words, so there is no catch-all id: a keyword with no
 * words of its own reads as `pattern`, with the keyword named in the hint.
 */
export function translateAjvError(error: ErrorObject, root: unknown, options: TranslateOptions): SchemaError | undefined {
  if (error.keyword === 'if' || error.keyword === 'propertyNames') return undefined;
  const params = error.params as Record<string, unknown>;
  const at = (pointer: string, onKey = false) => ({ pointer, onKey, path: quotedPath(root, pointer, options.subject) });
  // A key that breaks `propertyNames`: the error is the key's, so it is placed on the key.
  const place = error.propertyName === undefined ? at(error.instancePath) : at(childPointer(error.instancePath, error.propertyName), true);
  const result = (id: SchemaErrorId, data: Record<string, string | number>, where = place): SchemaError => {
    const { pointer, onKey, path } = where;
    return { id, pointer, onKey, data: { path, ...data } };
  };
  const given = error.propertyName ?? valueAt(root, error.instancePath);
  const object = options.object ?? TYPE_PHRASES.object;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return result('unknownProperty', { property, known: knownList(property, known) }, at(childPointer(error.instancePath, property), true));
    }
    case 'required':
      return result('missingProperty', { property: String(params.missingProperty) });
    case 'const':
      return result('const', { expected: String(params.allowedValue), given: describeGiven(given, object) });
    case 'enum': {
      const allowed = listValues(params.allowedValues as unknown[]);
      // `values` is machine-readable for the quick fix that offers each allowed value.
      return result('enum', { allowed: orList(allowed), values: JSON.stringify(allowed), given: describeGiven(given, object) });
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((type) => (type === 'object' ? object : (TYPE_PHRASES[type] ?? type)))
        .join(' or ');
      return result('type', { expected, actual: describeActual(given, object), given: describeGiven(given, object) });
    }
    case 'format': {
      const format = String(params.format);
      return result('format', { expected: FORMAT_PHRASES[format] ?? `a valid ${format}` });
    }
    case 'pattern': {
      const hint = (error.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage;
      return result('pattern', { hint: hint ?? `it must match ${String(params.pattern)}` });
    }
    case 'minLength':
    case 'minItems':
      if (Number(params.limit) <= 1) return result('empty', {});
      break;
    case 'maxLength':
      return result('tooLong', { limit: Number(params.limit) });
    case 'minimum':
      return result('tooSmall', { limit: Number(params.limit) });
    case 'uniqueItems': {
      // Placed on the repeat, not the whole list: that is the line to delete.
      const list = valueAt(root, error.instancePath);
      const repeat = Math.max(Number(params.i), Number(params.j));
      const repeated = Array.isArray(list) ? list[repeat] : undefined;
      const value = repeated === undefined ? 'a value' : `"${String(repeated)}"`;
      return result('duplicate', { value }, { ...at(`${error.instancePath}/${repeat}`), path: place.path });
    }
  }
  // No keyword either schema uses ends here (test/engine/schema-errors.test.ts checks that);
  // this only keeps a future schema keyword readable until it gets words of its own.
  return result('pattern', { hint: `it must meet the schema's "${error.keyword}" rule (${error.message ?? 'no details'})` });
}

function childPointer(pointer: string, token: string): string {
  return `${pointer}/${escapePointerToken(token)}`;
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

/** The path as the subject of a message: quoted, or the document's name for the document itself. */
export function quotedPath(root: unknown, pointer: string, subject: string): string {
  return pointer === '' ? subject : `"${brief(displayPath(root, pointer), 30)}"`;
}

/** What a value is, in the same words as `TYPE_PHRASES`, for "must be a list, not a string". */
export function describeActual(value: unknown, object = TYPE_PHRASES.object): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return object;
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a decimal number';
  if (typeof value === 'boolean') return String(value);
  return TYPE_PHRASES[typeof value] ?? typeof value;
}

/** A value as given, for "(got "warnin")": a scalar as written (JSON, kept short), a list or an object by its kind. */
export function describeGiven(value: unknown, object = TYPE_PHRASES.object): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return object;
  return brief(JSON.stringify(value), 30);
}

/** Distinct values as written, so `"1.2"` and `1.2` are listed once. */
export function listValues(values: readonly unknown[]): string[] {
  return [...new Set(values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))))];
}

/** "a, b or c", for "must be a, b or c". */
export function orList(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` : values.join('');
}

/**
 * The known property names, as many as fit a one-line message, the ones
 * nearest the unknown name first (`exlude` lists `exclude` before the rest):
 * the likely fix is then never the part cut off.
 */
export function knownList(property: string, known: readonly string[]): string {
  const near = known.filter((name) => editDistance(property.toLowerCase(), name.toLowerCase()) <= 2);
  let list = '';
  for (const [index, name] of [...near, ...known.filter((name) => !near.includes(name))].entries()) {
    const next = list ? `${list}, ${name}` : name;
    if (next.length > 45 && index > 0) return `${list}, …`;
    list = next;
  }
  return list;
}
