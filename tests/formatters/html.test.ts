/**
 * The review page as a pure function: what it escapes, links and embeds, and how it words and
 * draws a change. How it renders and behaves in a browser is tests/formatters/html-review.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { resultOf } from '../../src/linter.js';
import { renderChange } from '../../src/formatters/html-change.js';
import { escapeHtml, formatHtml, hashText } from '../../src/formatters/html.js';
import { richText, scriptJson } from '../../src/formatters/html-text.js';
import { contextFor, fixtureCwd, lintedFixture, pipelineText, trickyResults } from '../helpers/format-fixtures.js';

/** The JSON blocks the page's script reads. */
function dataBlocks(page: string): Array<{ name: string; source: string; findings: Array<{ proposals: Array<{ range: [number, number]; text: string }> }>; passes: unknown[] }> {
  return [...page.matchAll(/<script type="application\/json" class="review-data">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1] ?? 'null'));
}

describe('html formatter', () => {
  it('should escape every piece of text it prints', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const page = formatHtml(trickyResults(), contextFor());
    expect(page).not.toContain('<b>&</b>');
    expect(page).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
    expect(page.match(/<li class="note /g)).toHaveLength(3);
  });

  it('should keep an article that contains </script> inside its data block, and read it back whole', () => {
    const source = 'Gas came via the pipeline called Kraft Siberia.</script><script>document.title="owned"</script> <!-- x\n';
    const { linter } = lintedFixture();
    const path = `${fixtureCwd}/articles/hostile.txt`;
    const result = linter.lintText(source, path);
    expect(result.messages.length).toBeGreaterThan(0);
    const page = formatHtml([result], contextFor(linter, new Map([[path, source]])));
    // The page's own script and one data block: the article's tags are text, never elements.
    expect(page.match(/<script\b/g)).toHaveLength(2);
    expect(page).not.toContain('<script>document.title');
    const [data] = dataBlocks(page);
    expect(data?.source).toBe(source);
    expect(data?.name).toBe('hostile.txt');
    expect(scriptJson({ text: '</script><!--\u2028' })).toBe('{"text":"\\u003C/script\\u003E\\u003C!--\\u2028"}');
  });

  it('should embed each finding’s proposals as the fix ranges the command line applies', () => {
    const { result, linter } = lintedFixture();
    const path = result.filePath;
    const page = formatHtml([result], contextFor(linter, new Map([[path, pipelineText]])));
    const [data] = dataBlocks(page);
    expect(data?.findings).toHaveLength(result.messages.length);
    for (const [index, message] of result.messages.entries()) {
      const expected = [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)];
      expect(data?.findings[index]?.proposals).toEqual(expected.map((fix) => ({ range: fix.range, text: fix.text })));
    }
  });

  it('should carry the passes --fix makes after the first, each with the hash of the text it starts from', () => {
    const { result, linter } = lintedFixture();
    const first = { text: pipelineText, fixes: [{ range: [0, 3] as [number, number], text: 'Oil' }] };
    const second = { text: `Oil${pipelineText.slice(3)}`, fixes: [{ range: [4, 8] as [number, number], text: 'went' }] };
    const context = { ...contextFor(linter, new Map([[result.filePath, pipelineText]])), fixPasses: new Map([[result.filePath, [first, second]]]) };
    const [data] = dataBlocks(formatHtml([result], context));
    expect(data?.passes).toEqual([{ length: second.text.length, hash: hashText(second.text), fixes: second.fixes }]);
    // FNV-1a of "a" is 0xe40c292c: the page's script computes the same.
    expect(hashText('a')).toBe(0xe40c292c);
  });

  it('should word findings as an editor does and never as a developer', () => {
    const { result, linter } = lintedFixture();
    const page = formatHtml([...trickyResults(), result], contextFor(linter, new Map([[result.filePath, pipelineText]])));
    expect(page).toContain('<span class="kind">Will be fixed</span>');
    expect(page).toContain('<span class="kind">Suggested</span>');
    expect(page).toContain('<span class="kind">Check</span>');
    expect(page).not.toMatch(/applied by --fix|Fix \(/);
  });

  it('should show each paragraph of the article once, with the finding marked inside it', () => {
    const { result, linter } = lintedFixture();
    const page = formatHtml([result], contextFor(linter, new Map([[result.filePath, pipelineText]])));
    const visible = page.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(visible.split('The deal was signed in 2019.')).toHaveLength(2);
    expect(visible).toMatch(/pipeline called <a class="finding-mark error kind-fix"[^>]*>1<\/a><mark class="error" data-findings="1">Kraft Siberia<\/mark>\./);
  });

  it('should load nothing: no external script, style, font or image, and a policy that forbids them', () => {
    const { result, linter } = lintedFixture();
    const page = formatHtml([result], contextFor(linter, new Map([[result.filePath, pipelineText]])));
    expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b|@import|@font-face|\burl\(|<[^>]*\ssrc=/i);
    expect(page).toContain(`content="default-src 'none';`);
  });

  it('should list every article in the summary table, those without findings too', () => {
    const page = formatHtml(trickyResults(), contextFor());
    const rows = [...page.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)][0]?.[1] ?? '';
    expect(rows.match(/<tr>/g)).toHaveLength(3);
    expect(rows).toContain('articles/clean.txt</td><td class="number">0</td><td class="number">0</td>');
  });
});

describe('html notes', () => {
  it('should link web addresses of the evidence, http and https only, without the punctuation after them', () => {
    expect(richText('Source: https://example.org/a?b=1&c=2.')).toBe('Source: <a href="https://example.org/a?b=1&amp;c=2" rel="noreferrer noopener">https://example.org/a?b=1&amp;c=2</a>.');
    expect(richText('(see http://example.org/x)')).toBe('(see <a href="http://example.org/x" rel="noreferrer noopener">http://example.org/x</a>)');
    expect(richText('javascript:alert(1) and ftp://example.org')).toBe('javascript:alert(1) and ftp://example.org');
    expect(richText('https://example.org/"onmouseover="x')).toBe('<a href="https://example.org/" rel="noreferrer noopener">https://example.org/</a>&quot;onmouseover=&quot;x');
  });

  it('should show backticked fragments as code, escaped', () => {
    expect(richText('Replace `<b>` with `Yi`')).toBe('Replace <code>&lt;b&gt;</code> with <code>Yi</code>');
  });
});

describe('html changes', () => {
  const text = 'Gas flows through Kraft Siberia to China every winter.\nNext line.\n';

  it('should mark only the words that change, with a few words of the sentence around them', () => {
    const start = text.indexOf('Kraft Siberia');
    const html = renderChange(text, { range: [start, start + 'Kraft Siberia'.length], text: 'Power of Siberia' });
    expect(html).toBe('Gas flows through <del>Kraft</del> <ins>Power of</ins> Siberia to China every…');
  });

  it('should draw a deletion as the struck-out words, never as an empty mark', () => {
    const start = text.indexOf(' to China');
    const html = renderChange(text, { range: [start, start + ' to China'.length], text: '' });
    expect(html).toBe('…through Kraft Siberia <del>to China</del> every winter.');
    expect(html).not.toMatch(/<(del|ins)[^>]*>\s*<\/\1>/);
  });

  it('should show a line removed with its line break as its words alone', () => {
    const start = text.indexOf('\nNext line.');
    expect(renderChange(text, { range: [start, start + '\nNext line.\n'.length], text: '' })).toBe(' <del>Next line.</del> ');
  });

  it('should show a change of spacing as visible spaces', () => {
    const spaced = 'They met  on Monday.';
    const start = spaced.indexOf('  ');
    expect(renderChange(spaced, { range: [start, start + 2], text: ' ' })).toBe('They met <del class="space" title="space">␣</del>on Monday.');
  });

  it('should shorten a long deletion to its first and last words', () => {
    const bio = Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ');
    const html = renderChange(`${bio}\n`, { range: [0, bio.length + 1], text: '' });
    expect(html).toContain('<del>w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 <span class="elision">[… 20 more words …]</span> w32 w33 w34 w35 w36 w37 w38 w39</del>');
  });
});

describe('html without the source', () => {
  it('should still list every finding with what it flags when the article cannot be read again', () => {
    const [result] = trickyResults();
    if (!result) throw new Error('no fixture');
    const page = formatHtml([resultOf(result.filePath, result.messages)], contextFor());
    expect(page.match(/<li class="note /g)).toHaveLength(2);
    expect(page).toContain('<del>a: b, c</del> <ins>d%,:</ins>');
    expect(page).not.toContain('class="review-data"');
  });
});
