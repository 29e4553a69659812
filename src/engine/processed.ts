/** What a processor gives the rules: the prose of a file, same length, and its inline directives. */
import type { Directive } from './directives.js';

export interface ProcessedText {
  /** Same length as the source; non-prose replaced by spaces, line breaks kept. */
  text: string;
  directives: Directive[];
  /** Why the file's markup could not be read (too long, too slow to parse): it is linted as plain text and its fixes are not applied. */
  unparsed?: string;
}

export type Processor = (source: string) => string | ProcessedText;
