/**
 * Breadcrumb trails a scraper kept above the headline: "Home » today » World » “Russia’s emergency
 * cry” – According to the expert…". The crumbs go; the headline that follows them stays.
 */
import { defineRule, docsUrlOf } from '../engine/define-rule.js';

const id = 'breadcrumb';

/** A crumb is a section name: a few words, no sentence punctuation. */
function isCrumb(text: string): boolean {
  const crumb = text.trim();
  if (crumb === '' || crumb.length > 40) return false;
  if (/[.!?:;,“”"«]/u.test(crumb)) return false;
  return crumb.split(/\s+/u).length <= 4;
}

interface Trail {
  crumbs: string[];
  separators: string[];
  /** Offset in the line just past the last separator. */
  end: number;
}

/** The longest run of crumbs, each closed by a separator, from the start of a line. */
function readTrail(text: string): Trail {
  const parts = text.split(/([»›>])/u);
  const crumbs: string[] = [];
  const separators: string[] = [];
  let offset = 0;
  let end = 0;
  for (let index = 0; index + 1 < parts.length; index += 2) {
    const crumb = parts[index] ?? '';
    const separator = parts[index + 1] ?? '';
    if (!isCrumb(crumb)) break;
    crumbs.push(crumb.trim());
    separators.push(separator);
    offset += crumb.length + separator.length;
    end = offset;
  }
  return { crumbs, separators, end };
}

export const breadcrumb = defineRule({
  meta: {
    id,
    category: 'residue',
    description: 'Breadcrumb navigation (`Home » World »`) copied above the headline',
    docsUrl: docsUrlOf(id),
    defaultSeverity: 'error',
    fixable: 'fix',
    label: 'the breadcrumb trail',
  },
  defaultOptions: {},
  check({ article, report }) {
    for (const line of article.lines) {
      // Cheap pre-check: most lines hold no separator at all.
      if (!/[»›>]/u.test(line.text)) continue;
      const { crumbs, separators, end: trailEnd } = readTrail(line.text);
      if (crumbs.length < 2) continue;
      const first = crumbs[0]?.toLowerCase() ?? '';
      const startsAtHome = first === 'home' || first === 'start' || first === 'startseite';
      const guillemetsOnly = separators.every((separator) => separator !== '>');
      // "Home » News »" or three crumbs joined by » / ›; a bare "a > b > c" needs "Home" first,
      // because "A > B" also writes a comparison.
      if (!startsAtHome && !(guillemetsOnly && crumbs.length >= 3)) continue;
      const indent = line.text.length - line.text.trimStart().length;
      const start = line.start + indent;
      const end = line.start + trailEnd;
      const actual = article.source.slice(start, end);
      report({
        start,
        end,
        actual,
        expected: [''],
        confidence: 'certain',
        note: `${crumbs.length} navigation crumbs joined by \`${separators[0] ?? '»'}\` open the line`,
      });
    }
  },
});
