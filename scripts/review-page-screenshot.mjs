#!/usr/bin/env node
// Takes the screenshot of the review page that the README shows: `--format html` of one seed
// article, opened in headless Chromium (Debian's `chromium`, found on PATH) at a desktop width.
// Run after a build, and commit the picture when the page's look changes:
//
//   npm run build && node scripts/review-page-screenshot.mjs [seeds/000_1ebb2374139c221c.txt] [docs/review-page.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const repository = fileURLToPath(new URL('../', import.meta.url));
const article = process.argv[2] ?? 'seeds/000_1ebb2374139c221c.txt';
const picture = resolve(repository, process.argv[3] ?? 'docs/review-page.png');

function findChromium() {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // Not on PATH: try the next name.
    }
  }
  throw new Error('Chromium is not on PATH: install it with `apt-get install -y chromium`');
}

const folder = mkdtempSync(join(tmpdir(), 'review-page-'));
try {
  const page = join(folder, 'review.html');
  try {
    execFileSync(process.execPath, [join(repository, 'dist/cli.js'), '--format', 'html', '--output-file', page, article], { cwd: repository, stdio: 'inherit' });
  } catch (error) {
    // Exit code 1 means findings, which is what a review page is for.
    if (error.status !== 1) throw error;
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    await tab.goto(pathToFileURL(page).href);
    await tab.locator('article.review').first().screenshot({ path: picture });
  } finally {
    await browser.close();
  }
  process.stdout.write(`${picture}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
