/**
 * What the names model knows about the world, read from the bundled tables through the loaders:
 * people and their surnames from gazetteer tables, the English words a surname means from
 * surname-meaning tables. Empty tables leave the model with the article's own evidence.
 */
import type { LoadedTermbase } from '../termbase/types.js';
import { stripDiacritics } from '../text/name-keys.js';

export interface NamesKnowledge {
  /** Surnames of known people by their folded form: "virtanen" → "Virtanen". */
  surnames: Map<string, string>;
  /** Full names of known people by folded full name. */
  people: Map<string, string>;
  /** Names of every known entity and their accepted variants, by folded form: "kyiv" → "Kyiv". */
  names: Map<string, string>;
  /** Surnames by each English word they mean, lowercase: "rhine" → Rhein (German). */
  meanings: Map<string, SurnameMeaning[]>;
  /** Wrong forms of names the gazetteer lists and fixes itself, folded: "michael barnier". */
  wrongForms: Set<string>;
  /** Bodies known by a Cyrillic abbreviation, by that abbreviation: "СВР" → Foreign Intelligence Service. */
  abbreviations: Map<string, CyrillicAbbreviation>;
}

export interface CyrillicAbbreviation {
  /** The abbreviation in Cyrillic: "СВР". */
  native: string;
  /** The name in the source language it abbreviates: "Служба внешней разведки". */
  nativeName: string;
  /** The English name: "Foreign Intelligence Service". */
  name: string;
  /** The English abbreviation, where the table gives one: "SVR". */
  english: string | undefined;
}

export interface SurnameMeaning {
  surname: string;
  /** The language the surname means the word in ("German"). */
  language: string;
  /** The English word as the table writes it ("Rhine"). */
  meaning: string;
}

export const emptyKnowledge = (): NamesKnowledge => ({ surnames: new Map(), people: new Map(), names: new Map(), meanings: new Map(), abbreviations: new Map(), wrongForms: new Set() });

export function knowledgeOf(termbases: readonly LoadedTermbase[]): NamesKnowledge {
  const knowledge = emptyKnowledge();
  for (const { data } of termbases) {
    if (data.kind === 'gazetteer') {
      for (const entry of data.entries) {
        if (!entry.name) continue;
        knowledge.names.set(stripDiacritics(entry.name), entry.name);
        for (const alias of entry.aliases ?? []) if (!knowledge.names.has(stripDiacritics(alias))) knowledge.names.set(stripDiacritics(alias), alias);
        for (const wrong of entry.misspellings ?? []) knowledge.wrongForms.add(stripDiacritics(wrong));
        for (const native of entry.native ?? []) {
          const abbreviation = cyrillicAbbreviationOf(native);
          if (!abbreviation || knowledge.abbreviations.has(abbreviation)) continue;
          const english = (entry.aliases ?? []).find((alias) => /^\p{Lu}{2,6}$/u.test(alias));
          // Initials make an abbreviation only for a body English also knows by one (FSB, SBU):
          // "Справедливая Россия — За правду" goes by СРЗП, not by the initials of its long words.
          if (english === undefined && abbreviation !== native) continue;
          knowledge.abbreviations.set(abbreviation, { native: abbreviation, nativeName: native, name: entry.name, english });
        }
        if (entry.type !== 'person') continue;
        const surname = entry.surname ?? entry.name.split(' ').at(-1) ?? entry.name;
        knowledge.surnames.set(stripDiacritics(surname), surname);
        knowledge.people.set(stripDiacritics(entry.name), entry.name);
      }
    } else if (data.kind === 'surname-meaning') {
      for (const entry of data.entries) {
        if (!entry.surname) continue;
        for (const meaning of entry.meanings ?? []) {
          const key = meaning.toLowerCase();
          const list = knowledge.meanings.get(key) ?? [];
          if (!list.some((known) => known.surname === entry.surname)) list.push({ surname: entry.surname, language: languageNameOf(entry.language), meaning });
          knowledge.meanings.set(key, list);
        }
      }
    }
  }
  return knowledge;
}

/**
 * The abbreviation a Cyrillic name goes by: the name itself when written in capitals ("ГЕРБ"), else
 * the first letters of its words of three letters or more ("Служба внешней разведки" → СВР,
 * "Либерально-демократическая партия России" → ЛДПР). One word or more than six makes none.
 */
export function cyrillicAbbreviationOf(native: string): string | undefined {
  if (!/^[\p{Script=Cyrillic}\s\d–—-]+$/u.test(native)) return undefined;
  if (/^\p{Lu}{2,6}$/u.test(native)) return native;
  const words = native.split(/[\s–—-]+/u).filter((word) => word.length >= 3 && /^\p{L}/u.test(word));
  if (words.length < 2 || words.length > 6) return undefined;
  return words.map((word) => word.charAt(0).toUpperCase()).join('');
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The English name of a table's ISO 639 code, as an editor reads it: "de" → "German". */
export function languageNameOf(code: string | undefined): string {
  if (code === undefined) return 'its language';
  // A name written out ("German") names itself.
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/u.test(code)) return code;
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
