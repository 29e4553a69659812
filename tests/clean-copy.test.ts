/**
 * The false-alarm guard: short, correctly edited news articles written for this test, full of
 * what a careless rule would flag (Turkey as the government speaking, Power of Siberia, Wang Yi,
 * Sberbank, Brics, Boris Rhein next to the river Rhine, Stephan Weil, Olaf Lies, "individual
 * Russian banks", a wire sign-off, a photo credit; the correct copy that residue rules must leave
 * alone: bylines, a dateline, agency credits on a line of their own or cut in two, a quotation
 * hard-wrapped over two lines, a teaser cut at "[…]", quoted lyrics beside their translation, a
 * correction note), must give no message at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { createLinter } from '../src/linter.js';
import { formatCompact } from './helpers/rule-tester.js';

const folder = new URL('fixtures/clean/', import.meta.url);
const linter = createLinter(defaultConfig(process.cwd()));
const articles = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();

describe('clean copy', () => {
  it('should have articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(articles)('should say nothing about %s', (name) => {
    const text = readFileSync(new URL(name, folder), 'utf8');
    expect(linter.lintText(text, name).messages.map(formatCompact)).toEqual([]);
  });
});
