/**
 * The prose in Markdown front matter: the values of the fields that hold a headline, standfirst
 * or summary, as UTF-16 ranges of the file, so that a rule reports `title: "Kraft Siberia deal
 * signed"` at the exact column of `Kraft` and a fix edits only the words. Everything else (keys,
 * quotes, dates, slugs, tags, nested maps) stays blanked out.
 *
 * YAML is read with the `yaml` library's source ranges: top-level string values, plain, quoted
 * (inside the quotes) or block (`|`, `>`). TOML is read line by line: top-level single-line basic or
 * literal strings (`title = "…"`), before the first table header.
 */
import { createRequire } from 'node:module';

export interface ProseRange {
  start: number;
  end: number;
}

/** Offset of the first character after the line that starts at `from` (the opening fence). */
function afterLine(source: string, from: number, end: number): number {
  const newline = source.indexOf('\n', from);
  return newline < 0 || newline >= end ? end : newline + 1;
}

export interface FrontMatterProse {
  ranges: ProseRange[];
  /** Why the prose fields could not be read, at an offset of the file. */
  problem?: { offset: number; message: string };
}

function yamlRanges(source: string, bodyStart: number, bodyEnd: number, fields: ReadonlySet<string>): FrontMatterProse {
  // Loaded only for a Markdown article with front matter.
  const { parseDocument, isMap, isScalar } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  const body = source.slice(bodyStart, bodyEnd);
  const document = parseDocument(body, { keepSourceTokens: false, uniqueKeys: false });
  // Front matter that is not valid YAML has no fields we can place exactly: none is linted, and a warning says so.
  const error = document.errors[0];
  if (error) {
    const offset = bodyStart + (error.pos[0] ?? 0);
    return { ranges: [], problem: { offset, message: `Front matter is not valid YAML (${(error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/u, '')}); its prose fields were not linted` } };
  }
  if (!isMap(document.contents)) return { ranges: [] };
  const ranges: ProseRange[] = [];
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !fields.has(pair.key.value)) continue;
    const value = pair.value;
    if (!isScalar(value) || typeof value.value !== 'string' || !value.range) continue;
    let [start, end] = value.range;
    switch (value.type) {
      case 'QUOTE_DOUBLE':
      case 'QUOTE_SINGLE':
        start += 1;
        end -= 1;
        break;
      case 'BLOCK_LITERAL':
      case 'BLOCK_FOLDED': {
        // The header (`|`, `>-`, a comment) is not prose; the indented lines under it are.
        const newline = body.indexOf('\n', start);
        start = newline < 0 ? end : newline + 1;
        break;
      }
      default:
        break;
    }
    if (end > start) ranges.push({ start: bodyStart + start, end: bodyStart + end });
  }
  return { ranges };
}

const tomlString = /^([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:"((?:[^"\\\r\n]|\\.)*)"|'([^'\r\n]*)')[ \t]*(?:#.*)?$/u;

function tomlRanges(source: string, bodyStart: number, bodyEnd: number, fields: ReadonlySet<string>): ProseRange[] {
  const ranges: ProseRange[] = [];
  let lineStart = bodyStart;
  while (lineStart < bodyEnd) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > bodyEnd ? bodyEnd : newline;
    const line = source.slice(lineStart, lineEnd).replace(/\r$/u, '');
    // Fields under a [table] belong to it, not to the article.
    if (/^\s*\[/u.test(line)) break;
    const match = tomlString.exec(line);
    const key = match?.[1];
    const value = match?.[2] ?? match?.[3];
    if (match && key !== undefined && value !== undefined && fields.has(key)) {
      const quote = line.indexOf(match[2] !== undefined ? '"' : "'", key.length);
      if (value.length > 0) ranges.push({ start: lineStart + quote + 1, end: lineStart + quote + 1 + value.length });
    }
    lineStart = lineEnd + 1;
  }
  return ranges;
}

/** Ranges of prose in the front matter node [start, end) of a Markdown file, fences excluded. */
export function proseOfFrontMatter(source: string, start: number, end: number, kind: 'yaml' | 'toml', fields: readonly string[]): FrontMatterProse {
  const bodyStart = afterLine(source, start, end);
  // The closing fence is the last line of the node.
  const closing = Math.max(source.lastIndexOf('\n', end - 1), bodyStart - 1);
  const bodyEnd = closing + 1 > bodyStart ? closing + 1 : bodyStart;
  const wanted = new Set(fields);
  return kind === 'yaml' ? yamlRanges(source, bodyStart, bodyEnd, wanted) : { ranges: tomlRanges(source, bodyStart, bodyEnd, wanted) };
}
