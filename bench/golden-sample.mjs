// Writes the fixed sample of benchmark articles that tests/reports-golden.test.ts lints: the first
// 300 articles of the benchmark corpus, stored as gzipped NDJSON so that the sample stays the same
// when rules/ gains phrases (the generator picks its phrases from rules/). Run once; the file is
// committed and reviewed, never regenerated to make a test pass.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createArticleMaker } from './corpus.mjs';
import { rootDirectory } from './lib.mjs';

const count = 300;
const make = createArticleMaker();
const lines = [];
for (let index = 1; index <= count; index++) lines.push(JSON.stringify({ id: `article-${String(index).padStart(5, '0')}.txt`, text: make() }));
writeFileSync(join(rootDirectory, 'tests/golden/bench-sample.ndjson.gz'), gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
