import { describe, expect, it } from 'vitest';
import { untranslated } from '../../src/rules/untranslated.js';
import type { Rule } from '../../src/engine/types.js';
import { applySuggestion, compact, lintWith } from '../helpers/rule-tester.js';

const rule = untranslated as Rule<unknown>;

describe('untranslated', () => {
  it('should report a German caption sentence left in an English page', () => {
    const text = 'The premier spoke to parliament. Die Abgeordneten sind am Montag zur ersten Sitzung des Landtags zusammengekommen.';
    expect(compact(rule, text)).toEqual(['1:34-1:115: Check `Die Abgeordneten sind am Montag zur ersten Sitzung des…`: it reads as German: translate it, or mark it as a quotation [untranslated]']);
    expect(lintWith(rule, text)[0]?.suggestions).toBeUndefined();
  });

  it('should offer to delete foreign text on a line of caption metadata', () => {
    const text = 'Photo of the premier. Der neue Ministerpräsident spricht im Landtag mit der Presse. Foto: Max Muster/dpa';
    expect(applySuggestion(rule, text)).toBe('Photo of the premier. Foto: Max Muster/dpa');
  });

  it('should report a run of French and of Swedish words', () => {
    expect(lintWith(rule, 'Later, il a été reçu par le président dans son bureau.').map((message) => message.message)).toEqual([
      'Check `Later, il a été reçu par le président dans son bureau.`: it reads as French: translate it, or mark it as a quotation',
    ]);
    expect(lintWith(rule, 'She said: det är inte lätt att vara ledare nu.').map((message) => message.message)).toEqual([
      'Check `det är inte lätt att vara ledare nu.`: it reads as Swedish: translate it, or mark it as a quotation',
    ]);
  });

  it('should suggest the English word for a stray function word', () => {
    const text = 'Like the article på Facebook';
    expect(compact(rule, text)).toEqual(['1:18-1:20: Possibly an untranslated Swedish or Norwegian word: `på` (say `on`) [untranslated]']);
    expect(applySuggestion(rule, text)).toBe('Like the article on Facebook');
  });

  it('should stay silent on foreign names of parties, papers and places', () => {
    const text = [
      'Le Maire attacked the Rassemblement National and La France insoumise in the Palais Bourbon.',
      'The Xunta de Galicia, Moncloa and the Partido de los Trabajadores replied.',
      'Fratelli d’Italia and Forza Italia met at Montecitorio; Ilta-Sanomat and Nettavisen Økonomi reported from Kruununhaka.',
      'President Ursula von der Leyen spoke to the Frankfurter Allgemeine Zeitung.',
    ].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('should stay silent on a quoted foreign title and on non-Latin text', () => {
    expect(lintWith(rule, 'His book “Les invisibles de l’Elysée et de la République” sold well.')).toEqual([]);
    expect(lintWith(rule, 'The initiative, 一带一路 in Chinese, is a decade old.')).toEqual([]);
  });

  it('should stay silent on almost foreign English: loan words, acronyms and links', () => {
    const text = [
      'The protesters marched en masse, et al. reported, and the deal was on a par with the last one per bank.',
      'ES6 support is described at https://nodejs.org/en/docs/es6/ and in the MIT licence.',
      'Und, a village, and Auch, a town in Gers, are names.',
    ].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('should stay silent on embedded posts in their own language, signed or linked', () => {
    const text = [
      'The new minister wrote on X that she looked forward to the work.',
      'Na de beëdiging van het kabinet ging ik met de ministers naar het paleis.',
      '— Anna de Vries (@annadevries) July 2, 2024',
      'Voor een veilig en rechtvaardig land met werk voor iedereen. pic.twitter.com/AbCdE12345',
      'Le record est tombé ce soir et il faudra bientôt relever le plafond ! — Club Sportif (@clubsportif) February 25, 2023',
    ].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('should report a sentence in a language beyond the stopword profiles, named by franc', () => {
    const text = 'The minister spoke to reporters on Monday. Hükümet yeni yasanın yaz gelmeden yürürlüğe girmesini istiyor.\nThe vote is set for June.';
    expect(compact(rule, text)).toEqual(['1:44-1:106: Unexpected Turkish text `Hükümet yeni yasanın yaz gelmeden …` [untranslated]']);
  });

  it('should offer no fix for a foreign sentence or a word in another script, which need a translation the text does not give', () => {
    const text = 'The minister spoke on Monday. Hükümet yeni yasanın yaz gelmeden yürürlüğe girmesini istiyor.\nThe envoy Jon Berg, известный дипломат, arrived later.';
    const messages = lintWith(rule, text);
    expect(messages.length).toBe(2);
    for (const message of messages) {
      expect(message.fix).toBeUndefined();
      expect(message.suggestions).toBeUndefined();
    }
  });

  it('should report a word left in another script in an English sentence', () => {
    expect(compact(rule, 'The foreign policy chief Joseph بورل said the options were on the table.')).toEqual([
      '1:33-1:37: Unexpected text in Arabic script `بورل` [untranslated]',
    ]);
  });

  it('should stay silent on a terse English headline franc might misread, and on an original the article names', () => {
    const text = [
      'Sweden\'s star breaks pole vault world record',
      'The star set a new world record in the pole vault on Sunday, breaking his own mark.',
      'The slogan, Слава героям in Ukrainian, was painted on the wall.',
    ].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('should stay silent on quoted lyrics beside their translation', () => {
    const text = [
      'The chorus runs: “Due vite da vivere insieme, senza fermarsi mai” (“Two lives to live together, never stopping”).',
      'The singer wrote the words himself.',
    ].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('should suggest the English word for a function word of one more language, also at the end of a sentence', () => {
    expect(compact(rule, 'It is what the region has già done with its budget.')).toEqual(['1:27-1:30: Possibly an untranslated Italian word: `già` (say `already`) [untranslated]']);
    expect(compact(rule, 'The party welcomed the decision of the council über.')).toEqual(['1:48-1:52: Possibly an untranslated German word: `über` (say `about`) [untranslated]']);
  });
});
