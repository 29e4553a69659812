/**
 * A linter that runs only the rules a suite measures, built once. Which rules exist, and of which
 * category, is read from the code rules' metadata and the header of each bundled table, not from
 * a second linter built to be asked: every build reads and checks every table again.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../src/config/load.js';
import type { RuleMeta } from '../../src/engine/types.js';
import { createLinter, knowledgeKinds, type Linter } from '../../src/linter.js';
import { codeRules } from '../../src/rules/index.js';
import { listBundledTermbaseFiles } from '../../src/termbase/load.js';
import type { Termbase } from '../../src/termbase/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ListedRule extends Pick<RuleMeta, 'id' | 'category'> {
  /** The rule of a table of knowledge (gazetteer, meanings, given names), which `knowledge: false` leaves out. */
  knowledge: boolean;
}

/** Every rule a linter of the default configuration has: the code rules and one per bundled table. */
export function listRules(): ListedRule[] {
  const tables = listBundledTermbaseFiles().map((path) => {
    const text = readFileSync(path, 'utf8');
    const { id, kind, category } = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Termbase;
    return { id, category, knowledge: knowledgeKinds.has(kind) };
  });
  return [...codeRules.map(({ meta }) => ({ id: meta.id, category: meta.category, knowledge: false })), ...tables];
}

/**
 * The default configuration with every rule outside `measured` turned off; `knowledge: false`
 * leaves out the gazetteer and the meaning and given-name tables.
 */
export function measuredLinter(measured: (rule: ListedRule) => boolean, options: { knowledge?: boolean } = {}): Linter {
  const knowledge = options.knowledge !== false;
  const listed = listRules().filter((rule) => knowledge || !rule.knowledge);
  const rules: Record<string, 'off'> = {};
  for (const rule of listed) if (!measured(rule)) rules[rule.id] = 'off';
  const linter = createLinter({ ...defaultConfig(root), rules }, { knowledge });
  // A rule the listing missed would run unmeasured and change what the suite reports.
  const known = new Set(listed.map((rule) => rule.id));
  const unlisted = linter.rules.filter((rule) => !known.has(rule.meta.id)).map((rule) => rule.meta.id);
  if (unlisted.length > 0) throw new Error(`Rules missing from the listing of the generality suite: ${unlisted.join(', ')}`);
  return linter;
}
