/** `npm run docs`: writes rules/README.md from the rules as they are now. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../config/load.js';
import { createLinter } from '../linter.js';
import { countKnowledge, renderKnowledgeCounts } from './knowledge-counts.js';
import { renderRulesReadme } from './rules-readme.js';

const target = fileURLToPath(new URL('../../rules/README.md', import.meta.url));
const linter = createLinter(defaultConfig(fileURLToPath(new URL('../../', import.meta.url))));
writeFileSync(target, renderRulesReadme(linter.rules.map((rule) => rule.meta), linter.termbases, renderKnowledgeCounts(countKnowledge(linter.termbases))));
