import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowsOf } from './moves/prefilter.ts';
import { NotAfter, nextWordMatch, Phrase } from './phrase.ts';
import { B_END, B_START } from './text.ts';

describe('a look-behind read in code', () => {
  // Letters outside the basic plane, a combining mark that folds into a letter (U+0345), digits, blanks.
  const pieces = [
    'a',
    'É',
    'ß',
    '1',
    '٣',
    '𝐀',
    '𝟘',
    '\u0345',
    ' ',
    '-',
    "'",
    '\u00A0',
    '😀',
    'no',
    'nee',
    '\uD800',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((list) => list.join(''));

  it('finds every match the whole expression finds, in order', () => {
    const body = '(?:no|nee|[\\p{L}\\p{N}]|😀)';
    const whole = new RegExp(`${B_START}${body}${B_END}`, 'giu');
    const alone = new RegExp(`${body}${B_END}`, 'giu');
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(whole)].map((m) => [m.index, m[0]]);
        const found: [number, string][] = [];
        for (let m = nextWordMatch(alone, text, 0); m; m = nextWordMatch(alone, text, alone.lastIndex))
          found.push([m.index, m[0]]);
        expect(found).toEqual(expected);
      }),
    );
  });

  it('reads a class of its own, with the flags of its expression', () => {
    const before = new NotAfter("[\\p{L}']", 'iu');
    fc.assert(
      fc.property(texts, fc.nat(14), (text, at) => {
        const position = Math.min(at, text.length);
        // Matches start between code points, never inside a pair.
        if (/[\uD800-\uDBFF]/.test(text[position - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[position] ?? ''))
          return;
        const expected = /(?<![\p{L}'])/iuy;
        expected.lastIndex = position;
        expect(before.holdsAt(text, position)).toBe(expected.test(text));
      }),
    );
  });

  // A match here never starts inside a surrogate pair; the engine may start an empty one there, between
  // the halves. No pattern of the rubric matches empty, so the empty match is read on plain-plane text.
  const plainTexts = fc
    .array(fc.constantFrom(...pieces.filter((piece) => !/[\uD800-\uDFFF]/.test(piece))), { maxLength: 12 })
    .map((list) => list.join(''));

  it.each([
    ['a one-class look-behind', "(?<![\\p{L}'])(?:no|nee|\\p{L}|😀)(?![\\p{L}])", 'giu', texts],
    ['an empty match', '(?<![\\p{L}])(?:no)?', 'gu', plainTexts],
    ['groups and a second look-behind', '(?<![\\p{L}])(?<!nee )(no|n(e)e)(?=\\s|$)', 'giu', texts],
    ['an alternative at the top, run whole', '(?<![\\p{L}])no|nee', 'giu', texts],
  ])('as a phrase, matches as the pattern does: %s', (_name, source, flags, arbitrary) => {
    const regex = new RegExp(source, flags);
    const phrase = new Phrase(regex);
    fc.assert(
      fc.property(arbitrary, (text) => {
        expect([...phrase.matchAll(text)].map((m) => [m.index, ...m])).toEqual(
          [...text.matchAll(regex)].map((m) => [m.index, ...m]),
        );
        expect(phrase.test(text)).toBe(new RegExp(source, flags.replace('g', '')).test(text));
        expect(phrase.replace(text, (m) => `<${m[0]}>`)).toBe(text.replace(regex, (m) => `<${m}>`));
      }),
    );
  });
});

describe('a phrase read on part of a text whose windows are read', () => {
  // The pattern's phrases whole and in pieces, blanks of several kinds, letters that fold into ASCII (ſ, the
  // Kelvin sign): the part may hold a phrase, or the text around it hold what the part lacks.
  const pieces = [
    'nee hoor',
    'nee\n hoor',
    'no way',
    'NO way',
    'way1',
    'nee',
    'hoor',
    'no',
    'way',
    ' ',
    '\u00A0',
    'ſ',
    'K',
    'é',
    ',',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((list) => list.join(''));

  it.each([
    ['a look-behind', '(?<![\\p{L}])(?:nee\\s+hoor|no way|way\\p{N})(?![\\p{L}])', 'giu'],
    ['a case-sensitive pattern', '(?:nee hoor|NO way)(?!\\p{L})', 'gu'],
  ])('matches as the pattern does, wherever the part stands: %s', (_name, source, flags) => {
    const regex = new RegExp(source, flags);
    const phrase = new Phrase(regex);
    fc.assert(
      fc.property(texts, texts, texts, fc.boolean(), (before, part, after, inside) => {
        // The windows read are those of a text around the part, or of one that need not hold it.
        windowsOf(inside ? `${before}${part}${after}` : `${before}${after}`);
        expect([...phrase.matchAll(part)].map((m) => [m.index, ...m])).toEqual(
          [...part.matchAll(regex)].map((m) => [m.index, ...m]),
        );
      }),
    );
  });
});
