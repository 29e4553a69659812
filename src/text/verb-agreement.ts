/**
 * Subject–verb agreement for a renamed subject. A party MT names in the plural ("the Basic Finns")
 * is a singular noun phrase once named correctly ("the Finns Party"), so "the Basic Finns have been"
 * must become "the Finns Party has been", not "the Finns Party have been". Only a verb that directly
 * follows the phrase (at most one adverb between) is taken along, and only a verb from a closed
 * list: "the Basic Finns support" could be a noun ("the Basic Finns support base"), so words that
 * are nouns as often as verbs are left alone. The past tense is left alone too: "the Finns Party
 * were left with a trauma" is a collective plural editors keep. The word lists it reads are data
 * (rules/knowledge/english-words.json), passed in by the caller.
 */

const irregular: ReadonlyMap<string, string> = new Map([
  ['are', 'is'],
  ['do', 'does'],
  ['go', 'goes'],
  ['have', 'has'],
]);

/** The English words agreement is decided by, lower case. */
export interface AgreementWords {
  /** Present-tense verbs that news copy puts after a party name and that are rarely nouns there. */
  verbs: ReadonlySet<string>;
  /**
   * Words after which the phrase is an object, not a subject: "voters who backed the Basic Finns
   * also try" keeps `try`, because the voters try. Prepositions, transitive verbs, and past
   * participles other than the verbs of saying that open a clause ("Orpo said the Basic Finns
   * were"), and conjunctions, which make the subject plural ("The SDP and the Basic Finns have").
   */
  prepositions: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  transitive: ReadonlySet<string>;
  saying: ReadonlySet<string>;
}

/** Adverbs that may stand between subject and verb: "the Basic Finns still have". */
const adverbs = 'also|already|again|clearly|currently|even|generally|increasingly|largely|never|now|often|only|still|traditionally|usually';

const following = new RegExp(`^(\\s+(?:(?:${adverbs})\\s+)?)(\\p{Ll}+)(?![\\p{L}\\p{N}'’-])`, 'u');

/** The third person singular of a present-tense plural verb, or undefined when it is not one we know. */
export function singularVerbOf(verb: string, words: AgreementWords): string | undefined {
  const known = irregular.get(verb);
  if (known) return known;
  if (!words.verbs.has(verb)) return undefined;
  if (/(?:s|sh|ch|x|z|o)$/u.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function opensObject(before: string, words: AgreementWords): boolean {
  const word = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (!word) return false;
  const { prepositions, transitive, conjunctions, saying } = words;
  if (prepositions.has(word) || transitive.has(word) || conjunctions.has(word)) return true;
  if (transitive.has(word.replace(/e?s$/u, '')) || transitive.has(word.replace(/s$/u, ''))) return true;
  return word.endsWith('ed') && !saying.has(word);
}

export interface AgreementExtension {
  /** The end of the widened span, just after the verb. */
  end: number;
  /** What follows the replacement in the fix: the original gap and the conjugated verb. */
  suffix: string;
}

/** When a plural verb follows `end` in `text`, the span to add to the fix and its singular form. */
export function extendForAgreement(text: string, start: number, end: number, words: AgreementWords): AgreementExtension | undefined {
  if (opensObject(text.slice(Math.max(0, start - 40), start), words)) return undefined;
  const match = following.exec(text.slice(end, end + 60));
  if (!match) return undefined;
  const gap = match[1] ?? '';
  const verb = match[2] ?? '';
  const singular = singularVerbOf(verb, words);
  if (!singular) return undefined;
  return { end: end + gap.length + verb.length, suffix: gap + singular };
}
