/**
 * Whether the stylish report is coloured. Explicit flags win, then the
 * FORCE_COLOR and NO_COLOR conventions (https://no-color.org), then whether
 * stdout is a terminal. A report written to a file is plain unless --color.
 */
export interface ColorInputs {
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  writingToFile: boolean;
  stdoutIsTTY: boolean;
}

export function shouldUseColor({ flag, env, writingToFile, stdoutIsTTY }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  if (writingToFile) return false;
  const force = env.FORCE_COLOR;
  // Node's reading of FORCE_COLOR: '', '1', '2', '3', 'true' enable; '0' and 'false' disable.
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stdoutIsTTY;
}
