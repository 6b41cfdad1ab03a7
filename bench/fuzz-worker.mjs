// One fuzz worker (a child process of bench/fuzz.mjs): rebuilds each case from
// (seed, index), runs test/engine/fuzz-check.ts on it and reports. An abort or
// out-of-memory here takes only this process down; the parent records the case
// and starts another worker. Run after `npm run build && npx tsc -b`.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { loadSeeds, makeCase } = require('../out/test/engine/fuzz-cases.js');
const { cpuMsSince, runCase, StepError } = require('../out/test/engine/fuzz-check.js');
const { lint } = require('../out/server/src/engine/index.js');

const { seeds } = loadSeeds();
/** The engine's own CPU time is what the 50 ms/KB target is about: a slow first timing is taken again, and the fastest kept. */
const SLOW_MS_PER_KB = 50;
/** A bound on how long a reproducer is shrunk. */
const MINIMIZE_MS = 5000;

process.on('message', (message) => {
  if (message.type === 'case') process.send(runOne(message));
});
process.send({ type: 'ready', seeds: seeds.length });

function runOne({ runSeed, index, caseOptions, fixAll }) {
  const fuzzCase = makeCase(seeds, runSeed, index, caseOptions);
  const bytes = Buffer.byteLength(fuzzCase.text, 'utf8');
  // Tells the parent how long this case may take before it counts as a hang.
  process.send({ type: 'start', index, bytes, lints: fuzzCase.edits.length + 1 + (fixAll ? 3 : 0) });
  const result = { type: 'result', index, mutation: fuzzCase.mutation, seed: fuzzCase.seed.name, bytes };
  try {
    const outcome = runCase(fuzzCase, { fixAll });
    const kb = Math.max(1, bytes / 1024);
    let freshMs = outcome.freshMs;
    result.firstMsPerKb = freshMs / kb;
    for (let retry = 0; retry < 2 && freshMs / kb > SLOW_MS_PER_KB; retry++) {
      const started = process.cpuUsage();
      lint(fuzzCase.text, fuzzCase.language, {}, { fileName: fuzzCase.fileName, today: '2026-01-01' });
      freshMs = Math.min(freshMs, cpuMsSince(started));
    }
    Object.assign(result, {
      msPerKb: freshMs / kb,
      mismatch: outcome.mismatch,
      equalSegments: outcome.equalSegments,
      fixStop: outcome.fixStop,
      findings: outcome.findings,
    });
  } catch (error) {
    const step = error instanceof StepError ? error.step : 'unknown';
    result.thrown = { step, stack: String(error?.stack ?? error).slice(0, 4000) };
    result.reproducer = minimize(fuzzCase, step);
  }
  result.rss = process.memoryUsage().rss;
  return result;
}

/** The smallest text (by removing lines, then characters) on which the same step still throws, within MINIMIZE_MS. */
function minimize(fuzzCase, step) {
  const deadline = performance.now() + MINIMIZE_MS;
  const throws = (text) => {
    try {
      runCase({ ...fuzzCase, text, edits: [fuzzCase.seed.text, text] }, { fixAll: step === 'fix-all' });
      return false;
    } catch (error) {
      return error instanceof StepError && error.step === step;
    }
  };
  if (!throws(fuzzCase.text)) return fuzzCase.text;
  let lines = fuzzCase.text.split(/(?<=\n)/);
  lines = shrink(lines, (parts) => throws(parts.join('')), deadline);
  const chars = shrink([...lines.join('')], (parts) => throws(parts.join('')), deadline);
  return chars.join('');
}

/** Delta debugging: drop chunks of halving size while the predicate still holds. */
function shrink(parts, holds, deadline) {
  let chunk = Math.max(1, parts.length >> 1);
  while (chunk >= 1 && performance.now() < deadline) {
    let removed = false;
    for (let at = 0; at < parts.length && performance.now() < deadline;) {
      const candidate = [...parts.slice(0, at), ...parts.slice(at + chunk)];
      if (candidate.length < parts.length && holds(candidate)) {
        parts = candidate;
        removed = true;
      } else at += chunk;
    }
    if (!removed) chunk >>= 1;
  }
  return parts;
}
