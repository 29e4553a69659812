/**
 * Properties of the whole pipeline with every bundled rule: linting never throws, every range is
 * real, fixes never overlap and never touch text outside their ranges, fixing is idempotent, and
 * results do not depend on the order of files. `npm run fuzz` runs the same properties for long.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { Article } from '../../src/engine/article.js';
import { loadAllProcessors } from '../../src/engine/processors.js';
import { applyFixes, certainFixes, selectFixes } from '../../src/engine/fix.js';
import { createLinter } from '../../src/linter.js';
import { splitsCharacter } from '../../src/engine/report.js';
import type { Fix, LintMessage } from '../../src/engine/types.js';
import { articleText, fuzzParameters } from './arbitraries.js';

const linter = createLinter(defaultConfig(process.cwd()));
const files = ['story.txt', 'notes.md'];

/** A problem with a message's range, or undefined when the range is sound. */
function rangeProblem(article: Article, message: LintMessage): string | undefined {
  const text = article.source;
  if (message.fatal) return `fatal message: ${message.message}`;
  const start = article.toOffset({ line: message.line, column: message.column });
  const end = article.toOffset({ line: message.endLine ?? message.line, column: message.endColumn ?? message.column });
  if (!(start >= 0 && start <= end && end <= text.length)) return `range [${start}, ${end}) outside 0..${text.length}`;
  // Line and column agree with the offsets: the point lies on its line, not past its break.
  for (const [offset, line] of [
    [start, message.line],
    [end, message.endLine ?? message.line],
  ] as const) {
    const lineInfo = article.lines[line - 1];
    if (!lineInfo) return `line ${line} does not exist`;
    const last = line === article.lines.length;
    if (offset < lineInfo.start || offset > (last ? lineInfo.next : lineInfo.end)) return `offset ${offset} is not on line ${line}`;
    const point = article.toPoint(offset);
    if (point.line !== line) return `offset ${offset} maps to line ${point.line}, not ${line}`;
  }
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) return `range [${start}, ${end}) splits a character`;
  const edits: Fix[] = [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)];
  for (const fix of edits) {
    const [from, to] = fix.range;
    if (!(from >= 0 && from <= to && to <= text.length)) return `fix range [${from}, ${to}) outside the text`;
    if (splitsCharacter(text, from) || splitsCharacter(text, to)) return `fix range [${from}, ${to}) splits a character`;
  }
  return undefined;
}

function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

function describeFailure(text: string, messages: readonly LintMessage[]): string {
  return `${JSON.stringify(text).slice(0, 400)}\n${messages.map((message) => `${message.line}:${message.column} ${message.message} [${message.ruleId ?? ''}]`).join('\n')}`;
}

describe('the pipeline under generated text', () => {
  beforeAll(async () => {
    // Markdown's processor loads on demand; the properties lint `.md` files too.
    await loadAllProcessors();
  });

  it('should never throw and give only ranges that lie inside the text on whole characters', () => {
    fc.assert(
      fc.property(articleText(), fc.constantFrom(...files), (text, file) => {
        const result = linter.lintText(text, file);
        const article = new Article(text);
        for (const message of result.messages) {
          const problem = rangeProblem(article, message);
          if (problem) throw new Error(`[${message.ruleId ?? ''}] ${problem}\n${describeFailure(text, result.messages)}`);
        }
      }),
      fuzzParameters(60),
    );
  });

  it('should apply non-overlapping fixes that leave the text outside their ranges unchanged', () => {
    fc.assert(
      fc.property(articleText(), (text) => {
        const messages = linter.lintText(text, 'story.txt').messages;
        const kept = selectFixes(text, certainFixes(messages));
        let previousEnd = 0;
        let output = '';
        for (const fix of kept) {
          expect(fix.range[0]).toBeGreaterThanOrEqual(previousEnd);
          output += text.slice(previousEnd, fix.range[0]) + fix.text;
          previousEnd = fix.range[1];
        }
        output += text.slice(previousEnd);
        // One pass equals the untouched gaps with the fix texts between them, byte for byte.
        expect(applyFixes(text, certainFixes(messages)).output).toBe(output);
        if (kept.length === 0) expect(linter.fixText(text, 'story.txt').output).toBeUndefined();
      }),
      fuzzParameters(60),
    );
  });

  it('should fix idempotently and leave no certain fix in the fixed text', () => {
    fc.assert(
      fc.property(articleText(), (text) => {
        const first = linter.fixText(text, 'story.txt');
        const fixed = first.output ?? text;
        const second = linter.fixText(fixed, 'story.txt');
        if (second.output !== undefined) throw new Error(`fix(fix(x)) differs from fix(x)\n${describeFailure(fixed, second.messages)}`);
        const left = linter.lintText(fixed, 'story.txt').messages.filter((message) => message.fix);
        if (left.length > 0) throw new Error(`certain findings left after fixing\n${describeFailure(fixed, left)}`);
        expect(first.messages).toEqual(linter.lintText(fixed, 'story.txt').messages);
        if (!hasLoneSurrogate(text)) expect(hasLoneSurrogate(fixed)).toBe(false);
        if (!text.includes('\r')) expect(fixed.includes('\r')).toBe(false);
      }),
      fuzzParameters(40),
    );
  });

  it('should give each file the same result whatever the order of the files', () => {
    // A second linter sees each text in another order and in other company.
    const fresh = createLinter(defaultConfig(process.cwd()));
    fc.assert(
      fc.property(fc.array(articleText({ maxFragments: 12 }), { minLength: 2, maxLength: 5 }), (texts) => {
        const named = texts.map((text, index) => ({ text, path: `article-${index}.txt` }));
        const forward = named.map(({ text, path }) => linter.lintText(text, path));
        const backward = [...named].reverse().map(({ text, path }) => linter.lintText(text, path)).reverse();
        const alone = named.map(({ text, path }) => fresh.lintText(text, path));
        expect(backward).toEqual(forward);
        expect(alone).toEqual(forward);
        const fixedForward = named.map(({ text, path }) => linter.fixText(text, path).output);
        const fixedBackward = [...named].reverse().map(({ text, path }) => linter.fixText(text, path).output).reverse();
        expect(fixedBackward).toEqual(fixedForward);
      }),
      fuzzParameters(15),
    );
  });
});
