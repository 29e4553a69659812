// Per-article latency inside one process (default rules), after a warm-up pass.
// Usage: node latency.mjs <folder>  → JSON {p50, p99, mean} in milliseconds
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rootDirectory } from './lib.mjs';

const folder = process.argv[2];
const { createLinter, defaultConfig } = await import(join(rootDirectory, 'dist', 'index.js'));
const linter = createLinter(defaultConfig(folder));
const texts = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]);
for (const [name, text] of texts.slice(0, 200)) linter.lintText(text, name);
const times = [];
for (const [name, text] of texts) {
  const start = process.hrtime.bigint();
  linter.lintText(text, name);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
process.stdout.write(`${JSON.stringify({ p50: at(0.5), p99: at(0.99), mean: times.reduce((a, b) => a + b, 0) / times.length })}\n`);
