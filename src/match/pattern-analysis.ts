/**
 * How each pattern is scanned (its fast flavour) and which words it needs, worked out from its
 * source; the build writes the analyses of the bundled patterns, and a run reads them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareLiteral, type PreparedLiteral } from './literal-index.js';
import { hasNarrowStart, isLatinSource, relaxPattern } from './regex-source.js';
import { requiredWordGroups } from './required-words.js';
import { compareCodeUnits } from '../text/characters.js';

/**
 * How a regex runs fast, decided from its source and flags alone: as itself without `u`
 * (`sticky: false`), or relaxed and settled by the exact regex, or not at all (undefined).
 */
export interface FlavourPlan {
  source: string;
  sticky: boolean;
}

export function flavourPlanOf(source: string, flags: string): FlavourPlan | undefined {
  const known = precomputedAnalysis().flavours[`${flags}\u0000${source}`];
  if (known !== undefined) return known ?? undefined;
  return planFlavour(source, flags);
}

function planFlavour(source: string, flags: string): FlavourPlan | undefined {
  if (!flags.includes('u')) return undefined;
  const ignoreCase = flags.includes('i');
  if (ignoreCase && isLatinSource(source) && !/\(\?<?[=!]/.test(source)) return { source, sticky: false };
  const relaxed = relaxPattern(source);
  if (relaxed === undefined || (ignoreCase && !isLatinSource(relaxed.shape)) || !hasNarrowStart(relaxed.shape)) return undefined;
  return { source: relaxed.source, sticky: true };
}

/**
 * The analyses of the bundled tables' patterns (required words, fast flavours), made by the build
 * with these same functions and read on first use: they are a fifth of a one-file lint's start
 * otherwise. A pattern not in the file (a user's) is analysed when it is met.
 */
export interface PrecomputedAnalysis {
  words: Record<string, PreparedLiteral[][] | null>;
  flavours: Record<string, FlavourPlan | null>;
}

/** `requiredWordGroups` made ready for the literal index: what a phrase table keeps of each pattern. */
export function preparedWordGroups(source: string): PreparedLiteral[][] | undefined {
  const known = precomputedAnalysis().words[source];
  if (known !== undefined) return known ?? undefined;
  return requiredWordGroups(source)?.map((group) => group.map(prepareLiteral));
}

export const precomputedAnalysisFile = fileURLToPath(new URL('./pattern-analysis.json', import.meta.url));
let precomputed: PrecomputedAnalysis | undefined;

function precomputedAnalysis(): PrecomputedAnalysis {
  if (!precomputed) {
    precomputed = { words: {}, flavours: {} };
    try {
      const read = JSON.parse(readFileSync(precomputedAnalysisFile, 'utf8')) as Partial<PrecomputedAnalysis>;
      precomputed = { words: read.words ?? {}, flavours: read.flavours ?? {} };
    } catch {
      // No file (running from the sources, or before the first build): analyse as patterns come.
    }
  }
  return precomputed;
}

/** The analyses of some patterns, as the build writes them to `precomputedAnalysisFile`. */
export function analysePatterns(patterns: ReadonlyArray<{ source: string; flags: string }>): PrecomputedAnalysis {
  const analysis: PrecomputedAnalysis = { words: {}, flavours: {} };
  for (const { source, flags } of [...patterns].sort((a, b) => compareCodeUnits(a.flags + a.source, b.flags + b.source))) {
    analysis.words[source] = requiredWordGroups(source)?.map((group) => group.map(prepareLiteral)) ?? null;
    analysis.flavours[`${flags}\u0000${source}`] = planFlavour(source, flags) ?? null;
  }
  return analysis;
}
