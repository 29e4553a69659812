/**
 * Words that stand beside a name without being part of it, shared by the names model and the
 * gazetteer: "Prime Minister Anna Nowak" names Nowak, not a person called Minister Nowak.
 */
/** Words that stand before a name as its title, not as part of it. */
export const titles: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'st', 'gen', 'col', 'capt', 'lt', 'sen', 'rep', 'gov',
  'president', 'premier', 'chancellor', 'minister', 'prime', 'deputy', 'vice', 'mayor', 'governor', 'senator', 'secretary',
  'speaker', 'chair', 'chairman', 'chairwoman', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'commissioner',
  'director', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'emir', 'general', 'admiral',
  'foreign', 'interior', 'finance', 'defence', 'defense', 'economy', 'energy', 'health', 'justice', 'trade', 'labour',
  'former', 'leader', 'head', 'chief', 'professor', 'researcher', 'analyst', 'mp', 'mep', 'ceo',
]);
