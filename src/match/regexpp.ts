/**
 * @eslint-community/regexpp, loaded on the first parse of a regex source. The build analyses the
 * bundled patterns (pattern-analysis.ts) and checks their fixes, so a run over the bundled rules
 * parses no source at all, and the parser's hundred kilobytes stay out of a one-file lint's start.
 * Node ≥ 20.19 loads it synchronously through require().
 */
import { createRequire } from 'node:module';
import { lazy } from '../text/memo.js';

export const regexpp = lazy(() => createRequire(import.meta.url)('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp'));
