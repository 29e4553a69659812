import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDataRule } from '../../src/kinds/index.js';
import { bundledRulesDirectory, readTermbase } from '../../src/termbase/load.js';
import { applySuggestion, compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = createDataRule(readTermbase(join(bundledRulesDirectory, 'translated-surname.json')));

describe('translated-surname', () => {
  it('should fix a surname rendered as a word where the introduced person speaks', () => {
    const text = 'Prime Minister Petteri Orpo spoke on Monday. The orphan said the talks went well.';
    expect(compact(rule, text)).toEqual(['1:46-1:56: Replace `The orphan` with `Orpo` [translated-surname]']);
    expect(fixWith(rule, text)).toBe('Prime Minister Petteri Orpo spoke on Monday. Orpo said the talks went well.');
  });

  it('should change "told that" along with the name, since "told" needs an object', () => {
    const text = 'Petteri Orpo arrived. Orphan told that the talks went well.';
    expect(fixWith(rule, text)).toBe('Petteri Orpo arrived. Orpo said that the talks went well.');
  });

  it('should note the introduction and the position as evidence', () => {
    const [message] = lintWith(rule, 'Minister-President Boris Rhein spoke. The 50-year-old Rhine wants change.');
    expect(message?.note).toMatch(/^`Boris Rhein` is introduced at 1:20; `Rhine` here is given an age \(German `Rhein` means `Rhine`\)/);
    expect(message?.confidence).toBe('certain');
  });

  it('should suggest the table spelling when the introduction is one letter off, and never offer the flagged introduction', () => {
    const text = 'According to researcher Teppo Turki, rhetoric matters. China wins, Turkey says.';
    const messages = lintWith(rule, text);
    // `Turki` is itself flagged one letter off, so `Turkey` is offered `Turkki` alone.
    expect(messages.map((message) => [message.actual, message.confidence, message.expected, message.message])).toEqual([
      ['Turki', 'likely', ['Turkki'], 'Possibly a misspelling of the surname: `Turki` (say `Turkki`)'],
      ['Turkey', 'likely', ['Turkki'], 'Possibly a surname translated as a word: `Turkey` (say `Turkki`)'],
    ]);
    expect(applySuggestion(rule, text, 1)).toBe('According to researcher Teppo Turki, rhetoric matters. China wins, Turkki says.');
    // Nothing is certain: --fix leaves the text alone.
    expect(fixWith(rule, text)).toBe(text);
  });

  it('should only suggest where the word does what a person does but no speech shows it', () => {
    const text = 'Boris Rhein grew up in Frankfurt. In 2009, the Rhine took over the post.';
    expect(lintWith(rule, text)[0]?.confidence).toBe('likely');
    expect(applySuggestion(rule, text)).toBe('Boris Rhein grew up in Frankfurt. In 2009, Rhein took over the post.');
  });

  it('should accept the country speaking when no person of that name is introduced', () => {
    expect(compact(rule, 'Turkey says it will not allow Sweden to join. According to Turkey, talks failed.')).toEqual([]);
  });

  it('should accept the river in an article without the surname', () => {
    expect(compact(rule, 'The Rhine took over the valley after the rain, the 50-year-old captain said.')).toEqual([]);
  });

  it('should accept the word used for the country or the river next to the introduced person', () => {
    expect(compact(rule, 'Researcher Teppo Turkki said trade with Turkey grew. Boris Rhein lives along the Rhine.')).toEqual([]);
  });

  it('should stay silent on "Turkey says" when the same article also speaks of the country', () => {
    expect(compact(rule, 'Researcher Teppo Turkki spoke. Trade with Turkey grew, and Turkey says it is pleased.')).toEqual([]);
  });

  it('should not take another name one letter off for the surname', () => {
    expect(compact(rule, 'Saudi Prince Turki al-Faisal spoke. Turkey says it is pleased.')).toEqual([]);
  });

  it('should accept a compound that holds the word', () => {
    expect(compact(rule, 'Boris Rhein met the premier of North Rhine-Westphalia, who said the Rhine-Main region grows.')).toEqual([]);
  });

  it('should leave nothing to fix after fixing', () => {
    const text = 'Stephan Weil spoke last. Because stressed that the coalition would hold.';
    const fixed = fixWith(rule, text);
    expect(fixed).toBe('Stephan Weil spoke last. Weil stressed that the coalition would hold.');
    expect(lintWith(rule, fixed)).toEqual([]);
  });
});
