/**
 * Whether a fix restored the copy: the fixed text equals the text with the right words in place,
 * up to runs of white space (a fix may leave one space where the injection had two, or none).
 */

const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** A test of fixed texts against `wanted`: most often a fix gives it exactly, and no text is squashed. */
export function isWantedCopy(wanted: string): (output: string) => boolean {
  let squashed: string | undefined;
  return (output) => output === wanted || squash(output) === (squashed ??= squash(wanted));
}
