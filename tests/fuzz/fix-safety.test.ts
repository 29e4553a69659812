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
import { applyFixes, certainFixes, fixUntilStable, maxFixPasses, selectFixes } from '../../src/engine/fix.js';
import { runRules } from '../../src/engine/lint.js';
import { fixGuardFor, loadAllProcessors } from '../../src/engine/processors.js';
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

/**
 * Blocks of `before` that must be in `after` unchanged when the edits of one pass lie within
 * [first, last): those wholly before (same place), wholly after (shifted), and those around all the
 * edits (same start, end shifted).
 */
function blocksLostAround(before: string, after: string, first: number, last: number): string[] {
  const shift = after.length - before.length;
  const found = new Set(shapesOf(after).map((shape) => `${shape.kind} ${shape.start} ${shape.end}`));
  const lost: string[] = [];
  for (const shape of shapesOf(before)) {
    let expected: [number, number] | undefined;
    if (shape.end <= first) expected = [shape.start, shape.end];
    else if (shape.start >= last) expected = [shape.start + shift, shape.end + shift];
    else if (shape.start <= first && shape.end >= last && (shape.start < first || shape.end > last)) expected = [shape.start, shape.end + shift];
    if (expected && !found.has(`${shape.kind} ${expected[0]} ${expected[1]}`)) lost.push(`${shape.kind} [${shape.start}, ${shape.end})`);
  }
  return lost;
}

describe('Markdown fixes under generated articles', () => {
  beforeAll(async () => {
    await loadAllProcessors();
  });

  it('should judge the blocks around the exact range a fix changed, even in repeated text', () => {
    // Read from the two texts alone, this deletion could be the first `Advertisement` or the second.
    expect(blocksLostAround('Advertisement\n\nAdvertisement and more.', 'Advertisement and more.', 0, 15)).toEqual([]);
    expect(blocksLostAround('Text.\n\n**Leave a Reply**\n\nMore.', 'Text.\n\n****\n\nMore.', 9, 22)).toEqual(['paragraph [7, 24)']);
  });

  it('should keep every block outside the text the fixes change', () => {
    const guard = fixGuardFor('story.md');
    if (!guard) throw new Error('no Markdown fix guard');
    fc.assert(
      fc.property(markdownArticle, (text) => {
        // The passes of --fix, replayed so that each pass's fixes, and so the text they change, are known.
        let current = text;
        for (let pass = 0; pass < maxFixPasses; pass++) {
          let fixes = selectFixes(current, certainFixes(linter.lintText(current, 'story.md').messages));
          if (fixes.length > 1 && guard(current)(fixes) !== undefined) fixes = fixes.slice(0, 1);
          if (fixes.length === 0) break;
          const output = applyFixes(current, fixes).output;
          if (output === current) break;
          const first = fixes[0]?.range[0] ?? 0;
          const last = fixes.at(-1)?.range[1] ?? 0;
          const lost = blocksLostAround(current, output, first, last);
          if (lost.length > 0) throw new Error(`blocks changed outside the fixes: ${lost.join(', ')}\n${JSON.stringify(current)}\n=> ${JSON.stringify(output)}`);
          current = output;
        }
        expect(current).toBe(linter.fixText(text, 'story.md').output ?? text);
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
