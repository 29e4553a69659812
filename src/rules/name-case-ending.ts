/**
 * A case ending of the source language left on a name the article introduces: the Finnish
 * genitive of "Wang Yi" as "Wang Yin", "Virtanen" as "Virtaselle" (allative) or "Virtasen"; the
 * Estonian "Kallasega"; the Polish "Tuska"; the Turkish "Erdoğan'ın"; the German genitive without
 * its apostrophe, "Merkels government". The bare name (or the English possessive, for the German
 * genitive) is the fix.
 *
 * What stays silent: English possessives and plurals ("the Virtanens"), a woman's form of a
 * Slavic surname ("Kuznetsova" beside "Kuznetsov"), a word the article uses in lowercase, and an
 * ending that would fit two names.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote, unexpected } from '../engine/messages.js';
import type { Confidence, Rule } from '../engine/types.js';
import { isEnglishProperWord, isEnglishWord, isPeopleName } from '../text/english.js';
import type { NamesKnowledge } from '../names/knowledge.js';
import { isParticle, type Word } from '../names/mentions.js';
import { namesOf, whereOf, type Person } from '../names/model.js';
import { surroundingsOf } from '../names/roles.js';
import { caseEndingOf, fold, type CaseEnding } from '../names/spelling.js';
import { wordsAroundNames } from '../termbase/word-lists.js';

/** Words before a name that make a following "-s" an English plural: "the Virtanens", "both Kallases" (rules/knowledge/name-words.json). */
const isPluralBefore = (word: string): boolean => wordsAroundNames()['plural-before'].has(word);

export function createNameCaseEndingRule(knowledge: NamesKnowledge): Rule<unknown> {
  return defineRule({
    meta: {
      id: 'name-case-ending',
      category: 'names',
      description: 'A case ending of the source language left on a name',
      docsUrl: docsUrlOf('name-case-ending'),
      defaultSeverity: 'error',
      fixable: 'fix',
    },
    defaultOptions: {},
    check(context) {
      const { article } = context;
      const model = namesOf(article, knowledge);
      if (model.people.length === 0) return;
      const { spellings } = model;
      /**
       * "[Mevlüt] Çavuşoğlun" where the article never writes the name in full: a known surname with
       * an ending of more than one letter, or a genitive "-n" on a long one, is suggested.
       */
      const reportKnown = (word: Word, candidate: string): void => {
        if (candidate.length < 6 || isEnglishWord(candidate) || isEnglishProperWord(candidate) || isPeopleName(candidate)) return;
        for (let cut = 1; cut <= 4 && cut < candidate.length - 3; cut++) {
          const base = knowledge.surnames.get(fold(candidate.slice(0, -cut)));
          if (!base) continue;
          const ending = caseEndingOf(candidate, base);
          if (!ending || ending.language === 'German') continue;
          context.report({
            start: word.start,
            end: word.start + candidate.length,
            actual: candidate,
            expected: [base],
            confidence: 'likely',
            message: unexpected(candidate, [base]),
            note: `${quote(base)} is a known surname; ${quote(candidate)} carries the ${ending.language} ending ${quote(`-${ending.ending.replace(/^['’]/u, '')}`)}`,
          });
          return;
        }
      };
      for (const part of model.parts) {
        for (let position = 0; position < part.words.length; position++) {
          const word = part.words[position];
          if (!word) continue;
          const candidate = word.bare;
          if (spellings.has(candidate) || isParticle(candidate) || model.lowercase.has(candidate.toLowerCase())) continue;
          const matches: Array<{ person: Person; index: number; ending: CaseEnding }> = [];
          for (const { person, index, ending } of model.matchesOf(candidate)) if (ending) matches.push({ person, index, ending });
          // "Italian" is English before it is "Italia" with an ending.
          if (matches.length > 0 && isEnglishProperWord(candidate)) continue;
          if (matches.length === 0) {
            reportKnown(word, candidate);
            continue;
          }
          if (new Set(matches.map((match) => match.person.words[match.index])).size !== 1) continue;
          const match = matches[0];
          if (!match) continue;
          const { person, index, ending } = match;
          const target = person.words[index] ?? '';
          // The rest of the mention is this person's: "Wang Yin" with Wang Yi.
          let context_ = 0;
          let conflict = false;
          for (let offset = -position; offset < part.words.length - position; offset++) {
            if (offset === 0) continue;
            const other = part.words[position + offset]?.bare;
            const expected = person.words[index + offset];
            if (other === undefined) continue;
            if (expected !== undefined && fold(expected) === fold(other)) context_++;
            else conflict = true;
          }
          if (conflict) continue;
          // The ending goes on the name's last word, where the language puts it.
          if (index < person.words.length - 1 && context_ === 0) continue;
          const short = ending.ending.replace(/['’]/u, '').length <= 1;
          if (ending.language === 'German') {
            // "Prizes", "Parks": an English plural.
            if (isEnglishWord(candidate)) continue;
            const around = surroundingsOf(part.mention.sentence, word, word);
            const before = around.before?.text.toLowerCase();
            if (!around.after || !/^\p{Ll}/u.test(around.after.text) || (before !== undefined && isPluralBefore(before))) continue;
          }
          // A one-letter ending makes another name as often as not ("Paula", "Mariana"): it needs the full name around it.
          if (short && context_ === 0 && (isPeopleName(candidate) || isEnglishWord(candidate))) continue;
          const known = knowledge.surnames.has(fold(target)) || knowledge.people.has(fold(person.name));
          const targetCount = model.counts.get(target) ?? 0;
          // Two signals make it certain: the gazetteer or the majority, and the name around the word
          // ("Wang Yin" beside the known Wang Yi: "yin" is English alone, not after "Wang").
          const certain =
            (!isEnglishWord(candidate) || context_ > 0) &&
            ending.language !== 'German' &&
            (known || (!short && targetCount >= 2 && !isPeopleName(candidate)) || (context_ > 0 && targetCount >= 2 && !short));
          const confidence: Confidence = certain ? 'certain' : 'likely';
          const expected = ending.language === 'German' ? `${target}'s` : target;
          const introduced = person.introduction;
          const what =
            ending.language === 'German'
              ? `the German genitive ${quote('-s')} without its apostrophe`
              : `the ${ending.language} ending ${quote(`-${ending.ending.replace(/^['’]/u, '')}`)}`;
          context.report({
            start: word.start,
            end: word.start + candidate.length,
            actual: candidate,
            expected: [expected],
            confidence,
            message: unexpected(candidate, [expected]),
            note: `${quote(person.name)} is introduced at ${whereOf(article, person.start)}; ${quote(candidate)} is ${quote(target)} with ${what}`,
          });
        }
      }
    },
  });
}
