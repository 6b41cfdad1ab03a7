/**
 * Starts code-server (VS Code 1.100.3 served to a browser) isolated from the
 * machine: loopback only, no auth, its own user-data, extensions and XDG
 * folders in a scratch folder, no telemetry, update checks or marketplace.
 * Its output is kept and, on stop, copied with VS Code's own logs (extension
 * host, remote agent) to the test's results folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY } from './environment';

/** A cold start (first run after install) takes a few seconds; this only bounds a hang. */
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface CodeServerOptions {
  scratch: string;
  resultsFolder: string;
  /** Defaults to an empty folder in the scratch folder. */
  extensionsDir?: string;
  /** Passed to the server and so to its extension host. */
  env?: Record<string, string>;
  /**
   * The user's settings.json. None by default: VS Code opens that file as a
   * JSONC document, which would activate the extension before a test opens a file.
   */
  userSettings?: Record<string, unknown>;
}

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  /** What the server printed so far. */
  output(): string;
  /** `vscode-remote://` URI of a path on this machine, as the workbench URL's payload wants it. */
  remoteUri(path: string): string;
  /**
   * The workbench URL for a folder, or for a multi-root workspace given by its
   * `.code-workspace` file, with an optional `payload` (extension development
   * and test paths).
   */
  workbenchUrl(folderOrWorkspaceFile: string, payload?: [string, string][]): string;
  stop(): Promise<void>;
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { scratch, resultsFolder } = options;
  const port = await freePort();
  const extensionsDir = options.extensionsDir ?? join(scratch, 'extensions');
  const userDataDir = join(scratch, 'user-data');
  for (const folder of [extensionsDir, join(userDataDir, 'User'), join(scratch, 'xdg')]) mkdirSync(folder, { recursive: true });
  if (options.userSettings) writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify(options.userSettings, null, 2));

  const env: NodeJS.ProcessEnv = {
    ...withoutHostVariables(process.env),
    ...isolatedXdg(scratch),
    EXTENSIONS_GALLERY: NO_GALLERY,
    ...options.env,
  };
  const args = [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
  ];
  // Its own process group, so that stop() ends the server with the extension host and pty host it started.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logPath = join(resultsFolder, 'code-server.log');
  const logFile = createWriteStream(logPath);
  let output = '';
  const onOutput = (chunk: Buffer): void => {
    output += chunk.toString();
    logFile.write(chunk);
  };
  child.stdout!.on('data', onOutput);
  child.stderr!.on('data', onOutput);
  const closed = new Promise<void>((resolveClose) => child.on('close', () => resolveClose()));
  // If the test process ends first (a timeout, Ctrl+C), do not leave the server running.
  const endOnExit = (): void => signalGroup(child, 'SIGKILL');
  process.once('exit', endOnExit);

  const url = `http://127.0.0.1:${port}/`;
  const server: CodeServer = {
    url,
    port,
    output: () => output,
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    workbenchUrl(folderOrWorkspaceFile, payload) {
      const address = new URL(url);
      // code-server takes a local path in either parameter, as `code <path>` does.
      address.searchParams.set(folderOrWorkspaceFile.endsWith(WORKSPACE_FILE_EXTENSION) ? 'workspace' : 'folder', folderOrWorkspaceFile);
      if (payload !== undefined) address.searchParams.set('payload', JSON.stringify(payload));
      return address.toString();
    },
    async stop() {
      await endProcessGroup(child, closed);
      process.off('exit', endOnExit);
      await new Promise<void>((resolveEnd) => logFile.end(resolveEnd));
      // VS Code's own logs: the extension host's and the remote agent's, for a failure that the server log does not explain.
      const logs = join(userDataDir, 'logs');
      if (existsSync(logs)) cpSync(logs, join(resultsFolder, 'vscode-logs'), { recursive: true });
    },
  };

  try {
    await waitUntilListening(child, () => output, port);
    await healthy(url);
  } catch (error) {
    await server.stop();
    throw new Error(`code-server did not start: ${(error as Error).message}\n--- code-server output ---\n${output}`, { cause: error });
  }
  return server;
}

const WORKSPACE_FILE_EXTENSION = '.code-workspace';

/** No marketplace: no failed look-ups to a network this machine does not have. */
const NO_GALLERY = '{"serviceUrl":""}';

/** Otherwise code-server writes its config and state under the home folder. */
function isolatedXdg(scratch: string): NodeJS.ProcessEnv {
  return {
    XDG_CONFIG_HOME: join(scratch, 'xdg/config'),
    XDG_DATA_HOME: join(scratch, 'xdg/data'),
    XDG_CACHE_HOME: join(scratch, 'xdg/cache'),
  };
}

/** Variables that would make code-server think it runs inside another VS Code, or the test runner's own. */
function withoutHostVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of Object.keys(copy)) {
    if (name.startsWith('VSCODE_') || name === 'NODE_TEST_CONTEXT' || name === 'ELECTRON_RUN_AS_NODE') delete copy[name];
  }
  return copy;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Resolves when code-server says it listens; rejects if it exits or takes too long. */
function waitUntilListening(child: ChildProcess, output: () => string, port: number): Promise<void> {
  const ready = `HTTP server listening on http://127.0.0.1:${port}`;
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => finish(new Error(`not listening after ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const onData = (): void => {
      if (output().includes(ready)) finish();
    };
    const onExit = (code: number | null): void => finish(new Error(`exited with code ${code}`));
    function finish(error?: Error): void {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stderr!.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolveReady();
    }
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', onExit);
    onData();
  });
}

function healthy(url: string): Promise<void> {
  return new Promise((resolveHealth, reject) => {
    get(new URL('healthz', url), (response) => {
      response.resume();
      if (response.statusCode === 200) resolveHealth();
      else reject(new Error(`GET /healthz answered ${response.statusCode}`));
    }).on('error', reject);
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function endProcessGroup(child: ChildProcess, closed: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  signalGroup(child, 'SIGTERM');
  const timedOut = await Promise.race([closed.then(() => false), delay(STOP_TIMEOUT_MS).then(() => true)]);
  if (timedOut) {
    signalGroup(child, 'SIGKILL');
    await closed;
  }
  // The server has gone; an extension host or pty host that outlived it goes now.
  signalGroup(child, 'SIGKILL');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms).unref());
}

/** `code-server --install-extension <vsix> --extensions-dir <dir>`, as a user installs a downloaded .vsix (offline). */
export function installExtension(vsix: string, extensionsDir: string, scratch: string): string {
  const result = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--install-extension', vsix, '--extensions-dir', extensionsDir], {
    env: { ...withoutHostVariables(process.env), ...isolatedXdg(scratch), EXTENSIONS_GALLERY: NO_GALLERY },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`code-server --install-extension failed (${result.status ?? result.error?.message}):\n${output}`);
  return output;
}
