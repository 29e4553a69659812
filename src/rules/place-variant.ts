/**
 * A place or nationality word spelt another way in one place, where the article also writes the
 * English form: "the Hesseyan State Parliament" and "the Hesian State Parliament" beside "the
 * Hessian State Association". English knows the one spelling and the article uses it; the other is
 * a word nobody knows, a letter or a sound off.
 *
 * What stays silent: a word English or the people-name list knows ("Kiev" beside "Kyiv" is an older
 * spelling, not a slip), a word the gazetteer knows, a person's name in the names model, a spelling
 * written more often than the English one, and anything only one letter off by substitution.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote, unexpected } from '../engine/messages.js';
import type { Rule } from '../engine/types.js';
import type { NamesKnowledge } from '../names/knowledge.js';
import { namesOf, whereOf } from '../names/model.js';
import { fold, relationOf, type Relation } from '../names/spelling.js';
import { isEnglishProperWord, isEnglishWord, isPeopleName } from '../text/english.js';

/** The relations a misspelt place word has to its English form: a letter dropped or doubled, the same sounds. */
const placeRelations: Readonly<Partial<Record<Relation, string>>> = {
  deleted: 'drops a letter of',
  doubled: 'doubles or halves a letter of',
  phonetic: 'sounds like',
};

export function createPlaceVariantRule(knowledge: NamesKnowledge): Rule<unknown> {
  return defineRule({
    meta: {
      id: 'place-variant',
      category: 'names',
      description: 'A place or nationality word spelt another way than the English form the article uses',
      docsUrl: docsUrlOf('place-variant'),
      defaultSeverity: 'warn',
      fixable: 'suggest',
    },
    defaultOptions: {},
    check(context) {
      const { article } = context;
      const model = namesOf(article, knowledge);
      if (model.mentions.length === 0) return;
      // The article's English place words ("Hessian", "Bavarian"), and where each first stands.
      const english = new Map<string, number>();
      const counts = new Map<string, number>();
      for (const mention of model.mentions) {
        for (const word of mention.words) {
          const bare = word.bare;
          counts.set(bare, (counts.get(bare) ?? 0) + 1);
          if (bare.length >= 5 && /^\p{Lu}\p{Ll}+$/u.test(bare) && isEnglishProperWord(bare) && !isPeopleName(bare) && !english.has(bare)) english.set(bare, word.start);
        }
      }
      if (english.size === 0) return;
      const personWords = new Set(model.people.flatMap((person) => person.words));
      // A title before a name is read too: "the Hesseyan State Parliament Speaker Boris Rhein".
      for (const mention of model.mentions) {
        for (const word of mention.words) {
          const candidate = word.bare;
          if (candidate.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(candidate) || personWords.has(candidate)) continue;
          if (isEnglishWord(candidate) || isEnglishProperWord(candidate) || isPeopleName(candidate) || knowledge.names.has(fold(candidate))) continue;
          if (model.lowercase.has(candidate.toLowerCase())) continue;
          const targets: Array<{ target: string; relation: Relation }> = [];
          for (const target of english.keys()) {
            const relation = relationOf(candidate, target);
            // "Italia" beside "Italian", "Suomi": the English ending dropped is another language's own form.
            const endingDropped = target.startsWith(candidate);
            if (relation && placeRelations[relation] !== undefined && candidate.charAt(0) === target.charAt(0) && !endingDropped) targets.push({ target, relation });
          }
          const [match] = targets;
          if (targets.length !== 1 || !match) continue;
          if ((counts.get(candidate) ?? 0) > (counts.get(match.target) ?? 0)) continue;
          context.report({
            start: word.start,
            end: word.start + candidate.length,
            actual: candidate,
            expected: [match.target],
            confidence: 'likely',
            message: unexpected(candidate, [match.target]),
            note: `the article writes ${quote(match.target)} at ${whereOf(article, english.get(match.target) ?? 0)}, a word English knows; ${quote(candidate)}, which it does not, ${placeRelations[match.relation] ?? ''} it`,
          });
        }
      }
    },
  });
}
