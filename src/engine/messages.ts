/**
 * Message wording in wooorm's style: a fragment, code in backticks, no final period.
 * "Unexpected `Sperbank`, expected `Sberbank`".
 */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return '`' + flat.replaceAll('`', '\u02CB') + '`';
}

export function describeExpected(expected: readonly string[]): string {
  if (expected.length === 0) return '';
  const words = expected.map((value) => (value === '' ? 'nothing' : quote(value)));
  if (words.length === 1) return words[0] ?? '';
  return words.slice(0, -1).join(', ') + ' or ' + (words.at(-1) ?? '');
}

/** "Unexpected `actual`, expected `a` or `b`"; "Unexpected `actual`" when nothing is known. */
export function unexpected(actual: string, expected: readonly string[] = []): string {
  const wanted = describeExpected(expected);
  if (expected.length === 1 && expected[0] === '') return `Unexpected ${quote(actual)}, remove it`;
  return wanted ? `Unexpected ${quote(actual)}, expected ${wanted}` : `Unexpected ${quote(actual)}`;
}

/** Fills `{actual}` and `{expected}` in a data rule's message template. */
export function fillTemplate(template: string, actual: string, expected: readonly string[]): string {
  return template
    .replaceAll('{actual}', quote(actual))
    .replaceAll('{expected}', describeExpected(expected));
}
