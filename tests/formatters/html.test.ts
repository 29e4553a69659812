/**
 * The HTML report as a reader sees it: rendered by headless Chromium (Debian's `chromium`), whose
 * serialised DOM must show every finding of the JSON report, with its text, and nothing that the
 * articles' own text could inject.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { escapeHtml, formatHtml } from '../../src/formatters/html.js';
import { makeFolder, runCli } from '../helpers/cli.js';
import { contextFor, trickyResults } from '../helpers/format-fixtures.js';

function findChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

const chromium = findChromium();
const skipReason = chromium || process.env.CI ? undefined : 'chromium is not installed (apt-get install -y chromium); .ci/run installs it';
if (skipReason) console.warn(`Skipping the rendered HTML test: ${skipReason}`);

function dumpDom(file: string): string {
  if (!chromium) throw new Error('chromium is not installed; .ci/run installs it with apt-get install -y chromium');
  const run = spawnSync(
    chromium,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-'))}`, '--dump-dom', pathToFileURL(file).href],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`chromium failed: ${run.stderr}`);
  return run.stdout;
}

/** Text content of an element's inner HTML: tags dropped, entities undone. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|amp|#39|nbsp);/g, (_entity, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'", nbsp: '\u00a0' })[name] ?? '');
}

const articles = {
  'world/gas.txt': 'Gas came to China via the pipeline called Kraft Siberia. <script>document.title="owned"</script>\nKyiv talks.\n',
  'world/kiev.md': '# Talks in Kyiv\n\nOfficials met in Kiev on Monday & Kraft Siberia was named `<img src=x>`.\n',
  'world/clean.txt': 'Gas came to China via the Power of Siberia pipeline.\n',
};

describe.skipIf(skipReason !== undefined)('html formatter in a browser', () => {
  it('should show every finding of the JSON report, with its text, in a page that loads nothing', () => {
    const folder = makeFolder(articles);
    const json = runCli(['--format', 'json', 'world'], { cwd: folder });
    const results = JSON.parse(json.stdout) as LintResult[];
    const messages = results.flatMap((result) => result.messages);
    expect(messages.length).toBeGreaterThanOrEqual(3);

    const html = runCli(['--format', 'html', '--output-file', 'report/index.html', 'world'], { cwd: folder });
    expect(html.status).toBe(1);
    const page = readFileSync(join(folder, 'report', 'index.html'), 'utf8');
    // Self-contained: no scripts, no external styles, fonts or images.
    expect(page).not.toMatch(/<(script|link|img|iframe|object)\b|@import|url\(|<[^>]*\ssrc=/i);

    const dom = dumpDom(join(folder, 'report', 'index.html'));
    expect(dom).not.toContain('<script');
    expect(dom).not.toMatch(/<img/);
    const findings = [...dom.matchAll(/<li class="finding"[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1] ?? '');
    expect(findings).toHaveLength(messages.length);
    const shown = findings.map((finding) => textOf(/<span class="message">([\s\S]*?)<\/span>/.exec(finding)?.[1] ?? ''));
    // Backticked fragments render as <code>, without the backticks.
    expect(shown.sort()).toEqual(messages.map((message) => message.message.replace(/`([^`]+)`/g, '$1')).sort());
    const withCode = findings.filter((finding) => /<span class="message">(?:(?!<\/span>)[^])*<code>/.test(finding)).length;
    expect(withCode).toBe(messages.filter((message) => /`[^`]+`/.test(message.message)).length);
    // The flagged words are marked in their line; the line's own markup shows as text.
    expect(dom).toContain('<mark>Kraft Siberia</mark>. &lt;script&gt;document.title="owned"&lt;/script&gt;');
    expect(dom).toMatch(/<title>lint-articles report<\/title>/);
    expect(textOf(dom)).toContain('3 problems (2 errors, 1 warning) in 2 of 3 articles');
  });
});

describe('html formatter', () => {
  it('should escape every piece of text it prints', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const page = formatHtml(trickyResults(), contextFor());
    expect(page).not.toContain('<b>&</b>');
    expect(page).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(page.match(/<li class="finding"/g)).toHaveLength(3);
  });
});
