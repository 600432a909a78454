import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORD, words } from './words.ts';

describe('words', () => {
  it('reads a text as WORD does, lower-cased', () => {
    const pieces = [
      'a',
      'Z',
      'don',
      "'",
      '’',
      't',
      '2',
      '0',
      ' ',
      '-',
      '.',
      "''",
      'é',
      'İ',
      '\n',
      'x1',
      "'s",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (list) => {
        const text = list.join('');
        expect(words(text)).toEqual(text.toLowerCase().match(WORD) ?? []);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => {
        expect(words(text)).toEqual(text.toLowerCase().match(WORD) ?? []);
      }),
      { numRuns: 2000 },
    );
  });
});
