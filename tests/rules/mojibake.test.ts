import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { mojibake } from '../../src/rules/mojibake.js';
import { codePages, encodeIn, garble } from '../../src/text/code-pages.js';
import type { Rule } from '../../src/engine/types.js';
import { applySuggestion, compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = mojibake as Rule<unknown>;
const pageNamed = (name: string) => {
  const page = codePages().find((candidate) => candidate.name === name);
  if (!page) throw new Error(`No code page ${name}`);
  return page;
};

describe('mojibake', () => {
  it('should report Windows-1252 punctuation with its repair', () => {
    expect(compact(rule, 'Itâ€™s done')).toEqual(['1:3-1:6: Replace `â€™` with `’` [mojibake]']);
  });

  it('should fix the misreadings of each common code page', () => {
    const cases: Array<[string, string]> = [
      ['D├╝sseldorf', 'Düsseldorf'], // cp437
      ['β€œWe agreeβ€', 'β€œWe agreeβ€'.replace('β€œ', '“')], // cp1253, closing quote's last byte lost: left alone by the fix
      ['a ā€” b', 'a — b'], // cp1257
      ['‚ÄúYes‚Äù', '“Yes”'], // Mac Roman
      ['MÃ¼ller', 'Müller'], // cp1252
      ['вЂњNoвЂќ', '“No”'], // cp1251
      ['Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'привет'], // Cyrillic read as cp1252
      ['โ€œAt present', '“At present'], // Windows-874, sloppy 0x9C
      ['Â£5', '£5'],
      ['niÃ±o and Ã± alone', 'niño and ñ alone'],
      ['ä¸€å¸¦ä¸€è·¯', '一带一路'],
    ];
    for (const [text, output] of cases) expect(fixWith(rule, text), text).toBe(output);
  });

  it('should repair a one-letter word when its line proves the code page', () => {
    expect(fixWith(rule, garble('Он живёт в Москве', pageNamed('windows-1252')))).toBe('Он живёт в Москве');
  });

  it('should suggest quotes for the Thai `โ` that kept one byte of three', () => {
    const text = 'โUnlawful sanctionsโ\nwhich will require a โsoteโ of reforms';
    expect(compact(rule, text)).toEqual([
      '1:1-1:21: Possibly garbled characters: `โUnlawful sanctionsโ` (say `“Unlawful sanctions”` or `‘Unlawful sanctions’`) [mojibake]',
      '2:22-2:28: Possibly garbled characters: `โsoteโ` (say `“sote”` or `‘sote’`) [mojibake]',
    ]);
    expect(applySuggestion(rule, text, 0)).toBe('“Unlawful sanctions”\nwhich will require a โsoteโ of reforms');
    expect(fixWith(rule, text)).toBe(text);
  });

  it('should suggest a closing quote where its last byte was dropped', () => {
    const text = 'is at its strongest, โ€Turja says.';
    expect(compact(rule, text)).toEqual(['1:22-1:24: Possibly garbled characters: `โ€` (say `” `) [mojibake]']);
    expect(applySuggestion(rule, text)).toBe('is at its strongest, ” Turja says.');
    expect(applySuggestion(rule, '“Fine,â€ he said')).toBe('“Fine,” he said');
  });

  it('should restore the ellipsis that lost its middle byte', () => {
    expect(fixWith(rule, 'and soโฆ')).toBe('and so…');
  });

  it('should stay silent on correct names and genuine non-Latin text', () => {
    const genuine = [
      'Türkiye, Erdoğan, İzmir, Häkkänen, Niinistö, Åkesson, Økonomi, Núñez Feijóo, Schröder-Köpf',
      'the Chinese phrase 一带一路 (Belt and Road)',
      'ภาษาไทย โฆษณา ไนท์คลับ ความลกรถไป',
      'Μετανάστευση «ΣΥΡΙΖΑ» Ελλάδα',
      'В «СССР» идёт Рёрих; ВІДПОВІДЬ',
      'مرحبا بالعالم and שלום',
      'JOSÉ’S «CAFÉ» “École” Žižek’s Đoković’s façade…” Łódź—Kraków',
    ];
    for (const text of genuine) expect(lintWith(rule, text), text).toEqual([]);
  });

  it('should stay silent on near misses: a lone `€` or `Ã` next to ordinary text', () => {
    expect(lintWith(rule, 'Ã and € 5 in SÃO PAULO')).toEqual([]);
  });

  it('should build reverse maps that round-trip through iconv-lite', () => {
    for (const page of codePages()) {
      for (let byte = 0x80; byte < 0x100; byte++) {
        if (page.undefinedBytes.has(byte)) continue;
        const character = iconv.decode(Buffer.from([byte]), page.name);
        expect(iconv.decode(Buffer.from(encodeIn(page, character) ?? []), page.name)).toBe(character);
      }
    }
  });

  const realText = fc.stringMatching(
    /^[A-Za-z ,.]{0,6}(?:(?:Düsseldorf|Erdoğan|Łódź|Москве|Ελλάδα|一带一路|“quoted”|it’s|—|…|€|°|Straße|Ørsted|café|señor|ça|naïve)[A-Za-z ,.]{1,6})+$/u,
  );

  it('should read every byte that leads or continues UTF-8 as a character outside ASCII (the check skips ASCII-only text on it)', () => {
    for (const page of codePages()) {
      for (const [character, byte] of page.byteOf) {
        if (byte < 0x80) continue;
        expect(character.charCodeAt(0), `${page.name} byte ${byte.toString(16)}`).toBeGreaterThan(0x7f);
      }
    }
  });

  it('should still find a two-character repair between ASCII words', () => {
    expect(compact(rule, 'The Ã© was here')).toHaveLength(1);
  });

  it('should give back the original text from its mojibake in every code page', () => {
    fc.assert(
      fc.property(realText, fc.constantFrom(...codePages()), (text, page) => {
        const damaged = garble(text, page);
        fc.pre(damaged !== text);
        expect(fixWith(rule, damaged)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('should stay silent on genuine text in many scripts', () => {
    const words = fc.constantFrom(
      'Düsseldorf', 'Erdoğan', 'Łódź', 'Москве', 'СССР»', 'Ελλάδα', '一带一路', '“quoted”', 'it’s', '—', '…', 'ภาษาไทย', 'שלום', 'ВІДПОВІДЬ', 'Žižek', 'São', 'Ærø', 'Ñandú', 'naïve', 'Ü-Bahn',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', ', ', ' – '), (parts, separator) => {
        expect(lintWith(rule, parts.join(separator))).toEqual([]);
      }),
    );
  });
});

describe('mojibake and box drawing', () => {
  it('should leave a table drawn with box-drawing characters alone', () => {
    expect(lintWith(mojibake as Rule<unknown>, '┌─────┐\n│ Vote │\n├─────┤\n│ 52% │\n└─────┘\n')).toEqual([]);
  });
});
