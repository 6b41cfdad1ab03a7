/**
 * JSON pointers (RFC 6901), as ajv's `instancePath` and `schemaPath` and the
 * converter's pointer map write them. The one place that splits and walks a
 * pointer: the manifest messages, the manifest fixes, the config validator
 * and the schema look-up all read a pointer through here, so `~1` and `~0`
 * and list indices are handled alike everywhere.
 */

/** Escape one reference token as RFC 6901 (and ajv's `instancePath`) does. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** One step of a walk: the token, whether it indexed a list, and the value it reached (undefined past a dead end). */
export interface PointerStep {
  token: string;
  inList: boolean;
  value: unknown;
}

/**
 * The steps from `root` along `pointer` (`''` is the root itself; ajv's
 * `#/a/b` schema paths are accepted too). Walking on past a missing value
 * keeps going with `undefined`, so that a path can still be named.
 */
export function walkPointer(root: unknown, pointer: string): PointerStep[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  const steps: PointerStep[] = [];
  let current = root;
  for (const token of body.split('/').slice(1).map(unescapePointerToken)) {
    const inList = Array.isArray(current);
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[token] : undefined;
    steps.push({ token, inList, value: current });
  }
  return steps;
}

/** The value at a pointer inside `root`, or undefined when there is none. */
export function valueAt(root: unknown, pointer: string): unknown {
  const steps = walkPointer(root, pointer);
  return steps.length === 0 ? root : steps[steps.length - 1].value;
}

/**
 * Dotted path of a pointer, as a person writes it: `overrides[0].rules.x`.
 * The value tells list indices (`[0]`) from keys that merely look numeric,
 * which are quoted like any other odd key (`hostMap["167772161"]`).
 */
export function displayPath(root: unknown, pointer: string): string {
  let path = '';
  for (const { token, inList } of walkPointer(root, pointer)) {
    if (inList) path += `[${token}]`;
    else path += /^[A-Za-z_$][\w$-]*$/.test(token) ? (path ? `.${token}` : token) : `[${JSON.stringify(token)}]`;
  }
  return path;
}
