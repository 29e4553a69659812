/**
 * A configured linter: the rules (code and data), their severities and options, and the pure
 * functions that lint and fix one text.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Config } from './config/load.js';
import { defaultFrontMatterFields, severityOf } from './config/load.js';
import { ConfigError } from './config/errors.js';
import { createDataRule } from './kinds/index.js';
import { Matcher } from './match/matcher.js';
import { bundledRulesDirectory, checkAcrossTermbases, hashTermbaseText, listBundledTermbaseFiles, loadTermbases, readTermbase, rowFilesOf } from './termbase/load.js';
import { checkFixLoops } from './termbase/safety.js';
import type { LoadedTermbase } from './termbase/types.js';
import { knowledgeOf } from './names/knowledge.js';
import { createCodeRules } from './rules/index.js';
import { certainFixes, type FixLoopOptions, fixUntilStable, selectFixes } from './engine/fix.js';
import { type ActiveRule, lintArticleText } from './engine/lint.js';
import { applyDirectives } from './engine/directives.js';
import { compileIgnores } from './engine/ignores.js';
import { fixGuardFor, processFor } from './engine/processors.js';
import { describeExpected } from './engine/messages.js';
import { compareMessages } from './engine/report.js';
import type { Fix, LintMessage, LintResult, Rule } from './engine/types.js';

export interface Linter {
  readonly config: Config;
  readonly rules: ReadonlyArray<Rule<unknown>>;
  readonly termbases: readonly LoadedTermbase[];
  readonly active: readonly ActiveRule[];
  /** Whether unused inline disable directives are reported (part of what a cached result depends on). */
  readonly reportUnusedDisableDirectives: boolean;
  /** Lints one text; the file path picks the processor (.md lints prose only) and names the result. */
  lintText(text: string, filePath?: string): LintResult;
  /** Lints and applies certain fixes until stable; `output` is set when the text changed. */
  fixText(text: string, filePath?: string, options?: Pick<FixLoopOptions, 'onPass'>): LintResult;
}

export interface RuleOverride {
  /** Extra rule settings that win over the configuration (--rule on the command line). */
  rules?: Config['rules'];
  /** Report inline disable directives that silenced nothing (--report-unused-disable-directives). */
  reportUnusedDisableDirectives?: boolean;
  /**
   * False runs the rules without the bundled gazetteer, surname meanings and given names, so that
   * what the article's own evidence finds can be measured (the generality suite).
   */
  knowledge?: boolean;
}

/** The kinds of table that are knowledge of the world rather than rules of style. */
export const knowledgeKinds: ReadonlySet<string> = new Set(['gazetteer', 'surname-meaning', 'given-name']);

export function resultOf(filePath: string, messages: LintMessage[], output?: string): LintResult {
  let errorCount = 0;
  let fatalErrorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const message of messages) {
    if (message.severity === 2) {
      errorCount++;
      if (message.fatal) fatalErrorCount++;
      if (message.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (message.fix) fixableWarningCount++;
    }
  }
  const result: LintResult = { filePath, messages, errorCount, fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount };
  if (output !== undefined) result.output = output;
  return result;
}

/**
 * A certain fix that would change the file outside its own range (see FixGuard) becomes the first
 * suggestion of its message, which says why: --fix leaves it, and the finding stays in the report.
 */
export function withoutUnsafeFixes(text: string, filePath: string, messages: LintMessage[], unparsed?: string): LintMessage[] {
  const guard = fixGuardFor(filePath);
  if (!guard || !messages.some((message) => message.fix !== undefined)) return messages;
  // A file whose markup could not be parsed cannot have a fix checked: none is applied.
  const check = unparsed === undefined ? guard(text) : () => `the file ${unparsed}`;
  // Most often every fix keeps the blocks: one parse of the text with all of them answers for all.
  const fixes = certainFixes(messages);
  if (unparsed === undefined && selectFixes(text, fixes).length === fixes.length && check(fixes) === undefined) return messages;
  return messages.map((message) => {
    if (!message.fix) return message;
    const change = check([message.fix]);
    if (change === undefined) return message;
    const { fix, ...rest } = message;
    const edit = fix.text === '' ? `Remove ${describeExpected([text.slice(fix.range[0], fix.range[1])])}` : `Replace with ${describeExpected([fix.text])}`;
    const why = `not applied by --fix: in this Markdown ${change}`;
    return {
      ...rest,
      confidence: 'likely',
      note: `${rest.note === undefined ? '' : rest.note.replace(/\.?$/, '. ')}Not applied by --fix: in this Markdown ${change}`,
      suggestions: [{ desc: `${edit} (${why})`, fix }, ...(rest.suggestions ?? [])],
    };
  });
}

export function createLinter(config: Config, override: RuleOverride = {}): Linter {
  const loaded = loadTermbases(config.termbases);
  const termbases = override.knowledge === false ? loaded.filter((termbase) => !knowledgeKinds.has(termbase.data.kind)) : loaded;
  // One matcher for all data rules of this linter: the keys of their tables are looked up together.
  const matcher = new Matcher();
  const dataRules = termbases.map((termbase) => createDataRule(termbase, matcher));
  checkFixLoops(termbases, dataRules, { trusted: (path) => path.startsWith(bundledRulesDirectory) });
  const rules: Array<Rule<unknown>> = [...createCodeRules(knowledgeOf(termbases)), ...dataRules];
  const byId = new Map<string, Rule<unknown>>();
  for (const rule of rules) {
    if (byId.has(rule.meta.id)) {
      throw new ConfigError(`Rule id \`${rule.meta.id}\` is defined twice`, { mend: 'Rename one of the termbases' });
    }
    byId.set(rule.meta.id, rule);
  }
  const settings = { ...config.rules, ...override.rules };
  for (const id of Object.keys(settings)) {
    if (!byId.has(id)) {
      const known = [...byId.keys()].sort();
      const near = known.find((candidate) => candidate.startsWith(id.slice(0, 4)));
      throw new ConfigError(`Unknown rule \`${id}\``, {
        ...(config.configFile && override.rules?.[id] === undefined ? { file: config.configFile } : {}),
        keyPath: `rules.${id}`,
        expected: 'a rule id that `lint-articles --list-rules` prints',
        mend: near ? `Did you mean \`${near}\`?` : 'Remove the setting',
      });
    }
  }
  const active: ActiveRule[] = [];
  // Rule ids are kebab-case ASCII, which code-unit order sorts as the collator does, without
  // loading the collator at start.
  for (const rule of [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))) {
    const setting = settings[rule.meta.id];
    const [level, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting ?? rule.meta.defaultSeverity, undefined];
    const severity = severityOf(level);
    if (severity === 0) continue;
    const merged =
      options && rule.defaultOptions && typeof rule.defaultOptions === 'object'
        ? { ...(rule.defaultOptions as Record<string, unknown>), ...options }
        : (options ?? rule.defaultOptions);
    active.push({ rule, severity, options: merged });
  }

  const ignored = compileIgnores(config);
  const knownRuleIds: ReadonlySet<string> = new Set(byId.keys());
  const processorOptions = { frontMatterFields: config.frontMatterFields ?? defaultFrontMatterFields };
  const lint = (text: string, filePath: string): LintMessage[] => {
    const processed = processFor(filePath, text, processorOptions);
    let messages = lintArticleText(text, active, processed === undefined ? { filePath } : { filePath, proseText: processed.text });
    if (processed?.notices) {
      for (const notice of processed.notices) {
        const before = text.slice(0, notice.offset);
        const line = before.split('\n').length;
        messages.push({ ruleId: null, severity: 1, message: notice.message, line, column: notice.offset - before.lastIndexOf('\n') });
      }
      messages.sort(compareMessages);
    }
    if (processed && processed.directives.length > 0) {
      messages = applyDirectives(messages, processed.directives, { knownRuleIds, ...(override.reportUnusedDisableDirectives ? { reportUnused: 2 } : {}) });
      messages.sort(compareMessages);
    }
    if (processed?.unparsed !== undefined) {
      messages.push({ ruleId: null, severity: 1, message: `Markdown ${processed.unparsed}; linted as plain text, and no fix is applied`, line: 1, column: 1 });
      messages.sort(compareMessages);
    }
    return withoutUnsafeFixes(text, filePath, ignored(filePath, messages), processed?.unparsed);
  };
  const together = (filePath: string) => {
    const guard = fixGuardFor(filePath);
    return guard ? (text: string, fixes: readonly Fix[]) => guard(text)(fixes) === undefined : undefined;
  };

  return {
    config,
    rules,
    termbases,
    active,
    reportUnusedDisableDirectives: override.reportUnusedDisableDirectives === true,
    lintText(text, filePath = '<text>') {
      return resultOf(filePath, lint(text, filePath));
    },
    fixText(text, filePath = '<text>', options = {}) {
      const check = together(filePath);
      const { output, messages } = fixUntilStable(text, (current) => lint(current, filePath), { ...(check ? { together: check } : {}), ...options });
      return resultOf(filePath, messages, output === text ? undefined : output);
    },
  };
}

/**
 * Every check a run makes on a table, over all tables of one folder, together and alone, plus
 * the fix-loop check among them; returns the hash of each file's text. The build runs it over the
 * bundled rules and writes the result to `checkedTermbasesFile`, so that a bundled file that fails
 * a check fails the build, and a run need not check it again.
 */
export function checkTermbasesInFull(directory = bundledRulesDirectory): Record<string, string> {
  const paths = listBundledTermbaseFiles(directory);
  const loaded = paths.map((path) => readTermbase(path));
  checkAcrossTermbases(loaded);
  const matcher = new Matcher();
  checkFixLoops(loaded, loaded.map((termbase) => createDataRule(termbase, matcher)));
  const hashes: Record<string, string> = {};
  for (const path of paths) hashes[basename(path)] = hashTermbaseText(readFileSync(path, 'utf8'));
  // The rows files a table names are checked with it, and recorded by folder and name ("gazetteer/media.json").
  for (const { path, data } of loaded) {
    for (const file of rowFilesOf(path, data)) hashes[`${basename(dirname(file))}/${basename(file)}`] = hashTermbaseText(readFileSync(file, 'utf8'));
  }
  return hashes;
}
