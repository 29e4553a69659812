// Builds the benchmark corpus deterministically: articles of 3–4 KB made of the seed articles'
// paragraphs and the sentences below, some with a termbase phrase put in, as wire copy has.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createRandom, phraseRows, pick, rootDirectory, workDirectory } from './lib.mjs';

/** Plain news sentences written for the benchmark: correct copy that must stay silent. */
const sentences = [
  'The central bank left its key interest rate unchanged on Thursday, citing slowing inflation.',
  'Officials said the talks would continue next week in Geneva.',
  'The ministry declined to comment on the report when contacted by telephone.',
  'Shares in the company rose 4 percent in early trading after the announcement.',
  'The delegation arrived in the capital late on Tuesday evening.',
  'Opposition lawmakers called for an independent inquiry into the contract.',
  'The agreement still has to be ratified by both parliaments.',
  'Analysts expect growth to slow in the second half of the year.',
  'Rescue teams worked through the night to reach villages cut off by the floods.',
  'The prime minister is due to address the nation on Sunday.',
  'A spokesman for the foreign ministry said the meeting had been constructive.',
  'Prices for natural gas fell sharply after the announcement.',
  'The court is expected to deliver its verdict in the spring.',
  'Negotiators have so far failed to agree on the timetable for a ceasefire.',
  'Exports to neighbouring countries grew for the third month in a row.',
  'The mayor said the city would add more buses to the route from next month.',
  'Farmers have blocked several motorways in protest against the new rules.',
  'The summit ended without a joint statement.',
  'Both sides accused each other of violating the truce overnight.',
  'The government plans to publish its draft budget in October.',
  'Police said three people had been detained in connection with the attack.',
  'The airline cancelled dozens of flights because of the strike.',
  'Turnout in the regional election was lower than four years ago.',
  'The report was based on interviews with more than two hundred officials.',
  'Unemployment fell to its lowest level in a decade, the statistics office said.',
  'Diplomats said a compromise could be reached before the end of the month.',
  'The new pipeline is expected to start operating in three years.',
  'Environmental groups criticised the decision as a step backwards.',
  'The minister told reporters that no decision had yet been taken.',
  'Trade between the two countries reached a record last year.',
  'The commission will present its proposals to member states in June.',
  'Thousands of people gathered in the main square on Saturday afternoon.',
  'The company said it would cut about 1,200 jobs over the next two years.',
  'Inflation eased slightly in March, according to preliminary figures.',
  'The president has repeatedly rejected calls for early elections.',
  'The talks are the first at this level since the dispute began.',
];

const titles = ['Talks resume amid tension', 'Markets steady after rate decision', 'Floods cut off villages', 'Leaders meet ahead of summit', 'Budget plan draws criticism'];

function seedParagraphs() {
  const directory = join(rootDirectory, 'seeds');
  const paragraphs = [];
  for (const name of readdirSync(directory).sort()) {
    for (const paragraph of readFileSync(join(directory, name), 'utf8').split(/\n+/)) {
      const trimmed = paragraph.trim();
      if (trimmed.length >= 80) paragraphs.push(trimmed);
    }
  }
  return paragraphs;
}

export function createArticleMaker(seed = 20261125) {
  const random = createRandom(seed);
  const seeds = seedParagraphs();
  const phrases = phraseRows().flatMap((row) => row.find);
  return () => {
    const target = 3000 + Math.floor(random() * 1000);
    const parts = [pick(random, titles), ''];
    let length = parts[0].length + 1;
    while (length < target) {
      let paragraph;
      if (random() < 0.5) paragraph = pick(random, seeds);
      else {
        const count = 2 + Math.floor(random() * 4);
        const chosen = [];
        for (let index = 0; index < count; index++) chosen.push(pick(random, sentences));
        // About one paragraph in six carries a phrase of the termbases, as machine-translated copy does.
        if (phrases.length > 0 && random() < 0.17) chosen.splice(1, 0, `Officials said ${pick(random, phrases)} was on the agenda.`);
        paragraph = chosen.join(' ');
      }
      if (length + paragraph.length + 1 > target + 600) continue;
      parts.push(paragraph);
      length += paragraph.length + 1;
    }
    return `${parts.join('\n')}\n`;
  };
}

/** Writes `count` articles to .work/corpus-<count>/ unless they are already there; returns the folder. */
export function ensureCorpus(count) {
  const directory = join(workDirectory, `corpus-${count}`);
  const stamp = join(directory, '.complete');
  if (existsSync(stamp)) return directory;
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const make = createArticleMaker();
  for (let index = 1; index <= count; index++) writeFileSync(join(directory, `article-${String(index).padStart(5, '0')}.txt`), make());
  writeFileSync(stamp, '');
  return directory;
}

/** An NDJSON stream of about `megabytes` MB of articles, one `{"id","text"}` object per line. */
export async function ensureNdjson(megabytes) {
  const file = join(workDirectory, `stream-${megabytes}mb.ndjson`);
  if (existsSync(`${file}.complete`)) return file;
  mkdirSync(workDirectory, { recursive: true });
  const out = createWriteStream(file);
  const make = createArticleMaker(7);
  let written = 0;
  for (let id = 1; written < megabytes * 1e6; id++) {
    const line = `${JSON.stringify({ id, text: make() })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  writeFileSync(`${file}.complete`, '');
  return file;
}
