/**
 * The report's arguments into SARIF files to read and paths to lint. A
 * `.sarif` file, a folder holding `.sarif` files, or a glob is SARIF; any
 * other existing file or folder is linted on the spot. A missing path is a
 * problem the report lists, and the other inputs still count.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch/posix';
import type { InputProblem } from './model';

export interface ResolvedInputs {
  sarifFiles: string[];
  lintPaths: string[];
  problems: InputProblem[];
}

const SARIF_FILE = /\.sarif(\.json)?$/i;
const GLOB_CHARS = /[*?[\]{}]/;
const SKIP_FOLDERS = new Set(['node_modules', '.git']);

export function resolveInputs(inputs: readonly string[], cwd: string): ResolvedInputs {
  const resolved: ResolvedInputs = { sarifFiles: [], lintPaths: [], problems: [] };
  for (const input of inputs) {
    if (GLOB_CHARS.test(input)) {
      const files = expandGlob(input, cwd);
      if (files.length === 0) resolved.problems.push({ input, message: 'matches no file' });
      resolved.sarifFiles.push(...files);
      continue;
    }
    const absolute = path.resolve(cwd, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      resolved.problems.push({ input, message: 'does not exist' });
      continue;
    }
    if (stat.isFile()) {
      (SARIF_FILE.test(input) ? resolved.sarifFiles : resolved.lintPaths).push(absolute);
      continue;
    }
    const sarif = walk(absolute).filter((file) => SARIF_FILE.test(file));
    if (sarif.length > 0) resolved.sarifFiles.push(...sarif);
    else resolved.lintPaths.push(absolute);
  }
  return resolved;
}

function expandGlob(pattern: string, cwd: string): string[] {
  const slashed = pattern.split(path.sep).join('/');
  const segments = slashed.split('/');
  const staticEnd = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const base = path.resolve(cwd, segments.slice(0, staticEnd).join('/') || '.');
  const rest = segments.slice(staticEnd).join('/');
  const matches = picomatch(rest, { dot: false });
  return walk(base).filter((file) => matches(path.relative(base, file).split(path.sep).join('/')));
}

/** Every file under `folder`, in a stable order; unreadable folders are skipped (their files cannot be read anyway). */
function walk(folder: string): string[] {
  const files: string[] = [];
  const stack = [folder];
  while (stack.length > 0) {
    const current = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && !SKIP_FOLDERS.has(entry.name)) stack.push(full);
      else if (entry.isFile()) files.push(full);
    }
  }
  return files.sort();
}
