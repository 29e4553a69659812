// Where a one-article run spends its time, phase by phase, each run in a fresh process: loading the
// modules, building the linter, the first article (cold code and the tables built on first use),
// then a second, different article in the same process. Usage: node bench/start-up.mjs [--runs 5]
// Prints a Markdown table of medians (ms), with the least and the most of the runs.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rootDirectory } from './lib.mjs';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

if (process.argv[2] === '--phases') {
  // The child: one fresh process, timed from inside.
  const { readFileSync } = await import('node:fs');
  const [first, second] = process.argv.slice(3);
  const started = performance.now();
  const { createLinter, defaultConfig } = await import(join(rootDirectory, 'dist', 'index.js'));
  const imported = performance.now();
  const linter = createLinter(defaultConfig(rootDirectory));
  const created = performance.now();
  linter.lintText(readFileSync(first, 'utf8'), first);
  const linted = performance.now();
  linter.lintText(readFileSync(second, 'utf8'), second);
  const again = performance.now();
  process.stdout.write(`${JSON.stringify({ import: imported - started, create: created - imported, first: linted - created, second: again - linted })}\n`);
} else {
  const seedFolder = join(rootDirectory, 'seeds');
  const seeds = readdirSync(seedFolder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(seedFolder, name));
  const samples = [];
  for (let run = 0; run < runs; run++) {
    samples.push(JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--phases', seeds[0], seeds[1]], { encoding: 'utf8' })));
  }
  const rows = [
    ['import the modules', 'import'],
    ['build the linter', 'create'],
    ['first article (seed 000)', 'first'],
    ['second article (seed 001)', 'second'],
  ];
  const out = [`| phase, one process (${runs} runs) | median ms | least | most |`, '| --- | ---: | ---: | ---: |'];
  for (const [label, key] of rows) {
    const values = samples.map((sample) => sample[key]).sort((a, b) => a - b);
    out.push(`| ${label} | ${values[Math.floor(values.length / 2)].toFixed(0)} | ${values[0].toFixed(0)} | ${values.at(-1).toFixed(0)} |`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
