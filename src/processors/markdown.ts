/**
 * Markdown articles: the rules read only the prose. Everything else (front matter, code blocks and
 * inline code, HTML and comments, link destinations and titles, autolinks, bare URLs, definitions,
 * images and the markers of headings, lists, emphasis and quotes) is blanked out with spaces, line
 * breaks kept, so every offset is the offset in the file and no fix can reach into markup.
 * Parsed with micromark (mdast-util-from-markdown), never with regular expressions.
 */
import { createContext, Script } from 'node:vm';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { Article } from '../engine/article.js';
import { parseDirectiveComment, type Directive } from '../engine/directives.js';
import type { ProcessedText } from '../engine/processed.js';
import type { Fix } from '../engine/types.js';

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

/**
 * How long parsing one file may take, and how long a file may be. micromark is superlinear on some
 * inputs: a line of 10,000 `- ` (a list nested 10,000 deep) takes minutes, `*a_ ` repeated over
 * 40 KB tens of seconds, while an article of 40 KB parses in well under a second. The allowance
 * grows with the text, so that a long article on a loaded machine stays within it.
 */
export const markdownBudget = {
  /** Characters (UTF-16 code units) above which a file is not parsed at all. */
  maxLength: 1_048_576,
  /** Milliseconds every parse may take, whatever the length. */
  baseMilliseconds: 2_000,
  /** Milliseconds more for each 1,000 characters. */
  millisecondsPerThousand: 10,
};

export function budgetFor(length: number): number {
  return Math.round(markdownBudget.baseMilliseconds + (length / 1000) * markdownBudget.millisecondsPerThousand);
}

// vm's timeout stops whatever runs inside the call, the parser included, from a watchdog thread:
// a parse cannot be interrupted otherwise, since it never yields. About 0.2 ms per call.
const budgetContext = createContext({ job: undefined as (() => unknown) | undefined });
const runJob = new Script('job()');

/** The job's result, or undefined when it ran out of time (it is stopped, not left running). */
export function withinBudget<T>(job: () => T, milliseconds: number): T | undefined {
  budgetContext.job = job;
  try {
    return runJob.runInContext(budgetContext, { timeout: milliseconds }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw error;
  } finally {
    budgetContext.job = undefined;
  }
}

/** Why a text is not parsed (too long, or its parse ran out of time), or its tree. */
function parseMarkdown(source: string): Root | string {
  if (source.length > markdownBudget.maxLength) {
    return `is ${source.length} characters long, over the ${markdownBudget.maxLength} a Markdown file may have`;
  }
  const milliseconds = budgetFor(source.length);
  const tree = withinBudget(
    () =>
      fromMarkdown(source, {
        extensions: [frontmatter(frontmatterKinds)],
        mdastExtensions: [frontmatterFromMarkdown(frontmatterKinds)],
      }),
    milliseconds,
  );
  return tree ?? `could not be parsed within ${(milliseconds / 1000).toFixed(1)} s (its budget)`;
}

/**
 * The prose of a Markdown file. A file that is too long or too slow to parse is linted as plain
 * text, with one warning that says so, and none of its fixes is applied (their effect on the
 * Markdown cannot be checked).
 */
export function processMarkdown(source: string): ProcessedText {
  const tree = parseMarkdown(source);
  if (typeof tree === 'string') {
    return { text: source, directives: [], unparsed: tree };
  }
  const article = new Article(source);
  const keep: Array<{ start: number; end: number; quoted: boolean }> = [];
  const directives: Directive[] = [];
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
    // Leaves that are never prose: code, inline code, front matter, images, definitions.
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
  return { text, directives };
}

/**
 * One block of a Markdown tree: its kind (with what makes two of a kind differ: a heading's depth,
 * a list's order) and its range in the file.
 */
export interface BlockShape {
  kind: string;
  start: number;
  end: number;
}

const phrasingContainers = new Set(['paragraph', 'heading', 'tableCell']);

function kindOf(node: Nodes): string {
  if (node.type === 'heading') return `heading ${node.depth}`;
  if (node.type === 'list') return node.ordered ? 'ordered list' : 'list';
  return node.type;
}

/** Every block of a Markdown text, outermost first; phrasing content (emphasis, links) is not a block. */
export function blockShapes(source: string): BlockShape[] | string {
  const tree = parseMarkdown(source);
  if (typeof tree === 'string') return tree;
  const shapes: BlockShape[] = [];
  const stack: Nodes[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    const start = startOf(node);
    const end = endOf(node);
    if (start !== undefined && end !== undefined) shapes.push({ kind: kindOf(node), start, end });
    if (phrasingContainers.has(node.type) || !('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index];
      if (child) stack.push(child);
    }
  }
  return shapes;
}

/**
 * Where an offset of the text before the edits lands after them (edits sorted, not overlapping);
 * undefined for an offset strictly inside a replaced range, which has no counterpart.
 */
function mapOffset(offset: number, edits: readonly Fix[]): number | undefined {
  let shift = 0;
  for (const { range, text } of edits) {
    const [start, end] = range;
    if (end <= offset) shift += text.length - (end - start);
    else if (start < offset) return undefined;
    else break;
  }
  return offset + shift;
}

function describeShape(shape: BlockShape | undefined): string {
  if (!shape) return 'nothing';
  const words: Record<string, string> = {
    paragraph: 'a paragraph',
    thematicBreak: 'a thematic break',
    code: 'a code block',
    blockquote: 'a quote',
    html: 'an HTML block',
    list: 'a list',
    'ordered list': 'a numbered list',
    listItem: 'a list item',
    definition: 'a link definition',
    yaml: 'front matter',
    toml: 'front matter',
  };
  return words[shape.kind] ?? (shape.kind.startsWith('heading') ? `a level-${shape.kind.slice(8)} heading` : `a ${shape.kind}`);
}

/**
 * What the edits do to the blocks outside their ranges, in words ("a paragraph becomes a thematic
 * break"), or undefined when every such block is still there, of the same kind, over the same text.
 * A deletion can make markup of the text around it: `**Leave a Reply**` without its words is
 * `****`, a thematic break; a line that followed the deleted one can become a heading, or a lone
 * `~~~` left behind opens a code block that runs to the end of the article.
 */
export function blockChange(source: string, before: readonly BlockShape[], edits: readonly Fix[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  let output = '';
  let cursor = 0;
  for (const { range, text } of sorted) {
    output += source.slice(cursor, range[0]) + text;
    cursor = range[1];
  }
  output += source.slice(cursor);
  const insideEdit = (shape: BlockShape) => sorted.some(({ range: [start, end] }) => start < end && shape.start >= start && shape.end <= end);
  const expected = new Map<string, BlockShape>();
  for (const shape of before) {
    if (insideEdit(shape)) continue;
    const start = mapOffset(shape.start, sorted);
    const end = mapOffset(shape.end, sorted);
    if (start === undefined || end === undefined) continue;
    expected.set(`${shape.kind} ${start} ${end}`, shape);
  }
  // The ranges the edits' new text occupies in the output: a block that starts or ends inside one
  // is made of the fix's own words.
  const written: Array<[number, number]> = [];
  let shift = 0;
  for (const { range, text } of sorted) {
    const start = range[0] + shift;
    written.push([start, start + text.length]);
    shift += text.length - (range[1] - range[0]);
  }
  const inWritten = (offset: number) => written.some(([start, end]) => start < offset && offset < end);
  let appeared: BlockShape | undefined;
  const after = blockShapes(output);
  if (typeof after === 'string') return `the text after the fix ${after.replace(/^is /, 'would be ').replace(/^could not/, 'could not')}`;
  for (const shape of after) {
    if (inWritten(shape.start) || inWritten(shape.end)) continue;
    const key = `${shape.kind} ${shape.start} ${shape.end}`;
    if (expected.has(key)) expected.delete(key);
    else appeared ??= shape;
  }
  const [lost] = expected.values();
  if (!lost && !appeared) return undefined;
  if (lost && appeared) return `${describeShape(lost)} at line ${lineOf(source, lost.start)} would become ${describeShape(appeared)}`;
  if (appeared) return `${describeShape(appeared)} would appear at line ${lineOf(output, appeared.start)}`;
  return `${describeShape(lost)} at line ${lineOf(source, lost?.start ?? 0)} would end`;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}

/** The fix guard of Markdown files: the blocks are parsed once per text, when a fix is to be checked. */
export function markdownFixGuard(source: string): (edits: readonly Fix[]) => string | undefined {
  let before: BlockShape[] | string | undefined;
  return (edits) => {
    before ??= blockShapes(source);
    if (typeof before === 'string') return `the file ${before}`;
    return blockChange(source, before, edits);
  };
}
