/**
 * Processors give the rules a same-length copy of the file in which everything that is not prose
 * is blanked out, so offsets stay those of the untouched file, and read the file's inline
 * directives (`<!-- lint-articles-disable … -->` in Markdown). Plain text needs none.
 */
import type { ProcessedText, Processor } from './processed.js';
import type { Fix } from './types.js';

export type { ProcessedText, Processor };

/**
 * Checks edits against what the file's format makes of the text around them: given the text, a
 * function that says, for a set of edits, how they would change the file outside their own ranges
 * (in words), or undefined when they would not. Markdown has one: deleting the words of
 * `**Leave a Reply**` leaves `****`, a thematic break.
 */
export type FixGuard = (source: string) => (edits: readonly Fix[]) => string | undefined;

export const processors: Record<string, Processor> = {};

export const fixGuards: Record<string, FixGuard> = {};

interface LoadedProcessor {
  processor: Processor;
  guard?: FixGuard;
}

async function loadMarkdown(): Promise<LoadedProcessor> {
  const markdown = await import('../processors/markdown.js');
  return { processor: markdown.processMarkdown, guard: markdown.markdownFixGuard };
}

/**
 * Processors load on demand: the Markdown parser costs about 200 ms of start-up, which a desk
 * linting one .txt article in a pre-commit hook should not pay.
 */
const loaders: Record<string, () => Promise<LoadedProcessor>> = {
  md: loadMarkdown,
  markdown: loadMarkdown,
};

export function extensionOf(filePath: string): string {
  const match = /\.([^./\\]+)$/.exec(filePath);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Loads the processors that these files need; call before linting them. */
export async function loadProcessorsFor(filePaths: Iterable<string>): Promise<void> {
  const wanted = new Set<string>();
  for (const filePath of filePaths) {
    const extension = extensionOf(filePath);
    if (loaders[extension] && !processors[extension]) wanted.add(extension);
  }
  for (const extension of [...wanted].sort()) {
    const loader = loaders[extension];
    if (!loader) continue;
    const loaded = await loader();
    processors[extension] = loaded.processor;
    if (loaded.guard) fixGuards[extension] = loaded.guard;
  }
}

/** Loads every processor (the public API does, so that lintText is ready for any file name). */
export async function loadAllProcessors(): Promise<void> {
  await loadProcessorsFor(Object.keys(loaders).map((extension) => `file.${extension}`));
}

/** The prose-only text and directives for a file, or undefined when the whole file is prose. */
export function processFor(filePath: string, source: string): ProcessedText | undefined {
  const extension = extensionOf(filePath);
  const processor = processors[extension];
  if (!processor) {
    if (loaders[extension]) throw new Error(`The .${extension} processor is not loaded; call loadProcessorsFor() before linting ${filePath}`);
    return undefined;
  }
  const processed = processor(source);
  const result = typeof processed === 'string' ? { text: processed, directives: [] } : processed;
  if (result.text.length !== source.length) throw new Error(`Processor for .${extensionOf(filePath)} changed the length of the text`);
  return result;
}

/** The guard for a file's fixes, or undefined when its format makes no markup of plain text. */
export function fixGuardFor(filePath: string): FixGuard | undefined {
  return fixGuards[extensionOf(filePath)];
}

/** The prose-only text for a file, or undefined when the whole file is prose. */
export function proseTextFor(filePath: string, source: string): string | undefined {
  return processFor(filePath, source)?.text;
}

/**
 * Drops fixes and suggestions that would edit blanked-out markup: a fix is kept only when every
 * character it replaces is prose (or whitespace the processor left as it was), and an insertion
 * only when it does not fall inside markup.
 */
export function withoutFixesInMarkup<Message extends { fix?: { range: [number, number] }; suggestions?: Array<{ fix: { range: [number, number] } }> }>(
  messages: readonly Message[],
  source: string,
  text: string,
): Message[] {
  if (source === text) return [...messages];
  const blankedAt = (index: number) => index >= 0 && index < source.length && source.charCodeAt(index) !== text.charCodeAt(index);
  const touchesMarkup = ([start, end]: [number, number]) => {
    if (start === end) return blankedAt(start - 1) && blankedAt(start);
    for (let index = start; index < end; index++) if (blankedAt(index)) return true;
    return false;
  };
  return messages.map((message) => {
    const fixInMarkup = message.fix !== undefined && touchesMarkup(message.fix.range);
    const suggestions = message.suggestions?.filter((suggestion) => !touchesMarkup(suggestion.fix.range));
    if (!fixInMarkup && suggestions?.length === message.suggestions?.length) return message;
    const copy = { ...message };
    if (fixInMarkup) delete copy.fix;
    if (suggestions && suggestions.length > 0) copy.suggestions = suggestions;
    else delete copy.suggestions;
    return copy;
  });
}
