// A text's tokens as the learned readings read them (pair-model.ts, learned.ts), found in code rather than
// by expression: where each starts and ends, so a token table looks each up in place (`tokenIn`). The
// expressions `[\p{L}\p{N}']+|[?!]` and `split(/(?<=[.!?…])\s+/u)` built a string, a match and an array
// per token, and every reply is read this way three times.

/** Where a sentence ends, in `spans`: a start and an end of -1. */
export const SENTENCE_BREAK = -1;

/** A letter or a number outside ASCII, a surrogate pair whole: `\p{L}` or `\p{N}` under `u`. */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
/** A blank outside ASCII, as `\s` reads it. */
const WIDE_BLANK = /\s/uy;

const isAsciiTokenChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x27;
const isAsciiBlank = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** ".", "!", "?", "…": a run of blanks after one ends the sentence. */
const endsSentence = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** How many code units the token character at `at` takes (a surrogate pair two), or 0 when it is none. */
function tokenCharAt(text: string, at: number, c: number): number {
  if (c < 0x80) return isAsciiTokenChar(c) ? 1 : 0;
  LETTER_OR_NUMBER.lastIndex = at;
  return LETTER_OR_NUMBER.test(text) ? LETTER_OR_NUMBER.lastIndex - at : 0;
}

function isBlankAt(text: string, at: number, c: number): boolean {
  if (c < 0x80) return isAsciiBlank(c);
  WIDE_BLANK.lastIndex = at;
  return WIDE_BLANK.test(text);
}

/** The spans of the last text read; each reader keeps its own. */
export class TokenSpans {
  /** Each token's start and end in turn, and with `sentences` a sentence's end as two `SENTENCE_BREAK`s. */
  spans = new Int32Array(256);
  /** How many numbers of `spans` the last text filled. */
  length = 0;

  /**
   * Reads a (lower-cased) text: its runs of letters, numbers and apostrophes, as `[\p{L}\p{N}']+` finds
   * them; with `marks`, each "?" and "!" as a token of its own (`|[?!]`); with `sentences`, the end of
   * each sentence where `split(/(?<=[.!?…])\s+/u)` cuts, the last sentence's end included, so a text of n
   * cuts has n + 1 sentences, an empty one too.
   */
  read(text: string, marks: boolean, sentences: boolean): void {
    // At most a token per character, and every cut stands on a blank and follows a mark: one more at the end.
    if (this.spans.length < text.length * 2 + 2) this.spans = new Int32Array(text.length * 2 + 2);
    const spans = this.spans;
    let n = 0;
    let start = -1;
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      const width = tokenCharAt(text, i, c);
      if (width > 0) {
        if (start < 0) start = i;
        i += width;
        continue;
      }
      if (start >= 0) {
        spans[n++] = start;
        spans[n++] = i;
        start = -1;
      }
      if (marks && (c === 0x3f || c === 0x21)) {
        spans[n++] = i;
        spans[n++] = i + 1;
      } else if (sentences && i > 0 && isBlankAt(text, i, c) && endsSentence(text.charCodeAt(i - 1))) {
        spans[n++] = SENTENCE_BREAK;
        spans[n++] = SENTENCE_BREAK;
        for (i++; i < text.length && isBlankAt(text, i, text.charCodeAt(i)); i++);
        continue;
      }
      i += isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    }
    if (start >= 0) {
      spans[n++] = start;
      spans[n++] = text.length;
    }
    if (sentences) {
      spans[n++] = SENTENCE_BREAK;
      spans[n++] = SENTENCE_BREAK;
    }
    this.length = n;
  }
}
