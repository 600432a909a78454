import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLibrarySync } from '../../scenarios/library-files.ts';
import { B_END, B_START } from '../text.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { needOf } from './prefilter.ts';
import { RuleSet } from './rule.ts';

// The rule set runs only the alternatives a text may match; what it finds must be exactly what each
// rule's whole expression finds, rule by rule, left to right.

type Match = [id: string, start: number, end: number];

/** Each rule's whole expression, as the detector ran them before the rule set. */
const wholeOf = (rules: [string, string[]][]) =>
  rules.map(
    ([id, alternatives]) =>
      [
        id,
        new RegExp(`${B_START}(?:${alternatives.map((a) => `(?:${a})`).join('|')})${B_END}`, 'giu'),
      ] as const,
  );

function wholeMatches(rules: (readonly [string, RegExp])[], text: string): Match[] {
  const out: Match[] = [];
  for (const [id, regex] of rules) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0].length === 0) regex.lastIndex++;
      else out.push([id, match.index, match.index + match[0].length]);
    }
  }
  return out;
}

function setMatches(set: RuleSet<string>, text: string): Match[] {
  const out: Match[] = [];
  set.matches(text, (id, start, end) => out.push([id, start, end]));
  return out;
}

const LEXICONS = { en, nl };
const library = readLibrarySync(new URL('../../../scenarios/', import.meta.url).pathname);

describe.each(['en', 'nl'] as const)('the %s rules', (language) => {
  const rules = Object.entries(LEXICONS[language].rules).map(
    ([id, patterns]) => [id, patterns ?? []] as [string, string[]],
  );
  const set = new RuleSet(rules);
  const whole = wholeOf(rules);
  const replies = [...library.values()].flatMap((s) => s.examples.map((e) => e.reply));
  const words = [...new Set(replies.join(' ').split(/\s+/))];

  it('find what the whole expressions find in every golden reply', () => {
    for (const reply of replies) expect(setMatches(set, reply), reply).toEqual(wholeMatches(whole, reply));
  });

  it('find what the whole expressions find in replies made of the library words, cased, folded and spaced any way', () => {
    const blanks = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00A0', ' \u2009', '');
    const word = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom('ſorry', 'I\u212Anow', 'NO.', 'nee,', '—', '3', 'Sarah', '🙄', '?', "don't"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, blanks), { maxLength: 30 }), fc.boolean(), (list, upper) => {
        const joined = list.map(([w, blank]) => w + blank).join('');
        const text = upper ? joined.toUpperCase() : joined;
        expect(setMatches(set, text)).toEqual(wholeMatches(whole, text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('what a pattern needs', () => {
  it.each([
    ['i\\s+(?:hear|see)\\s+you', { or: [{ lit: expect.any(Array) }, { lit: expect.any(Array) }] }],
    ['(?:sorry)?\\s*no', true],
    // Blanks read as one space: "no to you" is one literal.
    ['no\\s+to\\s{1,3}you', { lit: expect.any(Array) }],
    ['\\p{L}+ing', { lit: [expect.any(Number)] }],
  ])('%s', (source, need) => {
    expect(needOf(source)).toEqual(need);
  });

  it('reads every blank the engine calls a blank as a blank', () => {
    const set = new RuleSet([['no', ['no\\s+to']]]);
    const blanks = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) =>
      /\s/u.test(c),
    );
    expect(blanks.length).toBeGreaterThan(20);
    for (const blank of blanks)
      expect(setMatches(set, `no${blank}to`), blank.charCodeAt(0).toString(16)).toEqual([['no', 0, 5]]);
  });

  it('asks a number, and what a positive look-around asks, of a text before running a pattern', () => {
    const rules: [string, string[]][] = [
      ['number', ['\\p{N}+\\s+(?:nee|niet)', '\\d+%']],
      ['after-number', ['(?<=\\p{N}(?:\\s+procent)?\\s+)wel', '(?<!\\d\\s)nee']],
      ['before-no', ['wel(?=\\s+nee)']],
    ];
    const set = new RuleSet(rules);
    const whole = wholeOf(rules);
    const piece = fc.constantFrom('3', '12', '٣', '½', '%', 'procent', 'nee', 'niet', 'wel', 'x', ' ', ',');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join(' ');
        expect(setMatches(set, text)).toEqual(wholeMatches(whole, text));
      }),
      { numRuns: 500 },
    );
    // A text without a number is told so by the windows: the patterns that need one do not run.
    expect(needOf('\\p{N}+\\s+nee')).not.toEqual(needOf('\\s+nee'));
  });

  it('matches a letter that folds into ASCII as the whole expression does', () => {
    const set = new RuleSet([
      ['apology', ['sorry']],
      ['know', ['know']],
    ]);
    expect(setMatches(set, 'ſorry, I \u212Anow')).toEqual([
      ['apology', 0, 5],
      ['know', 9, 13],
    ]);
  });
});
