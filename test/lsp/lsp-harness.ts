/**
 * A minimal LSP client for tests: starts the bundled server with `--stdio`,
 * answers its requests (configuration, registration), and lets a test wait
 * for the next `textDocument/publishDiagnostics` that matches a condition.
 * Waits are event-driven with a timeout; there are no fixed sleeps.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  ConfigurationRequest,
  LogMessageNotification,
  createMessageConnection,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationItem,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextEdit,
} from 'vscode-languageserver/node';

export const SERVER_PATH = resolve(__dirname, '../../../dist/server/server.js');
export const WAIT_TIMEOUT_MS = 10_000;

export interface HarnessOptions {
  capabilities: ClientCapabilities;
  /** Answers `workspace/configuration`, per item; a promise delays the answer (to test races). */
  configuration?: (item: ConfigurationItem) => unknown;
  initializationOptions?: unknown;
  /** Sent in `initialize` and returned for `workspace/workspaceFolders`. */
  workspaceFolders?: Array<{ uri: string; name: string }>;
  /** Answers `workspace/applyEdit` (default: applied). */
  applyEdit?: (params: ApplyWorkspaceEditParams) => ApplyWorkspaceEditResult;
  /** The server's entry file (default: the built one, SERVER_PATH). */
  serverPath?: string;
}

/** A request or notification the server sent, other than diagnostics. */
export interface ServerMessage {
  method: string;
  params: unknown;
}

interface MessageWaiter {
  matches: (message: ServerMessage) => boolean;
  resolve: (message: ServerMessage) => void;
}

interface Waiter {
  uri: string;
  matches: (params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
  fail: (error: Error) => void;
}

export class LspHarness {
  readonly configurationRequests: ConfigurationItem[] = [];
  readonly registrations: Registration[] = [];
  readonly logMessages: string[] = [];
  readonly publishes: PublishDiagnosticsParams[] = [];
  /** Every other request and notification from the server, in order. */
  readonly messages: ServerMessage[] = [];
  private stderr = '';
  private readonly waiters: Waiter[] = [];
  private readonly messageWaiters: MessageWaiter[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    private readonly options: HarnessOptions,
  ) {
    process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    // 'close' rather than 'exit': it comes after stderr has been read to the end.
    this.exited = new Promise((resolveExit) => process.on('close', (code) => resolveExit(code)));
    // A crash must fail the waiting test at once with the server's stderr, not after a timeout.
    void this.exited.then((code) => {
      for (const waiter of this.waiters.splice(0)) waiter.fail(new Error(`The server exited (code ${code}).\n${this.transcript()}`));
    });
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onPublish(params));
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logMessages.push(params.message);
    });
    connection.onRequest(ConfigurationRequest.type, async (params) => {
      this.configurationRequests.push(...params.items);
      return Promise.all(params.items.map(async (item) => (await this.options.configuration?.(item)) ?? null));
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    const answers: Record<string, (params: unknown) => unknown> = {
      'workspace/applyEdit': (params) => this.options.applyEdit?.(params as ApplyWorkspaceEditParams) ?? { applied: true },
      'workspace/workspaceFolders': () => this.options.workspaceFolders ?? null,
      'window/workDoneProgress/create': () => null,
      'window/showDocument': () => ({ success: true }),
      'workspace/diagnostic/refresh': () => null,
      'client/unregisterCapability': () => null,
    };
    for (const [method, answer] of Object.entries(answers)) {
      connection.onRequest(method, (params: unknown) => {
        this.onMessage({ method, params });
        return answer(params);
      });
    }
    connection.onNotification((method: string, params: unknown) => this.onMessage({ method, params }));
    connection.onUnhandledProgress((params) => this.onMessage({ method: '$/progress', params }));
    connection.listen();
  }

  static async start(options: HarnessOptions): Promise<LspHarness> {
    if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run \`npm run build\` first.`);
    const child = spawn(process.execPath, [options.serverPath ?? SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const harness = new LspHarness(child, connection, options);
    const initialized = connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities,
      workspaceFolders: options.workspaceFolders ?? null,
      initializationOptions: options.initializationOptions,
    });
    await harness.beforeExit(initialized, 'answering initialize');
    await connection.sendNotification('initialized', {});
    return harness;
  }

  /** `promise`, or a clear failure with the server's stderr if the server dies first. */
  async beforeExit<T>(promise: Promise<T>, doing: string): Promise<T> {
    const died = this.exited.then((code) => {
      throw new Error(`The server exited (code ${code}) before ${doing}.\n${this.transcript()}`);
    });
    died.catch(() => undefined); // Only the race's loser may reject unobserved, e.g. at a normal exit later.
    return Promise.race([promise, died]);
  }

  /**
   * The next publish for `uri` that satisfies `matches`. Call it BEFORE the
   * action that triggers the publish, so that it cannot be missed.
   */
  nextDiagnostics(
    uri: string,
    matches: (params: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = WAIT_TIMEOUT_MS,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolvePublish, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms.\n${this.transcript()}`));
      }, timeoutMs);
      const waiter: Waiter = {
        uri,
        matches,
        resolve: (params) => {
          clearTimeout(timer);
          resolvePublish(params);
        },
        fail: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /**
   * The next request or notification from the server (other than diagnostics)
   * that satisfies `matches`. Call it before the action that triggers the message.
   */
  nextMessage(method: string, matches: (params: any) => boolean = () => true, timeoutMs = WAIT_TIMEOUT_MS): Promise<ServerMessage> {
    return new Promise((resolveMessage, reject) => {
      const timer = setTimeout(() => {
        this.messageWaiters.splice(this.messageWaiters.indexOf(waiter), 1);
        reject(new Error(`No ${method} message within ${timeoutMs} ms.\n${this.transcript()}`));
      }, timeoutMs);
      const waiter: MessageWaiter = {
        matches: (message) => message.method === method && matches(message.params),
        resolve: (message) => {
          clearTimeout(timer);
          resolveMessage(message);
        },
      };
      this.messageWaiters.push(waiter);
    });
  }

  /** Messages of one method received so far. */
  received(method: string): unknown[] {
    return this.messages.filter((message) => message.method === method).map((message) => message.params);
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (a full-document change, which incremental sync also accepts). */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** shutdown + exit; resolves with the process's exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** For a test that failed half-way: make sure no server process outlives the test run. */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }

  /** The most recent publish for `uri`; fails the test if there was none. */
  latestPublish(uri: string): PublishDiagnosticsParams {
    for (let i = this.publishes.length - 1; i >= 0; i--) if (this.publishes[i].uri === uri) return this.publishes[i];
    throw new Error(`No diagnostics were published for ${uri}.\n${this.transcript()}`);
  }

  transcript(): string {
    return [
      `publishes: ${JSON.stringify(this.publishes.map((p) => ({ uri: p.uri, version: p.version, count: p.diagnostics.length })))}`,
      `server log: ${this.logMessages.join('\n')}`,
      `stderr: ${this.stderr}`,
    ].join('\n');
  }

  private onMessage(message: ServerMessage): void {
    this.messages.push(message);
    const index = this.messageWaiters.findIndex((waiter) => waiter.matches(message));
    if (index >= 0) this.messageWaiters.splice(index, 1)[0].resolve(message);
  }

  private onPublish(params: PublishDiagnosticsParams): void {
    this.publishes.push(params);
    const index = this.waiters.findIndex((waiter) => waiter.uri === params.uri && waiter.matches(params));
    if (index >= 0) this.waiters.splice(index, 1)[0].resolve(params);
  }
}

/** The LSP position of `needle`'s first occurrence (plus `delta` characters) in a one-line-per-\n text. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not in the test text`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** Applies LSP text edits (non-overlapping) to a text, as an editor would. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offsetOf = (p: { line: number; character: number }): number => lineStarts[p.line] + p.character;
  return [...edits]
    .sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start))
    .reduce((result, edit) => result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end)), text);
}
