/**
 * How each pattern is scanned (its fast flavour) and which words it needs, worked out from its
 * source; the build writes the analyses of the bundled patterns, and a run reads them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareLiteral, type PreparedLiteral } from './literal-index.js';
import { hasNarrowStart, hasTopLevelAlternative, isLatinSource, relaxPattern } from './regex-source.js';
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

export function planFlavour(source: string, flags: string): FlavourPlan | undefined {
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
  /** For a pattern that opens with `(?<=^|\n)`: whether another alternative stands at its top. */
  alternatives: Record<string, boolean>;
}

/** The opening of a residue line pattern: "(?<=^|\n)[ \t]*Read more with …". */
export const lineStartLead = '(?<=^|\\n)';

/** `requiredWordGroups` made ready for the literal index: what a pattern keeps to ask the article first. */
export function preparedWordGroups(source: string): PreparedLiteral[][] | undefined {
  return requiredWordGroups(source)?.map((group) => group.map(prepareLiteral));
}

export const precomputedAnalysisFile = fileURLToPath(new URL('./pattern-analysis.json', import.meta.url));

/** The analyses the build wrote, or none (running from the sources, or before the first build). */
export function readPrecomputedAnalysis(file = precomputedAnalysisFile): PrecomputedAnalysis {
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as Partial<PrecomputedAnalysis>;
    return { words: read.words ?? {}, flavours: read.flavours ?? {}, alternatives: read.alternatives ?? {} };
  } catch {
    return { words: {}, flavours: {}, alternatives: {} };
  }
}

/** The analyses of some patterns, as the build writes them to `precomputedAnalysisFile`. */
export function analysePatterns(patterns: ReadonlyArray<{ source: string; flags: string }>): PrecomputedAnalysis {
  const analysis: PrecomputedAnalysis = { words: {}, flavours: {}, alternatives: {} };
  for (const { source, flags } of [...patterns].sort((a, b) => compareCodeUnits(a.flags + a.source, b.flags + b.source))) {
    analysis.words[source] = preparedWordGroups(source) ?? null;
    analysis.flavours[`${flags}\u0000${source}`] = planFlavour(source, flags) ?? null;
    if (source.startsWith(lineStartLead)) analysis.alternatives[source] = hasTopLevelAlternative(source);
  }
  return analysis;
}

/**
 * The analyses one matcher works with: the build's, read on first use, and those of patterns the
 * build did not see (a user's), worked out when they are met.
 */
export class PatternAnalyses {
  readonly #file: string;
  #precomputed: PrecomputedAnalysis | undefined;

  constructor(file = precomputedAnalysisFile) {
    this.#file = file;
  }

  #known(): PrecomputedAnalysis {
    this.#precomputed ??= readPrecomputedAnalysis(this.#file);
    return this.#precomputed;
  }

  flavourPlanOf(source: string, flags: string): FlavourPlan | undefined {
    const known = this.#known().flavours[`${flags}\u0000${source}`];
    return known !== undefined ? (known ?? undefined) : planFlavour(source, flags);
  }

  /** Whether a pattern has an alternative at its top level, which a leading lookbehind does not bind. */
  hasTopLevelAlternative(source: string): boolean {
    return this.#known().alternatives[source] ?? hasTopLevelAlternative(source);
  }

  wordGroupsOf(source: string): PreparedLiteral[][] | undefined {
    const known = this.#known().words[source];
    return known !== undefined ? (known ?? undefined) : preparedWordGroups(source);
  }
}
