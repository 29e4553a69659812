/**
 * The given-name kind: foreign given names that machine translation turns into their English
 * counterparts in front of a foreign surname. A French programme's guest list introduces "Jean
 * Garrigues" and the translated paragraph below quotes "John Garrigues"; a Spanish report names
 * "Juan Lobato" and then "John Lobato". Each row of the table is a foreign given name (`name`) with
 * the English forms MT puts in its place (`meanings`).
 *
 * "John Smith" is a name, not an error, so the English form alone proves nothing. A finding needs
 * the article itself to name the same surname with the foreign given name ("Jean Garrigues" at
 * 3:1, "John Garrigues" at 9:14); compound given names keep their second half ("Jean-Luc" and
 * "John-Luc"). The fix is a suggestion: two relatives may share a surname.
 */
import { defineRule } from '../engine/define-rule.js';
import { fillTemplate, quote } from '../engine/messages.js';
import type { Finding, Rule } from '../engine/types.js';
import type { Matcher } from '../match/matcher.js';
import { wordCharacter } from '../match/matching.js';
import { escapeRegExp } from '../text/characters.js';
import { compareCodeUnits } from '../text/characters.js';
import type { Termbase, TermbaseEntry } from '../termbase/types.js';
import { metaOf } from '../termbase/types.js';

interface Counterpart {
  entry: TermbaseEntry;
  foreign: string;
}

function evidenceOf(entry: TermbaseEntry): string {
  return [entry.note, entry.source ? `Source: ${entry.source}` : undefined].filter(Boolean).join(' ');
}

/** A capitalised surname word, after a particle if any ("de los Santos", "von der Leyen", "Di Maio"). */
const surnameSource =
  "(?:(?:de|da|di|del|della|dos|du|van|von|le|la)(?: (?:der|den|la|los|las))? )?\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}]+)?";

const whiteSpace = /\s+/y;

/** Whether the character (a whole code point) that ends just before `offset` is a word character. */
function isWordBefore(text: string, offset: number): boolean {
  if (offset === 0) return false;
  const low = text.charCodeAt(offset - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? text.slice(offset - 2, offset) : text[offset - 1];
  return wordCharacter.test(pair ?? '');
}

/**
 * Where the article names `given` and `surname` as whole words with white space between
 * ("Jean  Garrigues"), as `(?<![\p{L}\p{N}_])given\s+surname(?![\p{L}\p{N}_])` would find it; by
 * hand, as that regex would be compiled anew for every name an article brings.
 */
export function findNamed(text: string, given: string, surname: string): { index: number; text: string } | undefined {
  for (let at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
    if (isWordBefore(text, at)) continue;
    whiteSpace.lastIndex = at + given.length;
    if (!whiteSpace.test(text)) continue;
    const surnameStart = whiteSpace.lastIndex;
    if (!text.startsWith(surname, surnameStart)) continue;
    const end = surnameStart + surname.length;
    if (end < text.length && wordCharacter.test(String.fromCodePoint(text.codePointAt(end) ?? 0))) continue;
    return { index: at, text: text.slice(at, end) };
  }
  return undefined;
}

export function createGivenNameRule(termbase: Termbase, matcher: Matcher): Rule<Record<string, never>> {
  const byEnglish = new Map<string, Counterpart[]>();
  for (const entry of termbase.entries) {
    if (!entry.name) continue;
    for (const english of entry.meanings ?? []) {
      const list = byEnglish.get(english) ?? [];
      list.push({ entry, foreign: entry.name });
      byEnglish.set(english, list);
    }
  }
  const englishNames = [...byEnglish.keys()].sort((a, b) => b.length - a.length || compareCodeUnits(a, b));
  // One scan finds every English given name in front of a capitalised word; the rare hits are
  // then checked against the rest of the article.
  const candidate =
    englishNames.length === 0
      ? undefined
      : matcher.compilePattern(
          `(?<![\\p{L}\\p{N}_.-])(?<english>${englishNames.map(escapeRegExp).join('|')})(?<rest>-\\p{Lu}[\\p{Ll}\\p{M}]+)?[ \\t]+(?<surname>${surnameSource})(?![\\p{L}\\p{N}_])`,
          'gu',
        );

  return defineRule({
    meta: metaOf(termbase, 'suggest'),
    defaultOptions: {},
    check(context) {
      const { article } = context;
      const text = article.text;
      if (!candidate) return;
      for (const match of candidate.scan(article)) {
        const english = match.groups?.english ?? '';
        const rest = match.groups?.rest ?? '';
        const surname = match.groups?.surname ?? '';
        const start = match.start;
        for (const { entry, foreign } of byEnglish.get(english) ?? []) {
          const introduced = findNamed(text, foreign + rest, surname);
          if (!introduced) continue;
          const point = article.toPoint(introduced.index);
          const actual = article.source.slice(start, start + english.length);
          const expected = [foreign];
          const finding: Finding = {
            start,
            end: start + english.length,
            actual,
            expected,
            confidence: 'likely',
            ...(termbase.message ? { message: fillTemplate(termbase.message, actual, expected) } : {}),
            note: [`${quote(introduced.text)} is named at ${point.line}:${point.column}; ${quote(english)} is its English counterpart.`, evidenceOf(entry)]
              .filter(Boolean)
              .join(' '),
            entryId: entry.id,
          };
          context.report(finding);
          break;
        }
      }
    },
  });
}
