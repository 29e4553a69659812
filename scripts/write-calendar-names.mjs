// Writes rules/knowledge/calendar-names.json: the month and weekday names of the locales whose
// date lines translated pages carry over, as the Unicode CLDR data in Node's Intl prints them
// (standalone, inside a date and abbreviated). Run it again to add a locale; the test
// tests/knowledge/calendar-names.test.ts checks every row against Intl.
import { writeFileSync } from 'node:fs';

const locales = ['cs', 'da', 'de', 'de-AT', 'el', 'es', 'es-PE', 'et', 'fi', 'fr', 'hr', 'hu', 'it', 'lt', 'lv', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'tr', 'uk'];

/** The names Intl prints for one locale; exported through the test's copy of the same rule. */
function namesOf(locale, part) {
  const names = new Set();
  const count = part === 'month' ? 12 : 7;
  for (const width of ['long', 'short']) {
    const formats = [
      new Intl.DateTimeFormat(locale, { [part]: width, timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { [part]: width, day: 'numeric', ...(part === 'weekday' ? { month: 'long' } : {}), timeZone: 'UTC' }),
    ];
    for (let index = 0; index < count; index++) {
      // 2024-01-01 was a Monday: its first seven days are the week.
      const date = part === 'month' ? new Date(Date.UTC(2024, index, 5)) : new Date(Date.UTC(2024, 0, 1 + index));
      for (const format of formats) {
        const name = format.formatToParts(date).find((piece) => piece.type === part)?.value.toLowerCase().replace(/\.$/u, '');
        // A name of two letters ("ma", "ti": Finnish weekdays) or a number says too little.
        if (name && /^\p{L}{3,}$/u.test(name)) names.add(name);
      }
    }
  }
  return [...names].sort();
}

const table = {
  $schema: '../../src/config/calendar-names.schema.json',
  description: 'Month and weekday names of the locales news is machine-translated from, lower case, without a closing full stop: standalone ("huhtikuu"), inside a date ("9. huhtikuuta", "9 апреля") and abbreviated ("janv", "okt"). page-residue reads a line made of them, numbers and times as a date line of the source page. Written by scripts/write-calendar-names.mjs from the Unicode CLDR data in Node\'s Intl.',
  source: `https://cldr.unicode.org/ (CLDR ${process.versions.cldr}, as Intl.DateTimeFormat of Node ${process.versions.node} prints it)`,
  locales: Object.fromEntries(locales.map((locale) => [locale, { months: namesOf(locale, 'month'), weekdays: namesOf(locale, 'weekday') }])),
};
let text = JSON.stringify(table, null, 2).replace(/\[\n\s+("[^\]]*?)\n\s+\]/gu, (whole, inner) => `[${inner.split(/,\n\s+/u).join(', ')}]`);
writeFileSync(new URL('../rules/knowledge/calendar-names.json', import.meta.url), `${text}\n`);
