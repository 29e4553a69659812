/**
 * A Russian, Ukrainian or other Cyrillic abbreviation carried into English letter by letter by the
 * shape of its letters rather than their sound: "the CBP warned" for СВР (the Foreign Intelligence
 * Service, SVR in English), "the LDPP" for ЛДПР. Cyrillic В, Н, Р, С, У and Х look like Latin B, H,
 * P, C, Y and X but sound v, n, r, s, u and kh; an optical or careless converter keeps the look.
 * The bodies and their abbreviations come from the gazetteer's native names.
 *
 * What stays silent: an abbreviation read by sound ("FSB", "DND" for Canada's defence department:
 * no letter of it is a look-alike), one the article spells out ("Customs and Border Protection
 * (CBP)"), two-letter ones (EC, CB: too many bodies share them), web addresses, and articles that
 * name no country writing Cyrillic. Never a fix: the shape is one signal, the country a weak second.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';
import type { Rule } from '../engine/types.js';
import type { CyrillicAbbreviation, NamesKnowledge } from '../names/knowledge.js';
import { isInAddress } from '../text/context.js';

/** Latin capitals that look like a Cyrillic capital of another sound. */
const byShape: Readonly<Record<string, string>> = { B: 'В', C: 'С', H: 'Н', P: 'Р', X: 'Х', Y: 'У' };

/** Latin capitals as they transliterate Cyrillic ones by sound (the look-alikes' other reading). */
const bySound: Readonly<Record<string, string>> = {
  A: 'А', B: 'Б', C: 'Ц', D: 'Д', E: 'Е', F: 'Ф', G: 'Г', H: 'Х', I: 'И', J: 'Й', K: 'К', L: 'Л', M: 'М',
  N: 'Н', O: 'О', P: 'П', R: 'Р', S: 'С', T: 'Т', U: 'У', V: 'В', Y: 'Ы', Z: 'З',
};

/** Names of countries that write Cyrillic, and of their capitals, as English writes them. */
const cyrillicCountries = /\b(?:Russia|Russian|Moscow|Kremlin|Ukraine|Ukrainian|Kyiv|Kiev|Belarus|Belarusian|Minsk|Serbia|Serbian|Belgrade|Bulgaria|Bulgarian|Sofia|Kazakhstan|Kyrgyzstan|Mongolia|Donetsk|Luhansk|Lugansk|Crimea)\b/u;

export interface LookalikeReading {
  /** The Cyrillic abbreviation the letters spell by shape. */
  native: string;
  /** The look-alike letters, as read: "C = С". */
  shapes: string[];
  body: CyrillicAbbreviation;
}

/**
 * The known Cyrillic abbreviation that a Latin one spells when at least one of its letters is read
 * by its shape: "CBP" → СВР. Every letter is read by shape or by sound; a reading by sound alone is
 * an ordinary transliteration and is none of this rule's business.
 */
export function lookalikeReadingOf(latin: string, abbreviations: ReadonlyMap<string, CyrillicAbbreviation>): LookalikeReading | undefined {
  let readings: Array<{ text: string; shapes: string[] }> = [{ text: '', shapes: [] }];
  for (const letter of latin) {
    const next: Array<{ text: string; shapes: string[] }> = [];
    for (const reading of readings) {
      const sound = bySound[letter];
      const shape = byShape[letter];
      if (sound) next.push({ text: reading.text + sound, shapes: reading.shapes });
      if (shape && shape !== sound) next.push({ text: reading.text + shape, shapes: [...reading.shapes, `${letter} = ${shape}`] });
    }
    readings = next;
  }
  for (const reading of readings) {
    if (reading.shapes.length === 0) continue;
    const body = abbreviations.get(reading.text);
    if (body && body.english !== latin) return { native: reading.text, shapes: reading.shapes, body };
  }
  return undefined;
}

/** Whether the article spells the abbreviation out before it: "Customs and Border Protection (CBP)". */
function isSpelledOut(text: string, latin: string): boolean {
  if (!text.includes(`(${latin})`)) return false;
  const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|and|for|the|de|du)\\s+)*)+)\\(${latin}\\)`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const initials = (match[1] ?? '').split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.charAt(0)).join('');
    if (initials.endsWith(latin)) return true;
  }
  return false;
}

/**
 * Whether the letters stand in a picture credit, where agencies of every country sign: "Photo:
 * Kari Nordmann / NTB" is the Norwegian agency, not the Russian channel NTV.
 */
function isInCredit(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /(?:\/|\b(?:Photo|Foto|Kuva|Bild|Image|Picture|Source)s?:)[^\n]*$/u.test(text.slice(lineStart, start));
}

export function createLookalikeAbbreviationRule(knowledge: NamesKnowledge): Rule<unknown> {
  return defineRule({
    meta: {
      id: 'lookalike-abbreviation',
      category: 'names',
      description: 'A Cyrillic abbreviation spelt in Latin letters that look like its letters',
      docsUrl: docsUrlOf('lookalike-abbreviation'),
      defaultSeverity: 'warn',
      fixable: 'suggest',
    },
    defaultOptions: {},
    check(context) {
      const { article } = context;
      if (knowledge.abbreviations.size === 0 || !cyrillicCountries.test(article.text)) return;
      const answers = new Map<string, LookalikeReading | undefined>();
      for (const match of article.text.matchAll(/(?<![\p{L}\p{N}.@/-])[A-Z]{3,6}(?![\p{L}\p{N}@/]|\.\p{L})/gu)) {
        const latin = match[0];
        const start = match.index;
        if (!answers.has(latin)) answers.set(latin, isSpelledOut(article.text, latin) ? undefined : lookalikeReadingOf(latin, knowledge.abbreviations));
        const reading = answers.get(latin);
        if (!reading || isInAddress(article.text, start, start + latin.length) || isInCredit(article.text, start)) continue;
        const { body } = reading;
        const expected = body.english ?? body.name;
        context.report({
          start,
          end: start + latin.length,
          actual: latin,
          expected: [expected],
          confidence: 'likely',
          message: `${quote(latin)} reads as the Cyrillic ${quote(reading.native)} by the shape of its letters (${reading.shapes.join(', ')}): the ${body.name}, in English ${quote(expected)}`,
          note: `${quote(reading.native)} abbreviates ${quote(body.nativeName)}; Cyrillic letters are transliterated by sound, not by look`,
        });
      }
    },
  });
}
