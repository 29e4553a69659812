/**
 * Month and weekday names of the locales news is machine-translated from, read from
 * rules/knowledge/calendar-names.json (the Unicode CLDR names, written by
 * scripts/write-calendar-names.mjs) and checked against its schema on first use; termbase/word-lists.ts
 * joins them to the English names: what `readTimestamp` reads a source page's date line by ("9. huhtikuuta 2024
 * klo 13.51", "9 апреля 2024, 13:51").
 */
import { fileURLToPath } from 'node:url';
import { readKnowledgeTable } from '../config/knowledge-table.js';

export const calendarNamesFile = fileURLToPath(new URL('../../rules/knowledge/calendar-names.json', import.meta.url));

export interface CalendarNames {
  source: string;
  locales: Record<string, { months: string[]; weekdays: string[] }>;
}

/** The table as it is written, checked against its schema. */
export function readCalendarNames(path = calendarNamesFile): CalendarNames {
  return readKnowledgeTable<CalendarNames>(path, 'calendar-names.schema.json', 'table of month and weekday names');
}
