/**
 * Markdown articles: the rules read only the prose, and the front-matter fields that hold prose
 * (the headline, the standfirst; see front-matter.ts). Everything else (front matter, code blocks and
 * inline code, HTML and comments, link destinations and titles, autolinks, bare URLs, definitions,
 * images and the markers of headings, lists, emphasis and quotes) is blanked out with spaces, line
 * breaks kept, so every offset is the offset in the file and no fix can reach into markup.
 * Parsed with micromark (mdast-util-from-markdown), never with regular expressions.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { Article } from '../engine/article.js';
import { parseDirectiveComment, type Directive } from '../engine/directives.js';
import type { ProcessedText, ProcessorOptions } from '../engine/processed.js';
import { proseOfFrontMatter } from './front-matter.js';

const frontmatterKinds: Array<'yaml' | 'toml'> = ['yaml', 'toml'];

// A URL typed into the prose ("read more at https://example.com/kraft-siberia") is not prose.
// The sentence's own full stop after it stays prose.
const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]*[^\s<>()[\].,;:!?'"]/giu;

// "> a quote that runs\n> onto a second line": one text node whose range includes the second `>`.
const quoteContinuation = /(?<=[\r\n])[ \t]*(?:>[ \t]?)+/gu;

function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}

function endOf(node: Nodes): number | undefined {
  return node.position?.end.offset;
}

/** Whether an autolink (`<https://…>`) shows its own destination. */
function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const child = node.children[0];
  if (child?.type !== 'text') return false;
  return child.value === node.url || `mailto:${child.value}` === node.url;
}

export function processMarkdown(source: string, options: ProcessorOptions = {}): ProcessedText {
  const tree: Root = fromMarkdown(source, {
    extensions: [frontmatter(frontmatterKinds)],
    mdastExtensions: [frontmatterFromMarkdown(frontmatterKinds)],
  });
  const article = new Article(source);
  const keep: Array<{ start: number; end: number; quoted: boolean }> = [];
  const directives: Directive[] = [];
  const notices: NonNullable<ProcessedText['notices']> = [];
  const stack: Array<{ node: Nodes; quoted: boolean }> = [{ node: tree, quoted: false }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, quoted } = item;
    if (node.type === 'text') {
      const start = startOf(node);
      const end = endOf(node);
      if (start !== undefined && end !== undefined) keep.push({ start, end, quoted });
      continue;
    }
    if (node.type === 'html') {
      const start = startOf(node);
      const end = endOf(node);
      if (start !== undefined && end !== undefined) {
        // Columns from offsets (UTF-16 units, as messages count them); micromark widens tabs.
        const from = article.toPoint(start);
        const to = article.toPoint(end);
        const directive = parseDirectiveComment(node.value, { start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column });
        if (directive) directives.push(directive);
      }
      continue;
    }
    if (node.type === 'yaml' || (node.type as string) === 'toml') {
      // The headline and standfirst are the most visible text of a Hugo or Jekyll article; keys,
      // dates, slugs and tags are not prose.
      const start = startOf(node);
      const end = endOf(node);
      if (start !== undefined && end !== undefined && options.frontMatterFields && options.frontMatterFields.length > 0) {
        const prose = proseOfFrontMatter(source, start, end, node.type === 'yaml' ? 'yaml' : 'toml', options.frontMatterFields);
        for (const range of prose.ranges) keep.push({ ...range, quoted: false });
        if (prose.problem) notices.push(prose.problem);
      }
      continue;
    }
    // Leaves that are never prose: code, inline code, images, definitions.
    if (!('children' in node) || isAutolink(node)) continue;
    for (const child of node.children) stack.push({ node: child, quoted: quoted || node.type === 'blockquote' });
  }

  // Per UTF-16 code unit (no u flag): an emoji becomes two spaces and offsets hold.
  const blanked = source.replace(/[^\r\n]/g, ' ').split('');
  for (const { start, end, quoted } of keep) {
    let slice = source.slice(start, end);
    if (quoted) slice = slice.replace(quoteContinuation, (markers) => ' '.repeat(markers.length));
    for (let index = 0; index < slice.length; index++) blanked[start + index] = slice[index] ?? ' ';
  }
  let text = blanked.join('');
  text = text.replace(bareUrl, (url) => ' '.repeat(url.length));
  directives.sort((a, b) => a.start - b.start);
  return notices.length > 0 ? { text, directives, notices } : { text, directives };
}
