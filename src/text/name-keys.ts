/**
 * Keys that say when two spellings of a proper name are the same name, a legitimate variant, or a
 * slip. Shared by the `gazetteer` kind (misspelt-name) and the name-inconsistency rule.
 *
 * - fold keys: case and diacritics do not make a different spelling ("Erdoğan" = "Erdogan",
 *   "İzmir" = "Izmir"), nor does German umlaut transcription ("Söder" = "Soeder").
 * - transliteration key: what is left when a Latin-script name went through Cyrillic and back
 *   ("Kaja Kallas" -> Кая Каллас -> "Kaya Kallas", "Niinistö" -> Ниинистё -> "Niiniste",
 *   "Władysław Kosiniak-Kamysz" -> "Vladislav Kosinyak-Kamysh").
 * - squash key: a name run together or split ("Nordstream" for "Nord Stream", "Seoyongju" for
 *   "Seo Yong-ju"), with the vowel doubling of Korean romanisation folded ("joo" = "ju").
 */
import { distance } from 'fastest-levenshtein';
import { memoise } from './memo.js';

/** Letters that NFD does not decompose into a base letter and a mark. */
const unsplittable: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  þ: 'th',
};

const unsplittablePattern = /[łŁøØđĐßæÆœŒıþ]/g;
const markPattern = /\p{M}/gu;
const apostrophes = /[’‘ʼ`´]/g;

/** Printable ASCII, which has no diacritics to strip: most names in English copy ("Merkel", "Wang Yi"). */
const printableAscii = /^[\x20-\x7e]*$/;

/** A word in lowercase ASCII letters, its own key: most words an article holds, asked without the cache. */
const lowercaseAsciiWord = /^[a-z]+$/;

/** Lowercase without diacritics: "Erdoğan" -> "erdogan", "İzmir" -> "izmir", "Władysław" -> "wladyslaw". */
export const stripDiacritics = (text: string): string => (lowercaseAsciiWord.test(text) ? text : foldedKey(text));

const foldedKey = memoise((text: string): string =>
  // NFD and the mark pattern cost more than the rest of the keys together, and change no ASCII.
  printableAscii.test(text)
    ? text.replace(apostrophes, "'").toLowerCase()
    : text
        .replace(unsplittablePattern, (letter) => unsplittable[letter] ?? letter)
        .normalize('NFD')
        .replace(markPattern, '')
        .replace(apostrophes, "'")
        .toLowerCase(),
);

/** German and Scandinavian transcription of umlauts: "Söder" -> "soeder", "Höcke" -> "hoecke". */
const transcribeUmlauts = memoise((text: string): string =>
  stripDiacritics(
    text
      .toLowerCase()
      .replace(/[äæ]/g, 'ae')
      .replace(/[öø]/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/å/g, 'aa'),
  ),
);

/** The spellings of one name that differ only in case, diacritics or umlaut transcription share a key. */
export function foldKeys(text: string): string[] {
  const plain = stripDiacritics(text);
  const transcribed = transcribeUmlauts(text);
  return plain === transcribed ? [plain] : [plain, transcribed];
}

export function isSameSpelling(a: string, b: string): boolean {
  const keys = foldKeys(a);
  return foldKeys(b).some((key) => keys.includes(key));
}

/**
 * What survives a round trip through Cyrillic: Russian has no ö, ä, ü, w, sz, cz or j-as-y, so
 * those collapse onto the letters a Russian transliteration gives back.
 */
export const transliterationKey = memoise((text: string): string => {
  const lower = text
    .toLowerCase()
    .replace(/ö/g, 'e')
    .replace(/[äü]/g, (letter) => (letter === 'ä' ? 'ia' : 'iu'));
  return stripDiacritics(lower)
    .replace(/szcz/g, 'shch')
    .replace(/sz/g, 'sh')
    .replace(/cz/g, 'ch')
    .replace(/rz/g, 'zh')
    .replace(/kh/g, 'h')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/y/g, 'i')
    .replace(/ii/g, 'i');
});

/** A name with its spaces, hyphens and apostrophes taken out; Korean "oo"/"u" and "eo" kept apart only by vowels. */
export const squashKey = memoise((text: string): string =>
  stripDiacritics(text)
    .replace(/[\s'\-‐–]+/g, '')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i'),
);

/** The edit distance a name of this length may show and still be a slip for another: none for short words. */
export function allowedDistance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  return 0;
}

/** The smallest edit distance between any fold keys of two spellings. */
export function foldedDistance(a: string, b: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const left of foldKeys(a)) {
    for (const right of foldKeys(b)) best = Math.min(best, distance(left, right));
  }
  return best;
}

/** Whether `candidate` is within the allowed edit distance of `form` (and not the same spelling). */
export function isNearSpelling(candidate: string, form: string): boolean {
  // "Lavrovs", "Merkels": a plural or a genitive without its apostrophe, not another spelling.
  const plainCandidate = stripDiacritics(candidate);
  const plainForm = stripDiacritics(form);
  if (plainCandidate === plainForm + 's' || plainForm === plainCandidate + 's') return false;
  const length = Math.min(stripDiacritics(candidate).length, stripDiacritics(form).length);
  const allowed = allowedDistance(length);
  if (allowed === 0) return false;
  const found = foldedDistance(candidate, form);
  return found > 0 && found <= allowed;
}

/**
 * The Finnish genitive a translation left on a name: "-n" after a vowel ("Niinistön", "Wang Yin"
 * for "Wang Yin kanssa", with Wang Yi), "-in" after a consonant ("Lavrovin").
 */
export function hasForeignCaseEnding(candidate: string, form: string): boolean {
  const word = stripDiacritics(candidate);
  for (const base of foldKeys(form)) {
    if (!word.startsWith(base)) continue;
    const ending = word.slice(base.length);
    const last = base.at(-1) ?? '';
    const vowel = /[aeiouy]/.test(last);
    if (vowel && ending === 'n') return true;
    if (!vowel && ending === 'in') return true;
  }
  return false;
}

/** "Lavrov's" -> "Lavrov": the English possessive is not part of the name. */
export function stripPossessive(token: string): string {
  return token.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
}

/** Scripts whose names reach English by transliteration, where "Sergei" and "Sergey" are both right. */
const transliteratedLanguages = new Set(['ru', 'uk', 'be', 'bg', 'zh', 'ja', 'ko', 'ar', 'fa', 'he', 'el', 'ka', 'hy', 'kk']);

export function isTransliteratedLanguage(language: string | undefined): boolean {
  return language !== undefined && transliteratedLanguages.has(language);
}

/** The keys of one word, computed once per distinct word. */
export interface WordKeys {
  word: string;
  /** Lowercase without diacritics. */
  plain: string;
  folds: string[];
  translit: string;
}

const wordKeysCache = new Map<string, WordKeys>();

export function keysOf(word: string): WordKeys {
  let keys = wordKeysCache.get(word);
  if (keys === undefined) {
    if (wordKeysCache.size > 50_000) wordKeysCache.clear();
    keys = { word, plain: stripDiacritics(word), folds: foldKeys(word), translit: transliterationKey(word) };
    wordKeysCache.set(word, keys);
  }
  return keys;
}

export function sharesFold(a: WordKeys, b: WordKeys): boolean {
  return a.folds.some((key) => b.folds.includes(key));
}

/** Near: within the allowed edit distance, not the same, not a bare plural or genitive "-s". */
export function isNearWord(candidate: WordKeys, form: WordKeys): boolean {
  const length = Math.min(candidate.plain.length, form.plain.length);
  const allowed = allowedDistance(length);
  if (allowed === 0 || Math.abs(candidate.plain.length - form.plain.length) > allowed) return false;
  if (candidate.plain === form.plain + 's' || form.plain === candidate.plain + 's') return false;
  let best = Number.POSITIVE_INFINITY;
  for (const left of candidate.folds) for (const right of form.folds) best = Math.min(best, distance(left, right));
  return best > 0 && best <= allowed;
}

/** The Finnish genitive, as in hasForeignCaseEnding, on precomputed keys. */
export function hasForeignCaseEndingWord(candidate: WordKeys, form: WordKeys): boolean {
  const extra = candidate.plain.length - form.plain.length;
  if (extra < 1 || extra > 2) return false;
  return hasForeignCaseEnding(candidate.word, form.word);
}

/** One substitution, insertion or deletion apart, as folded ("Rutle" for "Rutte", "Sanma" for "Sanna"). */
export function isOneLetterOff(candidate: WordKeys, form: WordKeys): boolean {
  if (Math.abs(candidate.plain.length - form.plain.length) > 1) return false;
  if (candidate.plain === form.plain + 's' || form.plain === candidate.plain + 's') return false;
  let best = Number.POSITIVE_INFINITY;
  for (const left of candidate.folds) for (const right of form.folds) best = Math.min(best, distance(left, right));
  return best === 1;
}
