/**
 * One SARIF run of internet-first-lint as the estate report sees it: the
 * repository, the services its manifests name, and its results reduced to
 * plain fields. Everything is checked, not trusted: the files come from many
 * repositories' CI, and a run from another tool must be refused by name, not
 * counted as a clean service.
 */
import * as path from 'node:path';
import type { Level } from './model';
import { trimTrailingSlashes } from './provenance';

const TOOL = 'internet-first-lint';
const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'note']);

export interface SarifResultView {
  ruleId: string;
  messageId?: string;
  level: Level;
  message: string;
  file: string;
  line: number;
  fingerprint?: string;
  data: Record<string, unknown>;
  suppressed: boolean;
  reason?: string;
  until?: string;
}

export interface RunView {
  repository: string;
  repositoryUrl?: string;
  revision?: string;
  declaredServices: string[];
  /** The service a file outside every manifest's folder belongs to. */
  repositoryService: string;
  results: SarifResultView[];
  serviceFor(file: string): string;
  link(file: string, line: number): string | undefined;
}

type Json = Record<string, unknown>;

export function readRun(value: unknown, source: string): RunView | string {
  const run = record(value);
  const driver = record(record(run.tool).driver);
  if (driver.name !== TOOL) {
    const name = typeof driver.name === 'string' ? `"${driver.name}"` : 'an unnamed tool';
    return `was produced by ${name}, not ${TOOL}; give the report only this linter's SARIF`;
  }
  const provenance = record(array(run.versionControlProvenance)[0]);
  // Only a web address becomes a link: the page must never carry a `javascript:` (or any other) URL from a SARIF file.
  const repositoryUrl =
    typeof provenance.repositoryUri === 'string' && /^https?:\/\/[^\s]+$/i.test(provenance.repositoryUri)
      ? trimTrailingSlashes(provenance.repositoryUri)
      : undefined;
  const revision = typeof provenance.revisionId === 'string' ? provenance.revisionId : undefined;
  const srcRoot = typeof record(provenance.properties).srcRootInRepository === 'string' ? (record(provenance.properties).srcRootInRepository as string) : '';
  const repository = repositoryUrl ? repositoryName(repositoryUrl) : sourceName(source);
  // Without a manifest the repository is the service, named as its own last segment (`nhs/pds` -> `pds`).
  const repositoryService = repository.slice(repository.lastIndexOf('/') + 1) || repository;

  const manifests: Array<{ folder: string; services: string[] }> = [];
  for (const artifact of array(run.artifacts)) {
    const services = array(record(record(artifact).properties).services).filter((name): name is string => typeof name === 'string');
    const uri = uriOf(record(artifact).location);
    if (services.length > 0 && uri !== undefined) manifests.push({ folder: folderOf(uri), services });
  }
  // Deepest folder first: a file belongs to the nearest manifest above it (one at the root claims the whole repository).
  manifests.sort((a, b) => b.folder.length - a.folder.length);
  const declaredServices = [...new Set(manifests.flatMap((m) => m.services))];

  const results: SarifResultView[] = [];
  // This linter's waived findings travel in the property bag (see sarif-extras.ts); other producers' in `results`.
  for (const item of [...array(run.results), ...array(record(run.properties).waivedResults)]) {
    const result = record(item);
    if (typeof result.ruleId !== 'string') continue;
    const location = record(record(array(result.locations)[0]).physicalLocation);
    const properties = record(result.properties);
    const suppression = record(array(result.suppressions)[0]);
    const suppressed = array(result.suppressions).length > 0 && suppression.status !== 'rejected' && suppression.status !== 'underReview';
    results.push({
      ruleId: result.ruleId,
      ...(typeof properties.messageId === 'string' ? { messageId: properties.messageId } : {}),
      level: typeof result.level === 'string' && LEVELS.has(result.level) ? (result.level as Level) : 'warning',
      message: typeof record(result.message).text === 'string' ? (record(result.message).text as string) : '',
      file: uriOf(location.artifactLocation) ?? '(no file)',
      line: typeof record(location.region).startLine === 'number' ? (record(location.region).startLine as number) : 1,
      ...(typeof record(result.partialFingerprints)['internetFirstLint/v1'] === 'string'
        ? { fingerprint: record(result.partialFingerprints)['internetFirstLint/v1'] as string }
        : {}),
      data: record(properties.data),
      suppressed,
      ...(typeof suppression.justification === 'string' ? { reason: suppression.justification } : {}),
      ...(typeof record(suppression.properties).until === 'string' ? { until: record(suppression.properties).until as string } : {}),
    });
  }

  return {
    repository,
    declaredServices,
    repositoryService,
    results,
    ...(repositoryUrl ? { repositoryUrl } : {}),
    ...(revision ? { revision } : {}),
    serviceFor(file) {
      const owner = manifests.find((m) => m.folder === '' || file.startsWith(m.folder));
      return owner ? owner.services[0] : repositoryService;
    },
    link(file, line) {
      if (!repositoryUrl || !/^https?:\/\//.test(repositoryUrl)) return undefined;
      const repoPath = `${srcRoot}${file}`.split('/').map(encodeURIComponent).join('/');
      return `${repositoryUrl}/blob/${encodeURIComponent(revision ?? 'HEAD')}/${repoPath}#L${line}`;
    },
  };
}

/** `https://github.com/nhs/pds-adaptor` -> `nhs/pds-adaptor`. */
function repositoryName(url: string): string {
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    return parts.slice(-2).join('/') || url;
  } catch {
    return url;
  }
}

/** Without provenance the SARIF file's own name stands for the repository (CI names artifacts after it). */
function sourceName(source: string): string {
  return (
    path
      .basename(source)
      .replace(/\.sarif(\.json)?$/i, '')
      .replace(/\.json$/i, '') || source
  );
}

function uriOf(location: unknown): string | undefined {
  const uri = record(location).uri;
  if (typeof uri !== 'string') return undefined;
  try {
    return decodeURIComponent(uri).replace(/^\.\//, '');
  } catch {
    return uri;
  }
}

function folderOf(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash + 1);
}

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
