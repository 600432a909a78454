import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENTENCE_BREAK, TokenSpans } from './token-spans.ts';

/** The tokens read, sentence by sentence when asked. */
function read(text: string, marks: boolean, sentences: boolean): string[][] {
  const spans = new TokenSpans();
  spans.read(text, marks, sentences);
  const out: string[][] = [[]];
  for (let i = 0; i < spans.length; i += 2) {
    if (spans.spans[i] === SENTENCE_BREAK) out.push([]);
    else out.at(-1)!.push(text.slice(spans.spans[i], spans.spans[i + 1]));
  }
  // Every sentence ends with a break: the list after the last one is empty.
  if (sentences) expect(out.pop()).toEqual([]);
  return out;
}

/** As the expressions read them. */
const bySentence = (text: string) =>
  text.split(/(?<=[.!?…])\s+/u).map((sentence) => sentence.match(/[\p{L}\p{N}']+|[?!]/gu) ?? []);
const words = (text: string) => [text.match(/[\p{L}\p{N}']+/gu) ?? []];

/** Characters where the reading could go wrong: marks, blanks of every kind, surrogates alone and paired. */
const TRICKY = [..."aBz7'?!.…,- \n\t\u00a0\u2028\u3000éßΣςİ²٣😀𝐀\u2019`", '\ud835', '\udc00'];

describe('TokenSpans', () => {
  it('reads tokens and sentences as the expressions do', () => {
    const text = fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(read(t, true, true)).toEqual(bySentence(t));
        expect(read(t, false, false)).toEqual(words(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('ends every sentence, an empty one too', () => {
    expect(read('', true, true)).toEqual([[]]);
    expect(read('Ok. ', true, true)).toEqual([['Ok'], []]);
    expect(read("Really?! I'm sorry…  Fine", true, true)).toEqual([
      ['Really', '?', '!'],
      ["I'm", 'sorry'],
      ['Fine'],
    ]);
  });
});
