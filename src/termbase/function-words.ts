/**
 * Function words of other languages, read from rules/knowledge/function-words.json: per language
 * the words that give a run of words away ("und", "och", "että"), and the single function words
 * that machine translation passes through into an English sentence ("Like the article på
 * Facebook", "what Italy has già done") with the English word each stands for. The rows live in
 * data with their sources (the stopwords-iso lists, Wiktionary); this module reads and checks them
 * once, on first use, and a broken file is an error that names the file and the key.
 */
import { fileURLToPath } from 'node:url';
import { readKnowledgeTable } from '../config/knowledge-table.js';
import { lazy } from '../text/memo.js';

export interface FunctionWordProfile {
  /** ISO 639-1 codes of the stopword lists the words come from. */
  iso: string[];
  source: string;
  words: string[];
}

export interface StrayWord {
  /** The language it is named as in messages ("Swedish or Norwegian"). */
  language: string;
  iso: string[];
  /** The English word it stands for: the suggestion. */
  english: string;
  source: string;
}

export interface FunctionWords {
  profiles: Record<string, FunctionWordProfile>;
  stray: Record<string, StrayWord>;
}

export const functionWordsFile = fileURLToPath(new URL('../../rules/knowledge/function-words.json', import.meta.url));

const bundled = lazy(() => readFunctionWordTable(functionWordsFile));

/** The function-word table, read and validated once for the bundled file. */
export function readFunctionWords(path = functionWordsFile): FunctionWords {
  return path === functionWordsFile ? bundled() : readFunctionWordTable(path);
}

function readFunctionWordTable(path: string): FunctionWords {
  return readKnowledgeTable<FunctionWords>(path, 'function-words.schema.json', 'function-word table');
}
