/**
 * The work budget on linting one file (issue 11): past `LintOptions.budgetMs`
 * the linter starts no further rule and stops the running one, keeps what was
 * found, and says at the top of the file which rules were not checked. An
 * editor gets a partial answer instead of a server that stops answering.
 *
 * The clock is read between rules and, every STEPS_PER_CLOCK_READ steps,
 * while a rule reports or reads a value's addresses (LintFile.targets): every
 * rule does one or the other for each value it looks at, so no rule can run
 * long between two reads. A YAML parse steps once per line or token while it
 * reads the text (parse/yaml.ts, parse/yaml-block.ts), so it is stopped too; what it had not read is then
 * not checked at all. JSON parses fast and is not metered.
 *
 * Pure: the clock is injected, `performance.now` (a global in browsers and
 * Node) unless the caller passes one; tests pass a fake one, so they are
 * deterministic.
 */
import { LintFile, type ScalarVisit } from './context';
import type { NetworkTarget } from './targets';

/** Steps between two clock reads: a read costs about as much as a few hundred steps' own work, so this keeps the check under 1%. */
export const STEPS_PER_CLOCK_READ = 64;

/** Thrown inside a rule when the time is up; only the linter catches it. */
export class BudgetExceeded extends Error {
  constructor() {
    super('lint budget exceeded');
  }
}

export class WorkBudget {
  private readonly started: number;
  private steps = 0;
  /** Set once the time is up; from then on no rule that could be slow is started. */
  private exhausted = false;

  constructor(
    /** Milliseconds for the whole lint of one file, parse included. */
    readonly limitMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.started = clock();
  }

  /** Whether time is left (reads the clock until the first time it is not). */
  hasTimeLeft(): boolean {
    if (!this.exhausted && this.clock() - this.started > this.limitMs) this.exhausted = true;
    return !this.exhausted;
  }

  /** One unit of a rule's work: throws BudgetExceeded when the time is up. */
  step(): void {
    this.steps++;
    if (this.steps % STEPS_PER_CLOCK_READ === 0 && !this.hasTimeLeft()) throw new BudgetExceeded();
  }
}

/** The file as rules see it, counting each value's address look-up as a step of the budget. */
export class BudgetedLintFile extends LintFile {
  constructor(
    private readonly budget: WorkBudget,
    ...file: ConstructorParameters<typeof LintFile>
  ) {
    super(...file);
  }

  protected override view(...parts: ConstructorParameters<typeof LintFile>): LintFile {
    return new BudgetedLintFile(this.budget, ...parts);
  }

  override targets(visit: ScalarVisit): NetworkTarget[] {
    this.budget.step();
    return super.targets(visit);
  }
}
