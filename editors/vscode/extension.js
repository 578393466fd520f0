// cf-assistant for VS Code: starts `cfa lsp` on stdio and hands it shell scripts, Python files,
// Markdown and plain text. Everything else (code actions, diagnostics, hovers) is the server's.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration("cfAssistant").get("command");
  const serverOptions = { command, args };
  const clientOptions = {
    documentSelector: ["shellscript", "python", "markdown", "plaintext"].map((language) => ({ language })),
  };
  client = new LanguageClient("cfAssistant", "cf-assistant", serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
