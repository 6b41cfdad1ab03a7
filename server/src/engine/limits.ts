/**
 * Bounds that keep hostile or generated input from hanging or crashing the
 * linter. Each is far above what a hand-written config reaches.
 */

/** Nesting deeper than this is not walked (recursion stays bounded). */
export const MAX_DEPTH = 500;

/**
 * Text nesting deeper than this is not parsed at all (see parse/depth.ts):
 * the parsers recurse per level and overflow the stack near 800 levels, and
 * the pre-scan may count a level twice.
 */
export const MAX_NESTING = 200;

/** Files larger than this are reported, not parsed: 5 MB of YAML takes seconds to parse. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Alias expansions allowed when a rule must see through aliases (the manifest schema does). */
export const MAX_ALIAS_EXPANSION = 10_000;
