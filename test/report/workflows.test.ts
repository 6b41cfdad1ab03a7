/**
 * The reusable workflows, checked without GitHub: they parse, are
 * `workflow_call`, use only inputs they declare, and never splice an input
 * or matrix value into a shell script (that is script injection; values go
 * through `env:`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

const WORKFLOWS = path.resolve(__dirname, '../../../.github/workflows');
const REUSABLE = ['internet-first-lint.yml', 'internet-first-estate.yml'];

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { workflow_call?: { inputs?: Record<string, unknown> } };
  jobs: Record<string, { steps: Step[] }>;
}

for (const name of REUSABLE) {
  test(`${name}: a workflow_call workflow whose scripts take values through env only`, () => {
    const text = fs.readFileSync(path.join(WORKFLOWS, name), 'utf8');
    const workflow = parse(text) as Workflow;
    assert.ok(workflow.on.workflow_call, 'not callable');
    const declared = new Set(Object.keys(workflow.on.workflow_call.inputs ?? {}));
    for (const match of text.matchAll(/inputs\.([a-z-]+)/g)) assert.ok(declared.has(match[1]), `inputs.${match[1]} is not declared`);
    for (const [jobName, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps) {
        if (step.run) assert.doesNotMatch(step.run, /\$\{\{/, `${jobName}: a run script splices an expression: ${step.run.slice(0, 80)}`);
        if (step.uses) assert.match(step.uses, /^[\w.-]+\/[\w./-]+@[\w.-]+$/, `${jobName}: ${step.uses} is not owner/name@ref`);
      }
    }
  });
}
