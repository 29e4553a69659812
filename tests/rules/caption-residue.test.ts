import { describe, expect, it } from 'vitest';
import { captionResidue } from '../../src/rules/caption-residue.js';
import type { Rule } from '../../src/engine/types.js';
import { compact, fixWith } from '../helpers/rule-tester.js';

const rule = captionResidue as Rule<unknown>;

describe('caption-residue', () => {
  it('should flag an all-caps credit glued to a caption', () => {
    expect(compact(rule, 'Lavrov met Xi in Johannesburg in August 2023 JOHN DOE / POOL')).toEqual([
      '1:46-1:61: Remove the photo caption residue `JOHN DOE / POOL` [caption-residue]',
    ]);
    expect(fixWith(rule, 'Lavrov met Xi in Johannesburg in August 2023 JOHN DOE / POOL\n')).toBe('Lavrov met Xi in Johannesburg in August 2023\n');
  });

  it('should flag a Nordic photo agency after the caption sentence', () => {
    expect(fixWith(rule, 'Lavrov met Wang Yi in October. Lehtikuva\n\nText.')).toBe('Lavrov met Wang Yi in October.\n\nText.');
  });

  it('should flag a labelled credit that runs into the next paragraph', () => {
    expect(fixWith(rule, 'The party is doing badly. Photo: Kari Nordmann / NTB Believes there is no need for a debate.')).toBe(
      'The party is doing badly. Believes there is no need for a debate.',
    );
  });

  it('should flag a German credit label with the dpa wire marker', () => {
    expect(fixWith(rule, 'Weil spoke in the Landtag. Foto: Max Mustermann/dpa +++(c) dpa - Bildfunk+++\n')).toBe('Weil spoke in the Landtag.\n');
  });

  it('should flag a lower-case credit line', () => {
    expect(fixWith(rule, 'Peskov spoke.\n\nphoto: kremlin.ru\n\nHe added more.')).toBe('Peskov spoke.\n\nHe added more.');
  });

  it('should flag a dpa copyright line', () => {
    expect(fixWith(rule, 'Lavrov is visiting China.\n\n© Foreign Ministry Press Service/AP/dpa\n\nChina is an ally.')).toBe(
      'Lavrov is visiting China.\n\nChina is an ally.',
    );
  });

  it('should flag a Reuters credit that lost its slashes', () => {
    expect(fixWith(rule, 'Munich, March 1, 2021. Jan Kowalski Pool via ReUTERS File photo Dismissed by critics as a bumpkin, Soeder said.')).toBe(
      'Munich, March 1, 2021. Dismissed by critics as a bumpkin, Soeder said.',
    );
  });

  it('should stay silent on credits that close their caption in edited copy', () => {
    const edited = [
      'Xi said rules should not be dictated by the strongest. Photo: EPA-EFE',
      'Soldiers unload a tank in central Kyiv. Picture: AP Photo/Efrem Lukatsky',
      "Finland's Minister of Defense Antti Kaikkonen. Image: Henrietta Hassinen / Yle",
      'Soylu speaks in Istanbul, Turkey, August 21, 2019. Ahmet Bolat/Pool via REUTERS/File Photo/File Photo',
      'Hoecke congratulates Kemmerich in Erfurt. (Photo by JENS SCHLUETER / AFP)',
      'Vladimir Fedorenko / Sputnik / Scanpix / LETA',
      '© Reuters. FILE PHOTO: Bavaria\'s Soeder and Saxony’s Kretschmer present a plan',
      'Landtag Niedersachsen Image: picture alliance / dpa',
      'By SUZAN FRASER and JARI TANNER Associated Press',
      'Photo taken on April 4, 2018 shows the entrance. (Xinhua/Li He)',
    ].join('\n\n');
    expect(compact(rule, edited)).toEqual([]);
  });

  it('should stay silent on an agency sign-off and a mixed-case credit line (almost residue)', () => {
    expect(compact(rule, 'The talks ended on Tuesday. Reuters\n\nPhoto: Reuters\n\nGazprom pipeline network gazprom.com')).toEqual([]);
  });

  it('should stay silent on a credit that opens its caption line, as agencies print it', () => {
    expect(compact(rule, 'Photo: Anna Berg/North News People wade through a flooded street in the town on Sunday.')).toEqual([]);
  });

  it('should stay silent on a lower-case credit line signed with the copyright mark', () => {
    expect(compact(rule, 'The home side won 3-1.\nphoto: © Example Hockey Federation / Anna Berg\nThe final is on Sunday.')).toEqual([]);
  });
});
