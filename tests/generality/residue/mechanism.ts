/**
 * What a residue or fragment mechanism is: it takes a professionally edited article and writes into
 * it one piece of page furniture or one foreign fragment of its kind, with the span where it stands
 * and the text that belongs there instead (`''`: the line goes).
 */
import type { Random } from '../random.js';

export interface ExpectedSpan {
  start: number;
  end: number;
  /** The text that belongs at [start, end): nothing for residue. */
  fix: string;
}

export interface Injection {
  text: string;
  expected: ExpectedSpan[];
}

export interface Mechanism {
  name: string;
  /** Residue that a fix should delete exactly, or a fragment that can only be flagged. */
  deletable: boolean;
  inject(article: string, random: Random): Injection;
}

/** Starts of the article's lines after its `Source:` line and its headline. */
function lineStarts(article: string): number[] {
  const starts: number[] = [];
  let offset = 0;
  let number = 1;
  for (;;) {
    const next = article.indexOf('\n', offset);
    if (number >= 4) starts.push(offset);
    if (next < 0) break;
    offset = next + 1;
    number++;
  }
  return starts;
}

/** Writes `line` as a line of its own before a random line of the article (or after its last). */
export function insertLine(article: string, line: string, random: Random): Injection {
  const starts = lineStarts(article);
  const body = article.endsWith('\n') ? article : `${article}\n`;
  const at = starts.length === 0 ? body.length : random.pick([...starts, body.length]);
  const text = `${body.slice(0, at)}${line}\n${body.slice(at)}`;
  return { text, expected: [{ start: at, end: at + line.length, fix: '' }] };
}

/** Words of a sentence-ending English paragraph where an inline piece can follow a word. */
export function insertAfterWord(article: string, piece: string, random: Random): Injection {
  const candidates: number[] = [];
  for (const match of article.matchAll(/(?<=[\p{Ll}]{3}) (?=[\p{Ll}]{2,} [\p{Ll}]{2,}[^\n]*[.!?]$)/gmu)) {
    if (article.lastIndexOf('\n', match.index) > article.indexOf('\n', article.indexOf('\n') + 1)) candidates.push(match.index);
  }
  if (candidates.length === 0) return insertLine(article, piece, random);
  const at = random.pick(candidates);
  const text = `${article.slice(0, at)} ${piece}${article.slice(at)}`;
  return { text, expected: [{ start: at + 1, end: at + 1 + piece.length, fix: '' }] };
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole);
}

/** A number as counters print it: "37", "1445", "2,391", "12.4K". */
export function counterNumber(random: Random): string {
  const value = 1 + random.below(random.chance(0.5) ? 200 : 50_000);
  if (random.chance(0.15) && value > 1000) return `${(value / 1000).toFixed(1)}K`;
  if (random.chance(0.3) && value >= 1000) return value.toLocaleString('en-US');
  return String(value);
}

/** Names of our own for bylines: given names and surnames that no article of the corpus needs. */
export const bylineNames = [
  'Anna Lindqvist', 'Marek Nowicki', 'Elise Dupont', 'Jonas Berger', 'Sofia Marino', 'Pieter de Wit', 'Laura Kivelä',
  'Tomás Ortega', 'Ingrid Halvorsen', 'Nikolai Petrov', 'Clara Weiss', 'Matteo Ricci', 'Hanna Mäkelä', 'Jan Novák',
];

/** A date and time as pages in ten locales print them. */
export function localeTimestamp(random: Random): string {
  const day = 1 + random.below(28);
  const month = 1 + random.below(12);
  const year = 2019 + random.below(7);
  const hour = random.below(24);
  const minute = random.below(60);
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const mo = String(month).padStart(2, '0');
  const names: Record<string, readonly string[]> = {
    de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    fi: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'],
    pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
    ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  };
  const name = (locale: string): string => names[locale]?.[month - 1] ?? '';
  const formats: ReadonlyArray<() => string> = [
    () => `${dd}.${mo}.${year}, ${hh}:${mm} Uhr`,
    () => `Aktualisiert am ${day}. ${name('de')} ${year} um ${hh}:${mm} Uhr`,
    () => `Publié le ${day} ${name('fr')} ${year} à ${hh}h${mm}`,
    () => `Mis à jour le ${dd}/${mo}/${year} à ${hh}h${mm}`,
    () => `${day} de ${name('es')} de ${year}, ${hh}:${mm}`,
    () => `Actualizado ${dd}/${mo}/${year} ${hh}:${mm}`,
    () => `${day} ${name('it')} ${year} alle ${hh}:${mm}`,
    () => `Aggiornato il ${dd}/${mo}/${year} ore ${hh}:${mm}`,
    () => `${day} de ${name('pt')} de ${year} às ${hh}h${mm}`,
    () => `Bijgewerkt op ${day} ${name('nl')} ${year} om ${hh}:${mm}`,
    () => `Publicerad ${day} ${name('sv')} ${year} kl. ${hh}.${mm}`,
    () => `${day}.${month}. ${hh}:${mm} | Päivitetty ${day}.${month}. ${String((hour + 2) % 24).padStart(2, '0')}:${mm}`,
    () => `${day}. ${name('fi')} ${year} klo ${hour}.${mm}`,
    () => `${day} ${name('pl')} ${year}, godz. ${hh}:${mm}`,
    () => `${day} ${name('ru')} ${year}, ${hh}:${mm}`,
    () => `${year}年${month}月${day}日 ${hh}:${mm}`,
  ];
  return random.pick(formats)();
}
