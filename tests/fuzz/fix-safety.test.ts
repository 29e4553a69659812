/**
 * Properties of fixes that must hold whatever the text: a Markdown fix keeps every block outside
 * the text it changes, and a table the fix-loop check accepts has fixes that settle in any text,
 * lookbehinds and lookaheads included. `npm run fuzz` runs them for long.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/errors.js';
import { Article } from '../../src/engine/article.js';
import { certainFixes, fixUntilStable, selectFixes } from '../../src/engine/fix.js';
import { runRules } from '../../src/engine/lint.js';
import { loadAllProcessors } from '../../src/engine/processors.js';
import { createDataRule } from '../../src/kinds/index.js';
import { createLinter } from '../../src/linter.js';
import { blockShapes, type BlockShape } from '../../src/processors/markdown.js';
import { checkFixLoops } from '../../src/termbase/safety.js';
import type { LoadedTermbase, Termbase } from '../../src/termbase/types.js';
import { articleText, fuzzParameters } from './arbitraries.js';

const linter = createLinter(defaultConfig(process.cwd()));

/** Markup that a deletion next to it can turn into something else, and residue the rules delete. */
const markup = ['# ', '## ', '**', '__', '*', '_', '~~~', '```', '---', '***', '===', '> ', '- ', '* ', '1. ', '    ', '\t', '<!-- x -->', '[a]: /b', ' ', '\n', '\n\n'];
const residue = ['Leave a Reply', 'Leave a Comment', 'Share this:', 'Advertisement', 'Comments', 'Home » today » World »', 'Photo: Reuters', '(M.)', 'Kraft Siberia'];

const markdownArticle = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...markup) },
      { weight: 4, arbitrary: fc.constantFrom(...residue) },
      { weight: 2, arbitrary: articleText({ maxFragments: 3, maxLongLine: 60 }) },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

function shapesOf(text: string): BlockShape[] {
  const shapes = blockShapes(text);
  if (typeof shapes === 'string') throw new Error(`not parsed: ${shapes}`);
  return shapes;
}

function commonPrefix(a: string, b: string, limit: number): number {
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

/**
 * Blocks of `before` that must be in `after` unchanged: those wholly before the changed part (same
 * place), wholly after it (shifted), and those around it (same start, end shifted). The changed
 * part comes from the two texts alone, not from the fixes. Where the text repeats, a change can be
 * placed in more than one way (deleting `Ad\n\n` from `Ad\n\nAd…` or the `\n\nAd` after it):
 * the changed part is the union of the leftmost and the rightmost placing.
 */
function blocksLost(before: string, after: string): string[] {
  const limit = Math.min(before.length, after.length);
  const prefixFirst = commonPrefix(before, after, limit);
  const suffixAfterPrefix = commonSuffix(before, after, limit - prefixFirst);
  const suffixFirst = commonSuffix(before, after, limit);
  const prefixBeforeSuffix = commonPrefix(before, after, limit - suffixFirst);
  const changedStart = Math.min(prefixFirst, prefixBeforeSuffix);
  const changedEnd = before.length - Math.min(suffixAfterPrefix, suffixFirst);
  const shift = after.length - before.length;
  const found = new Set(shapesOf(after).map((shape) => `${shape.kind} ${shape.start} ${shape.end}`));
  const lost: string[] = [];
  for (const shape of shapesOf(before)) {
    let expected: [number, number] | undefined;
    if (shape.end <= changedStart) expected = [shape.start, shape.end];
    else if (shape.start >= changedEnd) expected = [shape.start + shift, shape.end + shift];
    else if (shape.start <= changedStart && shape.end >= changedEnd && (shape.start < changedStart || shape.end > changedEnd)) expected = [shape.start, shape.end + shift];
    if (expected && !found.has(`${shape.kind} ${expected[0]} ${expected[1]}`)) lost.push(`${shape.kind} [${shape.start}, ${shape.end})`);
  }
  return lost;
}

describe('Markdown fixes under generated articles', () => {
  beforeAll(async () => {
    await loadAllProcessors();
  });

  it('should place a change in repeated text the way the fixes may have placed it', () => {
    // The deleted paragraph can be read as the first `Advertisement` or the second: either way the
    // text that stays is one paragraph, as it was.
    expect(blocksLost('Advertisement\n\nAdvertisement and more.', 'Advertisement and more.')).toEqual([]);
    expect(blocksLost('Text.\n\n**Leave a Reply**\n\nMore.', 'Text.\n\n****\n\nMore.')).toEqual(['paragraph [7, 24)']);
  });

  it('should keep every block outside the text the fixes change', () => {
    fc.assert(
      fc.property(markdownArticle, (text) => {
        const output = linter.fixText(text, 'story.md').output;
        if (output === undefined) return;
        const lost = blocksLost(text, output);
        if (lost.length > 0) throw new Error(`blocks changed outside the fixes: ${lost.join(', ')}\n${JSON.stringify(text)}\n=> ${JSON.stringify(output)}`);
      }),
      fuzzParameters(60),
    );
  });
});

/** A table of one or two entries whose patterns look behind or ahead, over a small alphabet. */
const letters = fc.constantFrom('a', 'b', 'c', ' ');
const piece = fc.array(letters, { minLength: 1, maxLength: 3 }).map((chars) => chars.join(''));
const word = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 2 }).map((chars) => chars.join(''));

const contextEntry = fc
  .record({
    context: piece,
    body: word,
    side: fc.constantFrom('behind', 'ahead', 'negative behind', 'negative ahead'),
    replace: fc.array(letters, { minLength: 1, maxLength: 5 }).map((chars) => chars.join('')),
  })
  .filter(({ body, replace }) => body !== replace)
  .map(({ context, body, side, replace }) => {
    const escaped = context.replace(/ /g, '\\x20');
    const pattern =
      side === 'behind' ? `(?<=${escaped})${body}` : side === 'ahead' ? `${body}(?=${escaped})` : side === 'negative behind' ? `(?<!${escaped})${body}` : `${body}(?!${escaped})`;
    const example = side.endsWith('behind') ? `${context}${body}` : `${body}${context}`;
    return { pattern, replace, example };
  });

const contextTable = fc.array(contextEntry, { minLength: 1, maxLength: 2 }).map(
  (entries): Termbase => ({
    id: 'house',
    kind: 'substitution',
    category: 'names',
    description: 'Generated entries',
    defaultSeverity: 'error',
    entries: entries.map((entry, index) => ({ id: `e${index}`, pattern: entry.pattern, replace: entry.replace, examples: [{ text: entry.example }] })),
  }),
);

describe('fix loops with context under generated tables', () => {
  it('should let every fix of a table the check accepts settle in any text', () => {
    fc.assert(
      fc.property(contextTable, fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'x'), { maxLength: 14 }), (data, chars) => {
        const termbase: LoadedTermbase = { path: 'house.json', data };
        const rule = createDataRule(termbase);
        try {
          checkFixLoops([termbase], [rule]);
        } catch (error) {
          if (error instanceof ConfigError) return;
          throw error;
        }
        const lint = (text: string) => runRules(new Article(text), [{ rule, severity: 2, options: rule.defaultOptions }]);
        const text = chars.join('');
        const { output } = fixUntilStable(text, lint);
        const left = selectFixes(output, certainFixes(lint(output)));
        if (left.length > 0) {
          throw new Error(`accepted, yet ${JSON.stringify(text)} does not settle (${JSON.stringify(output)})\n${JSON.stringify(data.entries.map((entry) => [entry.pattern, entry.replace]))}`);
        }
        expect(left).toEqual([]);
      }),
      fuzzParameters(200),
    );
  });
});
