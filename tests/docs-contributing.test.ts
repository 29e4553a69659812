/**
 * CONTRIBUTING.md tried as a newcomer would: in a copy of the project, the guide's own blocks are
 * added where the guide says (a name, a phrase, a rule, a formatter), the project is built as the
 * guide says, and the command line finds what each addition is for.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTemporaryFolder } from './helpers/cli.js';

const repository = fileURLToPath(new URL('..', import.meta.url));
const guide = readFileSync(join(repository, 'CONTRIBUTING.md'), 'utf8');

/** The first fenced block of `language` under the guide's heading `## <number>.`. */
function blockOf(number: number, language: string): string {
  const start = guide.indexOf(`## ${number}.`);
  if (start < 0) throw new Error(`CONTRIBUTING.md has no section ## ${number}.`);
  const end = guide.indexOf('\n## ', start + 1);
  const section = guide.slice(start, end < 0 ? undefined : end);
  const block = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section)?.[1];
  if (block === undefined) throw new Error(`CONTRIBUTING.md section ${number} has no ${language} block`);
  return block;
}

/** Puts an entry into a table's `entries` where its id sorts, as the guide asks. */
function addEntry(file: string, entry: { id: string }): void {
  const table = JSON.parse(readFileSync(file, 'utf8')) as { entries: Array<{ id: string }> };
  const index = table.entries.findIndex((other) => other.id > entry.id);
  table.entries.splice(index < 0 ? table.entries.length : index, 0, entry);
  writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
}

/** Adds `line` to the sorted lines of the array literal that opens with `opening` in `file`. */
function addSortedLine(file: string, opening: string, line: string): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(opening);
  if (start < 0) throw new Error(`${file} has no \`${opening}\``);
  const bodyStart = start + opening.length;
  const bodyEnd = text.indexOf('\n];', bodyStart) + 1;
  const lines = [...text.slice(bodyStart, bodyEnd).split('\n').filter((existing) => existing !== ''), line].sort();
  writeFileSync(file, `${text.slice(0, bodyStart)}${lines.join('\n')}\n${text.slice(bodyEnd)}`);
}

let project: string;
let remove: () => void;

function run(command: string, args: readonly string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: project, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  ({ path: project, remove } = makeTemporaryFolder('lint-articles-contributing-'));
  for (const entry of ['src', 'rules', 'package.json', 'tsconfig.json']) cpSync(join(repository, entry), join(project, entry), { recursive: true });
  symlinkSync(join(repository, 'node_modules'), join(project, 'node_modules'), 'dir');

  // 1. Add a name.
  addEntry(join(project, 'rules', 'misspelt-name.json'), JSON.parse(blockOf(1, 'json')) as { id: string });
  // 2. Add a phrase.
  addEntry(join(project, 'rules', 'calque.json'), JSON.parse(blockOf(2, 'json')) as { id: string });
  // 3. Add a rule: its file, then one import and one line of the registry.
  writeFileSync(join(project, 'src', 'rules', 'stray-bullet.ts'), blockOf(3, 'ts'));
  const registry = join(project, 'src', 'rules', 'index.ts');
  writeFileSync(registry, readFileSync(registry, 'utf8').replace("import { truncatedDuplicate }", "import { strayBullet } from './stray-bullet.js';\nimport { truncatedDuplicate }"));
  addSortedLine(registry, 'const knowledgeFreeRules: ReadonlyArray<Rule<unknown>> = [\n', '  strayBullet as Rule<unknown>,');
  // 5. Add a formatter: its file, then the loaders and the API's table.
  writeFileSync(join(project, 'src', 'formatters', 'compact.ts'), blockOf(5, 'ts'));
  const loaders = join(project, 'src', 'formatters', 'load.ts');
  writeFileSync(loaders, readFileSync(loaders, 'utf8').replace('const loaders = {\n', "const loaders = {\n  compact: async () => (await import('./compact.js')).formatCompact,\n"));
  const api = join(project, 'src', 'formatters', 'index.ts');
  const apiText = readFileSync(api, 'utf8');
  writeFileSync(api, apiText.replace(/^(import[^\n]*\n)(?!import)/mu, "$1import { formatCompact } from './compact.js';\n").replace('export const formatters = {\n', 'export const formatters = {\n  compact: formatCompact,\n'));
}, 120_000);

afterAll(() => remove());

describe('CONTRIBUTING.md', () => {
  it('should build with the four additions made as the guide shows them', () => {
    const build = run('npm', ['run', 'build']);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  }, 180_000);

  it('should find the new name, phrase and rule, and print them with the new formatter', () => {
    // The first example of each data block, the first behind a bullet for the new rule.
    const firstExample = (number: number): string => (JSON.parse(blockOf(number, 'json')) as { examples: Array<{ text: string }> }).examples[0]?.text ?? '';
    const text = `• ${firstExample(1)}\n${firstExample(2)}\n`;
    const result = run('node', ['dist/cli.js', '--stdin', '--stdin-filename', 'article.txt', '--format', 'compact'], text);
    expect(result.stderr).toBe('');
    const rules = result.stdout.trim().split('\n').map((line) => /\((\S+)\)$/u.exec(line)?.[1]);
    expect(rules).toEqual(expect.arrayContaining(['stray-bullet', 'misspelt-name', 'calque']));
    expect(result.stdout).toMatch(/^article\.txt:1:1: /mu);
    expect(result.status).toBe(1);
  }, 60_000);
});
