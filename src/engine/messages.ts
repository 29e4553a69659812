/**
 * Message wording in wooorm's style: a fragment, code in backticks, no final period.
 * "Unexpected `Sperbank`, expected `Sberbank`".
 */
export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return '`' + flat.replaceAll('`', '\u02CB') + '`';
}

/** "`a`", "`a` or `b`", "`a`, `b` or `c`"; an empty replacement reads "nothing". */
export function describeExpected(expected: readonly string[]): string {
  let described = '';
  for (let index = 0; index < expected.length; index++) {
    const value = expected[index] as string;
    const word = value === '' ? 'nothing' : quote(value);
    described += index === 0 ? word : index === expected.length - 1 ? ` or ${word}` : `, ${word}`;
  }
  return described;
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
