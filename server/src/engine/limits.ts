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

/**
 * Findings one rule reports in one file; the rest are counted in one
 * parse-error finding. A generated file with 100,000 private URLs otherwise
 * held 1.5 GB in the language server, and nobody reads past the first page.
 */
export const MAX_FINDINGS_PER_RULE = 1_000;

/** Alias expansions allowed when a rule must see through aliases (the manifest schema does). */
export const MAX_ALIAS_EXPANSION = 10_000;
