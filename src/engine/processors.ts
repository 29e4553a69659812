/**
 * Processors give the rules a same-length copy of the file in which everything that is not prose
 * is blanked out, so offsets stay those of the untouched file. Plain text needs none.
 */
export type Processor = (source: string) => string;

export const processors: Record<string, Processor> = {};

export function extensionOf(filePath: string): string {
  const match = /\.([^./\\]+)$/.exec(filePath);
  return match?.[1]?.toLowerCase() ?? '';
}

/** The prose-only text for a file, or undefined when the whole file is prose. */
export function proseTextFor(filePath: string, source: string): string | undefined {
  const processor = processors[extensionOf(filePath)];
  return processor ? processor(source) : undefined;
}
