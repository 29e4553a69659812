/**
 * The shape of src/: the import graph has no circles, each layer imports only what lies below it
 * (text/ < match/ < engine/ < termbase/, kinds/ < names/ < rules/ < the composition root src/linter.ts), and
 * no file grows past 500 lines, and no module but the shell keeps state in a variable of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const source = fileURLToPath(new URL('../src/', import.meta.url));

function filesOf(directory: string): string[] {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? filesOf(path) : name.endsWith('.ts') ? [relative(source, path)] : [];
    });
}

const files = filesOf(source);

/** Every relative import of a file (static, `export … from`, type-only and `import()`), as a path under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(source, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => normalize(join(dirname(file), specifier)).replace(/\.js$/, '.ts'));
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));

/** The folder a file belongs to (`engine`, `match`…), or the file itself for the files at the top of src/. */
function layerOf(file: string): string {
  return file.includes('/') ? (file.split('/')[0] ?? file) : file;
}

/** What each layer may import besides itself. */
const allowed: Record<string, readonly string[]> = {
  text: [],
  match: ['text'],
  engine: ['text', 'match', 'config', 'processors'],
  processors: ['engine', 'text'],
  termbase: ['text', 'match', 'engine', 'config'],
  kinds: ['text', 'match', 'engine', 'termbase', 'config'],
  names: ['text', 'match', 'engine', 'termbase'],
  // A rule reads the knowledge tables of termbase/ (function words, calendar names) as names/ does.
  rules: ['text', 'match', 'engine', 'termbase', 'names'],
};

describe('the import graph of src/', () => {
  it('should resolve every relative import to a file of src/', () => {
    const missing = [...graph].flatMap(([file, imports]) => imports.filter((target) => !graph.has(target)).map((target) => `${file} -> ${target}`));
    expect(missing).toEqual([]);
  });

  it('should have no circles', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      path.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') circles.push([...path.slice(path.indexOf(target)), target].join(' -> '));
        else if (!state.has(target)) visit(target);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });

  it('should let each layer import only the layers below it', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const layer = layerOf(file);
      const may = allowed[layer];
      if (!may) continue;
      for (const target of imports) {
        const to = layerOf(target);
        if (to !== layer && !may.includes(to)) wrong.push(`${file} -> ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('should keep kinds/ to the factories that turn a data file into a rule', () => {
    for (const file of files.filter((name) => name.startsWith('kinds/') && name !== 'kinds/index.ts')) {
      expect(readFileSync(join(source, file), 'utf8'), file).toMatch(/^export function create[A-Za-z]+Rule\(/m);
    }
  });

  it('should keep every file under 500 lines', () => {
    const long = files.filter((file) => readFileSync(join(source, file), 'utf8').split('\n').length > 500);
    expect(long).toEqual([]);
  });

  // State of a run belongs to an object (a linter, an article, a lazily built table), never to a
  // module variable that a second linter in the same process would share. Only the shell may have one.
  it('should keep mutable module variables to src/cli.ts', () => {
    const withState = files.filter((file) => file !== 'cli.ts' && /^(?:export\s+)?(?:let|var)\s/mu.test(readFileSync(join(source, file), 'utf8')));
    expect(withState).toEqual([]);
  });
});
