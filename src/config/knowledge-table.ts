/**
 * Reads a table of rules/knowledge/ (or a user's copy of one) and checks it against its schema: a
 * file that cannot be read, is not JSON or breaks the schema is a ConfigError that names the file
 * and the key.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, parseJsonFile } from './errors.js';
import { validateAgainst } from './validate.js';

export function readKnowledgeTable<Table>(path: string, schemaName: string, what: string): Table {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the ${what} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, { file: path, mend: 'Restore the file from the package' });
  }
  const value = parseJsonFile(text, path);
  validateAgainst(schemaName, value, path);
  return value as Table;
}
