/**
 * `foreign-quote`: quotation marks of another typographic tradition left in English copy.
 *
 * - TeX-style quotes, which some converters make of Japanese 「」: "he said, ``I have
 *   instructed cabinet ministers … review it."". The opening becomes the mark that closes the
 *   quotation: `"` when it closes with a straight quote, “ when it closes with `''`.
 * - French and Italian guillemets: "a « bravo », a warm embrace", "«At work united»". English
 *   uses “ ”. A suggestion only: an English article may quote a French title as it is printed.
 * - A French closing guillemet after an English opening quote: "“It has been thirty years …
 *   sub-citizens! » Requested from all sides".
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { describeFinding } from '../engine/messages.js';
import type { Finding } from '../engine/types.js';

const texQuote = /(?<!`)``(?=[^\s`])/g;
const guillemetPair = /«[ \u00a0\u202f]?([^«»\n]{1,400}?)[ \u00a0\u202f]?»/g;
/** "sub-citizens! »": a guillemet closing a sentence, with or without the French space. */
const strayClosing = /(?<=[\p{L}\p{N}.!?…])[ \u00a0\u202f]?»(?=\s|$)/gu;

export const foreignQuote = defineRule<Record<string, never>>({
  meta: {
    id: 'foreign-quote',
    category: 'punctuation',
    description: 'TeX ``quotes\'\' or French and Italian « guillemets » in English copy',
    docsUrl: docsUrlOf('foreign-quote'),
    defaultSeverity: 'warn',
    fixable: 'fix',
    label: 'a foreign quotation mark',
  },
  defaultOptions: {},
  check({ article, report }) {
    const text = article.text;
    const hasTex = text.includes('``');
    const hasGuillemet = text.includes('\u00bb') || text.includes('\u00ab');
    if (!hasTex && !hasGuillemet) return;
    for (const line of article.lines) {
      const findings: Finding[] = [];
      if (hasTex && line.text.includes('``')) {
        for (const match of line.text.matchAll(texQuote)) {
          const start = line.start + match.index;
          const rest = line.text.slice(match.index + 2);
          const texClose = rest.indexOf("''");
          const straightClose = rest.indexOf('"');
          const nextOpen = rest.indexOf('``');
          const closes = (at: number): boolean => at !== -1 && (nextOpen === -1 || at < nextOpen);
          if (closes(texClose) && (!closes(straightClose) || texClose < straightClose)) {
            const end = start + 2 + texClose + 2;
            const inner = text.slice(start + 2, end - 2);
            const actual = text.slice(start, end);
            const expected = `\u201c${inner}\u201d`;
            findings.push({ start, end, actual, expected: [expected], confidence: 'certain', message: describeFinding({ actual: '``…\'\'', expected: ['“…”'], confidence: 'certain' }), note: 'TeX-style quotation marks' });
          } else {
            const expected = closes(straightClose) ? '"' : '\u201c';
            const note = closes(straightClose) ? 'TeX-style opening quote; the quotation closes with a straight `"`' : 'TeX-style opening quote';
            findings.push({ start, end: start + 2, actual: '``', expected: [expected], confidence: closes(straightClose) ? 'certain' : 'likely', note });
          }
        }
      }
      if (hasGuillemet && (line.text.includes('\u00ab') || line.text.includes('\u00bb'))) {
        const paired: Array<[number, number]> = [];
        for (const match of line.text.matchAll(guillemetPair)) {
          const start = line.start + match.index;
          const end = start + match[0].length;
          const inner = (match[1] ?? '').trim();
          const expected = `\u201c${inner}\u201d`;
          paired.push([start, end]);
          findings.push({
            start,
            end,
            actual: match[0],
            expected: [expected],
            confidence: 'likely',
            message: describeFinding({ actual: match[0].length > 40 ? '«…»' : match[0], expected: [match[0].length > 40 ? '“…”' : expected], confidence: 'certain' }),
            note: 'French or Italian guillemets; English quotes with “ ”',
          });
        }
        for (const match of line.text.matchAll(strayClosing)) {
          const start = line.start + match.index;
          const end = start + match[0].length;
          if (paired.some(([from, to]) => from < end && to > start)) continue;
          // Only after an English opening quote left open: "“It has been … sub-citizens! »".
          // A » between words without one is a breadcrumb separator ("Home » today » World").
          const before = text.slice(line.start, start);
          if (before.lastIndexOf('\u201c') <= before.lastIndexOf('\u201d')) continue;
          findings.push({
            start,
            end,
            actual: match[0],
            expected: ['\u201d'],
            confidence: 'likely',
            note: 'A French closing guillemet ends a quotation opened with `“`',
          });
        }
      }
      for (const finding of findings.sort((a, b) => a.start - b.start)) report(finding);
    }
  },
});
