// `npm run bench`: builds the product and the corpus, then measures lint-articles beside
// textlint + textlint-rule-prh (same phrases) and a one-regex floor, on the same files, and prints
// Markdown. Options: --sizes 1,1000,10000  --ndjson-mb 100  --runs 10 (cold-start repetitions).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchDirectory, rootDirectory, workDirectory } from './lib.mjs';
import { ensureCorpus, ensureNdjson } from './corpus.mjs';
import { prhYaml } from './prh.mjs';

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const sizes = argument('sizes', '1,1000,10000').split(',').map(Number);
const ndjsonMegabytes = Number(argument('ndjson-mb', '100'));
const runs = Number(argument('runs', '10'));
// Runs of lint-articles and the floor are repeated and the median wall time kept: on a shared
// 2-core machine one run of the same command varies by a fifth, and the speed drifts within
// minutes. The commands that are compared (one thread, two, auto, the floor) run in rounds, each
// once per round, so that a slow minute falls on all of them. textlint runs once (100 s).
const repeats = Number(argument('repeats', '3'));
const cli = join(rootDirectory, 'dist', 'cli.js');
const log = (line) => process.stderr.write(`${line}\n`);

// --- setup ------------------------------------------------------------------------------------
log('building dist/ …');
execFileSync('npx', ['tsc', '-p', 'src'], { cwd: rootDirectory, stdio: 'inherit' });
// As `npm run build`: the prebuilt validators and the list of checked bundled tables, without which
// every start would validate and check the bundled rules again.
execFileSync(process.execPath, [join(rootDirectory, 'src', 'config', 'build-validators.mjs')], { cwd: rootDirectory, stdio: 'inherit' });
if (!existsSync(join(benchDirectory, 'node_modules', 'textlint'))) {
  log('installing the peer (npm ci --prefix bench) …');
  execFileSync('npm', ['ci', '--prefix', benchDirectory, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
let timeBinary = '/usr/bin/time';
if (!existsSync(timeBinary)) {
  log('installing GNU time (apt-get install time) for peak RSS …');
  const installed = spawnSync('sh', ['-c', 'apt-get install -y time >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1)']);
  if (installed.status !== 0 || !existsSync(timeBinary)) timeBinary = undefined;
}
mkdirSync(workDirectory, { recursive: true });
const prh = prhYaml();
const prhFile = join(workDirectory, 'prh.yml');
writeFileSync(prhFile, prh.yaml);
const textlintConfig = join(workDirectory, 'textlintrc.json');
writeFileSync(textlintConfig, JSON.stringify({ rules: { prh: { rulePaths: [prhFile] } } }));
const textlintBin = join(benchDirectory, 'node_modules', 'textlint', 'bin', 'textlint.js');

// --- measuring one process ----------------------------------------------------------------------
/** Runs a command; returns wall seconds (from here), peak RSS in MB (GNU time or undefined) and stdout file. */
function measure(command, args, { stdinFile, cwd = workDirectory, keepOutput = false } = {}) {
  const output = join(workDirectory, 'last-output');
  const rssFile = join(workDirectory, 'last-rss');
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const stdout = keepOutput ? openSync(output, 'w') : 'ignore';
  const [file, fullArgs] = timeBinary ? [timeBinary, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, fullArgs, { cwd, stdio: [stdin, stdout, 'pipe'], maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (typeof stdin === 'number') closeSync(stdin);
  if (typeof stdout === 'number') closeSync(stdout);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rss = timeBinary ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024 : undefined;
  return { wall, rss, output: keepOutput ? output : undefined, stderr: String(result.stderr) };
}

function countMessages(jsonFile) {
  const results = JSON.parse(readFileSync(jsonFile, 'utf8'));
  return results.reduce((sum, result) => sum + result.messages.length, 0);
}

function folderBytes(folder) {
  return readdirSync(folder).filter((name) => name.endsWith('.txt')).reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fixed = (value, digits = 2) => (value === undefined ? 'n/a' : value.toFixed(digits));

// --- throughput ---------------------------------------------------------------------------------
const rows = [];
const facts = {};
for (const size of sizes) {
  log(`corpus of ${size} …`);
  const folder = ensureCorpus(size);
  const bytes = folderBytes(folder);
  const add = (tool, run, messages) => {
    rows.push({ size, tool, wall: run.wall, bytes, rss: run.rss, messages });
    return run;
  };
  /**
   * Runs `commands` (each `[command, args]`) in `repeats` rounds, each command once per round.
   * For each: the median wall time, the highest peak RSS, the output of its first run.
   */
  const interleaved = (commands) => {
    const kept = commands.map(() => ({ walls: [], rss: undefined, first: undefined, output: undefined }));
    for (let round = 0; round < repeats; round++) {
      commands.forEach(([command, args], index) => {
        const state = kept[index];
        const run = measure(command, args, { keepOutput: round === 0 });
        if (round === 0) {
          state.first = run;
          state.output = `${run.output}.${index}.kept`;
          writeFileSync(state.output, readFileSync(run.output));
        }
        state.walls.push(run.wall);
        if (run.rss !== undefined) state.rss = Math.max(state.rss ?? 0, run.rss);
      });
    }
    return kept.map((state) => ({ ...state.first, wall: median(state.walls), rss: state.rss, output: state.output }));
  };
  const lintCommand = (extra) => ['node', [cli, '--no-config-lookup', '--format', 'json', ...extra, folder]];
  const floorCommand = ['node', [join(benchDirectory, 'floor.mjs'), folder]];
  log(size >= 1000 ? `  lint-articles (auto, --concurrency 1, 2) and the floor, ${repeats} rounds …` : `  lint-articles and the floor, ${repeats} rounds …`);
  const compared = interleaved(size >= 1000 ? [lintCommand([]), lintCommand(['--concurrency', '1']), lintCommand(['--concurrency', '2']), floorCommand] : [lintCommand([]), floorCommand]);
  const floorRun = compared.at(-1);
  let run = compared[0];
  facts[`auto-${size}`] = add('lint-articles (--concurrency auto)', run, countMessages(run.output));
  if (size >= 1000) {
    run = compared[1];
    facts[`one-${size}`] = add('lint-articles --concurrency 1', run, countMessages(run.output));
    run = compared[2];
    facts[`two-${size}`] = add('lint-articles --concurrency 2', run, countMessages(run.output));
    const cacheFile = join(workDirectory, `cache-${size}`);
    rmSync(cacheFile, { force: true });
    log(`  lint-articles --cache (first, then warm) …`);
    // The first cache run cannot be repeated (it fills the cache): it runs once, like a user's first run.
    run = measure('node', [cli, '--no-config-lookup', '--format', 'json', '--cache', '--cache-location', cacheFile, folder], { keepOutput: true });
    facts[`cache-cold-${size}`] = add('lint-articles --cache (first run)', run, countMessages(run.output));
    [run] = interleaved([lintCommand(['--cache', '--cache-location', cacheFile])]);
    facts[`cache-warm-${size}`] = add('lint-articles --cache (warm rerun)', run, countMessages(run.output));
  }
  log(`  textlint + prh …`);
  run = measure('node', [textlintBin, '--config', textlintConfig, '--format', 'json', '--no-color', `${folder}/*.txt`], { keepOutput: true });
  facts[`textlint-${size}`] = add('textlint 15.8.0 + textlint-rule-prh 6.1.0', run, countMessages(run.output));
  facts[`floor-${size}`] = add('floor: one regex alternation (node, read + scan)', floorRun, Number(readFileSync(floorRun.output, 'utf8')));
}

// --- latency (in-process) -----------------------------------------------------------------------
const latencyFolder = ensureCorpus(sizes.includes(1000) ? 1000 : sizes.at(-1));
const latency = JSON.parse(execFileSync('node', [join(benchDirectory, 'latency.mjs'), latencyFolder], { encoding: 'utf8' }));

// --- cold start -----------------------------------------------------------------------------------
log('cold start …');
const seedFolder = join(rootDirectory, 'seeds');
const seed = join(seedFolder, readdirSync(seedFolder).filter((name) => name.endsWith('.txt')).sort()[0]);
const starts = { bare: [], version: [], help: [], one: [] };
for (let index = 0; index < runs; index++) {
  starts.bare.push(measure('node', ['-e', '0']).wall);
  starts.version.push(measure('node', [cli, '--version']).wall);
  starts.help.push(measure('node', [cli, '--help']).wall);
  starts.one.push(measure('node', [cli, '--no-config-lookup', seed]).wall);
}

// --- NDJSON stream ------------------------------------------------------------------------------
let stream;
if (ndjsonMegabytes > 0) {
  log(`NDJSON stream of ${ndjsonMegabytes} MB …`);
  const file = await ensureNdjson(ndjsonMegabytes);
  const size = statSync(file).size;
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
  const run = measure('node', [cli, '--no-config-lookup', '--stdin', '--ndjson'], { stdinFile: file });
  stream = { ...run, size, lines };
}

// --- report -------------------------------------------------------------------------------------
const out = [];
out.push(`Machine: ${availableParallelism()} cores (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; load average at the end ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (other work shares this machine: compare ratios within one run).`);
out.push(`Rules: ${readdirSync(join(rootDirectory, 'rules')).filter((name) => name.endsWith('.json')).length} data rule files; prh dictionary: ${prh.rules} rows (${prh.skipped} regex rows prh cannot express left out).`);
out.push(`Wall times: median of ${repeats} runs for lint-articles and the floor, run in rounds (each of lint-articles auto, \`--concurrency 1\`, \`--concurrency 2\` and the floor once per round); the \`--cache\` first run and textlint run once; peak RSS: the highest of those runs.`);
out.push('');
out.push('| articles | tool | wall s | articles/s | MB/s | peak RSS MB | messages |');
out.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  out.push(`| ${row.size} | ${row.tool} | ${fixed(row.wall)} | ${fixed(row.size / row.wall, 0)} | ${fixed(row.bytes / 1e6 / row.wall)} | ${fixed(row.rss, 0)} | ${row.messages} |`);
}
out.push('');
out.push(`Per-article latency in one process (${latencyFolder.split('/').at(-1)}, default rules, after warm-up): p50 ${fixed(latency.p50, 3)} ms, p99 ${fixed(latency.p99, 3)} ms, mean ${fixed(latency.mean, 3)} ms.`);
out.push('');
out.push(`| cold start (median of ${runs}) | wall ms | × bare node |`);
out.push('| --- | ---: | ---: |');
const bare = median(starts.bare);
for (const [label, values] of [['`node -e 0`', starts.bare], ['`lint-articles --version`', starts.version], ['`lint-articles --help`', starts.help], ['`lint-articles <one seed article>`', starts.one]]) {
  out.push(`| ${label} | ${fixed(median(values) * 1000, 0)} | ${fixed(median(values) / bare)} |`);
}
if (stream) {
  out.push('');
  out.push(`NDJSON: ${fixed(stream.size / 1e6, 1)} MB, ${stream.lines} articles through \`--stdin --ndjson\`: ${fixed(stream.wall)} s, ${fixed(stream.lines / stream.wall, 0)} articles/s, peak RSS ${fixed(stream.rss, 0)} MB.`);
}
const largest = sizes.at(-1);
const ratio = (a, b) => (facts[a] && facts[b] ? facts[b].wall / facts[a].wall : undefined);
out.push('');
out.push(`Ratios at ${largest} articles: textlint+prh / lint-articles ${fixed(ratio(`auto-${largest}`, `textlint-${largest}`))}×; lint-articles / floor ${fixed(facts[`auto-${largest}`] && facts[`floor-${largest}`] ? facts[`auto-${largest}`].wall / facts[`floor-${largest}`].wall : undefined)}×; two workers / one ${fixed(ratio(`two-${largest}`, `one-${largest}`))}× throughput; warm cache / first run ${fixed(facts[`cache-warm-${largest}`] && facts[`cache-cold-${largest}`] ? facts[`cache-warm-${largest}`].wall / facts[`cache-cold-${largest}`].wall : undefined, 3)}.`);
process.stdout.write(`${out.join('\n')}\n`);
