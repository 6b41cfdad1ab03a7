/**
 * "Internet First: Lint workspace" as a notification with progress and a
 * Cancel button. The language client would run the server's command with no
 * progress token, so the server's progress landed in the status bar and could
 * not be cancelled from a button anyone sees. Here the client sends the
 * request itself: with its own work-done token, whose `$/progress` reports
 * move the notification, and with the notification's cancellation token,
 * which sends `$/cancelRequest`; the server's scan checks it between files
 * (server/src/lsp/workspace-scan.ts) and answers with what it did so far.
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from '../../server/src/lsp/protocol';

/** Long enough to read after the notification closes, short enough not to linger. */
const STATUS_MESSAGE_MS = 10_000;

/** The server's answer (server/src/lsp/workspace-scan.ts ScanSummary). */
interface ScanSummary {
  folders: number;
  files: number;
  open: number;
  cancelled: boolean;
}

export async function lintWorkspaceWithProgress(client: LanguageClient): Promise<ScanSummary | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Internet First: linting the workspace', cancellable: true },
    async (progress, token) => {
      const workDoneToken = randomUUID();
      let reported = 0;
      const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        // withProgress adds increments; the server sends the percentage done so far.
        const percentage = value.percentage ?? reported;
        progress.report({ message: value.message, increment: Math.max(0, percentage - reported) });
        reported = Math.max(reported, percentage);
      });
      try {
        const summary = await client.sendRequest(ExecuteCommandRequest.type, { command: COMMANDS.lintWorkspace, arguments: [], workDoneToken }, token);
        const result = summary as ScanSummary | null;
        if (result !== null) void vscode.window.setStatusBarMessage(summaryText(result), STATUS_MESSAGE_MS);
        return result ?? undefined;
      } catch (error) {
        // A cancelled request may be answered with RequestCancelled rather than the partial summary.
        if (!token.isCancellationRequested) throw error;
        void vscode.window.setStatusBarMessage('Internet First: workspace lint cancelled', STATUS_MESSAGE_MS);
        return undefined;
      } finally {
        listener.dispose();
      }
    },
  );
}

export function summaryText(summary: ScanSummary): string {
  const open = summary.open > 0 ? `, ${summary.open} open file(s) left to the live lint` : '';
  return `Internet First: ${summary.cancelled ? 'cancelled after ' : ''}${summary.files} file(s) linted${open}`;
}
