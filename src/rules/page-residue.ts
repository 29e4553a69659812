/**
 * `page-residue`: lines of page furniture found by their shape, whatever words they are in. A
 * scraper or a translation pipeline keeps the parts of a page around the article: the date line
 * ("19.5. 16:10 | Updated 19.5. 20:39", "[Mis à jour le 18 mai 2022 à 16h31]"), counters and
 * ratings ("116 Articles", "Visitors: 1445 Rating: ★★★★★"), promos whose spaces were stripped
 * ("[Ifyouwanttohaveallthelatestnews…"), a navigation label glued to itself
 * ("InternationalInternational Economics"), a breadcrumb glued to the headline it repeats ("Start
 * Germany CSU chief excludes a candidate" over "CSU chief excludes a candidate"), newsletter
 * prompts ("the news Get an overview with our newsletter about Ukraine") and references to a
 * graphic that did not come along ("(see chart below)").
 *
 * A deletion is certain only where the shape leaves no doubt and takes the whole line (or the
 * counters closing a line): a line of nothing but dates and times with a time in it, a line of
 * nothing but counters, a line made of run-together words, a line that is a headline repeated with
 * a crumb before it. Everything else is a suggestion. Correct copy keeps its own furniture: a
 * dateline ("HELSINKI (AP) —"), an update note ("Update 11:46 - article updated to add comment"), a
 * source or credit line ("Source: Example Daily"), a sign-off ("Reporting by …; Editing by …").
 */
import type { Line } from '../engine/article.js';
import { defineRule, docsUrlOf } from '../engine/define-rule.js';
import { quote } from '../engine/messages.js';
import type { Confidence } from '../engine/types.js';
import { alternationOf } from '../match/matching.js';
import { lineWords, wordsOfPages } from '../termbase/word-lists.js';
import { isEnglishWord, isPeopleName } from '../text/english.js';
import { countCounters, hasMoreWordsThan, readTimestamp, runTogetherWords, shapeOf, splitsIntoMoreThan } from '../text/line-shape.js';
import { lazy } from '../text/memo.js';

const id = 'page-residue';

interface Finding {
  start: number;
  end: number;
  kind: string;
  confidence: Confidence;
  note: string;
}

/** A bracketed date line at the start of a paragraph: "[Updated 18 May 2022 at 16:31] While …". */
const bracketedStamp = /^[ \t]*\[([^\]\r\n]{4,60})\][ \t]*/u;
/** Counters that close a line: "… 30 / 01 / 24 Kari Virtanen Visitors: 1445 Rating: ★★★★★". */
const trailingCounters = /(?:^|[ \t|·•])((?:[\p{L}]{3,14}:[ \t]*(?:\d[\d,. ]{0,12}|[★☆✩✪⭐]+)[ \t]*){1,4})$/u;
/** Subscription and app prompts: the words their buttons and teasers use. */
const promptWords = /\b(?:newsletters?|subscribe|subscription|sign up|download (?:our|the) app|our (?:new |renewed )?app|push notifications?|get the app|register for free)\b/iu;
/** "(see chart below)", "(see the map above)", "(graphic below)". */
const missingGraphic = /\((?:see |view )?(?:the |our )?(?:chart|graph|graphic|infographic|table|map|photo|picture|image|video|gallery|photos|pictures|images)s?[ \t]+(?:below|above|on the (?:left|right))\)/giu;

/**
 * Comment sections: the word for a comment in the languages pages come from, and the calls of the
 * form ("Leave a comment", "Be the first to comment!", "Join the discussion", "Comments (12)"), from
 * the lists of rules/knowledge/page-words.json. A word in Latin script stands between word
 * boundaries; `\b` knows no other script, so a Cyrillic word ("комментарии") stands anywhere.
 */
const commentPatterns = lazy(() => {
  const words = wordsOfPages();
  const latin = [...words['comment-words']].filter((word) => /^\p{Script=Latin}+$/u.test(word));
  const other = [...words['comment-words']].filter((word) => !/^\p{Script=Latin}+$/u.test(word));
  return {
    word: new RegExp(`\\b(?:${alternationOf(latin)})\\b|${alternationOf(other)}`, 'iu'),
    call: new RegExp(`^(?:${alternationOf(words['comment-call-openers'])})\\b|\\b(?:${alternationOf(words['comment-call-closers'])})$|\\([\\d.,]+[kK]?\\)$|^\\d+$`, 'iu'),
  };
});


/** A name as bylines print it: one to four capitalised words, with the particles of names, or a CMS account. */
const bylineName = /^(?:admin|editor|redaktion|(?:(?!Follow\b)(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|den|del|di|la|le)[ \t]+){0,3}(?!Follow\b)\p{Lu}[\p{L}'’.-]*)/u;
/** What a byline widget adds to the name: its date, reading time or follow button. */
const bylineWidget = /^(?:[ \t]*(?:[|·•–—-]|,)?[ \t]*(?:\d{1,2}[ \t]*min(?:ute)?s?[ \t]+read|follow|\+ ?follow|view all posts|more articles))+[ \t]*$/iu;

/** A web address standing for a source: "nordpost.example", "www.example.com". */
const domainName = /(?:^|[\s(])(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:\/\S*)?(?=$|[\s)])/u;
/**
 * Labels of a byline widget ("Posted by", "Written by", "Author:" and their translations), and
 * source labels that a translation left in the source language ("Quelle:", "Lähde:"): lists of
 * rules/knowledge/page-words.json, built into patterns on first use.
 */
const labelPatterns = lazy(() => {
  const words = wordsOfPages();
  return {
    byline: new RegExp(`^(?:${alternationOf(words['byline-labels'])})[ \\t]*`, 'iu'),
    foreignSource: new RegExp(`^(?:${alternationOf(words['source-labels'])})[ \\t]*:`, 'iu'),
  };
});

/** Gallery counters and controls: "Image 3 of 12", "1 / 12", "Photo gallery (14 photos)", "Click to enlarge". */
const galleryLine = /^(?:(?:image|photo|picture|slide|bild|foto|kuva|imagen|immagine)[ \t]*)?\d{1,3}[ \t]*(?:of|\/|von|sur|de|di|af|av|\/)[ \t]*\d{1,3}$|^(?:photo ?gallery|image gallery|gallery|bildergalerie|galerie|galería|galleria)\b[^\r\n]{0,60}\(\d{1,3}[ \t]+(?:photos|images|pictures|bilder|fotos|foto|immagini|kuvaa)\)$|^(?:click|tap) (?:here )?to (?:enlarge|zoom(?: in)?|view (?:the )?(?:gallery|image|photo|full image))$/iu;

function timestampFinding(line: Line): Finding | undefined {
  const reading = readTimestamp(line.text, lineWords());
  // An English date line under the headline is the article's own ("July 2, 2024").
  if (reading?.foreign) {
    const certain = reading.times > 0 && reading.dates + reading.monthDates + reading.labels > 0;
    return {
      start: line.start + (line.text.length - line.text.trimStart().length),
      end: line.start + line.text.trimEnd().length,
      kind: 'timestamp',
      confidence: certain ? 'certain' : 'likely',
      note: `The line holds nothing but ${describeReading(reading)}: the page's date line, not article text`,
    };
  }
  const bracket = bracketedStamp.exec(line.text);
  const inner = bracket?.[1];
  if (bracket && inner) {
    const stamp = readTimestamp(inner, lineWords());
    if (stamp?.foreign && stamp.times + stamp.dates + stamp.monthDates > 0 && stamp.labels > 0) {
      const start = line.start + bracket.index + (bracket[0].length - bracket[0].trimStart().length);
      return {
        start,
        end: line.start + bracket.index + bracket[0].trimEnd().length,
        kind: 'timestamp',
        confidence: 'certain',
        note: `The brackets hold nothing but ${describeReading(stamp)}: the page's update stamp`,
      };
    }
  }
  return undefined;
}

function describeReading(reading: { dates: number; times: number; labels: number; monthDates: number }): string {
  const parts: string[] = [];
  const dates = reading.dates + reading.monthDates;
  if (dates) parts.push(dates === 1 ? 'a date' : `${dates} dates`);
  if (reading.times) parts.push(reading.times === 1 ? 'a time' : `${reading.times} times`);
  if (reading.labels) parts.push('date labels');
  return parts.join(', ').replace(/, ([^,]*)$/u, ' and $1');
}

function counterFinding(line: Line): Finding | undefined {
  const text = line.text.trim();
  if (text === '' || text.length > 120) return undefined;
  const { counters, leftover } = countCounters(text, lineWords());
  const lead = line.start + (line.text.length - line.text.trimStart().length);
  // "全球 Hits:337": one short label besides the counters is the widget's own title.
  if (counters > 0 && (leftover.length === 0 || (leftover.length === 1 && counters >= 1 && /[:]/u.test(text) && (leftover[0] ?? '').length <= 12))) {
    return {
      start: lead,
      end: line.start + line.text.trimEnd().length,
      kind: 'counter',
      confidence: leftover.length === 0 ? 'certain' : 'likely',
      note: `The line holds nothing but ${counters === 1 ? 'a counter' : `${counters} counters and ratings`}: page metadata`,
    };
  }
  const trailing = trailingCounters.exec(line.text.trimEnd());
  const tail = trailing?.[1];
  if (trailing && tail) {
    const tailCount = countCounters(tail, lineWords());
    if (tailCount.counters >= 1 && tailCount.leftover.length === 0) {
      const start = line.start + trailing.index + trailing[0].indexOf(tail);
      const stars = /[★☆✩✪⭐]/u.test(tail);
      return {
        start,
        end: start + tail.trimEnd().length,
        kind: 'counter',
        confidence: tailCount.counters >= 2 || stars ? 'certain' : 'likely',
        note: `${tailCount.counters === 1 ? 'A counter closes' : `${tailCount.counters} counters and ratings close`} the line: page metadata`,
      };
    }
  }
  return undefined;
}

function runTogetherFinding(line: Line): Finding | undefined {
  const words = runTogetherWords(line.text);
  if (words.length === 0) return undefined;
  const letters = line.text.match(/\p{L}/gu)?.length ?? 0;
  const runLetters = words.reduce((sum, word) => sum + (word.word.match(/\p{L}/gu)?.length ?? 0), 0);
  const shape = shapeOf(line.text);
  const first = words[0];
  if (!first) return undefined;
  // Both verdicts below take the whole line, less its surrounding white space.
  const lead = line.start + (line.text.length - line.text.trimStart().length);
  const lineEnd = line.start + line.text.trimEnd().length;
  // "[Ifyouwanttohave…[WennSiealle…": the line is the run-together words.
  if (runLetters / Math.max(letters, 1) >= 0.6 && !words.some((word) => word.repeated)) {
    return {
      start: lead,
      end: lineEnd,
      kind: 'run-together',
      confidence: 'certain',
      note: `${quote(shorten(first.word))} is words run together without spaces, and they make up the line`,
    };
  }
  // "InternationalInternational Economics": a section label glued to itself, not a sentence;
  // "13photos13photos13photos": a gallery counter repeated.
  if (!shape.sentence && shape.words <= 6) {
    return {
      start: lead,
      end: lineEnd,
      kind: 'navigation',
      confidence: 'likely',
      note: `${quote(shorten(first.word))} is words run together in a short line without a sentence: a navigation label`,
    };
  }
  return {
    start: line.start + first.index,
    end: line.start + first.index + first.word.length,
    kind: 'run-together',
    confidence: 'possible',
    note: `${quote(shorten(first.word))} is words run together without spaces`,
  };
}

function shorten(word: string): string {
  return word.length > 40 ? `${word.slice(0, 39)}…` : word;
}

/** "Start Germany CSU chief excludes a candidate" over "CSU chief excludes a candidate". */
function crumbBeforeHeadline(line: Line, lines: readonly Line[]): Finding | undefined {
  const text = line.text.trim();
  if (text === '' || /[.!?]$/u.test(text)) return undefined;
  const following = lines.slice(line.number, line.number + 3).find((candidate) => candidate.text.trim() !== '');
  const headline = following?.text.trim() ?? '';
  if (headline.split(/\s+/u).length < 4 || headline.length >= text.length || !text.endsWith(headline)) return undefined;
  const prefix = text.slice(0, text.length - headline.length).trim();
  if (prefix === '' || !/\s$/u.test(text.slice(0, text.length - headline.length))) return undefined;
  const crumbs = prefix.split(/\s+/u);
  if (crumbs.length > 4 || !crumbs.every((crumb) => /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*$|^[»>|/·•:–—-]$/u.test(crumb))) return undefined;
  return {
    start: line.start + (line.text.length - line.text.trimStart().length),
    end: line.start + line.text.trimEnd().length,
    kind: 'duplicate-headline',
    confidence: 'certain',
    note: `The line is the headline of line ${following?.number ?? 0} with the navigation ${quote(prefix)} before it`,
  };
}

function promptFinding(line: Line): Finding | undefined {
  const text = line.text.trim();
  if (hasMoreWordsThan(text, 20) || !promptWords.test(text)) return undefined;
  const shape = shapeOf(text);
  if (shape.words > 20 || shape.sentence) return undefined;
  return {
    start: line.start + (line.text.length - line.text.trimStart().length),
    end: line.start + line.text.trimEnd().length,
    kind: 'prompt',
    confidence: 'likely',
    note: 'A newsletter, app or subscription prompt standing as a line without a sentence',
  };
}

function wholeLine(line: Line, kind: string, confidence: Confidence, note: string): Finding {
  return {
    start: line.start + (line.text.length - line.text.trimStart().length),
    end: line.start + line.text.trimEnd().length,
    kind,
    confidence,
    note,
  };
}

function commentFinding(line: Line): Finding | undefined {
  const text = line.text.trim().replace(/[!:.]$/u, '');
  if (splitsIntoMoreThan(text, 7) || /[.?]/u.test(text) || !commentPatterns().word.test(text) || !commentPatterns().call.test(text)) return undefined;
  return wholeLine(line, 'comment-form', 'certain', 'A comment section’s call stands as a line: no article sentence is a button');
}

function shareFinding(line: Line): Finding | undefined {
  if (hasMoreWordsThan(line.text, 14)) return undefined;
  const tokens = line.text.trim().toLowerCase().split(/[\s|·•,/]+/u).filter((token) => token !== '');
  if (tokens.length < 2 || tokens.length > 14) return undefined;
  const { 'share-words': shareWords, 'social-networks': networks, 'share-openers': openers } = wordsOfPages();
  let named = 0;
  for (const token of tokens) {
    if (networks.has(token.replace(/:$/u, ''))) named++;
    else if (!shareWords.has(token)) return undefined;
  }
  // One network is enough after a word that opens a share row: "Follow us on Telegram", "Jaa: Facebook".
  const opened = [...openers].some((opener) => (tokens[0] ?? '').startsWith(opener));
  if (named < 2 && !(named === 1 && tokens.length >= 3 && opened)) return undefined;
  return wholeLine(line, 'share-widget', 'certain', `A row of share or follow buttons naming ${named} network${named === 1 ? '' : 's'}`);
}

function bylineFinding(line: Line): Finding | undefined {
  const text = line.text.trim();
  const label = labelPatterns().byline.exec(text);
  let rest = label ? text.slice(label[0].length) : undefined;
  if (rest === undefined) {
    // "By Anna Berg | 12.03.2024 14:05", "Anna Berg · 4 min read": a byline with what a widget adds.
    rest = text.replace(/^by[ \t]+/iu, '');
  }
  const name = bylineName.exec(rest);
  if (!name) return undefined;
  const after = rest.slice(name[0].length);
  const widget = bylineWidget.test(after) && after.trim() !== '';
  const separated = /^[ \t]*(?:[|·•–—-]|,)[ \t]*(.+)$/u.exec(after);
  const stamp = separated?.[1] ? readTimestamp(separated[1], lineWords()) : undefined;
  const onlyName = after.trim() === '';
  // "Posted on 12 March 2024 by Anna Berg" is a widget too.
  const postedOn = /^posted on (.+) by [\p{Lu}a-z]/iu.exec(text);
  if (postedOn?.[1] && readTimestamp(postedOn[1].replace(/ by .*$/u, ''), lineWords())) return wholeLine(line, 'byline', 'certain', 'A posting line with its date and author: the page’s byline widget');
  // An English desk's own byline keeps its English date ("By Anna Berg | 15 MAY 2023"); a date in
  // the source page's format, a reading time or a follow button belong to a widget.
  const foreignStamp = stamp?.foreign === true;
  if (label) {
    const english = /^(?:written by|published by|author:|authors:)/iu.test(label[0]);
    const certain = !english || /^(?:admin|editor|redaktion)$/iu.test(name[0]) || widget || foreignStamp;
    if (onlyName || widget || stamp) return wholeLine(line, 'byline', certain ? 'certain' : 'likely', `A byline labelled ${quote(label[0].trim())}: the page’s author widget`);
  }
  if (!label && (widget || foreignStamp)) return wholeLine(line, 'byline', 'certain', 'A byline with the date or reading time a page’s author widget adds');
  return undefined;
}

/** The headline: the first line with text, after a `Source: https://…` line that records where the file came from. */
function headlineOf(lines: readonly Line[]): Line | undefined {
  const filled = lines.filter((line) => line.text.trim() !== '');
  const first = filled[0];
  return first && /^Source:[ \t]*https?:\/\//u.test(first.text) ? filled[1] : first;
}

/**
 * The site's name after a pipe in the headline, as the page's title carries it ("Premier starts
 * his third term | Evening Courier"). An edited headline has no pipe; the suffix is a few words
 * and no sentence. A suggestion: the words before the pipe may be a section name instead.
 */
function siteSuffixFinding(line: Line, lines: readonly Line[]): Finding | undefined {
  if (!line.text.includes(' | ') || headlineOf(lines) !== line) return undefined;
  const pipe = line.text.lastIndexOf(' | ');
  const head = line.text.slice(0, pipe).trim();
  const suffix = line.text.slice(pipe + 3).trim();
  if (head.includes('|') || head.split(/\s+/u).length < 4 || !/^\p{Lu}[\p{L}'’.&-]*(?:[ \t]+[\p{L}'’.&-]+){0,3}$/u.test(suffix)) return undefined;
  return {
    start: line.start + pipe,
    end: line.start + line.text.trimEnd().length,
    kind: 'site-suffix',
    confidence: 'likely',
    note: `${quote(suffix)} follows a pipe at the end of the headline: the site's name from the page title`,
  };
}

/** A name as a byline prints it: two or three capitalised words, a hyphenated part allowed. */
const bareName = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;

/** The nearest line with text above (-1) or below (+1) a line. */
function neighbour(line: Line, lines: readonly Line[], step: -1 | 1): Line | undefined {
  for (let index = line.number - 1 + step; index >= 0 && index < lines.length; index += step) {
    const candidate = lines[index];
    if (candidate && candidate.text.trim() !== '') return candidate;
  }
  return undefined;
}

const isParagraph = (line: Line | undefined): boolean => {
  if (!line) return false;
  const shape = shapeOf(line.text);
  return shape.sentence && shape.words >= 10;
};

/**
 * A reporter's name alone on a line after the story has begun, between two of its paragraphs:
 * the author box of the source page ("Reiner Burger" under a German paper's lead). Edited copy
 * prints its byline above the first paragraph ("By Anna Berg", or the name under the headline),
 * and the people of a story come back in it; a name that starts with a given name, standing between
 * paragraphs and named nowhere else, is the page's. A warning
 * without a fix: which line a desk keeps is its own call.
 */
function bareBylineFinding(line: Line, lines: readonly Line[], text: string): Finding | undefined {
  const trimmed = line.text.trim();
  if (!bareName.test(trimmed)) return undefined;
  const words = trimmed.split(/[ \t]+/u);
  const given = words[0] ?? '';
  const surname = words.at(-1) ?? '';
  // "Rising Tensions", "Grace Period": a crosshead has a word that is English and no name.
  if (!isPeopleName(given) || words.some((word) => !isPeopleName(word) && isEnglishWord(word))) return undefined;
  if (!isParagraph(neighbour(line, lines, -1)) || !isParagraph(neighbour(line, lines, 1))) return undefined;
  const mentions = text.match(new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  if (mentions > 1) return undefined;
  return wholeLine(line, 'bare-byline', 'possible', 'A name alone on a line between two paragraphs of the story, named nowhere else in it: the source page’s author box');
}

function sourceFinding(line: Line, isFirst: boolean): Finding | undefined {
  const text = line.text.trim();
  if (splitsIntoMoreThan(text, 10)) return undefined;
  if (labelPatterns().foreignSource.test(text)) return wholeLine(line, 'source-line', 'certain', 'A source line whose label stayed in the source language');
  const labelled = /^(?:source|original (?:article|source|story)|via)[ \t]*:[ \t]*(.+)$/iu.exec(text);
  // The first line of a file that names its own address ("Source: https://…") is its provenance.
  if (labelled?.[1] && !/https?:\/\//u.test(labelled[1]) && domainName.test(labelled[1])) {
    return wholeLine(line, 'source-line', 'certain', 'A source line that names a web address: a scraper’s attribution');
  }
  if (labelled?.[1] && /https?:\/\//u.test(labelled[1]) && !isFirst) return wholeLine(line, 'source-line', 'likely', 'A source line that links the page it was copied from');
  return undefined;
}

function galleryFinding(line: Line): Finding | undefined {
  if (!galleryLine.test(line.text.trim())) return undefined;
  return wholeLine(line, 'gallery', 'certain', 'A gallery counter or control: the pictures did not come along');
}

function graphicFindings(line: Line): Finding[] {
  const found: Finding[] = [];
  for (const match of line.text.matchAll(missingGraphic)) {
    const start = line.start + match.index;
    found.push({
      start,
      end: start + match[0].length,
      kind: 'missing-graphic',
      confidence: 'certain',
      note: 'The text points at a graphic that the article does not carry',
    });
  }
  return found;
}

const kindNames: Readonly<Record<string, string>> = {
  'timestamp': 'timestamp',
  'counter': 'counter',
  'run-together': 'run-together promo',
  'navigation': 'navigation label',
  'duplicate-headline': 'headline repeated after navigation',
  'prompt': 'subscription prompt',
  'missing-graphic': 'reference to a missing graphic',
  'comment-form': 'comment form',
  'share-widget': 'share buttons',
  'byline': 'byline widget',
  'bare-byline': 'author name',
  'site-suffix': 'site name after the headline',
  'source-line': 'source line',
  'gallery': 'gallery counter',
};

export const pageResidue = defineRule({
  meta: {
    id,
    category: 'residue',
    description: 'Page furniture by its shape: date lines, counters, ratings, run-together promos, prompts',
    docsUrl: docsUrlOf(id),
    defaultSeverity: 'error',
    fixable: 'fix',
  },
  defaultOptions: {},
  check({ article, report }) {
    const lines = article.lines;
    for (const line of lines) {
      if (line.text.trim() === '') continue;
      const findings: Finding[] = [];
      const whole =
        timestampFinding(line) ??
        counterFinding(line) ??
        galleryFinding(line) ??
        runTogetherFinding(line) ??
        commentFinding(line) ??
        shareFinding(line) ??
        bylineFinding(line) ??
        bareBylineFinding(line, lines, article.text) ??
        siteSuffixFinding(line, lines) ??
        sourceFinding(line, line.number === 1) ??
        crumbBeforeHeadline(line, lines) ??
        promptFinding(line);
      if (whole) findings.push(whole);
      for (const graphic of graphicFindings(line)) {
        if (!findings.some((finding) => finding.start < graphic.end && graphic.start < finding.end)) findings.push(graphic);
      }
      for (const finding of findings) {
        const actual = article.source.slice(finding.start, finding.end);
        report({
          start: finding.start,
          end: finding.end,
          actual,
          expected: finding.confidence === 'possible' ? [] : [''],
          confidence: finding.confidence,
          message: `Unexpected ${kindNames[finding.kind] ?? finding.kind} ${quote(shorten(actual))}${finding.confidence === 'possible' ? '' : ', remove it'}`,
          note: finding.note,
        });
      }
    }
  },
});
