/**
 * How one spelling of a name relates to another, without any table: the same letters in other
 * case, without diacritics, with a letter dropped or doubled, respelt by another language's
 * transliteration or by sound, or bent by a case ending of the source language.
 */
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { memoise } from '../text/memo.js';
import { stripDiacritics } from '../text/name-keys.js';
import { wordsAroundNames } from '../termbase/word-lists.js';

export type Relation = 'casing' | 'diacritics' | 'transcription' | 'deleted' | 'doubled' | 'transliteration' | 'phonetic' | 'near';

export const fold = stripDiacritics;

/** German and Scandinavian umlaut transcription: "Söder" → "soeder"; an accepted spelling. */
const transcribe = memoise((word: string): string =>
  stripDiacritics(word.toLowerCase().replace(/[äæ]/gu, 'ae').replace(/[öø]/gu, 'oe').replace(/ü/gu, 'ue').replace(/å/gu, 'aa')),
);

/**
 * What survives another language's transliteration habits: German z = ts, sch = sh, ei = ai;
 * Slavic j = y, w = v, kh = h; "Zelensky" and "Selenski" keep apart by their first letters.
 */
export const transliterationKey = memoise((word: string): string =>
  fold(word)
    .replace(/tsch/gu, 'ch')
    .replace(/sch/gu, 'sh')
    .replace(/ts/gu, 'z')
    .replace(/tz/gu, 'z')
    .replace(/ai/gu, 'ei')
    .replace(/ay/gu, 'ei')
    .replace(/kh/gu, 'h')
    .replace(/w/gu, 'v')
    .replace(/j/gu, 'y')
    .replace(/ck/gu, 'k')
    .replace(/ph/gu, 'f')
    .replace(/([a-z])\1/gu, '$1'),
);

const metaphones = new Map<string, [string, string]>();

export function metaphonesOf(word: string): [string, string] {
  let codes = metaphones.get(word);
  if (!codes) {
    if (metaphones.size > 50_000) metaphones.clear();
    codes = doubleMetaphone(fold(word));
    metaphones.set(word, codes);
  }
  return codes;
}

/** Whether the two spellings sound alike to Double Metaphone. */
export function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = metaphonesOf(a);
  const [b1, b2] = metaphonesOf(b);
  return a1 !== '' && (a1 === b1 || a1 === b2 || a2 === b1 || (a2 !== '' && a2 === b2));
}

const isDeletion = (short: string, long: string): boolean => {
  if (long.length !== short.length + 1) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  return short.slice(at) === long.slice(at + 1);
};

/**
 * How `candidate` relates to `name` when it is another spelling of it, or undefined. The
 * relations come in order of certainty; case endings are asked separately (caseEndingOf).
 */
export function relationOf(candidate: string, name: string): Relation | undefined {
  if (candidate === name) return undefined;
  if (candidate.toLowerCase() === name.toLowerCase()) return 'casing';
  const a = fold(candidate);
  const b = fold(name);
  if (a === b) return 'diacritics';
  if (transcribe(candidate) === transcribe(name)) return 'transcription';
  // "Kalas" for "Kallas", "Jos" for "José" (the letter the converter could not carry).
  if (b.length >= 4 && isDeletion(a, b)) return /(.)\1/u.test(b) && a.replace(/(.)\1/gu, '$1') === b.replace(/(.)\1/gu, '$1') ? 'doubled' : 'deleted';
  if (isDeletion(stripDiacritics(candidate), name.toLowerCase()) && name.length >= 3 && /[^\p{ASCII}]/u.test(name)) return 'deleted';
  if (a.length >= 4 && isDeletion(b, a) && a.replace(/(.)\1/gu, '$1') === b.replace(/(.)\1/gu, '$1')) return 'doubled';
  const shortest = Math.min(a.length, b.length);
  if (shortest < 4) return undefined;
  const longest = Math.max(a.length, b.length);
  // Sound-alikes may differ in more letters the longer the name: "Pofier" for "Bouffier" (3 of 8), never "Kyiv" for "Koivu".
  const phoneticEdits = longest >= 7 ? Math.floor(longest * 0.4) : Math.max(1, Math.floor(longest * 0.3));
  // Every relation left allows at most this many edits, and lengths that differ by more need more.
  if (longest - shortest > Math.max(3, phoneticEdits)) return undefined;
  // A first letter that sounds the same (b/p, c/k) is allowed, no other.
  if (a[0] !== b[0] && transliterationKey(candidate)[0] !== transliterationKey(name)[0]) {
    return soundsAlike(candidate, name) && distance(a, b) <= phoneticEdits ? 'phonetic' : undefined;
  }
  const edits = distance(a, b);
  if (transliterationKey(candidate) === transliterationKey(name) && edits <= 3) return 'transliteration';
  // "Bofier", "Baufier", "Pofier" for "Bouffier": the same sounds, a few letters off.
  if (soundsAlike(candidate, name) && edits <= phoneticEdits) return 'phonetic';
  if (shortest >= 6 && edits === 1) return 'near';
  if (shortest >= 9 && edits === 2) return 'near';
  return undefined;
}

export interface CaseEnding {
  /** The ending as written ("lle", "'nin", "s"). */
  ending: string;
  /** What the ending is: a Finnish case, a Turkish suffix, a German genitive. */
  language: 'Finnish' | 'Estonian' | 'Slavic' | 'Turkish' | 'German';
}

const vowel = /[aeiouyäöü]$/u;

/**
 * The case ending that a translation left on `name` in `candidate`: Finnish "Virtasen",
 * "Kallasille", "Wang Yin"; Estonian "Kallasega"; Polish "Tuska"; Turkish "Erdoğan'ın"; German
 * "Merkels". English possessives and plurals are not case endings (the caller keeps "-s" to the
 * German genitive's place before a noun). The endings of each language are lists of
 * rules/knowledge/name-words.json.
 */
export function caseEndingOf(candidate: string, name: string): CaseEnding | undefined {
  const { 'finnish-case-endings': finnish, 'estonian-case-endings': estonian, 'slavic-case-endings': slavic } = wordsAroundNames();
  const turkish = /^(.+)['’](\p{Ll}{1,5})$/u.exec(candidate);
  if (turkish && turkish[1] === name && turkish[2] !== 's') return { ending: `'${turkish[2] ?? ''}`, language: 'Turkish' };
  const word = fold(candidate);
  const base = fold(name);
  if (candidate.charAt(0) !== name.charAt(0)) return undefined;
  // Finnish names in -nen take their cases on -se-: "Virtanen" → "Virtasen", "Virtaselle".
  if (base.endsWith('nen') && base.length >= 6) {
    const stem = `${base.slice(0, -3)}se`;
    if (word.startsWith(stem)) {
      const ending = word.slice(stem.length);
      if (finnish.has(ending)) return { ending, language: 'Finnish' };
    }
  }
  if (!word.startsWith(base) || word.length === base.length) return undefined;
  let ending = word.slice(base.length);
  if (ending === 's') return { ending, language: 'German' };
  const afterVowel = vowel.test(base);
  if (afterVowel && finnish.has(ending)) return { ending, language: 'Finnish' };
  if (!afterVowel && ending.startsWith('i') && finnish.has(ending.slice(1)) && ending.length > 1) return { ending, language: 'Finnish' };
  if (estonian.has(ending) || (!afterVowel && ending.startsWith('i') && estonian.has(ending.slice(1)))) return { ending, language: 'Estonian' };
  // Slavic cases follow a consonant; "-a" after -ov, -ev, -in, -sky is a woman's surname instead.
  if (!afterVowel && slavic.has(ending)) {
    if (ending === 'a' && /(ov|ev|yov|in|yn|sk|ck|ij)$/u.test(base)) return undefined;
    ending = candidate.slice(name.length);
    return { ending, language: 'Slavic' };
  }
  return undefined;
}
