/**
 * Commands the VS Code client registers itself; the server never sees them.
 * The names the server adds to LSP come from server/src/lsp/protocol.ts,
 * which imports nothing, so the client bundle takes it without other server
 * code (test/lsp/protocol.test.ts holds it to that).
 */
export const CLIENT_COMMANDS = {
  restartServer: 'internetFirst.restartServer',
  showOutput: 'internetFirst.showOutput',
} as const;
