/** What a processor gives the rules: the prose of a file, same length, and its inline directives. */
import type { Directive } from './directives.js';

export interface ProcessedText {
  /** Same length as the source; non-prose replaced by spaces, line breaks kept. */
  text: string;
  directives: Directive[];
  /** What the processor could not read (front matter that is not valid YAML): a warning each, so nothing is skipped silently. */
  notices?: Array<{ offset: number; message: string }>;
  /** Why the file's markup could not be read (too long, too slow to parse): it is linted as plain text and its fixes are not applied. */
  unparsed?: string;
}

/** What a processor may be told by the configuration. */
export interface ProcessorOptions {
  /** Markdown front-matter fields that hold prose and are linted (`title`, `description`, …). */
  frontMatterFields?: readonly string[];
}

export type Processor = (source: string, options?: ProcessorOptions) => string | ProcessedText;
