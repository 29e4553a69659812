/**
 * Progress on a terminal: "lint-articles: 120/4000 files, 37 findings" rewritten in place on
 * stderr. The caller turns it on only when stderr is a terminal and CI is not set, so pipes, logs
 * and CI output never see it.
 */
import type { LintResult } from '../engine/types.js';

export interface Progress {
  update(result: LintResult): void;
  done(): void;
}

export const silentProgress: Progress = { update() {}, done() {} };

export function createProgress(write: (text: string) => void, total: number, now: () => number = Date.now): Progress {
  let files = 0;
  let findings = 0;
  let last = 0;
  let shown = false;
  return {
    update(result) {
      files++;
      findings += result.messages.length;
      const time = now();
      // Redrawing for every file of a large batch costs more than the lint; ten times a second is enough.
      if (time - last < 100 && files < total) return;
      last = time;
      shown = true;
      write(`\r\u001B[Klint-articles: ${files}/${total} files, ${findings} finding${findings === 1 ? '' : 's'}`);
    },
    done() {
      if (shown) write('\r\u001B[K');
    },
  };
}
