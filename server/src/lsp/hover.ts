/**
 * Hover: on a finding, what its rule finds, why that matters under Internet
 * First, and a link to the rule's page; on a key of a service manifest, the
 * schema's title and description of that property. Both when both apply.
 */
import { MarkupKind, Range, type Hover, type Position } from './protocol-library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, getRule, manifestKeyHover, type Finding, type LanguageId, type ManifestLookupOptions } from '../engine';

export interface HoverRequest {
  document: TextDocument;
  languageId: LanguageId;
  position: Position;
  /** The document's findings for its current version (undefined when not linted yet). */
  findings: readonly Finding[] | undefined;
  lookup: ManifestLookupOptions;
  markdown: boolean;
}

export function hoverAt(request: HoverRequest): Hover | null {
  const { document, position } = request;
  const offset = document.offsetAt(position);
  const sections: string[] = [];
  let range: Range | undefined;

  const here = (request.findings ?? []).filter((f) => f.range.start.offset <= offset && offset <= f.range.end.offset);
  const ruleIds = [...new Set(here.map((finding) => finding.ruleId))];
  for (const ruleId of ruleIds) {
    const section = ruleSection(
      ruleId,
      here.filter((finding) => finding.ruleId === ruleId),
    );
    if (section !== undefined) sections.push(section);
  }
  if (here.length > 0) range = Range.create(document.positionAt(here[0].range.start.offset), document.positionAt(here[0].range.end.offset));

  const schema = manifestKeyHover(document.getText(), request.languageId, offset, request.lookup);
  if (schema !== undefined) {
    const lines = [`**${schema.title ?? keyPath(schema.path)}** \`${keyPath(schema.path)}\``];
    if (schema.description !== undefined) lines.push(schema.description);
    if (schema.allowed !== undefined) lines.push(`Allowed: ${schema.allowed.map((value) => `\`${value}\``).join(', ')}`);
    sections.unshift(lines.join('\n\n'));
    range = Range.create(document.positionAt(schema.offset), document.positionAt(schema.offset + schema.length));
  }

  if (sections.length === 0) return null;
  const markdown = sections.join('\n\n---\n\n');
  return {
    contents: request.markdown ? { kind: MarkupKind.Markdown, value: markdown } : { kind: MarkupKind.PlainText, value: plainText(markdown) },
    ...(range ? { range } : {}),
  };
}

/** `spec.endpoints[].tls.minVersion`. */
function keyPath(path: ReadonlyArray<string | number>): string {
  return path.map((segment, index) => (typeof segment === 'number' ? '[]' : index === 0 ? segment : `.${segment}`)).join('');
}

/**
 * A finding's rule, compact so that the editor's Quick Fix link below stays in
 * view: the rule id and what it finds on one line, why it matters in one
 * paragraph, why the severity is lower here (if it is), and the rule's page.
 * Never the message: the editor already shows it above the hover.
 */
function ruleSection(ruleId: string, findings: readonly Finding[]): string | undefined {
  const meta = getRule(ruleId)?.meta;
  if (meta === undefined) return undefined;
  // Why a finding is quieter here: the file (or Compose service) is a local stack, a test or an example.
  const reasons = [...new Set(findings.flatMap((finding) => (finding.context?.kind === 'local' ? [finding.context.reason] : [])))];
  return [
    `**${ruleId}**: ${meta.description}`,
    meta.rationale,
    ...reasons.map((reason) => `*Severity lowered (local context):* ${reason}.`),
    `[Documentation for ${ruleId}](${docsUrl(ruleId)})`,
  ].join('\n\n');
}

/** For clients without markdown: links as `text (url)`, no emphasis markers or rules. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1: $2')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/\n\n---\n\n/g, '\n\n');
}
