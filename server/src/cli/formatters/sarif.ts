/**
 * SARIF 2.1.0 for code-scanning systems (GitHub, Azure DevOps). Deterministic
 * by design: no timestamps and no absolute paths, so the same tree gives the
 * same bytes. File URIs are relative to `%SRCROOT%`, the folder the tool ran
 * in; its absolute location is left to the consumer (SARIF §3.14.14), which
 * knows where it checked the repository out.
 */
import { docsUrl, ruleMetas, type LintConfig, type RuleMeta, type Severity, type SeveritySetting } from '../../engine';
import { FINGERPRINT_KEY } from '../fingerprint';
import { reportData, versionControlDetails, waivedProperty, waiverSuppression, type SarifResult } from '../../report/sarif-extras';
import type { FileReport, LintReport, ReportedFinding } from '../run';
import type { FormatContext } from './index';
import { escapeJsonText } from '../../engine';
import type * as Sarif from 'sarif';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(report: LintReport, context: FormatContext): string {
  // parse-error is in the registry, so the CLI's own findings (unreadable, binary) have a rule too.
  const rules = ruleMetas();
  const ruleIndex = new Map(rules.map((meta, index) => [meta.id, index]));
  const artifactIndex = new Map(report.files.map((file, index) => [file.path, index]));

  const result = (file: FileReport, finding: ReportedFinding): SarifResult => ({
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...artifactLocation(file.path, file.pathBytes), index: artifactIndex.get(file.path) },
          region: {
            startLine: finding.range.start.line + 1,
            startColumn: finding.range.start.character + 1,
            endLine: finding.range.end.line + 1,
            // SARIF's endColumn is the column after the region's last character.
            endColumn: finding.range.end.character + 1,
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    properties: { messageId: finding.messageId, ...reportData(finding), ...(finding.context ? { context: finding.context } : {}) },
  });
  const results = report.files.flatMap((file) => file.findings.map((finding) => result(file, finding)));
  const waived = report.files.flatMap((file) =>
    (file.waived ?? []).map((finding) => ({ ...result(file, finding), suppressions: [waiverSuppression(finding)] })),
  );
  const provenance = context.provenance;

  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.tool.name,
            version: context.tool.version,
            semanticVersion: context.tool.version,
            informationUri: context.tool.informationUri,
            rules: rules.map(ruleDescriptor),
          },
        },
        invocations: [invocation(report, context.config, ruleIndex)],
        originalUriBaseIds: {
          [SOURCE_ROOT]: { description: { text: 'The folder internet-first-lint was run in; file paths are relative to it.' } },
        },
        ...(provenance ? { versionControlProvenance: [versionControlDetails(provenance)] } : {}),
        artifacts: report.files.map((file) => ({
          location: artifactLocation(file.path, file.pathBytes),
          roles: ['analysisTarget'],
          ...(file.services ? { properties: { services: file.services } } : {}),
        })),
        results,
        columnKind: 'utf16CodeUnits',
        ...waivedProperty(waived),
      },
    ],
  };
  return `${escapeJsonText(JSON.stringify(log, null, 2))}\n`;
}

/**
 * A rule as code scanning shows it: what it finds (the descriptions), and in
 * the rule help why it matters under Internet First with a link to its page.
 * Results carry only the short message; the why lives here. Text fields are
 * plain (metadata writes code in backticks, which only `help.markdown` renders).
 */
function ruleDescriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const url = docsUrl(meta.id);
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: plain(meta.description) },
    fullDescription: { text: plain(meta.description) },
    helpUri: url,
    help: { text: `${plain(meta.rationale)} See ${url}`, markdown: `${meta.rationale}\n\n[Documentation for ${meta.id}](${url})` },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { fixable: meta.fixable },
  };
}

function plain(text: string): string {
  return text.replace(/`/g, '');
}

function invocation(report: LintReport, config: LintConfig, ruleIndex: Map<string, number>): Sarif.Invocation {
  const overrides = Object.entries(config.rules ?? {}).flatMap(([id, setting]): Sarif.ConfigurationOverride[] => {
    const severity: SeveritySetting | undefined = typeof setting === 'string' ? setting : setting.severity;
    if (severity === undefined || !ruleIndex.has(id)) return [];
    const configuration = severity === 'off' ? { enabled: false } : { level: LEVEL[severity] };
    return [{ descriptor: { id, index: ruleIndex.get(id) }, configuration }];
  });
  const notifications = report.internalErrors.map((error): Sarif.Notification => ({
    level: 'error',
    message: { text: `Internal error while linting ${error.path}: ${error.message.split('\n')[0]}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.path) } }],
  }));
  // A stale baseline entry is a matter of configuration, not a result: a result would open an alert.
  const staleEntries = (report.baseline?.stale ?? []).map((entry): Sarif.Notification => ({
    level: 'note',
    descriptor: { id: 'stale-baseline-entry' },
    message: {
      text:
        `The baseline ${report.baseline!.file} records a ${entry.ruleId} finding (fingerprint ${entry.fingerprint}) ` +
        `that is no longer found; run with --update-baseline to remove it.`,
    },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(entry.path) } }],
  }));
  return {
    executionSuccessful: report.internalErrors.length === 0,
    ...(overrides.length > 0 ? { ruleConfigurationOverrides: overrides } : {}),
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
    ...(staleEntries.length > 0 ? { toolConfigurationNotifications: staleEntries } : {}),
    ...(report.baseline
      ? { properties: { baseline: { file: report.baseline.file, suppressed: report.baseline.suppressed, stale: report.baseline.stale.length } } }
      : {}),
  };
}

/**
 * A relative URI reference: each segment percent-encoded (spaces, `#`, a `:`
 * that would read as a scheme), from the path's bytes when the name is not
 * UTF-8 (`caf%E9.yaml`), else from its UTF-8 (as encodeURIComponent does).
 */
function artifactLocation(displayPath: string, pathBytes?: Uint8Array): { uri: string; uriBaseId: string } {
  return { uri: percentEncodePath(pathBytes ?? Buffer.from(displayPath, 'utf8')), uriBaseId: SOURCE_ROOT };
}

/** Every byte but `/` and encodeURIComponent's unreserved characters as `%XX`. */
export function percentEncodePath(bytes: Uint8Array): string {
  let uri = '';
  for (const byte of bytes) {
    const character = String.fromCharCode(byte);
    uri += byte < 0x80 && (character === '/' || /[A-Za-z0-9\-_.!~*'()]/.test(character)) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return uri;
}

/** SARIF wants `name` as an identifier-like word: `private-address` -> `PrivateAddress`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}
