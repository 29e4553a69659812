/**
 * Headless Chromium for the tests that look at a page as a reader does: Debian's `chromium`,
 * found on PATH and driven with playwright-core. CI installs it (.ci/run); there a missing browser
 * fails the tests with a message saying so. On a desk without it the tests are skipped, and say why.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const names = ['chromium', 'chromium-browser'];

/** The first `chromium` or `chromium-browser` on PATH that can be run. */
export function findChromium(path = process.env.PATH ?? ''): string | undefined {
  for (const name of names) {
    for (const folder of path.split(delimiter)) {
      if (!folder) continue;
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not in this folder: try the next.
      }
    }
  }
  return undefined;
}

export const chromiumPath = findChromium();

const missing = 'Chromium is not on PATH: install it with `apt-get install -y chromium` (.ci/run does)';

/** Why the browser tests cannot run here, or undefined when they can (or must: in CI they never skip). */
export const browserSkipReason = chromiumPath || process.env.CI ? undefined : `${missing}; skipping the browser tests outside CI`;
if (browserSkipReason) console.warn(browserSkipReason);

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(missing);
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
}

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object per page. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
