/**
 * lint-articles as a language server (`lint-articles --lsp`), speaking LSP over stdio: editors
 * show the findings as the writer types, with the reason, and offer the fix and each suggestion
 * as code actions. Findings come from the same linter as the command line, set up from the
 * .linterrc.json found from the document's folder up, and fixes are the same ranges `--fix` uses.
 */
import { statSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import {
  CodeActionKind,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultIgnores } from '../config/load.js';
import { loadProcessorsFor } from '../engine/processors.js';
import type { Fix, LintMessage } from '../engine/types.js';
import type { Linter } from '../linter.js';
import { createLinterFromSetup } from '../node/setup.js';

/** Quiet time after a keystroke before the document is linted again. */
export const debounceMilliseconds = 200;

/** The file name a document is linted as: its path, or a made-up one that picks the processor. */
export function filePathOf(document: Pick<TextDocument, 'uri' | 'languageId'>): string | undefined {
  if (document.uri.startsWith('file:')) {
    const path = fileURLToPath(document.uri);
    if (/\.(txt|md|markdown)$/i.test(path)) return path;
    if (document.languageId === 'markdown') return `${path}.md`;
    return document.languageId === 'plaintext' || document.languageId === 'text' ? path : undefined;
  }
  if (document.languageId === 'markdown') return 'untitled.md';
  return document.languageId === 'plaintext' || document.languageId === 'text' ? 'untitled.txt' : undefined;
}

function isMarkdown(filePath: string): boolean {
  return /\.(md|markdown)$/i.test(filePath);
}

interface ProjectLinter {
  linter: Linter;
  /** The configuration file and its modification time when the linter was made; a change makes a new one. */
  configFile: string | undefined;
  configTime: number;
  ignored: (path: string) => boolean;
}

function modificationTime(path: string | undefined): number {
  if (path === undefined) return 0;
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** One linter per folder, remade when its .linterrc.json changes on disk. */
class Linters {
  private readonly byFolder = new Map<string, ProjectLinter>();

  forFile(filePath: string, fallbackFolder: string): ProjectLinter {
    const folder = filePath.includes(sep) ? dirname(filePath) : fallbackFolder;
    const known = this.byFolder.get(folder);
    if (known && modificationTime(known.configFile) === known.configTime) return known;
    const linter = createLinterFromSetup({ cwd: folder, useConfigFile: true, ruleOverrides: {} });
    const config = linter.config;
    const picomatch = createRequire(import.meta.url)('picomatch') as typeof import('picomatch');
    const matchers = [...defaultIgnores, ...config.ignores].map((glob) => picomatch(glob, { dot: true }));
    const made: ProjectLinter = {
      linter,
      configFile: config.configFile,
      configTime: modificationTime(config.configFile),
      ignored: (path) => {
        const fromBase = relative(config.baseDirectory, path).split(sep).join('/');
        return !fromBase.startsWith('..') && matchers.some((matches) => matches(fromBase));
      },
    };
    this.byFolder.set(folder, made);
    return made;
  }
}

function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** A message's place as an LSP range: its 1-based line and UTF-16 column, end exclusive, made 0-based. */
function messageRange(message: LintMessage): Range {
  const start = { line: message.line - 1, character: message.column - 1 };
  const end = message.endLine !== undefined && message.endColumn !== undefined ? { line: message.endLine - 1, character: message.endColumn - 1 } : start;
  return { start, end };
}

export function toDiagnostic(message: LintMessage): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'lint-articles',
    // The reason is part of what the writer reads in the hover, not a second place to look.
    message: message.note ? `${message.message}\n${message.note}` : message.message,
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.url) diagnostic.codeDescription = { href: message.url };
  return diagnostic;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function editOf(document: TextDocument, fix: Fix): TextEdit {
  return { range: rangeOf(document, fix.range[0], fix.range[1]), newText: fix.text };
}

/** `<!-- lint-articles-disable-next-line rule -->` above the finding's line, indented as that line is. */
function disableDirectiveEdit(document: TextDocument, message: LintMessage): TextEdit {
  const lineStart = document.offsetAt({ line: message.line - 1, character: 0 });
  const lineText = document.getText().slice(lineStart).split(/\r?\n/, 1)[0] ?? '';
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const newline = document.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: rangeOf(document, lineStart, lineStart), newText: `${indent}<!-- lint-articles-disable-next-line ${message.ruleId ?? ''} -->${newline}` };
}

export function codeActionsFor(document: TextDocument, filePath: string, messages: readonly LintMessage[], range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const message of messages) {
    if (!overlaps(messageRange(message), range)) continue;
    const diagnostic = diagnostics.find((item) => item.code === message.ruleId && overlaps(item.range, messageRange(message)));
    const about = diagnostic ? { diagnostics: [diagnostic] } : {};
    if (message.fix) {
      actions.push({ title: message.message, kind: CodeActionKind.QuickFix, isPreferred: true, ...about, edit: { changes: { [document.uri]: [editOf(document, message.fix)] } } });
    }
    for (const suggestion of message.suggestions ?? []) {
      actions.push({ title: suggestion.desc, kind: CodeActionKind.QuickFix, ...about, edit: { changes: { [document.uri]: [editOf(document, suggestion.fix)] } } });
    }
    if (isMarkdown(filePath) && message.ruleId) {
      actions.push({ title: `Disable ${message.ruleId} for this line`, kind: CodeActionKind.QuickFix, ...about, edit: { changes: { [document.uri]: [disableDirectiveEdit(document, message)] } } });
    }
  }
  return actions;
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)): void {
  const documents = new TextDocuments(TextDocument);
  const linters = new Linters();
  let workspaceFolder = process.cwd();
  const timers = new Map<string, NodeJS.Timeout>();
  /** The messages of each document at the version they were made for, reused by code actions. */
  const latest = new Map<string, { version: number; messages: LintMessage[] }>();

  async function lint(document: TextDocument): Promise<LintMessage[] | undefined> {
    const filePath = filePathOf(document);
    if (filePath === undefined) return undefined;
    const cached = latest.get(document.uri);
    if (cached && cached.version === document.version) return cached.messages;
    await loadProcessorsFor([filePath]);
    const project = linters.forFile(filePath, workspaceFolder);
    const messages = project.ignored(filePath) ? [] : project.linter.lintText(document.getText(), filePath).messages;
    latest.set(document.uri, { version: document.version, messages });
    return messages;
  }

  async function publish(document: TextDocument): Promise<void> {
    let diagnostics: Diagnostic[];
    try {
      const messages = await lint(document);
      if (messages === undefined) return;
      diagnostics = messages.map(toDiagnostic);
    } catch (error) {
      // A broken .linterrc.json is said where the writer looks, on the document, not only in a log.
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'lint-articles', message: reason }];
    }
    // A newer version may have arrived while this one was linted; its own run will publish.
    if (documents.get(document.uri)?.version !== document.version) return;
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void publish(current);
      }, delay),
    );
  }

  connection.onInitialize((params) => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (root?.startsWith('file:')) workspaceFolder = fileURLToPath(root);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'lint-articles' },
    };
  });

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => schedule(event.document, debounceMilliseconds));
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    latest.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const filePath = filePathOf(document);
    if (filePath === undefined) return [];
    const messages = (await lint(document)) ?? [];
    const only = params.context.only;
    const actions = only && !only.some((kind) => kind.startsWith(CodeActionKind.QuickFix)) ? [] : codeActionsFor(document, filePath, messages, params.range, params.context.diagnostics);
    if (!only || only.some((kind) => CodeActionKind.SourceFixAll.startsWith(kind) || kind.startsWith(CodeActionKind.SourceFixAll))) {
      const project = linters.forFile(filePath, workspaceFolder);
      const fixed = project.linter.fixText(document.getText(), filePath).output;
      if (fixed !== undefined) {
        actions.push({
          title: 'Apply every certain fix of lint-articles',
          kind: CodeActionKind.SourceFixAll,
          edit: { changes: { [document.uri]: [{ range: rangeOf(document, 0, document.getText().length), newText: fixed }] } },
        });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}
