/**
 * lint-articles as a newsroom adds it to its own repository: the package is packed, the tarball
 * installed into a fresh project (npm's cache first, then the registry), and the project uses the
 * command line, the API (from JavaScript and, for the types, TypeScript) and the README's
 * pre-commit snippet with the pre-commit framework.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTemporaryFolder } from '../helpers/cli.js';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(repository, 'README.md'), 'utf8');
const damaged = 'Gas came to the coast through the pipeline called Kraft Siberia.\n';
const clean = 'The council met on Tuesday and agreed the budget.\n';

let folder: ReturnType<typeof makeTemporaryFolder>;
let project: string;
let packedFiles: string[];

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const inherited = { ...process.env };
  delete inherited.GITHUB_WORKSPACE;
  delete inherited.CI_PROJECT_DIR;
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...inherited, NO_COLOR: '1', CI: '', ...env } });
}

/** The fenced block of a README section that contains `marker`. */
function snippet(section: string, language: string, marker: string): string {
  const start = readme.indexOf(`### ${section}`) >= 0 ? readme.indexOf(`### ${section}`) : readme.indexOf(`## ${section}`);
  const blocks = [...readme.slice(start).matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1] ?? '');
  const block = blocks.find((text) => text.includes(marker));
  if (!block) throw new Error(`README has no ${language} block with ${marker} under ${section}`);
  return block;
}

beforeAll(() => {
  folder = makeTemporaryFolder('lint-articles-package-');
  // dist/ is built by the test run's global setup; packing must not build again.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder.path], { cwd: repository, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = join(folder.path, packed[0]?.filename ?? '');
  packedFiles = (packed[0]?.files ?? []).map((file) => file.path);
  project = join(folder.path, 'newsroom');
  mkdirSync(join(project, 'articles'), { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'newsroom', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(project, 'articles', 'a.txt'), damaged);
  // The README's install line, with the tarball in place of the git URL (the network here is the npm registry only).
  const install = snippet('Add it to your project', 'sh', 'npm install --save-dev');
  expect(install).toContain('./lint-articles-0.1.0.tgz');
  const installed = run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
  if (installed.status !== 0) throw new Error(`npm install of the tarball failed: ${installed.stderr}`);
}, 300_000);

afterAll(() => folder?.remove());

describe('the packed package', () => {
  it('should ship what runs and nothing else', () => {
    expect(packedFiles).toContain('dist/cli.js');
    expect(packedFiles).toContain('dist/index.d.ts');
    expect(packedFiles).toContain('rules/translated-name.json');
    expect(packedFiles).toContain('src/config/linterrc.schema.json');
    expect(packedFiles.filter((path) => /^(tests|bench|seeds|docs|\.ci)\//.test(path) || /\.(map|ts)$/.test(path.replace(/\.d\.ts$/, '')))).toEqual([]);
    // Every compiled module has its source: no stale copy of a module that moved.
    const compiled = packedFiles.filter((path) => path.startsWith('dist/') && path.endsWith('.js'));
    expect(compiled.filter((path) => !existsSync(join(repository, 'src', path.slice('dist/'.length).replace(/\.js$/, '.ts'))))).toEqual([]);
  });

  it('should point to its repository, home page and issue tracker', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'lint-articles', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/lint-articles/lint-articles.git' });
    expect(manifest.homepage).toBe('https://github.com/lint-articles/lint-articles#readme');
    expect(manifest.bugs).toEqual({ url: 'https://github.com/lint-articles/lint-articles/issues' });
  });

  it('should run `npx lint-articles` in the project as the README says, exit 1 on a finding', () => {
    const lint = run('npx', ['--no-install', 'lint-articles', 'articles/'], project);
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain('1:51  error  Replace `Kraft Siberia` with `Power of Siberia`  translated-name');
  });

  it('should serve lintText, fixText, lintFiles, outputFixes and loadFormatter at the top level', () => {
    writeFileSync(
      join(project, 'api.mjs'),
      `import { lintText, fixText, lintFiles, outputFixes, loadFormatter, retextLintArticles } from 'lint-articles';
import { readFileSync } from 'node:fs';
const [linted] = await lintText(${JSON.stringify(damaged)}, { filePath: 'story.txt' });
const [fixed] = await fixText(${JSON.stringify(damaged)});
const results = await lintFiles(['articles/'], { fix: true });
await outputFixes(results);
const formatter = await loadFormatter('json');
console.log(JSON.stringify({
  ruleIds: linted.messages.map((message) => message.ruleId),
  output: fixed.output,
  written: readFileSync('articles/a.txt', 'utf8'),
  formatted: JSON.parse(formatter.format(results)).length,
  plugin: typeof retextLintArticles,
}));
`,
    );
    const api = run(process.execPath, ['api.mjs'], project);
    expect(api.stderr).toBe('');
    expect(JSON.parse(api.stdout)).toEqual({
      ruleIds: ['translated-name'],
      output: 'Gas came to the coast through the pipeline called Power of Siberia.\n',
      written: 'Gas came to the coast through the pipeline called Power of Siberia.\n',
      formatted: 1,
      plugin: 'function',
    });
    writeFileSync(join(project, 'articles', 'a.txt'), damaged);
  });

  it('should type the API for a TypeScript project', () => {
    writeFileSync(
      join(project, 'typed.ts'),
      `import { lintText, lintFiles, fixText, loadFormatter, outputFixes, type LintResult } from 'lint-articles';
const results: LintResult[] = await lintText('Some text.', { filePath: 'a.txt', rules: { calque: 'off' } });
const count: number = results[0]?.errorCount ?? 0;
const files = await lintFiles(['articles/'], { fix: true, ignorePatterns: ['drafts/**'] });
await outputFixes(files);
const text: string = (await loadFormatter('sarif')).format(files);
const fixed: string | undefined = (await fixText('Some text.'))[0]?.output;
// @ts-expect-error: a file path, not a number
await lintText('Some text.', { filePath: 3 });
export { count, text, fixed };
`,
    );
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['typed.ts'] }));
    const tsc = run(process.execPath, [join(repository, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe("the README's pre-commit snippet, tried in a fresh repository", () => {
  it('should block a commit of a damaged article and let one through whose only article is ignored', () => {
    const preCommit = run('pre-commit', ['--version'], project);
    expect(preCommit.error, 'the pre-commit framework (Debian package `pre-commit`) is needed; .ci/run installs it').toBeUndefined();
    const env = { PRE_COMMIT_HOME: join(folder.path, 'pre-commit-home'), GIT_AUTHOR_NAME: 'Desk', GIT_AUTHOR_EMAIL: 'desk@example.com', GIT_COMMITTER_NAME: 'Desk', GIT_COMMITTER_EMAIL: 'desk@example.com' };
    writeFileSync(join(project, '.pre-commit-config.yaml'), snippet('pre-commit framework', 'yaml', 'repo: local'));
    writeFileSync(join(project, '.linterrc.json'), JSON.stringify({ ignores: ['archive/**'] }));
    writeFileSync(join(project, '.gitignore'), 'node_modules/\n');
    mkdirSync(join(project, 'archive'), { recursive: true });
    writeFileSync(join(project, 'archive', 'old.txt'), damaged);
    writeFileSync(join(project, 'articles', 'today.txt'), clean);
    expect(run('git', ['init', '-q'], project).status).toBe(0);
    const installed = run('pre-commit', ['install'], project, env);
    expect(installed.stderr).toBe('');
    expect(existsSync(join(project, '.git', 'hooks', 'pre-commit'))).toBe(true);

    // The framework names archive/old.txt; `ignores` covers it: a warning, and the commit goes through.
    run('git', ['add', '.gitignore', '.linterrc.json', '.pre-commit-config.yaml', 'package.json', 'archive/old.txt', 'articles/today.txt'], project);
    const first = run('git', ['commit', '-q', '-m', 'Archive and today'], project, env);
    expect(first.stdout + first.stderr).toMatch(/lint-articles\.+Passed/);
    expect(first.status).toBe(0);
    // pre-commit shows a passing hook's output only with --verbose: there the warning names the file.
    const verbose = run('pre-commit', ['run', '--verbose', '--files', 'archive/old.txt'], project, env);
    expect(verbose.stdout).toContain('lint-articles: warning: archive/old.txt is ignored (it matches `archive/**`); not linted');
    expect(verbose.status).toBe(0);

    // A damaged article is refused with its finding.
    run('git', ['add', 'articles/a.txt'], project);
    const second = run('git', ['commit', '-q', '-m', 'Damaged'], project, env);
    expect(second.status).toBe(1);
    expect(second.stdout + second.stderr).toContain('Replace `Kraft Siberia` with `Power of Siberia`');
  });
});
