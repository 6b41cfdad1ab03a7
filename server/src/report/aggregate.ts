/**
 * Folds SARIF logs, one at a time, into the estate's figures. Nothing of a
 * log is kept once it is added but counts, capped lists and one short hash
 * per open finding, so memory does not grow with the size of the estate's
 * SARIF, only (slowly) with the number of findings and services.
 */
import { createHash } from 'node:crypto';
import {
  EXPIRY_WINDOW_DAYS,
  LIST_LIMIT,
  SAMPLE_LIMIT,
  type CappedList,
  type ExpiringItem,
  type FindingRef,
  type HscnDependency,
  type InputProblem,
  type Level,
  type LevelCounts,
  type ParseFailure,
  type ServiceFigures,
} from './model';
import { readRun, type RunView, type SarifResultView } from './sarif-read';

export const TOOL_NAME = 'internet-first-lint';
const EXPIRED_WAIVER = /The waiver for this finding expired on (\d{4}-\d{2}-\d{2})\./;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class EstateAggregator {
  readonly services = new Map<string, ServiceFigures>();
  readonly repositories = new Set<string>();
  readonly byRule = new Map<string, LevelCounts>();
  readonly hscn = capped<HscnDependency>();
  readonly expiring = capped<ExpiringItem>();
  readonly parseFailures = capped<ParseFailure>();
  readonly problems: InputProblem[] = [];
  readonly fingerprints = new Set<string>();
  inputsRead = 0;
  private readonly horizon: string;

  constructor(readonly today: string) {
    this.horizon = addDays(today, EXPIRY_WINDOW_DAYS);
  }

  /** Adds one parsed SARIF log; a log from another tool is a problem named after `source`, and nothing of it is counted. */
  addLog(log: unknown, source: string): void {
    const runs = (log as { runs?: unknown } | null)?.runs;
    if (typeof log !== 'object' || log === null || !Array.isArray(runs)) {
      this.problem(source, 'is not a SARIF log (no "runs" array)');
      return;
    }
    const views: RunView[] = [];
    for (const run of runs) {
      const view = readRun(run, source);
      if (typeof view === 'string') {
        this.problem(source, view);
        return;
      }
      views.push(view);
    }
    for (const view of views) this.addRun(view);
    this.inputsRead += 1;
  }

  problem(input: string, message: string): void {
    this.problems.push({ input, message });
  }

  private addRun(run: RunView): void {
    this.repositories.add(run.repository);
    for (const name of run.declaredServices) this.service(run, name);
    if (run.declaredServices.length === 0) this.service(run, run.repositoryService);
    for (const result of run.results) this.addResult(run, result);
  }

  private addResult(run: RunView, result: SarifResultView): void {
    const serviceName = run.serviceFor(result.file);
    const service = this.service(run, serviceName);
    const where = { repository: run.repository, service: serviceName };
    // Built only for the few results a list shows: a link per result would be most of the work.
    const ref = (): FindingRef => {
      const url = run.link(result.file, result.line);
      return { ruleId: result.ruleId, level: result.level, file: result.file, line: result.line, message: result.message, ...(url ? { url } : {}) };
    };
    const expiringItem = (kind: ExpiringItem['kind'], expires: string, expired: boolean, reason?: string): ExpiringItem => {
      const { ruleId, file, line, url } = ref();
      return { kind, ...where, ruleId, file, line, ...(url ? { url } : {}), expires, expired, ...(reason ? { reason } : {}) };
    };
    if (result.suppressed) {
      service.waived += 1;
      const until = result.until;
      if (until !== undefined && until <= this.horizon) this.expiring.add(() => expiringItem('waiver', until, until < this.today, result.reason));
      return;
    }
    service.counts[result.level] += 1;
    service.byRule[result.ruleId] = (service.byRule[result.ruleId] ?? 0) + 1;
    if (result.level === 'error') service.ready = false;
    if (service.sample.length < SAMPLE_LIMIT) service.sample.push(ref());
    const rule = this.byRule.get(result.ruleId) ?? { error: 0, warning: 0, note: 0 };
    rule[result.level] += 1;
    this.byRule.set(result.ruleId, rule);
    if (result.fingerprint) this.fingerprints.add(findingKey(run.repository, result.file, result.fingerprint));

    if (result.ruleId === 'hscn-only-endpoint') {
      const data = result.data;
      const host = str(data.address) ?? str(data.host) ?? '';
      const equivalent = str(data.internetName) ?? str(data.instead);
      this.hscn.add(() => ({ ...ref(), ...where, host, ...(equivalent ? { internetEquivalent: equivalent } : {}) }));
    } else if (result.ruleId === 'parse-error') {
      service.parseFailures += 1;
      this.parseFailures.add(() => {
        const { file, message, url } = ref();
        return { ...where, file, message, ...(url ? { url } : {}) };
      });
    }
    const exemption = result.messageId === 'exposureExempt' ? str(result.data.expires) : undefined;
    if (exemption !== undefined && (!ISO_DATE.test(exemption) || exemption <= this.horizon)) {
      this.expiring.add(() => expiringItem('exemption', exemption, ISO_DATE.test(exemption) && exemption < this.today));
    }
    const lapsed = EXPIRED_WAIVER.exec(result.message)?.[1];
    if (lapsed !== undefined) this.expiring.add(() => expiringItem('waiver', lapsed, true));
  }

  private service(run: RunView, name: string): ServiceFigures {
    const key = `${run.repository}\u0000${name}`;
    let service = this.services.get(key);
    if (!service) {
      service = {
        repository: run.repository,
        service: name,
        ...(run.repositoryUrl ? { repositoryUrl: run.repositoryUrl } : {}),
        ...(run.revision ? { revision: run.revision } : {}),
        counts: { error: 0, warning: 0, note: 0 },
        waived: 0,
        parseFailures: 0,
        byRule: {},
        ready: true,
        sample: [],
      };
      this.services.set(key, service);
    }
    return service;
  }
}

/** The identity of an open finding across runs: its repository, its file and the CLI's content fingerprint. */
export function findingKey(repository: string, file: string, fingerprint: string): string {
  return createHash('sha1').update(`${repository}\u0000${file}\u0000${fingerprint}`).digest('hex').slice(0, 16);
}

export interface Capped<T> extends CappedList<T> {
  /** Takes a function so that an item past the cap is counted without being built. */
  add(item: () => T): void;
}

function capped<T>(): Capped<T> {
  const list = {
    items: [] as T[],
    omitted: 0,
    add(item: () => T): void {
      if (list.items.length < LIST_LIMIT) list.items.push(item());
      else list.omitted += 1;
    },
  };
  return list;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}

export type { Level };
