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
}

export interface SurnameMeaning {
  surname: string;
  /** The language the surname means the word in ("German"). */
  language: string;
  /** The English word as the table writes it ("Rhine"). */
  meaning: string;
}

export const emptyKnowledge = (): NamesKnowledge => ({ surnames: new Map(), people: new Map(), names: new Map(), meanings: new Map() });

export function knowledgeOf(termbases: readonly LoadedTermbase[]): NamesKnowledge {
  const knowledge = emptyKnowledge();
  for (const { data } of termbases) {
    if (data.kind === 'gazetteer') {
      for (const entry of data.entries) {
        if (!entry.name) continue;
        knowledge.names.set(stripDiacritics(entry.name), entry.name);
        for (const alias of entry.aliases ?? []) if (!knowledge.names.has(stripDiacritics(alias))) knowledge.names.set(stripDiacritics(alias), alias);
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
          if (!list.some((known) => known.surname === entry.surname)) list.push({ surname: entry.surname, language: entry.language ?? 'its language', meaning });
          knowledge.meanings.set(key, list);
        }
      }
    }
  }
  return knowledge;
}
