/**
 * The header of each docs/rules/<id>.md page, generated from the rule's
 * metadata so a page can never say "Fixable: no" for a fix that works (it
 * did, by hand). `npm run rule-docs` writes it (scripts/rule-docs.mjs);
 * rule-docs.test.ts fails when a page's header differs. Everything after the
 * header stays hand-written.
 */
import type { RuleMeta } from '../../server/src/engine/rule';
import type { Applicability, LanguageId } from '../../server/src/engine/types';

export const HEADER_START = "<!-- header: generated from the rule's metadata by `npm run rule-docs`; edit the rule, not this block -->";
export const HEADER_END = '<!-- end of generated header -->';

/** Every rule reads every language the engine lints; manifest-schema only files that are service manifests. */
const LANGUAGES: Record<LanguageId, string> = { yaml: 'YAML', json: 'JSON', jsonc: 'JSONC' };

/** How each applicability is applied, in the words of docs/cli.md#fix-safety. */
const APPLIED: Record<Applicability, string> = {
  safe: "`--fix` and the editor's fix-all apply it",
  unsafe: "only `--fix --unsafe-fixes` or the editor's quick fix apply it",
  'display-only': "the editor's quick fix only; never applied automatically",
};

function fixable(meta: RuleMeta<string>): string {
  const kinds = Object.entries(meta.fixes ?? {});
  if (!meta.fixable || kinds.length === 0) return 'no';
  const order: Applicability[] = ['safe', 'unsafe', 'display-only'];
  const rows = order
    .map((applicability) => {
      const names = kinds.filter(([, kind]) => kind.applicability === applicability).map(([name]) => `\`${name}\``);
      return names.length === 0 ? undefined : `${applicability} (${names.join(', ')}): ${APPLIED[applicability]}`;
    })
    .filter((row): row is string => row !== undefined);
  return `yes, see [Fixes](#fixes)\n- ${rows.join('\n- ')}`;
}

/** The generated block, markers included. */
export function ruleDocHeader(meta: RuleMeta<string>): string {
  const local = meta.developmentSeverity;
  // The local-context severity only ever lowers the default (linter.ts relaxed()), so it is shown only when it does.
  const severity =
    local === undefined || rank(local) >= rank(meta.defaultSeverity)
      ? meta.defaultSeverity
      : `${meta.defaultSeverity} (${local} in a [local context](../configuration.md#deployment-context))`;
  const languages = meta.id === 'manifest-schema' ? `${Object.values(LANGUAGES).join(', ')} service manifests` : Object.values(LANGUAGES).join(', ');
  return [
    HEADER_START,
    `**Rule id:** \`${meta.id}\` · **Default severity:** ${severity} · **Languages:** ${languages}`,
    '',
    `**Fixable:** ${fixable(meta)}`,
    HEADER_END,
  ].join('\n');
}

function rank(severity: string): number {
  return ['info', 'warning', 'error'].indexOf(severity);
}

/**
 * The page with its header replaced: the generated block if there is one,
 * else the old hand-written `**Default severity:**` line, else inserted
 * after the title.
 */
export function withHeader(doc: string, meta: RuleMeta<string>): string {
  const header = ruleDocHeader(meta);
  const start = doc.indexOf(HEADER_START);
  const end = doc.indexOf(HEADER_END);
  if (start >= 0 && end > start) return doc.slice(0, start) + header + doc.slice(end + HEADER_END.length);
  const legacy = /^\*\*Default severity:\*\*.*$/m.exec(doc);
  if (legacy) return doc.slice(0, legacy.index) + header + doc.slice(legacy.index + legacy[0].length);
  const title = /^# .*\n/m.exec(doc);
  const at = title ? title.index + title[0].length : 0;
  return `${doc.slice(0, at)}\n${header}\n${doc.slice(at)}`;
}

/** The header block as it is on the page, or undefined when the page has none. */
export function currentHeader(doc: string): string | undefined {
  const start = doc.indexOf(HEADER_START);
  const end = doc.indexOf(HEADER_END);
  return start >= 0 && end > start ? doc.slice(start, end + HEADER_END.length) : undefined;
}
