/**
 * Runs the configured rules over one article. Pure: text in, messages out; an exception inside a
 * rule becomes a fatal message on the article instead of ending the run.
 */
import { Article } from './article.js';
import { withoutFixesInMarkup } from './processors.js';
import { compareMessages, sortAndDeduplicate, toMessage, withoutFlaggedProposals } from './report.js';
import type { Finding, LintMessage, Rule } from './types.js';

export interface ActiveRule {
  rule: Rule<unknown>;
  severity: 1 | 2;
  options: unknown;
}

export interface LintTextOptions {
  filePath?: string;
  /** Same-length text for the rules to read (markup blanked out); defaults to the source. */
  proseText?: string;
}

function isValidRange(article: Article, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= article.source.length;
}

function isValidFinding(article: Article, finding: Finding): boolean {
  if (!isValidRange(article, finding.start, finding.end)) return false;
  return !finding.fixRange || isValidRange(article, finding.fixRange[0], finding.fixRange[1]);
}

/**
 * Whether a finding covers blanked-out markup. The spaces a processor leaves where a code span or
 * a link destination was ("see [the report](https://…) today") are not the writer's: a rule that
 * sees them (a run of spaces, a broken sentence) is reporting the processor, not the prose.
 */
function coversMarkup(article: Article, finding: Finding): boolean {
  for (let index = finding.start; index < finding.end; index++) {
    if (article.text.charCodeAt(index) !== article.source.charCodeAt(index)) return true;
  }
  return false;
}

export function runRules(article: Article, rules: readonly ActiveRule[]): LintMessage[] {
  const messages: LintMessage[] = [];
  const hasMarkup = article.text !== article.source;
  const reported: Array<{ active: ActiveRule; finding: Finding }> = [];
  for (const active of rules) {
    const findings: Finding[] = [];
    try {
      active.rule.check({
        article,
        options: active.options,
        report: (finding) => {
          findings.push(finding);
        },
      });
    } catch (error) {
      messages.push({
        ruleId: active.rule.meta.id,
        severity: 2,
        fatal: true,
        message: `Rule \`${active.rule.meta.id}\` failed: ${error instanceof Error ? error.message : String(error)}`,
        line: 1,
        column: 1,
      });
      continue;
    }
    for (const finding of findings) {
      if (!isValidFinding(article, finding)) {
        messages.push({
          ruleId: active.rule.meta.id,
          severity: 2,
          fatal: true,
          message: `Rule \`${active.rule.meta.id}\` reported an invalid range [${finding.start}, ${finding.end})${finding.fixRange ? ` (fix [${finding.fixRange[0]}, ${finding.fixRange[1]}))` : ''}`,
          line: 1,
          column: 1,
        });
        continue;
      }
      if (hasMarkup && coversMarkup(article, finding)) continue;
      reported.push({ active, finding });
    }
  }
  // Across rules: no finding may propose a form another one flags.
  const findings = withoutFlaggedProposals(reported.map((item) => item.finding));
  for (let index = 0; index < reported.length; index++) {
    const { active } = reported[index] as { active: ActiveRule };
    messages.push(toMessage(article, active.rule, active.severity, findings[index] as Finding));
  }
  return sortAndDeduplicate(messages).sort(compareMessages);
}

export function lintArticleText(source: string, rules: readonly ActiveRule[], options: LintTextOptions = {}): LintMessage[] {
  const articleOptions: { filePath?: string; text?: string } = {};
  if (options.filePath !== undefined) articleOptions.filePath = options.filePath;
  if (options.proseText !== undefined) articleOptions.text = options.proseText;
  const messages = runRules(new Article(source, articleOptions), rules);
  // A fix may reach past its finding (whitespace clean-up, a whole line); never into markup.
  return options.proseText === undefined ? messages : withoutFixesInMarkup(messages, source, options.proseText);
}
