/**
 * One letter changed in a name, the slip the coverage test writes: in the name's longest word
 * (the first of equal length), the letter nearest its middle that is a plain ASCII letter becomes
 * another of its kind, keeping its case: a vowel another vowel, a consonant the next consonant
 * ("Scholz" -> "Schomz"). Never i/j, u/v, s/z or w/v, the letters that transliteration swaps, so
 * that the slip is never another accepted spelling of the name ("Yulia"/"Julia").
 */
export function changeOneLetter(name: string): { text: string; word: number } {
  const words = name.split(' ');
  let longest = 0;
  words.forEach((word, index) => {
    if (word.length > (words[longest]?.length ?? 0)) longest = index;
  });
  const word = words[longest] ?? '';
  const middle = Math.floor(word.length / 2);
  const order = [...word].map((_, index) => index).sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  const at = order.find((index) => /[A-Za-z]/.test(word[index] ?? '') && index > 0);
  if (at === undefined) return { text: name, word: longest };
  const letter = word[at] ?? '';
  const lower = letter.toLowerCase();
  const next = slipOf(lower);
  const changed = letter === lower ? next : next.toUpperCase();
  words[longest] = `${word.slice(0, at)}${changed}${word.slice(at + 1)}`;
  return { text: words.join(' '), word: longest };
}

const vowels: Record<string, string> = { a: 'e', e: 'a', i: 'e', o: 'a', u: 'a', y: 'a' };
const consonants = 'bcdfghklmnpqrtx';

function slipOf(letter: string): string {
  const vowel = vowels[letter];
  if (vowel) return vowel;
  const at = consonants.indexOf(letter);
  return at === -1 ? 'r' : (consonants[(at + 1) % consonants.length] ?? 'r');
}

/** Sentences of our own, one per name, the name never at the start (where it could be any word). */
export const sentenceFrames = [
  'On Tuesday, reporters waited outside for a word from {name} about the budget.',
  'The talks were chaired by {name}, officials said later.',
  'A statement issued in the evening quoted {name} on the new agreement.',
  'Critics said {name} had not answered the question.',
];

export function sentenceFor(name: string, index: number): string {
  return (sentenceFrames[index % sentenceFrames.length] ?? '{name}').replace('{name}', name);
}
