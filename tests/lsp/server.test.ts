/**
 * The language server as an editor drives it: a client speaking JSON-RPC over the server's stdio
 * opens an article, reads the diagnostics, applies a code action and reads the new diagnostics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultConfig, loadConfig } from '../../src/config/load.js';
import { createLinter } from '../../src/linter.js';
import { cliPath, makeFolder } from '../helpers/cli.js';

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code?: string;
  source: string;
  message: string;
}
interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
interface TextEdit {
  range: Diagnostic['range'];
  newText: string;
}
interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes: Record<string, TextEdit[]> };
}

const seed = new URL('../../seeds/003_0cfeedbdc974a181.txt', import.meta.url);
// The project turns calques off: the server must lint with this configuration, not the defaults.
const folder = makeFolder({ '.linterrc.json': JSON.stringify({ rules: { calque: 'off' } }), 'notes.md': '# Energy\n\nThe line called Kraft Siberia opened.\n\nThe talks went on.\n' });
copyFileSync(seed, join(folder, 'story.txt'));

let server: ChildProcess;
let client: MessageConnection;
const published: PublishedDiagnostics[] = [];
const waiters: Array<() => void> = [];

/** The next diagnostics for a document at a version, as they arrive. */
function diagnosticsFor(uri: string, version: number): Promise<PublishedDiagnostics> {
  return new Promise((resolve) => {
    const look = (): boolean => {
      const found = published.find((item) => item.uri === uri && item.version === version);
      if (found) resolve(found);
      return found !== undefined;
    };
    if (!look()) waiters.push(() => void look());
  });
}

beforeAll(async () => {
  server = spawn(process.execPath, [cliPath, '--lsp'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
  client = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  client.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
    published.push(params);
    for (const wake of waiters.splice(0)) wake();
  });
  client.listen();
  const result = (await client.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: null })) as {
    capabilities: { codeActionProvider?: unknown; textDocumentSync?: unknown };
  };
  expect(result.capabilities.codeActionProvider).toBeTruthy();
  await client.sendNotification('initialized', {});
});

afterAll(async () => {
  await client.sendRequest('shutdown');
  await client.sendNotification('exit');
  client.dispose();
  server.kill();
  rmSync(folder, { recursive: true, force: true });
});

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits);
}

describe('lint-articles --lsp', () => {
  it('should publish the findings of an opened article at the ranges the command line reports, with the reason, under the project configuration', async () => {
    const uri = pathToFileURL(join(folder, 'story.txt')).href;
    const text = (await import('node:fs')).readFileSync(join(folder, 'story.txt'), 'utf8');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const { diagnostics } = await diagnosticsFor(uri, 1);
    const expected = createLinter(loadConfig({ cwd: folder, useConfigFile: true })).lintText(text, join(folder, 'story.txt')).messages;
    expect(expected.some((message) => message.ruleId === 'translated-name')).toBe(true);
    // The defaults would report calques in this article; the project turned them off.
    expect(createLinter(defaultConfig(folder)).lintText(text, join(folder, 'story.txt')).messages.some((message) => message.ruleId === 'calque')).toBe(true);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('calque');
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line + 1, diagnostic.range.start.character + 1, diagnostic.range.end.line + 1, diagnostic.range.end.character + 1])).toEqual(
      expected.map((message) => [message.ruleId, message.line, message.column, message.endLine, message.endColumn]),
    );
    const pipeline = diagnostics.find((diagnostic) => diagnostic.code === 'translated-name');
    expect(pipeline?.message.split('\n')[0]).toBe('Replace `Kraft Siberia` with `Power of Siberia`');
    expect(pipeline?.message.split('\n')[1]).toContain('Kraft Sibiriens');
    expect(pipeline?.source).toBe('lint-articles');
    expect(pipeline?.severity).toBe(1);
  });

  it('should offer the fix as a code action, and publish the diagnostics of the changed text', async () => {
    const uri = pathToFileURL(join(folder, 'story.txt')).href;
    const before = published.find((item) => item.uri === uri && item.version === 1) as PublishedDiagnostics;
    const text = (await import('node:fs')).readFileSync(join(folder, 'story.txt'), 'utf8');
    const target = before.diagnostics.find((diagnostic) => diagnostic.code === 'translated-name') as Diagnostic;
    const actions = (await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    const fix = actions.find((action) => action.isPreferred);
    expect(fix?.title).toBe('Replace `Kraft Siberia` with `Power of Siberia`');
    const edits = fix?.edit.changes[uri] ?? [];
    expect(edits).toEqual([{ range: target.range, newText: 'Power of Siberia' }]);
    const changed = apply(text, edits);
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: changed }] });
    const after = await diagnosticsFor(uri, 2);
    expect(after.diagnostics).toHaveLength(before.diagnostics.length - 1);
    expect(after.diagnostics.filter((diagnostic) => diagnostic.code === 'translated-name')).toHaveLength(before.diagnostics.filter((diagnostic) => diagnostic.code === 'translated-name').length - 1);
  });

  it('should offer in Markdown a quick fix that adds a disable comment above the line, which silences the finding', async () => {
    const uri = pathToFileURL(join(folder, 'notes.md')).href;
    const text = '# Energy\n\nThe line called Kraft Siberia opened.\n\nThe talks went on.\n';
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const { diagnostics } = await diagnosticsFor(uri, 1);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character])).toEqual([['translated-name', 2, 16]]);
    const actions = (await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]?.range, context: { diagnostics } })) as CodeAction[];
    const disable = actions.find((action) => action.title === 'Disable translated-name for this line');
    const changed = apply(text, disable?.edit.changes[uri] ?? []);
    expect(changed).toBe('# Energy\n\n<!-- lint-articles-disable-next-line translated-name -->\nThe line called Kraft Siberia opened.\n\nThe talks went on.\n');
    await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: changed }] });
    expect((await diagnosticsFor(uri, 2)).diagnostics).toEqual([]);
  });

  it('should lint once after a burst of typing, for the last version', async () => {
    const uri = pathToFileURL(join(folder, 'draft.txt')).href;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'Draft.' } });
    await diagnosticsFor(uri, 1);
    for (let version = 2; version <= 6; version++) {
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `Draft ${version} on Kraft Siberia.` }] });
    }
    const last = await diagnosticsFor(uri, 6);
    expect(last.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['translated-name']);
    expect(published.filter((item) => item.uri === uri).map((item) => item.version)).toEqual([1, 6]);
  });
});
