/**
 * What tells text in another language from English prose, without knowing the language: its
 * sentences, the brackets that give an original beside its translation, letters of another script
 * and the words of the article's own English sentences. `untranslated` reads them.
 */

/** A line as these helpers need it: where it starts and its text. */
export interface LineLike {
  start: number;
  text: string;
}

/** A sentence of a line: text up to and with its closing punctuation. */
const sentencePiece = /[^.!?…]+(?:[.!?…]+["”’»)]*|$)/gu;

export interface Piece {
  start: number;
  end: number;
}

export function sentencesOf(line: LineLike): Piece[] {
  const pieces: Piece[] = [];
  for (const match of line.text.matchAll(sentencePiece)) {
    const leading = match[0].length - match[0].trimStart().length;
    const start = line.start + match.index + leading;
    const end = line.start + match.index + match[0].trimEnd().length;
    if (end > start) pieces.push({ start, end });
  }
  return pieces;
}

/** Ranges of a line inside brackets: an original beside its translation, "Due Vite (Two Lives)". */
export function bracketedRanges(line: LineLike): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of line.text.matchAll(/\([^()]*\)|\[[^[\]]*\]/gu)) ranges.push([line.start + match.index, line.start + match.index + match[0].length]);
  return ranges;
}


/**
 * Letters of another script in a Latin-script article: "Joseph بورل said" where the Persian
 * source's spelling of Borrell stayed. A bilingual page (a fifth of its letters or more in the
 * other script), an original given in brackets or quotation marks ("(一带一路)"), and letters glued
 * to Latin ones or to the debris of a wrong code page (`β€œ`, which `mojibake` repairs) stay silent.
 */
export const otherScriptRun = /(?:(?![\p{Script=Latin}])[\p{L}\p{M}])+(?:[\p{N} \t]*(?:(?![\p{Script=Latin}])[\p{L}\p{M}])+)*/gu;
export const codePageDebris = /[€™œžš‚ƒ„†‡ˆ‰‹›Œ¢£¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º¼½¾¿ÂÃÐÑâãð]/u;
const scripts: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, 'Arabic'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Hebrew}/u, 'Hebrew'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u, 'Chinese or Japanese'],
  [/\p{Script=Hangul}/u, 'Korean'],
  [/\p{Script=Thai}/u, 'Thai'],
  [/\p{Script=Devanagari}/u, 'Devanagari'],
  [/\p{Script=Georgian}/u, 'Georgian'],
  [/\p{Script=Armenian}/u, 'Armenian'],
];

const languageNames = String.raw`(?:Chinese|Mandarin|Cantonese|Japanese|Korean|Russian|Ukrainian|Belarusian|Bulgarian|Serbian|Macedonian|Arabic|Persian|Farsi|Dari|Pashto|Urdu|Hebrew|Yiddish|Greek|Thai|Hindi|Bengali|Nepali|Georgian|Armenian|Kazakh|Mongolian|Amharic|Tamil|Cyrillic)`;
/** "… in Chinese", "Russian: …", "(Japanese …": the article says which language it cites. */
export const languageNamed = new RegExp(String.raw`\b(?:in|into|from) ${languageNames}\b|\b${languageNames}(?: (?:name|word|original|script|title))?:|\(${languageNames}\b`, 'u');

export function scriptOf(text: string): string {
  return scripts.find(([pattern]) => pattern.test(text))?.[1] ?? 'another';
}

export function isLatinArticle(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (const match of text.matchAll(/\p{L}/gu)) {
    if (/\p{Script=Latin}/u.test(match[0])) latin++;
    else other++;
  }
  return latin > 0 && other / (latin + other) < 0.2;
}

/** A cheap look for an English word: most sentences of an English article have one of these. */
export const commonEnglish = /\b(?:the|and|of|to|is|was|for|that|with|by|from|has|have|he|she|it|its|said|will|were|are|be|been|this|who|which|his|her|they|their|at|as|an|not|but|than|after|into|about|would|could|you|our|there|when|what)\b/iu;

/**
 * The words of the article's English sentences. A terse English headline has no function word
 * ("Sweden's Duplantis breaks pole vault world record") and franc may read it as Dutch, but its
 * words come back in the English paragraphs around it; a sentence left in another language shares
 * almost none of them.
 */
export function englishVocabularyOf(lines: readonly LineLike[], text: string): Set<string> {
  const vocabulary = new Set<string>();
  for (const line of lines) {
    if (!commonEnglish.test(line.text)) continue;
    for (const piece of sentencesOf(line)) {
      const sentence = text.slice(piece.start, piece.end);
      if (!commonEnglish.test(sentence)) continue;
      for (const match of sentence.matchAll(/\p{L}{3,}/gu)) vocabulary.add(match[0].toLowerCase());
    }
  }
  return vocabulary;
}
