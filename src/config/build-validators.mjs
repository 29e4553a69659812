// Compiles the JSON schemas in src/config to standalone validators in dist/config/validators, so
// that a run validates its configuration without loading and compiling ajv (about 200 ms of a
// one-file lint). Each file records the hash of the schema it was made from; src/config/validate.ts
// uses it only while that hash still matches and compiles the schema with ajv otherwise.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemas = join(root, 'src', 'config');
const output = join(root, 'dist', 'config', 'validators');
mkdirSync(output, { recursive: true });
for (const name of readdirSync(schemas).filter((file) => file.endsWith('.schema.json')).sort()) {
  const text = readFileSync(join(schemas, name), 'utf8');
  // The options must equal those of src/config/validate.ts, so that errors read the same.
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true } });
  const validate = ajv.compile(JSON.parse(text));
  const hash = createHash('sha1').update(text).digest('hex');
  const code = `${standaloneCode(ajv, validate)}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`;
  writeFileSync(join(output, name.replace(/\.json$/, '.cjs')), code);
}

// Checks the bundled rules/*.json in full, as a run checks a user's table, and records the hash of
// each file's text: a run skips the checks for a bundled file whose text still has that hash. A
// bundled file that fails a check fails the build with the error a run would print.
const { checkedTermbasesFile } = await import('../../dist/termbase/load.js');
const { checkTermbasesInFull } = await import('../../dist/linter.js');
let checked;
try {
  checked = checkTermbasesInFull();
} catch (error) {
  process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
writeFileSync(checkedTermbasesFile, `${JSON.stringify(checked, null, 2)}\n`);

// The bundled word lists of rules/knowledge/ are read as a run reads them, so that a list that
// breaks its schema, or an example that names a missing list, fails the build rather than a run.
{
  const { readWordLists, wordListFiles } = await import('../../dist/termbase/word-lists.js');
  try {
    for (const file of wordListFiles) readWordLists(file);
  } catch (error) {
    process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

// The literal translations of the bundled gazetteer's names, generated through the glossary, so
// that a run reads them instead of translating every name again (src/termbase/literal-forms.ts).
{
  const { loadTermbases } = await import('../../dist/termbase/load.js');
  const { buildLiteralIndex, builtLiteralIndexFile } = await import('../../dist/termbase/literal-forms.js');
  const gazetteer = loadTermbases().find(({ data }) => data.kind === 'gazetteer');
  if (gazetteer) writeFileSync(builtLiteralIndexFile, `${JSON.stringify(buildLiteralIndex(gazetteer.data))}\n`);
}

// The word index of the bundled gazetteer, so that a run reads it instead of working out the keys
// of every name (src/termbase/gazetteer-index.ts).
{
  const { loadTermbases } = await import('../../dist/termbase/load.js');
  const { buildGazetteerIndex, builtGazetteerIndexFile, namedEntries } = await import('../../dist/termbase/gazetteer-index.js');
  const gazetteer = loadTermbases().find(({ data }) => data.kind === 'gazetteer');
  if (gazetteer) writeFileSync(builtGazetteerIndexFile, `${JSON.stringify(buildGazetteerIndex(namedEntries(gazetteer.data)))}\n`);
}

// Analyses the bundled tables' patterns (the words each needs, the fast flavour it scans with)
// with the functions a run would use, so that a run reads them instead of working them out.
const { loadTermbases } = await import('../../dist/termbase/load.js');
const { patternSourceOf } = await import('../../dist/termbase/types.js');
const { analysePatterns, precomputedAnalysisFile } = await import('../../dist/match/pattern-analysis.js');
const patterns = loadTermbases().flatMap(({ data }) =>
  data.entries
    .filter((entry) => entry.pattern !== undefined)
    .map((entry) => ({ source: patternSourceOf(entry), flags: (entry.caseSensitive ?? data.defaults?.caseSensitive ?? true) ? 'gu' : 'giu' })),
);
writeFileSync(precomputedAnalysisFile, `${JSON.stringify(analysePatterns(patterns))}\n`);

// The command's entry point must be executable: `npx lint-articles` runs it by its path, and tsc
// writes it without the execute bits on a fresh clone.
chmodSync(new URL('../../dist/cli.js', import.meta.url), 0o755);
