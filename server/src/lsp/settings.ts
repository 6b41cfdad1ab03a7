/**
 * The server's settings, pulled per resource with `workspace/configuration`
 * (section `internetFirst`) and cached per URI until the client says they
 * changed. Values come from user-edited JSON, so every field passes through a
 * small `X.from(value)` normaliser that keeps what is valid and reports the rest.
 */
import type { Connection } from 'vscode-languageserver/node';
import { getRule, type LintConfig, type SeveritySetting } from '../engine';

export const SETTINGS_SECTION = 'internetFirst';

export interface ServerSettings {
  /** false: publish no diagnostics for the resource. */
  enable: boolean;
  /** Handed to the engine as is. */
  lintConfig: LintConfig;
  /** `internetFirst.maxLintTime`: milliseconds for linting one document (the engine's budgetMs; 0: no limit). */
  maxLintMs: number;
}

/**
 * Long enough for any hand-written file (a 50,000-line YAML file lints in
 * about 0.2 s), short enough that a generated one cannot hold the server:
 * past it the document gets the findings so far and a note at the top.
 */
export const DEFAULT_MAX_LINT_MS = 3000;

export const DEFAULT_SETTINGS: ServerSettings = Object.freeze({ enable: true, lintConfig: {}, maxLintMs: DEFAULT_MAX_LINT_MS });

/** Receives one message per rejected setting, so that a typo is visible in the output channel. */
export type ProblemReporter = (message: string) => void;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export namespace SeverityValue {
  const allowed: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

  /** `"warning"` (any case) -> `'warning'`, `"warn"` too (as in config files); anything else -> undefined. */
  export function from(value: unknown): SeveritySetting | undefined {
    if (typeof value !== 'string') return undefined;
    const lower = value.trim().toLowerCase();
    return allowed.find((severity) => severity === (lower === 'warn' ? 'warning' : lower));
  }
}

export namespace RuleSeverities {
  /** `{ "insecure-url": "off" }` -> the engine's `rules`, dropping unknown rules and bad severities. */
  export function from(value: unknown, report: ProblemReporter): NonNullable<LintConfig['rules']> {
    const rules: NonNullable<LintConfig['rules']> = {};
    if (value === undefined || value === null) return rules;
    if (!isPlainObject(value)) {
      report(`${SETTINGS_SECTION}.rules must be an object of rule id to severity; ignored.`);
      return rules;
    }
    for (const [ruleId, rawSeverity] of Object.entries(value)) {
      const severity = SeverityValue.from(rawSeverity);
      if (getRule(ruleId) === undefined) {
        report(`${SETTINGS_SECTION}.rules: unknown rule "${ruleId}" ignored.`);
      } else if (severity === undefined) {
        report(
          `${SETTINGS_SECTION}.rules: "${ruleId}" has severity ${JSON.stringify(rawSeverity)}; ` + 'expected "off", "info", "warning" or "error". Ignored.',
        );
      } else {
        rules[ruleId] = severity;
      }
    }
    return rules;
  }
}

export namespace ServerSettings {
  /** The `internetFirst` section as the client sent it -> settings with defaults filled in. */
  export function from(value: unknown, report: ProblemReporter): ServerSettings {
    if (value === undefined || value === null) return DEFAULT_SETTINGS;
    if (!isPlainObject(value)) {
      report(`${SETTINGS_SECTION} settings must be an object; using defaults.`);
      return DEFAULT_SETTINGS;
    }
    let enable = DEFAULT_SETTINGS.enable;
    if (typeof value.enable === 'boolean') enable = value.enable;
    else if (value.enable !== undefined && value.enable !== null) {
      report(`${SETTINGS_SECTION}.enable must be true or false; using ${String(enable)}.`);
    }
    return { enable, lintConfig: { rules: RuleSeverities.from(value.rules, report) }, maxLintMs: MaxLintTime.from(value.maxLintTime, report) };
  }
}

export namespace MaxLintTime {
  /** `internetFirst.maxLintTime`: a whole number of milliseconds, 0 for no limit; anything else is reported and the default kept. */
  export function from(value: unknown, report: ProblemReporter): number {
    if (value === undefined || value === null) return DEFAULT_MAX_LINT_MS;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    report(`${SETTINGS_SECTION}.maxLintTime must be a whole number of milliseconds (0: no limit); using ${DEFAULT_MAX_LINT_MS}.`);
    return DEFAULT_MAX_LINT_MS;
  }
}

/**
 * Where settings come from. Clients with the `workspace.configuration`
 * capability are asked per resource; for the others (some editors) the last
 * settings pushed in `workspace/didChangeConfiguration` apply to every
 * document, or the defaults when none were pushed.
 */
export class SettingsStore {
  private readonly perResource = new Map<string, Promise<ServerSettings>>();
  private pushed: ServerSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canPullConfiguration: boolean,
  ) {}

  get(uri: string): Promise<ServerSettings> {
    if (!this.canPullConfiguration) return Promise.resolve(this.pushed);
    let settings = this.perResource.get(uri);
    if (settings === undefined) {
      settings = this.pull(uri);
      this.perResource.set(uri, settings);
    }
    return settings;
  }

  /** After `workspace/didChangeConfiguration`: forget everything; keep pushed settings for clients that cannot be asked. */
  reset(pushedSettings: unknown): void {
    this.perResource.clear();
    if (!this.canPullConfiguration) {
      const section = isPlainObject(pushedSettings) ? pushedSettings[SETTINGS_SECTION] : undefined;
      this.pushed = ServerSettings.from(section, (message) => this.connection.console.warn(message));
    }
  }

  forget(uri: string): void {
    this.perResource.delete(uri);
  }

  private async pull(uri: string): Promise<ServerSettings> {
    try {
      const section: unknown = await this.connection.workspace.getConfiguration({
        scopeUri: uri,
        section: SETTINGS_SECTION,
      });
      return ServerSettings.from(section, (message) => this.connection.console.warn(message));
    } catch (error) {
      // A client that fails the request should not stop linting: use the defaults, ask again next time.
      this.perResource.delete(uri);
      this.connection.console.error(`Could not read settings for ${uri}: ${String(error)}`);
      return DEFAULT_SETTINGS;
    }
  }
}
