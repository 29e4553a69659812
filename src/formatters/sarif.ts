/**
 * SARIF 2.1.0, the format GitHub code scanning and most review tools import: the rules with their
 * descriptions and help links, each message as a result with its region (UTF-16 columns, as the
 * run's columnKind says), and certain fixes and suggestions as SARIF fixes.
 */
import type { Fix, LintMessage, LintResult, RuleMeta } from '../engine/types.js';
import { repositoryPath, toolInformationUri, toolName, type FormatContext } from './context.js';

const sourceRoot = '%SRCROOT%';

function fileUri(path: string): string {
  const posix = path.replace(/\\/g, '/');
  return `file://${posix.startsWith('/') ? '' : '/'}${posix.split('/').map(encodeURIComponent).join('/')}`;
}

function artifactLocation(filePath: string, context: FormatContext): { uri: string; uriBaseId?: string } {
  const relative = repositoryPath(filePath, context);
  if (relative === filePath.replace(/\\/g, '/') && /^(\/|[A-Za-z]:)/.test(relative)) return { uri: fileUri(relative) };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRoot };
}

function level(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 || message.fatal ? 'error' : 'warning';
}

function replacementFix(description: string, location: { uri: string; uriBaseId?: string }, fix: Fix) {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [
          {
            // Offsets are UTF-16 code units, the unit the run's columnKind names.
            deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] },
            insertedContent: { text: fix.text },
          },
        ],
      },
    ],
  };
}

const fixableWords: Record<RuleMeta['fixable'], string> = {
  fix: 'Certain findings are fixed by `lint-articles --fix`; likely ones come with suggestions.',
  suggest: 'Findings come with suggested replacements; none is applied automatically.',
  none: 'Findings are flagged for an editor to judge; no edit is proposed.',
};

/**
 * A rule as GitHub code scanning shows it: the one-line description, a fuller one, and help in
 * text and Markdown that says what to do, how to silence one finding, and where the rule's
 * documentation (entries, sources, examples) is.
 */
function ruleDescriptor(meta: RuleMeta) {
  const fixable = fixableWords[meta.fixable];
  const silence = `<!-- lint-articles-disable-next-line ${meta.id} -- reason -->`;
  const full = `${meta.description}. ${fixable}`;
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    help: {
      text: `${full} To accept one finding, put ${silence} on the line before it. Documentation: ${meta.docsUrl}`,
      markdown: `**${meta.id}**: ${meta.description}.\n\n${fixable}\n\nTo accept one finding, put \`${silence}\` on the line before it (in a \`.txt\` article too).\n\n[Documentation, entries and examples](${meta.docsUrl})`,
    },
    helpUri: meta.docsUrl,
    defaultConfiguration: { level: meta.defaultSeverity === 'error' ? 'error' : meta.defaultSeverity === 'warn' ? 'warning' : 'none' },
    properties: { category: meta.category, fixable: meta.fixable },
  };
}

export function formatSarif(results: readonly LintResult[], context: FormatContext): string {
  const metas = [...(context.rules ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const ruleIds = new Set(metas.map((meta) => meta.id));
  // A message from a rule the context does not know still needs a descriptor for ruleIndex.
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId !== null && !ruleIds.has(message.ruleId)) {
        ruleIds.add(message.ruleId);
        metas.push({ id: message.ruleId, category: 'style', description: message.ruleId, docsUrl: message.url ?? toolInformationUri, defaultSeverity: 'warn', fixable: 'none' });
      }
    }
  }
  const indexOf = new Map(metas.map((meta, index) => [meta.id, index]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const location = artifactLocation(result.filePath, context);
    for (const message of result.messages) {
      const physicalLocation = {
        artifactLocation: location,
        region: {
          startLine: message.line,
          startColumn: message.column,
          ...(message.endLine !== undefined ? { endLine: message.endLine } : {}),
          ...(message.endColumn !== undefined ? { endColumn: message.endColumn } : {}),
        },
      };
      if (message.ruleId === null) {
        // A file that could not be read is the tool's problem with the file, not a rule's finding.
        notifications.push({ level: level(message), message: { text: message.message }, locations: [{ physicalLocation }] });
        continue;
      }
      const fixes = [
        ...(message.fix ? [replacementFix(`Replace with \`${message.fix.text}\``, location, message.fix)] : []),
        ...(message.suggestions ?? []).map((suggestion) => replacementFix(suggestion.desc, location, suggestion.fix)),
      ];
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: indexOf.get(message.ruleId) ?? 0,
        level: level(message),
        message: { text: message.note ? `${message.message}. ${message.note}` : message.message },
        locations: [{ physicalLocation }],
        ...(fixes.length > 0 ? { fixes } : {}),
        ...(message.confidence ? { properties: { confidence: message.confidence } } : {}),
      });
    }
  }
  // %SRCROOT% is the repository root, the folder every artifact uri is relative to.
  const rootUri = fileUri((context.root ?? context.cwd).replace(/[\\/]+$/, '')) + '/';
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: toolName,
            ...(context.toolVersion ? { version: context.toolVersion, semanticVersion: context.toolVersion } : {}),
            informationUri: toolInformationUri,
            rules: metas.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [sourceRoot]: { uri: rootUri } },
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
