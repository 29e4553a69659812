import { describe, expect, it } from 'vitest';
import { nameInconsistency } from '../../src/rules/name-inconsistency.js';
import type { Rule } from '../../src/engine/types.js';
import { applySuggestion, compact, lintWith } from '../helpers/rule-tester.js';

const rule = nameInconsistency as Rule<unknown>;

describe('name-inconsistency', () => {
  it('should flag the minority spelling of a surname with the dominant one', () => {
    const text = 'Mayor Pekka Virtanen spoke.\nPekka Virtanen left.\nLater Pekka Virtamen returned.';
    expect(compact(rule, text)).toEqual(['3:7-3:21: Possibly another spelling of a name in the article: `Pekka Virtamen` (say `Pekka Virtanen`) [name-inconsistency]']);
    expect(applySuggestion(rule, text)).toBe('Mayor Pekka Virtanen spoke.\nPekka Virtanen left.\nLater Pekka Virtanen returned.');
  });

  it('should flag a romanisation that differs only in doubled vowels', () => {
    const text = 'Guests: Kim Min-ju, Kim Min-ju and Director Kim Min-joo.';
    expect(compact(rule, text)).toEqual(['1:45-1:56: Possibly another spelling of a name in the article: `Kim Min-joo` (say `Kim Min-ju`) [name-inconsistency]']);
  });

  it('should flag a name run together next to its spaced form', () => {
    const text = 'Guest: Park Ji-hoon.\n[Parkjihoon]\nI agree.';
    expect(compact(rule, text)).toEqual(['2:2-2:12: Possibly another spelling of a name in the article: `Parkjihoon` (say `Park Ji-hoon`) [name-inconsistency]']);
  });

  it('should give the evidence in the note', () => {
    const [message] = lintWith(rule, 'Pekka Virtanen spoke. Pekka Virtanen left. Pekka Virtamen returned.');
    expect(message?.note).toBe('`Pekka Virtanen` is written 2 times (first at 1:1), `Pekka Virtamen` 1');
  });

  it('should stay silent on correct copy', () => {
    const text = [
      'Sergei Lavrov met Sergey Lavrov’s deputy, and Lavrov’s aides.',
      'Markus Soeder and Markus Söder; Erdogan and Erdoğan; Izmir and İzmir.',
      'Wang Yi met Wang Wentao. Marine Le Pen and Jean-Marie Le Pen.',
      'Volodymyr Zelensky and Volodymyr Zelenskyy and Volodymyr Zelensky.',
    ].join('\n');
    expect(compact(rule, text)).toEqual([]);
  });

  describe('almost matches', () => {
    it('should stay silent on two people who share a given name', () => {
      expect(compact(rule, 'Antti Kaikkonen handed over to Antti Häkkänen, then Antti Häkkänen spoke.')).toEqual([]);
    });

    it('should stay silent on siblings whose names differ by two letters', () => {
      expect(compact(rule, 'Kim Jong-un and Kim Jong-un again, and Kim Jong-il.')).toEqual([]);
    });

    it('should stay silent on British and American spellings and on demonyms', () => {
      expect(compact(rule, 'Finnish Defence forces; Finnish Defence staff; Finnish Defense office. South Africa, South Africa, South African.')).toEqual([]);
    });

    it('should stay silent on a tie, where nothing says which is right', () => {
      expect(compact(rule, 'Pekka Virtanen spoke. Pekka Virtamen left.')).toEqual([]);
    });

    it('should stay silent when the differing word is also a word in the article', () => {
      expect(compact(rule, 'Grand Marshal spoke. Grand Marshal left. Grand Marshall came; a marshall is a title.')).toEqual([]);
    });
  });
});
