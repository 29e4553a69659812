/**
 * A name the article writes normally, damaged in case in one place: in capitals inside running
 * text ("XI Jinping" where the article writes Xi Jinping, "Jussi VIRTANEN"), or in lowercase
 * ("virtanen said", "kyiv"). The article's own spelling is the fix.
 *
 * What stays silent: headlines and lines set in capitals, acronyms the article writes in capitals
 * elsewhere, Roman numerals after a name ("Pius XI"), and lowercase words that are English words
 * ("the bush", "a cook") unless the person's other name stands right beside them.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote, unexpected } from '../engine/messages.js';
import type { Confidence, Rule } from '../engine/types.js';
import { isInAddress } from '../text/context.js';
import { isEnglishProperWord, isEnglishWord } from '../text/english.js';
import type { NamesKnowledge } from '../names/knowledge.js';
import { isBreak, isParticle, type Word } from '../names/mentions.js';
import { namesOf, whereOf, type Person } from '../names/model.js';
import { fold } from '../names/spelling.js';

/** Whether most letters of the line are lowercase: running text, not a headline in capitals. */
function isRunningText(line: string): boolean {
  const upper = (line.match(/\p{Lu}/gu) ?? []).length;
  const lower = (line.match(/\p{Ll}/gu) ?? []).length;
  return lower > upper * 2;
}

export function createNameCasingRule(knowledge: NamesKnowledge): Rule<unknown> {
  return defineRule({
    meta: {
      id: 'name-casing',
      category: 'names',
      description: 'A name in capitals or in lowercase where the article writes it normally',
      docsUrl: docsUrlOf('name-casing'),
      defaultSeverity: 'error',
      fixable: 'fix',
    },
    defaultOptions: {},
    check(context) {
      const { article } = context;
      // "reuters.com/article?…=reuters%2Fnews": addresses are lower case by convention, so a name there is no slip.
      const emit: typeof context.report = (finding) => {
        if (!isInAddress(article.text, finding.start, finding.end)) context.report(finding);
      };
      const model = namesOf(article, knowledge);
      const reported = new Set<number>();
      /** Reports a word of the article as `right`, once: the checks below see some words twice. */
      const flag = (word: { start: number; bare: string }, right: string, confidence: Confidence, note: string): void => {
        reported.add(word.start);
        emit({ start: word.start, end: word.start + word.bare.length, actual: word.bare, expected: [right], confidence, message: unexpected(word.bare, [right]), note });
      };
      // A known name with one word in capitals, where nothing else in the article spells it: "XI Jinping".
      for (const part of model.parts) {
        if (part.words.length < 2) continue;
        const known = knowledge.people.get(fold(part.words.map((word) => word.bare).join(' ')));
        if (!known || !isRunningText(article.lineAt(part.mention.start).text)) continue;
        const knownWords = known.split(' ');
        if (knownWords.length !== part.words.length) continue;
        part.words.forEach((word, index) => {
          const right = knownWords[index] ?? '';
          if (!/^\p{Lu}{2,}$/u.test(word.bare) || right === word.bare || /^\p{Lu}+$/u.test(right) || reported.has(word.start)) return;
          if (part.words.some((other) => other !== word && /^\p{Lu}{2,}$/u.test(other.bare))) return;
          flag(word, right, 'certain', `${quote(known)} is a known name; here ${quote(word.bare)} is in capitals inside running text`);
        });
      }

      // How often each word in capitals stands in a name: written so twice, it is the article's style.
      const capitalsCount = new Map<string, number>();
      for (const part of model.parts) for (const word of part.words) if (/^\p{Lu}{2,}$/u.test(word.bare)) capitalsCount.set(word.bare, (capitalsCount.get(word.bare) ?? 0) + 1);

      // "Chinese President XI Jinping": a case-fixer took the surname Xi for a Roman numeral. A numeral
      // follows a name ("Pius XI", "Louis XIV"), never stands before one, so a numeral-shaped word
      // before a name that English does not know is the surname in capitals. A suggestion: no table says so.
      for (const part of model.parts) {
        const [word, next] = part.words;
        if (!word || !next || reported.has(word.start) || !/^[CDLMX]I$/u.test(word.bare) || (capitalsCount.get(word.bare) ?? 0) > 1) continue;
        if (!/^\p{Lu}\p{Ll}+$/u.test(next.bare) || isEnglishWord(next.bare) || isEnglishProperWord(next.bare)) continue;
        const line = article.lineAt(word.start);
        if (!isRunningText(line.text) || /^\W*$/u.test(article.text.slice(line.start, word.start))) continue;
        const right = `${word.bare.charAt(0)}${word.bare.slice(1).toLowerCase()}`;
        flag(word, right, 'likely', `a Roman numeral follows a name (\`Pius XI\`), never stands before one: ${quote(word.bare)} before ${quote(next.bare)} reads as the surname ${quote(right)} in capitals`);
      }

      if (model.people.length === 0) return;
      const byLower = new Map<string, Array<{ person: Person; index: number }>>();
      for (const person of model.people) {
        person.words.forEach((word, index) => {
          if (isParticle(word) || word.length < 2) return;
          // Folded: "YILDIRIM" lowercases to "yildirim", not to Yıldırım's dotless "yıldırım".
          const list = byLower.get(fold(word)) ?? [];
          list.push({ person, index });
          byLower.set(fold(word), list);
        });
      }
      const report = (word: Word, target: string, person: Person, certain: boolean, how: string): void => {
        const note = `${quote(person.name)} is introduced at ${whereOf(article, person.start)} and written ${quote(target)} ${model.counts.get(target) ?? 0} times; here it is ${how}`;
        flag(word, target, certain ? 'certain' : 'likely', note);
      };

      // Capitals: "XI Jinping", "Jussi VIRTANEN".
      for (const part of model.parts) {
        part.words.forEach((word, position) => {
          if (!/^\p{Lu}{2,}$/u.test(word.bare) || (capitalsCount.get(word.bare) ?? 0) > 1) return;
          const matches = (byLower.get(fold(word.bare)) ?? []).filter(({ person, index }) => person.words[index] !== word.bare);
          if (matches.length === 0 || new Set(matches.map(({ person, index }) => person.words[index])).size !== 1) return;
          const line = article.lineAt(word.start);
          if (!isRunningText(line.text)) return;
          // "MELBOURNE (Reuters) -": a dateline opens its line in capitals.
          if (/^\W*$/u.test(article.text.slice(line.start, word.start))) return;
          // "Photo: JENS SCHLUETER / AFP": a whole name in capitals is a credit's style.
          if (part.words.some((other) => other !== word && /^\p{Lu}{2,}$/u.test(other.bare))) return;
          const beside = matches.some(({ person, index }) => {
            const before = part.words[position - 1]?.bare;
            const after = part.words[position + 1]?.bare;
            return (before !== undefined && before === person.words[index - 1]) || (after !== undefined && after === person.words[index + 1]);
          });
          const match = matches[0];
          if (!match) return;
          report(word, match.person.words[match.index] ?? '', match.person, beside, 'in capitals');
        });
      }

      // Lowercase: "Margus sepp said", "talks in kyiv".
      for (const sentence of model.sentences) {
        sentence.items.forEach((item, at) => {
          if (isBreak(item) || item.initial !== 'lower' || !/^\p{Ll}[\p{L}\p{M}]*$/u.test(item.bare)) return;
          // Only a word that spells a name of the article or a known name can be one in lowercase.
          const folded = fold(item.bare);
          const candidates = byLower.get(folded);
          if (candidates === undefined && !knowledge.names.has(folded)) return;
          if (isEnglishWord(item.bare)) return;
          // A word inside an address or a handle: "spiegel.de/international/germany".
          if (/[/.@#_-]/u.test(article.text.charAt(item.start - 1)) || /[/.@#_-]\S/u.test(article.text.slice(item.end, item.end + 2))) return;
          const matches = (candidates ?? []).filter(({ person, index }) => person.words[index] !== item.bare);
          const match = matches[0];
          if (!match) {
            // "Moscow and kyiv": a known one-word name in lowercase, where English has no such word.
            const known = knowledge.names.get(folded);
            if (!known || known.includes(' ') || !/^\p{Lu}/u.test(known) || item.bare.length < 4 || reported.has(item.start)) return;
            flag(item, known, 'likely', `${quote(known)} is a known name, written with a capital`);
            return;
          }
          if (new Set(matches.map(({ person, index }) => person.words[index])).size !== 1) return;
          const previous = sentence.items[at - 1];
          const next = sentence.items[at + 1];
          const beside = matches.some(
            ({ person, index }) =>
              (previous !== undefined && !isBreak(previous) && previous.bare === person.words[index - 1]) ||
              (next !== undefined && !isBreak(next) && next.bare === person.words[index + 1]),
          );
          const target = match.person.words[match.index] ?? '';
          if (!beside && (model.counts.get(target) ?? 0) < 2) return;
          report(item, target, match.person, beside, 'in lowercase');
        });
      }
    },
  });
}
