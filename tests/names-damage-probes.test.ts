/**
 * Damage probes: correct copy that a careless names rule would rewrite. `--fix` (every certain fix
 * of every rule, until stable) must leave each text byte for byte as it was. The sentences are our
 * own, of the kinds that were damaged before: an English person beside a foreign one whose surname
 * means or sounds like theirs, a word in its ordinary role beside a person of that surname, chants,
 * web addresses, other countries' abbreviations and hyphenated names.
 */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/load.js';
import { createLinter } from '../src/linter.js';

const linter = createLinter(defaultConfig(process.cwd()));
const fixed = (text: string): string => linter.fixText(text).output ?? text;

describe('damage probes: --fix leaves correct copy as it was', () => {
  it('should leave an English surname that sounds like a named foreign one', () => {
    const probes = [
      'Economist Robert Koch warned of a slowdown. Koch said prices would rise. Tim Cook said Apple would keep investing.',
      'Forward Thomas Müller scored twice. Müller celebrated with the fans. Stephen Miller said the policy would change.',
      'White House adviser Stephen Miller spoke on Monday. Miller said the policy would change. Thomas Müller scored twice.',
      'Chancellery chief Helge Braun gave an interview. Braun said the lockdown must go on. Sherrod Brown said the Senate would vote.',
      'Physicist Klaus Fuchs was questioned in London. Fuchs denied everything. Michael Fox said the film would be released.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });

  it('should leave a word in its ordinary role beside a person of that surname', () => {
    const probes = [
      'Hesse premier Boris Rhein spoke in Wiesbaden. Rhein said the state would invest. Barges on the Rhine carried less coal.',
      'China researcher Teppo Turkki spoke at the seminar. Turkki said trade would grow. In Ankara, Turkey’s government said it would wait.',
      'Finance Minister Bruno Le Maire met bankers. Le Maire said growth would slow. The mayor of Lyon said the city would cut spending.',
      'The poet Aleksis Kivi is read in every school. Kivi wrote one novel. A stone marks his grave.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });

  it('should leave names written in capitals by house style and credits', () => {
    const probes = [
      'HELSINKI (Reuters) - Prime Minister Petteri Orpo said on Monday that the border would stay closed. Orpo spoke in Helsinki.',
      'Photographer Jens Kalkbrenner took the picture. Photo: JENS KALKBRENNER / AFP',
      'Pope Pius XI signed the treaty. Pius XI was born in 1857.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });

  it('should leave hyphenated names, transliteration variants and diacritics-free spellings', () => {
    const probes = [
      'Deputy Prime Minister Władysław Kosiniak-Kamysz spoke. Kosiniak-Kamysz said the army would grow.',
      'Foreign Minister Sergei Lavrov spoke. Lavrov said no. Sergey Lavrov left for Beijing.',
      'Premier Markus Söder spoke in Munich. Söder said yes. Reuters quoted Markus Soeder as saying the party was united.',
      'Actress Alma Pöysti won the award. Pöysti thanked the director. Alma Poysti arrives at the ceremony in a photo credit.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });

  it('should leave chants and slogans that translate a party\'s name', () => {
    const probes = [
      'Supporters of Forza Italia gathered in Milan before the vote. At the stadium that evening, fans sang "Come on Italy" as the team walked out.',
      'The Finns Party held its congress in Seinäjoki. Across town, hockey fans chanted "Go Finland, go!" outside the arena.',
      'Podemos lost seats in the regional vote. Protesters outside carried banners reading "Yes we can" in English.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });

  it('should leave web addresses that carry a name in lowercase', () => {
    const probes = [
      'The agency TASS reported the talks first. Its English site, tass.com, carried the statement an hour later, as did www.tass.ru.',
      'The broadcaster Yle ran the poll. Readers can find the full tables at yle.fi/news and write to news@yle.fi.',
      'Minister Kaja Kallas spoke to reporters. Her office posted the speech at valitsus.ee/kallas on Monday.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });

  it('should leave other countries\' abbreviations that look like Russian ones', () => {
    const probes = [
      "Canada's Department of National Defence (DND) said two frigates would join the exercise. A DND spokesperson said the ships would leave Halifax in May.",
      'The Australian Defence Force (ADF) and the Congressional Budget Office (CBO) published figures. The European Commission (EC) welcomed them.',
      'Output rose to 1.2 MBD in March, and the OOH advertising market grew. The BBC and the CNN carried the story.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });

  it('should leave hyphenated and older official spellings of an entity', () => {
    const probes = [
      'Gazprom wants to build Power-of-Siberia 2 through Mongolia. The Power of Siberia pipeline already carries gas to China, and the Power-of-Siberia 2 talks resumed in May.',
      'The North Atlantic Treaty Organisation met in Brussels. The North Atlantic Treaty Organization is the American spelling.',
      'In older copy the Finns Party appears as the True Finns. The True Finns won 39 seats in 2011.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });

  it('should leave English plurals, possessives and women’s forms of Slavic surnames', () => {
    const probes = [
      'Finance Minister Katrin Hoffmann spoke. Hoffmann said yes. The Hoffmanns arrived later. Hoffmann’s aides waited.',
      'Minister Sergei Vorobyov spoke. Vorobyov said no. His wife Anna Vorobyova spoke too.',
    ];
    for (const probe of probes) expect(fixed(probe)).toBe(probe);
  });
});
