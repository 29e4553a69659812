import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDataRule } from '../../src/kinds/index.js';
import { bundledRulesDirectory, readTermbase } from '../../src/termbase/load.js';
import { applySuggestion, compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = createDataRule(readTermbase(join(bundledRulesDirectory, 'translated-given-name.json')));

describe('translated-given-name', () => {
  it('should suggest the foreign given name the article introduces with the same surname', () => {
    const text = 'Guests: Jean Garrigues, historian.\nJohn Garrigues said the palace is a town.';
    expect(compact(rule, text)).toEqual(['2:1-2:5: Possibly a translated given name: `John` (say `Jean`) [translated-given-name]']);
    expect(applySuggestion(rule, text)).toBe('Guests: Jean Garrigues, historian.\nJean Garrigues said the palace is a town.');
  });

  it('should cite the introduction as evidence and leave --fix alone', () => {
    const text = 'Juan Lobato spoke. Later John Lobato left.';
    const [message] = lintWith(rule, text);
    expect(message?.note).toMatch(/^`Juan Lobato` is named at 1:1; `John` is its English counterpart/);
    expect(fixWith(rule, text)).toBe(text);
  });

  it('should keep the second half of a compound given name', () => {
    const text = 'Jean-Luc Mélenchon spoke. John-Luc Mélenchon left.';
    expect(compact(rule, text)).toEqual(['1:27-1:31: Possibly a translated given name: `John` (say `Jean`) [translated-given-name]']);
  });

  it('should say nothing of an English name the article never gives in its foreign form', () => {
    expect(lintWith(rule, 'John Smith met Peter Müller and James Chirac.')).toEqual([]);
  });

  it('should say nothing when the foreign name belongs to another surname', () => {
    expect(lintWith(rule, 'Jean Garrigues spoke. John Garrigue left. Jean Dupont and John Smith met.')).toEqual([]);
  });
});
