/**
 * Configuration and rule data from users: every refusal is one line on stderr naming the file, the
 * key path, what was given and what was expected, with exit code 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, parseJsonFile } from '../src/config/errors.js';
import { checkBacktracking, setBacktrackingChecker } from '../src/termbase/safety.js';
import { makeFolder, runCli } from './helpers/cli.js';

const article = 'Gas flows through the Power of Siberia pipeline.\n';

const entry = (overrides: Record<string, unknown> = {}) => ({
  id: 'house-entry',
  find: ['Gasprom'],
  replace: 'Gazprom',
  examples: [{ text: 'Gasprom said so.', output: 'Gazprom said so.' }],
  ...overrides,
});

const where = { file: 'x.json', keyPath: 'entries[0].pattern', entryId: 'x' };

const table = (id: string, entries: unknown[]) => JSON.stringify({ id, kind: 'substitution', category: 'names', description: 'House names', defaultSeverity: 'error', entries });

/** Runs the command line in a folder with these files and returns its single stderr line. */
function refusal(files: Record<string, string>, args: string[] = ['story.txt']): string {
  const folder = makeFolder({ 'story.txt': article, ...files });
  const run = runCli(args, { cwd: folder });
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^lint-articles: /);
  return (lines[0] ?? '').replace(folder, '<dir>');
}

function errorOf(action: () => unknown): ConfigError {
  try {
    action();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('malformed JSON', () => {
  it('should name the line and column of a stray comma', () => {
    const line = refusal({ '.linterrc.json': '{\n  "rules": {\n    "translated-name": "warn",\n  }\n}' });
    expect(line).toBe("lint-articles: Invalid JSON: Expected double-quoted property name at line 4, column 3, in <dir>/.linterrc.json. Fix the JSON syntax");
  });

  it('should place a file that ends too early at its end', () => {
    const error = errorOf(() => parseJsonFile('{\n  "rules": {', 'cut.json'));
    expect(error.message).toContain('at line 2, column 13');
  });

  it('should count columns without a byte order mark', () => {
    const error = errorOf(() => parseJsonFile('\ufeff{"rules" 1}', 'bom.json'));
    expect(error.message).toContain('at line 1, column 10');
  });
});

describe('keys and values', () => {
  it('should refuse an unknown nested key with its path', () => {
    const line = refusal({ '.linterrc.json': '{ "ignore": [{ "files": ["a/**"], "rule": ["x"] }] }' });
    expect(line).toContain('Unknown key `rule`, in <dir>/.linterrc.json at ignore[0].rule, given "rule"');
  });

  it('should refuse a value of the wrong type with what was given and expected', () => {
    const line = refusal({ '.linterrc.json': '{ "maxFileSize": "big" }' });
    expect(line).toBe('lint-articles: Invalid value, in <dir>/.linterrc.json at maxFileSize, given "big", expected must be integer. Correct the value');
  });

  it.each([
    ['{ "__proto__": { "rules": {} } }', '__proto__'],
    ['{ "rules": { "__proto__": "off" } }', 'rules.__proto__'],
    ['{ "ignore": [{ "files": ["x"], "constructor": 1 }] }', 'ignore[0].constructor'],
  ])('should refuse a prototype key in %s at %s', (json, keyPath) => {
    const line = refusal({ '.linterrc.json': json });
    expect(line).toContain(`Forbidden key \`${keyPath.split('.').at(-1) ?? ''}\`, in <dir>/.linterrc.json at ${keyPath}`);
  });

  it('should refuse a prototype key as the rule id of --rule', () => {
    const line = refusal({}, ['--rule', '__proto__: {"polluted": true}', 'story.txt']);
    expect(line).toContain('`__proto__` is not a rule id');
  });

  it('should refuse a prototype key inside a termbase entry', () => {
    const line = refusal({
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': `{ "id": "house-names", "kind": "substitution", "category": "names", "description": "x", "defaultSeverity": "error", "entries": [{ "id": "a", "__proto__": {}, "find": ["x"], "examples": [{ "text": "x" }] }] }`,
    });
    expect(line).toContain('Forbidden key `__proto__`, in <dir>/house-names.json at entries[0].__proto__');
  });
});

describe('user regular expressions', () => {
  it.each([
    ['(\\w+\\s?)+$', 'exponential'],
    ['(x|x)*y', 'exponential'],
  ])('should refuse %s, which can backtrack in %s time, naming the pattern', (pattern, growth) => {
    const line = refusal({
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [entry({ id: 'slow', find: undefined, pattern })]),
    });
    expect(line).toContain(`Pattern of entry \`slow\` can backtrack in ${growth} time`);
    expect(line).toContain(`in <dir>/house-names.json at entries[0].pattern, given ${JSON.stringify(pattern)}, expected a pattern that matches in linear time`);
  });

  it.each([
    ['a*a*a*a*a*b', 'polynomial time'],
    ['[ \\t]+(?=\\n)', 'polynomial time (2nd degree polynomial)'],
    ['\\p{L}+ \\p{L}+ said', 'polynomial time (2nd degree polynomial)'],
  ])('should refuse %s, which backtracks in polynomial time on one long line, naming the pattern and the growth', (pattern, growth) => {
    const line = refusal({
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [entry({ id: 'slow', find: undefined, pattern })]),
    });
    expect(line).toContain(`Pattern of entry \`slow\` can backtrack in ${growth}`);
    expect(line).toContain(`in <dir>/house-names.json at entries[0].pattern, given ${JSON.stringify(pattern)}, expected a pattern that matches in linear time`);
  });

  it('should accept a repetition that starts only where its characters start', () => {
    expect(() => checkBacktracking('(?<![ \\t])[ \\t]+(?=\\n)', 'gu', where)).not.toThrow();
  });

  it('should accept a linear pattern with lookbehind and Unicode classes', () => {
    expect(() => checkBacktracking('(?<![\\p{L}])Gasprom(?:\\s+Neft)?(?![\\p{L}])', 'gu', where)).not.toThrow();
  });

  describe('without the optional checker installed', () => {
    beforeEach(() => setBacktrackingChecker(null));
    afterEach(() => setBacktrackingChecker(undefined));

    it('should accept a pattern without repetition, which is linear by construction', () => {
      expect(() => checkBacktracking('(?<![\\p{L}])Gaz ?prom(?: Neft| Bank)?(?![\\p{L}])', 'gu', where)).not.toThrow();
    });

    it('should refuse a pattern that repeats, saying how to install the checker', () => {
      const error = errorOf(() => checkBacktracking('Gasprom\\s+Neft', 'gu', where));
      expect(error.message).toContain('repeats and cannot be checked for linear time: the optional checker `recheck` is not installed');
      expect(error.details.mend).toContain('npm install --save-dev recheck@4.5.0');
    });
  });
});

describe('tables that would make fixes loop', () => {
  it('should refuse a replacement its own entry finds again, naming file and entry', () => {
    const line = refusal({
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [entry({ id: 'grows', find: ['Gazprom'], replace: 'Gazprom PJSC' })]),
    });
    expect(line).toContain('Fixes would loop: the replacement of entry `house-names/grows` is found again by entry `house-names/grows`');
    expect(line).toContain('in <dir>/house-names.json at entries[0].replace, given "Gazprom PJSC"');
  });

  it('should refuse a replacement that a bundled rule finds, naming that rule', () => {
    const line = refusal({
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [entry({ id: 'back', find: ['Power Siberia'], replace: 'Kraft Siberia' })]),
    });
    expect(line).toContain('the replacement of entry `house-names/back` is found again by entry `translated-name/power-of-siberia`');
    expect(line).toContain('in <dir>/house-names.json at entries[0].replace, given "Kraft Siberia"');
  });

  it('should blame the user table whose entry finds a bundled replacement', () => {
    const line = refusal({
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [entry({ id: 'greedy', find: ['of Siberia'], replace: 'in Siberia' })]),
    });
    expect(line).toContain('the replacement of entry `translated-name/power-of-siberia` is found again by entry `house-names/greedy`');
    expect(line).toContain('in <dir>/house-names.json at entries[0].find, given "Power of Siberia"');
  });

  it('should refuse an entry whose lookbehind still sees its context after the fix, naming the texts the passes make', () => {
    const line = refusal({
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [entry({ id: 'grows', find: undefined, pattern: '(?<=q)z', replace: 'zq', examples: [{ text: 'The qz case.', output: 'The qzq case.' }] })]),
    });
    expect(line).toContain('Fixes would not settle: in the text "The qz case." the fix of entry `house-names/grows` makes "The qzq case.", "The qzqq case.", "The qzqqq case.", … and is offered again');
    expect(line).toContain('in <dir>/house-names.json at entries[0].pattern, given "(?<=q)z"');
    expect(line).toContain('Make the pattern refuse its own replacement');
  });

  it('should refuse a lookbehind loop that no example shows, from a text made of what the lookbehind asks for', () => {
    const line = refusal({
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [
        entry({ id: 'premier', find: undefined, pattern: '(?<=Premier )Rhine', replace: 'Rhine Rhein', examples: [{ text: 'The premier spoke.', valid: true }] }),
      ]),
    });
    expect(line).toContain('Fixes would not settle: in the text "Premier Rhine Rhein" the fix of entry `house-names/premier` makes "Premier Rhine Rhein Rhein"');
  });

  it('should accept a lookbehind entry whose replacement it does not find again, and fix with it', () => {
    const folder = makeFolder({
      'story.txt': 'Said Premier Rhine today.\n',
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [entry({ id: 'premier', find: undefined, pattern: '(?<=Premier )Rhine', replace: 'Rhein', examples: [{ text: 'Premier Rhine spoke.', output: 'Premier Rhein spoke.' }] })]),
    });
    const run = runCli(['--fix', 'story.txt'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(readFileSync(join(folder, 'story.txt'), 'utf8')).toBe('Said Premier Rhein today.\n');
  });

  it('should accept the same replacement once an exception covers it', () => {
    const folder = makeFolder({
      'story.txt': 'Gas flows through Siberia.\n',
      '.linterrc.json': '{ "termbases": ["house-names.json"] }',
      'house-names.json': table('house-names', [entry({ id: 'grows', find: ['Siberia'], replace: 'Power of Siberia', exceptions: ['Power of Siberia'] })]),
    });
    const run = runCli(['--fix', 'story.txt'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(folder, 'story.txt'), 'utf8')).toBe('Gas flows through Power of Siberia.\n');
  });
});
