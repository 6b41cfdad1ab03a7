/**
 * Runs the `manifest-schema` rule on a text without the rest of the registry,
 * so its tests see only its own findings, with the report's data (message ids
 * and data are the contract; the text is checked too, because people read it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LintFile } from '../../server/src/engine/context';
import { parseText } from '../../server/src/engine/parse';
import { formatMessage, type Report } from '../../server/src/engine/rule';
import { manifestSchema } from '../../server/src/engine/rules/manifest-schema';
import type { LanguageId } from '../../server/src/engine/types';

/** Tests run from out/test/engine; fixtures stay in the source tree. */
export const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'manifest-schema');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export interface RuleFinding {
  messageId: string;
  message: string;
  data: Record<string, string | number>;
  /** The source text the finding covers. */
  text: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export function lintFile(text: string, languageId: LanguageId, fileName?: string): LintFile {
  return new LintFile(text, languageId, parseText(text, languageId), fileName);
}

export function runManifestSchema(text: string, languageId: LanguageId, fileName?: string): RuleFinding[] {
  const file = lintFile(text, languageId, fileName);
  const reports: Report<string>[] = [];
  manifestSchema.check({ file, today: '2026-01-01', report: (report) => reports.push(report) });
  return reports.map((report) => {
    const template = (manifestSchema.meta.messages as Record<string, string>)[report.messageId];
    if (template === undefined) throw new Error(`undeclared message id ${report.messageId}`);
    const range = file.lines.range(report.offset, report.length);
    return {
      messageId: report.messageId,
      message: formatMessage(template, report.data),
      data: report.data ?? {},
      text: text.slice(report.offset, report.offset + report.length),
      line: range.start.line,
      character: range.start.character,
      endLine: range.end.line,
      endCharacter: range.end.character,
    };
  });
}
