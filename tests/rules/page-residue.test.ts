import { describe, expect, it } from 'vitest';
import { pageResidue } from '../../src/rules/page-residue.js';
import type { Rule } from '../../src/engine/types.js';
import { applySuggestion, compact, fixWith, lintWith } from '../helpers/rule-tester.js';

const rule = pageResidue as Rule<unknown>;

describe('page-residue: date lines in a source page format', () => {
  it('should delete a Finnish date and update line', () => {
    expect(fixWith(rule, 'The minister spoke.\n\n4.6. 09:12 | Updated 4.6. 11:40\n\nShe called for calm.')).toBe('The minister spoke.\n\nShe called for calm.');
  });

  it('should delete a German date line with its time label', () => {
    expect(fixWith(rule, 'Headline of the day\n\n12.03.2024, 14:05 Uhr\n\nThe council met.')).toBe('Headline of the day\n\nThe council met.');
  });

  it('should delete a French update stamp in brackets that opens a paragraph', () => {
    expect(fixWith(rule, '[Mis à jour le 3 juin 2023 à 09h12] The council met on Monday.')).toBe('The council met on Monday.');
  });

  it('should report the line with what it holds', () => {
    expect(compact(rule, 'Text.\n8.2. 07:30\nMore text.')).toEqual(['2:1-2:11: Unexpected timestamp `8.2. 07:30`, remove it [page-residue]']);
  });

  it('should stay silent on an English date line, which edited copy keeps under its headline', () => {
    const text = ['Ministers approve the budget', '', 'March 4, 2025', '', '09:15 GMT, March 4, 2025 (updated at 11:20 GMT)', 'May 3, 2024 — 2:10 pm EDT', '14 Nov 2023 18:25'].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe('page-residue: counters and ratings', () => {
  it('should delete an author counter line', () => {
    expect(fixWith(rule, 'The talks went on.\n37 Articles\nThe next round is in May.')).toBe('The talks went on.\nThe next round is in May.');
  });

  it('should delete counters and a rating that close a line', () => {
    expect(fixWith(rule, 'Ministers meet in Rome Readers: 210 Rating: ★★★★☆\nText.')).toBe('Ministers meet in Rome\nText.');
  });

  it('should suggest deleting a labelled counter with its widget title', () => {
    const [message] = lintWith(rule, 'Headline\n\nNews Hits:52\n\nText.');
    expect(message?.suggestions?.[0]?.fix.text).toBe('');
    expect(message?.fix).toBeUndefined();
  });

  it('should stay silent on numbers in prose and on results lines', () => {
    expect(lintWith(rule, 'The article drew 2,000 comments in a day.\nFinland 3 Sweden 1\nShe won 52 votes.')).toEqual([]);
  });
});

describe('page-residue: words run together', () => {
  it('should delete a promo line whose spaces were stripped', () => {
    expect(fixWith(rule, 'The vote is on Sunday.\n[Downloadourappandgetallthenewsonyourphonefirst\n')).toBe('The vote is on Sunday.\n');
  });

  it('should suggest deleting a navigation label glued to itself', () => {
    const [message] = lintWith(rule, 'SportSport Results\n\nThe match ended late.');
    expect(message?.message).toBe('Unexpected navigation label `SportSport Results`, remove it');
    expect(message?.fix).toBeUndefined();
  });

  it('should stay silent on long compounds, handles, links and scripts written without spaces', () => {
    expect(lintWith(rule, 'The Bundesverfassungsgericht ruled.\n@SomeVeryLongAccountNameForNews posted https://example.org/averyveryveryverylongpathsegmentwithoutspaces\nการติดเชื้อในประเทศรายใหม่หนึ่งรายเป็นหญิง')).toEqual([]);
  });
});

describe('page-residue: headlines, prompts and graphics', () => {
  it('should delete a breadcrumb glued to the headline it repeats', () => {
    expect(fixWith(rule, 'Home Europe Ministers agree on new gas rules\n\nMinisters agree on new gas rules\n\nText.')).toBe('Ministers agree on new gas rules\n\nText.');
  });

  it('should suggest deleting a newsletter prompt that is not a sentence', () => {
    const [message] = lintWith(rule, 'The news in brief with our newsletter about the election\n\nText.');
    expect(message?.suggestions?.[0]?.fix.text).toBe('');
  });

  it('should suggest deleting a reference to a chart that did not come along', () => {
    expect(compact(rule, 'Prices rose by a third (see chart below) in a year.')).toEqual([
      '1:24-1:41: Unexpected reference to a missing graphic `(see chart below)`, remove it [page-residue]',
    ]);
  });

  it('should stay silent on a sentence about a newsletter and on a repeated headline without crumbs', () => {
    expect(lintWith(rule, 'The paper launched a newsletter about the war.\nMinisters agree on new gas rules\nMinisters agree on new gas rules')).toEqual([]);
  });
});

describe('page-residue: comment forms, share rows, bylines, source lines and galleries', () => {
  it('should delete the calls of a comment section in any of its languages', () => {
    expect(fixWith(rule, 'The port reopened.\nBe the first to comment!\nKommentar schreiben\nView comments (12)\nMore text.')).toBe('The port reopened.\nMore text.');
  });

  it('should delete a row of share buttons', () => {
    expect(fixWith(rule, 'The port reopened.\nShare: Facebook | WhatsApp | Email\nMore text.')).toBe('The port reopened.\nMore text.');
  });

  it('should delete a byline widget with a reading time or a date in the source format', () => {
    expect(fixWith(rule, 'The port reopened.\nBy Clara Weiss · 4 min read\nAutor: Jonas Berger\nBy Anna Lind | 12.03.2024 14:05\nMore text.')).toBe('The port reopened.\nMore text.');
  });

  it('should only suggest deleting an English-labelled byline', () => {
    const [message] = lintWith(rule, 'The port reopened.\nWritten by Clara Weiss\nMore text.');
    expect(message?.fix).toBeUndefined();
    expect(message?.suggestions?.[0]?.fix.text).toBe('');
  });

  it('should delete a source line naming a web address or labelled in the source language', () => {
    expect(fixWith(rule, 'The port reopened.\nSource: www.harbour-news.example\nQuelle: Nordpost\nMore text.')).toBe('The port reopened.\nMore text.');
  });

  it('should delete gallery counters and controls', () => {
    expect(fixWith(rule, 'The port reopened.\nImage 3 of 12\nClick to enlarge\nMore text.')).toBe('The port reopened.\nMore text.');
  });

  it('should warn without a fix about a name alone between two paragraphs of the story', () => {
    const text = [
      'The harbour board met on Monday and voted to sell the old ferry to a museum in the south.',
      '',
      'Hanna Mäkelä',
      '',
      'The museum said it would restore the ship and open it to visitors by the summer of next year.',
    ].join('\n');
    const [message] = lintWith(rule, text);
    expect(message?.message).toBe('Unexpected author name `Hanna Mäkelä`');
    expect(message?.fix).toBeUndefined();
    expect(message?.suggestions).toBeUndefined();
  });

  it('should stay silent on a name above the story, a crosshead, and a name the story is about', () => {
    const above = ['Ferry sold to a museum', '', 'Hanna Mäkelä', '', 'The harbour board voted on Monday to sell the old ferry to a museum in the south.'].join('\n');
    const crosshead = ['The harbour board voted on Monday to sell the old ferry to a museum in the south.', 'Rising Costs', 'The museum said it would restore the ship and open it to visitors next summer.'].join('\n');
    const subject = [
      'The harbour board voted on Monday to sell the old ferry to a museum run by Hanna Mäkelä.',
      'Hanna Mäkelä',
      'The museum said it would restore the ship and open it to visitors next summer, Mäkelä said.',
    ].join('\n');
    for (const text of [above, crosshead, subject]) expect(lintWith(rule, text), text).toEqual([]);
  });

  it('should suggest deleting the site name after a pipe in the headline', () => {
    const text = 'Premier starts his third term with a new cabinet | Evening Courier\n\nThe premier was sworn in on Monday.';
    const [message] = lintWith(rule, text);
    expect(message?.message).toBe('Unexpected site name after the headline ` | Evening Courier`, remove it');
    expect(message?.fix).toBeUndefined();
    expect(applySuggestion(rule, text)).toBe('Premier starts his third term with a new cabinet\n\nThe premier was sworn in on Monday.');
  });

  it('should stay silent on a pipe in the body, a headline with a dash and a short label before a pipe', () => {
    const text = ['Mayor dies after attack - hospital statement', '', 'The vote split 52 | 48, the clerk said in a statement on Monday.', 'Markets | Daily'].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('should stay silent on an English byline with its date, a plain byline and a named source', () => {
    const text = ['by Anna LIND|15 MAY 2023', 'By Clara Weiss and Jonas Berger', 'Source: Example Daily', 'He shared the post on Facebook and Twitter.'].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe('page-residue on correct copy', () => {
  it('should stay silent on datelines, credits, sign-offs, corrections and update notes', () => {
    const text = [
      'HELSINKI (AP) — The government fell on Friday.',
      'OSLO, March 3 (Reuters) - Shares rose.',
      'Photo: Anna Berg / Example Agency',
      'EXAMPLE/Jan Kowalski/File Photo',
      '(Reporting by Anna Berg; Editing by Jan Kowalski)',
      'Correction: An earlier version of this story misstated the date of the vote.',
      'Update 10:05 - article updated to add comment from the ministry.',
      'Source: Example Daily',
      '© Example 2024',
      'This is a breaking news story. More to follow.',
    ].join('\n');
    expect(lintWith(rule, text)).toEqual([]);
  });
});
