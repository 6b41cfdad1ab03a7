/**
 * The engine's facade: the only module the LSP server and the CLI import.
 * Pure: no LSP, no VS Code, no file system, no network.
 */
export * from './types';
export { lint, fileProblem, findingKey } from './linter';
export { MAX_FILE_BYTES } from './limits';
export { applyFixes, type AppliedFixes } from './fixes';
export { ruleMetas, getRule } from './rules';
export { docsUrl, type FixKind, type RuleMeta } from './rule';
export { languageForPath } from './language';
export { LineIndex } from './line-index';
export { ParseCache } from './parse/cache';
export { DocumentFindings } from './document-findings';
// Editor helpers (language server): waiver comments, manifest hover and completion.
export { disableRuleFix, REASON_PLACEHOLDER, type DisableCommentRequest } from './disable-comment';
export { manifestKeyHover, type SchemaHover } from './schema/hover';
export { manifestCompletions, type SchemaCompletion } from './schema/completion';
export { manifestServiceNames } from './schema/service-names';
export type { ManifestLookupOptions } from './schema/manifest-at';
export { fixText, preferredFix, unsafeOnlyCount } from './fix-all';
// Configuration files: parsed and resolved here; found and read by the CLI and the server.
export { ConfigError, mergeRuleSettings, parseConfigText, resolveConfig, selectPath, type LoadedConfig } from './config';
export { parseSeverity, suggestRuleId } from './severity-words';
// Output safety: what the CLI prints from a file's name or text.
export { escapeJsonText, printable, printableButLineBreaks } from './printable';
// Strings that must not keep the text they were cut from: the CLI keeps its reports to the end of a run.
export { ownCopy } from './own-copy';
