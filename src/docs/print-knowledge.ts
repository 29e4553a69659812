/** `npm run knowledge`: prints what the linter knows about the world, counted from the data. */
import { loadTermbases } from '../termbase/load.js';
import { countKnowledge, renderKnowledgeCounts } from './knowledge-counts.js';

process.stdout.write(`${renderKnowledgeCounts(countKnowledge(loadTermbases())).join('\n')}\n`);
