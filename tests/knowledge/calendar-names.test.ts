/**
 * rules/knowledge/calendar-names.json holds the month and weekday names of the Unicode CLDR, as
 * Node's Intl prints them: every row is checked against Intl for its locale, and the words that
 * page-residue reads a foreign date line by are all there.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarNamesFile, readCalendarNames, type CalendarNames } from '../../src/termbase/calendar-names.js';
import { lineWords, wordsOfPages } from '../../src/termbase/word-lists.js';
import { readTimestamp } from '../../src/text/line-shape.js';

/** Every form Intl prints for a locale's months or weekdays, in every width, alone and inside a date. */
function intlNames(locale: string, part: 'month' | 'weekday'): Set<string> {
  const names = new Set<string>();
  for (const width of ['long', 'short', 'narrow'] as const) {
    for (const withDay of [false, true]) {
      const format = new Intl.DateTimeFormat(locale, { [part]: width, ...(withDay ? { day: 'numeric', ...(part === 'weekday' ? { month: 'long' } : {}) } : {}), timeZone: 'UTC' });
      for (let index = 0; index < (part === 'month' ? 12 : 7); index++) {
        const date = part === 'month' ? new Date(Date.UTC(2024, index, 5)) : new Date(Date.UTC(2024, 0, 1 + index));
        const name = format.formatToParts(date).find((piece) => piece.type === part)?.value;
        if (name) names.add(name.toLowerCase().replace(/\.$/u, ''));
      }
    }
  }
  return names;
}

describe('calendar names', () => {
  const table = readCalendarNames();

  it('should hold only names that Intl prints for their locale', () => {
    const strays = Object.entries(table.locales).flatMap(([locale, names]) => [
      ...names.months.filter((name) => !intlNames(locale, 'month').has(name)).map((name) => `${locale} month ${name}`),
      ...names.weekdays.filter((name) => !intlNames(locale, 'weekday').has(name)).map((name) => `${locale} weekday ${name}`),
    ]);
    expect(strays).toEqual([]);
  });

  it('should hold the full month names of every locale', () => {
    for (const [locale, names] of Object.entries(table.locales)) {
      const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) expect(names.months, locale).toContain(format.format(new Date(Date.UTC(2024, month, 5))).toLowerCase());
    }
  });

  it('should read a date line in a month name of the table as a foreign timestamp', () => {
    expect(readTimestamp('5 października 2024, 09:15', lineWords())?.foreign).toBe(true);
    expect(readTimestamp('Salı, 8 Ekim 2024 14:20', lineWords())?.foreign).toBe(true);
  });

  it('should not read a source-locale month name as a date without the table', () => {
    const englishOnly = { ...lineWords(), months: wordsOfPages()['english-months'], weekdays: wordsOfPages()['english-weekdays'] };
    expect(readTimestamp('5 października 2024', englishOnly)).toBeUndefined();
  });

  it('should refuse a table whose name breaks the schema, naming the file and the key', () => {
    const directory = mkdtempSync(join(tmpdir(), 'calendar-names-'));
    const path = join(directory, 'calendar-names.json');
    const broken = JSON.parse(readFileSync(calendarNamesFile, 'utf8')) as CalendarNames;
    const finnish = broken.locales.fi;
    if (finnish) finnish.months = ['Tammikuu', ...finnish.months.slice(1)];
    writeFileSync(path, JSON.stringify(broken));
    expect(() => readCalendarNames(path)).toThrow(/calendar-names\.json at locales\.fi\.months\[0\]/u);
  });

  it('should keep the file as the script writes it: sorted names', () => {
    const raw = JSON.parse(readFileSync(calendarNamesFile, 'utf8')) as CalendarNames;
    for (const names of Object.values(raw.locales)) {
      expect(names.months).toEqual([...names.months].sort());
      expect(names.weekdays).toEqual([...names.weekdays].sort());
    }
  });
});
