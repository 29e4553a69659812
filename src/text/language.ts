/**
 * Which language a run of words is written in, by franc (wooorm's trigram language detector, the
 * unified family's own): every language it knows, not a list of eight. franc and the table of
 * language names are loaded on the first question: most articles never ask one, and building
 * franc's trigram tables costs tens of milliseconds.
 */
import { createRequire } from 'node:module';
import { lazy } from './memo.js';

type FrancAll = (value: string, options?: { minLength?: number; only?: string[]; ignore?: string[] }) => Array<[string, number]>;
interface LanguageRow {
  name: string;
  iso6393: string;
}

const load = lazy((): FrancAll => (createRequire(import.meta.url)('franc') as { francAll: FrancAll }).francAll);

const languageNames = lazy((): Map<string, string> => {
  const rows = (createRequire(import.meta.url)('iso-639-3') as { iso6393: LanguageRow[] }).iso6393;
  return new Map(rows.map((row) => [row.iso6393, row.name.replace(/ \(.*\)$/u, '')]));
});

/** The English name of an ISO 639-3 code ("fra" -> "French"), or the code when the table has none. */
export function languageName(code: string): string {
  return languageNames().get(code) ?? code;
}

export interface LanguageVerdict {
  /** ISO 639-3 code of the most likely language. */
  code: string;
  /** franc's score of English beside it (1 is as likely as the best; 0 the least likely of all). */
  english: number;
  /** The score of the runner-up: how clearly the best one wins. */
  runnerUp: number;
}

/** Languages that franc tells apart from English only by a few trigrams and that English copy resembles. */
const englishLike = new Set(['eng', 'sco']);

/**
 * The language of a run of words, or undefined when franc cannot tell (too short, or undetermined).
 * English and Scots count as English.
 */
export function identifyLanguage(text: string): LanguageVerdict | undefined {
  const scores = load()(text, { minLength: 16 });
  const best = scores[0];
  if (!best || best[0] === 'und') return undefined;
  const english = Math.max(...scores.filter(([code]) => englishLike.has(code)).map(([, score]) => score), 0);
  const runnerUp = scores.find(([code]) => code !== best[0])?.[1] ?? 0;
  return { code: englishLike.has(best[0]) ? 'eng' : best[0], english, runnerUp };
}
