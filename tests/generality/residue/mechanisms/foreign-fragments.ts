/**
 * A sentence left in the source language: a paragraph the translation skipped, or caption text of
 * the source page. Ten languages, sentences of our own.
 */
import type { Random } from '../../random.js';
import { insertLine, type Injection, type Mechanism } from '../mechanism.js';

export const fragments: Readonly<Record<string, readonly string[]>> = {
  German: [
    'Die Regierung will das neue Gesetz noch vor dem Sommer verabschieden.',
    'Nach Angaben der Polizei wurde niemand bei dem Unfall schwer verletzt.',
    'Der Minister sagte, dass die Gespräche in der nächsten Woche fortgesetzt werden.',
  ],
  French: [
    'Le gouvernement a annoncé une nouvelle aide pour les agriculteurs touchés par la sécheresse.',
    'Selon le maire, les travaux devraient durer encore plusieurs mois.',
    'Les syndicats ont appelé à une grève générale pour jeudi prochain.',
  ],
  Spanish: [
    'El presidente anunció que las elecciones se celebrarán en otoño.',
    'Según la policía, los manifestantes se dispersaron sin incidentes por la tarde.',
    'La empresa no ha querido comentar la decisión del tribunal hasta ahora.',
  ],
  Italian: [
    'Il governo ha approvato ieri sera il nuovo decreto sulle pensioni.',
    'Secondo i sindacati, la riforma colpisce soprattutto i lavoratori più giovani.',
    'La squadra ha vinto la partita grazie a un gol nel finale.',
  ],
  Portuguese: [
    'O governo anunciou novas medidas para combater a inflação no país.',
    'Segundo a polícia, o suspeito foi detido na manhã de sexta-feira.',
    'A empresa disse que vai investir milhões na nova fábrica do norte.',
  ],
  Dutch: [
    'De regering wil de nieuwe wet nog voor de zomer door het parlement krijgen.',
    'Volgens de politie raakte niemand ernstig gewond bij het ongeluk.',
    'De minister zei dat de gesprekken volgende week worden voortgezet.',
  ],
  Swedish: [
    'Regeringen vill att den nya lagen ska börja gälla redan i höst.',
    'Enligt polisen skadades ingen allvarligt i olyckan på motorvägen.',
    'Ministern sade att samtalen kommer att fortsätta nästa vecka.',
  ],
  Finnish: [
    'Hallitus haluaa uuden lain voimaan jo ennen kesää.',
    'Poliisin mukaan kukaan ei loukkaantunut vakavasti onnettomuudessa.',
    'Ministeri sanoi, että neuvottelut jatkuvat ensi viikolla.',
  ],
  Polish: [
    'Rząd chce, aby nowa ustawa weszła w życie jeszcze przed latem.',
    'Według policji nikt nie został poważnie ranny w wypadku.',
    'Minister powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu.',
  ],
  Turkish: [
    'Hükümet yeni yasanın yaz gelmeden yürürlüğe girmesini istiyor.',
    'Polise göre kazada kimse ağır yaralanmadı.',
    'Bakan, görüşmelerin gelecek hafta devam edeceğini söyledi.',
  ],
};

/** After the full stop of a paragraph that ends a sentence, or as a line of its own. */
function appendToParagraph(article: string, sentence: string, random: Random): Injection {
  const ends: number[] = [];
  for (const match of article.matchAll(/(?<=\p{Ll}{2}\.)(?=\n)/gu)) if (match.index > article.indexOf('\n', article.indexOf('\n') + 1)) ends.push(match.index);
  if (ends.length === 0 || random.chance(0.4)) return insertLine(article, sentence, random);
  const at = random.pick(ends);
  return { text: `${article.slice(0, at)} ${sentence}${article.slice(at)}`, expected: [{ start: at + 1, end: at + 1 + sentence.length, fix: '' }] };
}

export const foreignFragments: Mechanism = {
  name: 'foreign-fragments',
  deletable: false,
  inject: (article, random) => appendToParagraph(article, random.pick(random.pick(Object.values(fragments))), random),
};
