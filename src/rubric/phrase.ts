import {
  isPartOf,
  lastRead,
  needOf,
  type PackedTests,
  packTests,
  passesAt,
  rarestFirst,
  shareOfSlot,
  testOf,
} from './moves/prefilter.ts';

// Patterns as the rubric runs them. An expression that opens with a negative look-behind of one class
// tries it at every position before anything else: three times the scan of the same expression without
// it. So such a pattern runs without it, and each match is asked the look-behind in code instead.

/**
 * A negative look-behind of one character class that opens an expression, `(?<![…])`, read in code. An
 * expression that opens with a look-behind tries it at every position before anything else: three
 * times the scan of the same expression without it. So the expression runs without it and each match
 * is asked this instead. The look-behind reads the code point before, a surrogate pair whole, as this does.
 */
export class NotAfter {
  private readonly sticky: RegExp;
  private readonly ascii: Uint8Array;

  /** `set`: the class as written, brackets included; `flags`: the expression's, `i` and `u` read. */
  constructor(set: string, flags: string) {
    this.sticky = new RegExp(set, `${flags.replace(/[^iu]/g, '')}y`);
    this.ascii = Uint8Array.from({ length: 0x80 }, (_, c) =>
      this.isAt(String.fromCharCode(c), 0, 1) ? 1 : 0,
    );
  }

  private isAt(text: string, at: number, end: number): boolean {
    this.sticky.lastIndex = at;
    return this.sticky.test(text) && this.sticky.lastIndex === end;
  }

  /** Does the look-behind hold at `at`: is the character before it outside the class? */
  holdsAt(text: string, at: number): boolean {
    if (at === 0) return true;
    const c = text.charCodeAt(at - 1);
    if (c < 0x80) return this.ascii[c] === 0;
    const pair = isLowSurrogate(c) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2));
    return !this.isAt(text, pair ? at - 2 : at - 1, at);
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The next match of `(?<![…])body` from `from`, for `body` (flags `g`) and the look-behind as `before`:
 * the leftmost position where the look-behind holds and the body matches, as the whole expression finds it.
 */
export function nextMatchAfter(
  body: RegExp,
  before: NotAfter,
  text: string,
  from: number,
): RegExpExecArray | null {
  body.lastIndex = from;
  for (;;) {
    const match = body.exec(text);
    if (match === null || before.holdsAt(text, match.index)) return match;
    const at = match.index;
    const pair = isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1));
    body.lastIndex = at + (pair ? 2 : 1);
  }
}

/**
 * A pattern as the rubric runs it: one that opens with a negative look-behind of one class (`(?<![…])`,
 * over all of it) runs without it, and each match is asked the look-behind in code (`nextMatchAfter`).
 * The same matches, in a third of the scan (a match never starts inside a surrogate pair here, where the
 * engine may start an empty one: no pattern of the rubric matches empty). Any other pattern runs whole.
 * Read on a part of the text whose windows were read last (a sentence of the reply), it runs only when
 * that text holds what the pattern needs (see `prefilter.ts`): a necessary condition, so what it finds
 * never depends on which text was read. Every read starts where it is told (the start of the text unless
 * said), never where an earlier read left `lastIndex`.
 */
export class Phrase {
  /** The pattern as written; the one run is `body`, made global so a read can start anywhere. */
  readonly regex: RegExp;
  private readonly body: RegExp;
  private readonly before: NotAfter | undefined;
  /** Whether the pattern reads code points (`u` or `v`): `flags` is built anew each time it is read. */
  private readonly unicode: boolean;
  /** What a text needs before the pattern may match in it, packed (see `packTests`), read the first time it is asked. */
  private needs: PackedTests | undefined;
  /** The text (by its `generation`) the test was last made on, and what it said. */
  private readOn = -1;
  private passed = true;
  /** The text last tested, and whether the pattern matched it: see `test`. */
  private tested: string | undefined;
  private found = false;

  constructor(regex: RegExp) {
    this.regex = regex;
    this.unicode = /[uv]/.test(regex.flags);
    const flags = regex.flags.includes('g') ? regex.flags : `${regex.flags}g`;
    const opening = OPENING_LOOK_BEHIND.exec(regex.source);
    const rest = opening ? regex.source.slice(opening[0].length) : '';
    // An alternative at the top would leave the look-behind's reach; sticky and multiline read it otherwise.
    if (opening && rest.length > 0 && !hasTopLevelAlternative(rest) && !regex.sticky && !regex.multiline) {
      this.body = new RegExp(rest, flags);
      this.before = new NotAfter(opening[1]!, regex.flags);
    } else {
      this.body = new RegExp(regex.source, flags);
      this.before = undefined;
    }
  }

  /** The first match at or after `from`, as the pattern finds it with `lastIndex` at `from`. */
  exec(text: string, from = 0): RegExpExecArray | null {
    if (!this.mayMatch(text)) return null;
    if (this.before) return nextMatchAfter(this.body, this.before, text, from);
    this.body.lastIndex = from;
    return this.body.exec(text);
  }

  /**
   * False when the text is part of the one whose windows were read last (the reply, once the rules have read
   * it) and that lacks what the pattern needs: most sentences hold none of a pattern's words, and the test,
   * made once per reply, costs far less than the scan.
   */
  private mayMatch(text: string): boolean {
    const read = lastRead();
    if (read === undefined || read.windows === undefined) return true;
    if (this.readOn !== read.generation) {
      this.needs ??= packTests([rarestFirst(testOf(needOf(this.regex.source)), shareOfSlot)]);
      this.readOn = read.generation;
      this.passed = passesAt(this.needs.code, this.needs.at[0]!, read.windows);
    }
    return this.passed || !isPartOf(read, text);
  }

  /**
   * Does the pattern match anywhere in the text? Readings of one sentence ask the same pattern of it more
   * than once (a shouted word, a family word): what it said last is kept.
   */
  test(text: string): boolean {
    if (text !== this.tested) {
      this.tested = text;
      this.found = this.exec(text) !== null;
    }
    return this.found;
  }

  /** Every match, left to right, as `matchAll` finds them with the pattern made global. */
  *matchAll(text: string): Generator<RegExpExecArray> {
    const unicode = this.unicode;
    for (let match = this.exec(text); match; ) {
      yield match;
      let next = match.index + match[0].length;
      // Past an empty match by one character, a surrogate pair whole under `u`, as `matchAll` steps.
      if (match[0].length === 0)
        next +=
          unicode && isHighSurrogate(text.charCodeAt(next)) && isLowSurrogate(text.charCodeAt(next + 1))
            ? 2
            : 1;
      match = next > text.length ? null : this.exec(text, next);
    }
  }

  /** The text with every match replaced by what `replacer` makes of it, as a global `replace` does. */
  replace(text: string, replacer: (match: RegExpExecArray) => string): string {
    let out = '';
    let done = 0;
    for (const match of this.matchAll(text)) {
      out += text.slice(done, match.index) + replacer(match);
      done = match.index + match[0].length;
    }
    return out + text.slice(done);
  }
}

/** `(?<![…])` opening a pattern, the class as written. */
const OPENING_LOOK_BEHIND = /^\(\?<!(\[(?:[^\]\\]|\\.)*\])\)/;

function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

const WORD_START = new NotAfter('[\\p{L}\\p{N}]', 'iu');

/** The next match of `${B_START}body` from `from`, for `body` (flags `gu`): see `nextMatchAfter`. */
export const nextWordMatch = (body: RegExp, text: string, from: number) =>
  nextMatchAfter(body, WORD_START, text, from);
