/**
 * Generators of hostile article text: English prose and seed sentences mixed with every mojibake
 * form the rules repair, other scripts, combining marks, lone and paired surrogates, all three line
 * breaks, byte order marks, NUL and very long lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadTermbases } from '../../src/termbase/load.js';

/** How many cases each property runs: small by default, large for `npm run fuzz`. */
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 0) || 0;

export function runsOr(defaultRuns: number): number {
  return fuzzRuns > 0 ? fuzzRuns : defaultRuns;
}

/**
 * The seed: FUZZ_SEED replays a campaign; a campaign without one draws a seed and prints it first,
 * so that even a run killed before fast-check reports can be repeated.
 */
const fuzzSeed: number | undefined =
  process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : fuzzRuns > 0 ? Math.floor(Math.random() * 0x7fffffff) : undefined;
if (fuzzRuns > 0) process.stdout.write(`fuzz: ${fuzzRuns} runs per property, FUZZ_SEED=${String(fuzzSeed)}\n`);

export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  return { numRuns: runsOr(defaultRuns), ...(fuzzSeed === undefined ? {} : { seed: fuzzSeed }), endOnFailure: true };
}

const seedsDirectory = new URL('../../seeds/', import.meta.url);

function seedLines(): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(seedsDirectory).filter((name) => name.endsWith('.txt')).sort();
  } catch {
    return [];
  }
  const lines: string[] = [];
  for (const name of names) {
    const text = readFileSync(join(seedsDirectory.pathname, name), 'utf8');
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      // Whole lines and their sentences, so that rules see both long and short contexts.
      lines.push(line);
      for (const sentence of line.split(/(?<=[.!?”’])\s+/)) if (sentence.length > 3) lines.push(sentence);
    }
  }
  return lines;
}

const seeds = seedLines();

/** Every example of every bundled data rule: the texts most likely to draw findings and fixes. */
const examples = loadTermbases()
  .flatMap(({ data }) => data.entries.flatMap((entry) => entry.examples.map((example) => example.text)))
  .sort();

const prose = [
  'The minister said on Monday that talks would continue.',
  'Gas came to China via the pipeline called Kraft Siberia.',
  'Gas flows through the Power of Siberia pipeline.',
  '“We will not accept unlawful sanctions,” he said.',
  "It's the company's third quarter in a row.",
  'Leave a Comment',
  'Home » today » World »',
  '(M.)',
  'Photo: Reuters',
  'Sperbank and Sberbank both reported losses.',
  'Wang Yin met Wang Yi in Beijing.',
  'Teppo Turkki told reporters. Turkey says the plan failed.',
  'a wet rag against Lavrov’s face',
  'Comments',
  'Share this:',
  'I am Wallace Jones, an experienced journalist.',
  'Power of Siberia',
  'Kraft\nSiberia',
];

const names = ['Sergei Lavrov', 'Wang Yi', 'Olaf Scholz', 'Ursula von der Leyen', 'Teppo Turkki', 'Gazprom', 'Sberbank', 'Xi Jinping', 'Recep Tayyip Erdoğan', 'Zoë Ó Súilleabháin'];

/** Mojibake as the rules meet it: Thai, cp1252, cp437, cp1253, cp1257, Mac Roman, and C1 remnants. */
const mojibake = [
  'โUnlawful sanctionsโ',
  'โ',
  'โฆ',
  'โข',
  'â€™',
  'â€œ',
  'â€\u009d',
  'â€',
  'â€”',
  'â€¦',
  'Ã¼',
  'Ã©',
  'Ã',
  'D├╝sseldorf',
  '├╝',
  'ΓÇ£',
  'ΓÇÖ',
  'β€œ',
  'β€™',
  'β€',
  'ΓΌ',
  'ā€”',
  'ā€™',
  '‚Äú',
  '‚Äô',
  'รผ',
  'Ć¼',
  '√º',
  '\ufffd',
];

const scripts = ['ภาษาไทย', 'Ελληνικά', 'Русский язык', 'العربية', 'עברית', '中文', '日本語', '한국어', '😀', '👩‍👩‍👧', '🇫🇮', '✓', '€', '—', '–', '…', '«', '»', '„', '“', '”', '‘', '’'];

const combining = ['e\u0301', 'a\u0308', '\u0301', '\u0308\u0323', 'n\u0303', '\u200b', '\u200d', '\u00a0', '\u2028', '\u2029', '\t'];

const surrogates = ['\ud83d', '\ude00', '\ud83d\ude00', '\ude00\ud83d', '\udbff\udfff', '\ud800'];

const breaks = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r'];

const controls = ['\u0000', '\ufeff', '\u0007', '\u001b[31m', '\u007f', '\u0085'];

const word = fc.constantFrom('the', 'a', 'minister', 'said', 'Siberia', 'Kraft', 'Power', 'of', 'Turkey', 'says', 'Monday', 'x', 'I', 'US', 'EU');

function fragment(maxLongLine: number): fc.Arbitrary<string> {
  const fragments: Array<fc.WeightedArbitrary<string>> = [
    { weight: 6, arbitrary: fc.constantFrom(...prose) },
    { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')) },
    { weight: 3, arbitrary: fc.constantFrom(...names) },
    { weight: 5, arbitrary: fc.constantFrom(...mojibake) },
    { weight: 3, arbitrary: fc.constantFrom(...scripts) },
    { weight: 2, arbitrary: fc.constantFrom(...combining) },
    { weight: 2, arbitrary: fc.constantFrom(...surrogates) },
    { weight: 5, arbitrary: fc.constantFrom(...breaks) },
    { weight: 1, arbitrary: fc.constantFrom(...controls) },
    { weight: 2, arbitrary: fc.constantFrom(' ', '  ', ' \t ', ',', '.', ':', '"', "'", '(', ')', '-') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('word ', 'â€™', 'โ', 'Kraft Siberia ', 'a', ' ', '😀'), fc.integer({ min: 1, max: Math.max(1, maxLongLine) }))
        .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
    },
  ];
  if (seeds.length > 0) fragments.push({ weight: 6, arbitrary: fc.constantFrom(...seeds) });
  if (examples.length > 0) fragments.push({ weight: 6, arbitrary: fc.constantFrom(...examples) });
  return fc.oneof(...fragments);
}

export interface ArticleOptions {
  maxFragments?: number;
  maxLongLine?: number;
}

/** One article: fragments joined by nothing or a space, perhaps with a BOM in front. */
export function articleText(options: ArticleOptions = {}): fc.Arbitrary<string> {
  const { maxFragments = 40, maxLongLine = 4000 } = options;
  return fc
    .tuple(
      fc.boolean(),
      fc.array(fc.tuple(fragment(maxLongLine), fc.constantFrom('', ' ', ' ', '\n')), { maxLength: maxFragments }),
    )
    .map(([bom, parts]) => (bom ? '\ufeff' : '') + parts.map(([text, joiner]) => text + joiner).join(''));
}
