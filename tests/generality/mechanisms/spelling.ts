/**
 * How names are bent in transit, as string operations: each returns the altered name, or
 * undefined where it does not apply to this name.
 */
import type { Random } from '../random.js';

export type Alteration = (name: string, random: Random) => string | undefined;

const letters = /\p{L}/u;

/** Replaces one occurrence (chosen at random) of `from` by `to`, not at the first letter. */
function replaceOne(name: string, from: string, to: string, random: Random): string | undefined {
  const places: number[] = [];
  for (let at = name.indexOf(from, 1); at >= 0; at = name.indexOf(from, at + 1)) places.push(at);
  if (places.length === 0) return undefined;
  const at = random.pick(places);
  return name.slice(0, at) + to + name.slice(at + from.length);
}

/** Sound-preserving respellings: "Bouffier" as "Bofier", "Philippe" as "Filippe". */
const phonetic: Array<[string, string]> = [
  ['ou', 'o'], ['ou', 'u'], ['ph', 'f'], ['ck', 'k'], ['c', 'k'], ['k', 'c'], ['ie', 'i'], ['th', 't'],
  ['ee', 'i'], ['y', 'i'], ['i', 'y'], ['ff', 'f'], ['ss', 's'], ['au', 'o'], ['qu', 'kw'], ['x', 'ks'], ['ä', 'e'], ['ai', 'ay'],
];

/** Transliteration habits of other languages: German z/ts, sch/sh, ei/ai; Slavic j/y, w/v, kh/h. */
const transliteration: Array<[string, string]> = [
  ['z', 'ts'], ['ts', 'z'], ['sch', 'sh'], ['sh', 'sch'], ['ei', 'ai'], ['ai', 'ei'], ['j', 'y'], ['y', 'j'],
  ['w', 'v'], ['v', 'w'], ['kh', 'h'], ['ch', 'tch'], ['zh', 'j'], ['yu', 'iu'], ['ya', 'ia'],
];

function fromTable(table: Array<[string, string]>): Alteration {
  return (name, random) => {
    const usable = table.filter(([from]) => name.toLowerCase().indexOf(from, 1) > 0);
    if (usable.length === 0) return undefined;
    const [from, to] = random.pick(usable);
    return replaceOne(name, from, to, random);
  };
}

export const phoneticRespelling = fromTable(phonetic);
export const transliterationRespelling = fromTable(transliteration);

/** A letter dropped inside the name: "Malm" for "Malmö" drops the last; "Kalas" an inner one. */
export const deletedLetter: Alteration = (name, random) => {
  if (name.length < 5) return undefined;
  const at = 1 + random.below(name.length - 1);
  if (!letters.test(name.charAt(at))) return undefined;
  const altered = name.slice(0, at) + name.slice(at + 1);
  return altered === name ? undefined : altered;
};

/** A consonant doubled or a double letter made single: "Kallas" as "Kalas", "Linde" as "Linnde". */
export const doubledLetter: Alteration = (name, random) => {
  const doubles = [...name.matchAll(/(\p{Ll})\1/gu)].map((match) => match.index ?? 0).filter((at) => at > 0);
  if (doubles.length > 0 && random.chance(0.5)) {
    const at = random.pick(doubles);
    return name.slice(0, at) + name.slice(at + 1);
  }
  const consonants = [...name.matchAll(/[bdfgklmnprst]/gu)].map((match) => match.index ?? 0).filter((at) => at > 0 && name[at - 1] !== name[at] && name[at + 1] !== name[at]);
  if (consonants.length === 0) return undefined;
  const at = random.pick(consonants);
  return name.slice(0, at + 1) + name.slice(at);
};

/** Diacritics lost: "Çavuşoğlu" as "Cavusoglu". */
export const lostDiacritics: Alteration = (name) => {
  const plain = name
    .replace(/ı/gu, 'i')
    .replace(/ł/gu, 'l')
    .replace(/ø/gu, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
  return plain === name ? undefined : plain;
};
