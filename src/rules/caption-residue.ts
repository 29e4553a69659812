/**
 * Photo credits and caption metadata run into the body by a scraper or a translation pipeline:
 * "… at the Brics meeting in South Africa in August 2023 MARCO LONGARI / POOL", "… in October
 * last year. Stella Pictures", "© Russian Foreign Ministry Press Service/AP/dpa", German
 * "Foto: Julian Stratenschulte/dpa", Russian "photo: kremlin.ru", and a labelled credit glued to
 * the next paragraph: "… in the polls. Photo: Terje Pedersen / NTB Believes there is no need…".
 *
 * Edited copy credits photos too, and must stay silent: a credit that closes its caption line
 * ("… loudest voices. Photo: EPA-EFE", "… Kyiv. Picture: AP Photo/Efrem Lukatsky",
 * "Ahmet Bolat/Pool via REUTERS/File Photo"), a credit in brackets ("(Photo by Jens Schlueter /
 * AFP)", "(Xinhua/Li He)"), a credit line of its own ("Vladimir Fedorenko / Sputnik / Scanpix /
 * LETA", "© Reuters. FILE PHOTO: …"). What tells residue apart is where the credit sits: glued to a
 * word without punctuation, followed by more body text on the same line, labelled in the source
 * language, or in a form no English desk writes.
 */
import type { Line } from '../engine/article.js';
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { isLatinSource } from '../match/regex-source.js';
import { lazy } from '../text/memo.js';

const id = 'caption-residue';

/** A credited name: up to four capitalised words ("Terje Pedersen", "Julian Stratenschulte"). */
const creditName = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** What follows the slash: agencies and pools ("NTB", "dpa", "AP/dpa", "EPA-EFE"). */
const creditAgency = String.raw`[ \t]*\/[ \t]*\p{L}[\p{L}-]*(?:[ \t]*\/[ \t]*\p{L}[\p{L}-]*)*`;
/** At least four more words on the line: the credit was glued to the next paragraph. */
const bodyFollows = String.raw`(?=[ \t]+[\p{Lu}“"‘–—-]\S*(?:[ \t]+\S+){3})`;

interface Detector {
  /**
   * What every match contains: a line without it skips the pattern, which is then never compiled
   * (the \p{…} classes make each one cost milliseconds on first use).
   */
  clue: RegExp;
  pattern: RegExp;
  /** Which group holds the residue (0: the whole match). */
  group: number;
  note: string;
  accept?: (match: RegExpExecArray) => boolean;
}

const detectors: readonly Detector[] = [
  {
    clue: /\//,
    // "… in August 2023 MARCO LONGARI / POOL": an all-caps photographer and agency glued to the
    // caption without any punctuation, closing the line.
    pattern: new RegExp(
      String.raw`(?<=[\p{Ll}\p{N}][ \t]+)(?:\p{Lu}[\p{Lu}'’.-]+[ \t]+){1,3}\p{Lu}[\p{Lu}'’.-]+[ \t]*\/[ \t]*\p{Lu}[\p{L}-]*(?:[ \t]*\/[ \t]*\p{Lu}[\p{L}-]*)*(?=[ \t]*$)`,
      'gu',
    ),
    group: 0,
    note: 'An all-caps photographer and agency credit is glued to the end of the caption',
  },
  {
    clue: /Stella Pictures|Lehtikuva|All Over Press|Ritzau Scanpix|Kuvasto|Bildbyrån/,
    // "… for the last time in October last year. Stella Pictures": Nordic photo agencies that sell
    // pictures only, so their bare name after a sentence is a credit, never a sign-off.
    pattern: /(?<=[.!?]["”’]?[ \t]+)(?:Stella Pictures|Lehtikuva|All Over Press|Ritzau Scanpix|Kuvasto|Bildbyrån)(?=[ \t]*$)/gu,
    group: 0,
    note: 'A photo agency credit is glued to the end of the caption sentence',
  },
  {
    clue: /(?:Photo|Photos|Image|Picture):/,
    // "… in the polls. Photo: Terje Pedersen / NTB Believes there is no need …": the labelled
    // credit is followed by the next paragraph on the same line.
    // A credit that opens its line is the caption's own ("Photo: Anna Berg/North News People wade
    // through the flooded street …"): agencies print the credit first; only one glued after a
    // sentence is residue.
    pattern: new RegExp(String.raw`(?<=[.!?]["”’]?[ \t]+)(?:Photo|Photos|Image|Picture):[ \t]*${creditName}${creditAgency}${bodyFollows}`, 'gu'),
    group: 0,
    note: 'A photo credit runs into the next paragraph on the same line',
  },
  {
    clue: /(?:Foto|Fotos|Kuva|Фото):/,
    // "Foto: Julian Stratenschulte/dpa +++(c) dpa - Bildfunk+++": a German, Finnish or Russian
    // credit label in an English article, with the dpa picture-wire marker.
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:Foto|Fotos|Kuva|Фото):[ \t]*${creditName}${creditAgency}(?:[ \t]*\+\+\+[ \t]*\(c\)[ \t]*dpa[ \t]*-[ \t]*Bildfunk[ \t]*\+\+\+)?`,
      'gu',
    ),
    group: 0,
    note: 'A photo credit keeps the label of the source language',
  },
  {
    clue: /\+\+\+/,
    pattern: /\+\+\+[ \t]*\(c\)[ \t]*dpa[ \t]*-[ \t]*Bildfunk[ \t]*\+\+\+/gu,
    group: 0,
    note: 'The dpa picture-wire marker is caption metadata, not text',
  },
  {
    clue: /(?:photo|photos|фото):/,
    // "photo: kremlin.ru" as a line: Russian sites print "фото:" in lower case; English desks
    // write "Photo:".
    // "photo: © Example Hockey Federation / Anna Berg" is a sports body's own credit line, signed
    // with the copyright mark, and stays.
    pattern: /^[ \t]*(?:photo|photos|фото):[ \t]*(?!©)\S[^\r\n]{0,60}?(?=[ \t]*$)/gu,
    group: 0,
    note: 'A lower-case photo credit line is the source site’s caption label',
  },
  {
    clue: /©/,
    // "© Russian Foreign Ministry Press Service/AP/dpa": the German dpa picture credit as a line.
    pattern: /^[ \t]*©[ \t]*[^\r\n.]{1,100}\/[ \t]*(?:dpa(?:-Zentralbild)?|picture[ -]alliance)(?=[ \t]*$)/gu,
    group: 0,
    note: 'A German dpa picture credit stands as a line of the body',
  },
  {
    clue: /reuters/i,
    // "… March 1, 2021. Peter Kneffel Pool via ReUTERS File photo Dismissed for decades …": a
    // Reuters credit that lost its slashes and runs into the next paragraph.
    pattern: new RegExp(
      String.raw`(?<=^|[.!?]["”]?[ \t]+)(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}\p{Lu}[\p{L}'’-]+(?:[ \t]*\/[ \t]*|[ \t]+)(?:Pool(?:[ \t]*\/[ \t]*|[ \t]+))?(?:via[ \t]+)?([A-Za-z]{7})(?:(?:[ \t]*\/[ \t]*|[ \t]+)File[ \t]+[Pp]hoto)*${bodyFollows}`,
      'gu',
    ),
    group: 0,
    note: 'A Reuters photo credit runs into the next paragraph on the same line',
    accept: (match) => (match[1] ?? '').toLowerCase() === 'reuters',
  },
];

interface Candidate {
  start: number;
  end: number;
  note: string;
}

const exactClue = /[\/:©+]|Pictures|Lehtikuva|Over Press|Kuvasto|Bildbyrån|reuters/iu;
/** Without `u` on plain text, where it means the same: decided on the first article, not at load. */
const quickClue = lazy(() => (isLatinSource(exactClue.source) ? new RegExp(exactClue.source, 'i') : exactClue));

function candidatesOn(line: Line): Candidate[] {
  const found: Candidate[] = [];
  for (const detector of detectors) {
    if (!detector.clue.test(line.text)) continue;
    detector.pattern.lastIndex = 0;
    for (const match of line.text.matchAll(detector.pattern)) {
      if (detector.accept && !detector.accept(match)) continue;
      const text = match[detector.group] ?? '';
      const offset = (match.index ?? 0) + match[0].indexOf(text);
      const leading = text.length - text.trimStart().length;
      const start = line.start + offset + leading;
      const end = line.start + offset + text.trimEnd().length;
      if (end > start) found.push({ start, end, note: detector.note });
    }
  }
  // Earlier, then longer, wins an overlap: "Foto: …/dpa +++(c) dpa - Bildfunk+++" is one credit.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of found) {
    const last = kept.at(-1);
    if (last && candidate.start < last.end) continue;
    kept.push(candidate);
  }
  return kept;
}

export const captionResidue = defineRule({
  meta: {
    id,
    category: 'residue',
    description: 'Photo credits and caption metadata run into the article body',
    docsUrl: docsUrlOf(id),
    defaultSeverity: 'error',
    fixable: 'fix',
    label: 'the photo caption residue',
  },
  defaultOptions: {},
  check({ article, report }) {
    // Cheap pre-check: every detector needs a slash, a colon, a ©, `+++` or an agency name. Without
    // `u` it runs several times faster, and means the same on plain text.
    const clue = article.plain ? quickClue() : exactClue;
    for (const line of article.lines) {
      if (!clue.test(line.text)) continue;
      for (const candidate of candidatesOn(line)) {
        const actual = article.source.slice(candidate.start, candidate.end);
        report({
          start: candidate.start,
          end: candidate.end,
          actual,
          expected: [''],
          confidence: 'certain',
          note: candidate.note,
        });
      }
    }
  },
});
