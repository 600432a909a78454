// What a pattern needs in the text before it can match: a necessary condition on its literal letters,
// checked against the text's three-letter windows, so a pattern only runs on a text where it may match.
// Sound, not complete: whatever it cannot read (a class, a repetition that may be empty, a construct it
// does not know) it takes as possibly anything, and a text it cannot read as the regex engine reads it
// passes every test.

/** A necessary condition: true, a literal that must occur (as its windows), or all / any of several. */
export type Need = true | { lit: number[] } | { and: Need[] } | { or: Need[] };

/**
 * What the reader knows of a piece of pattern: the strings it matches when few (else null), and what it
 * needs (besides those strings: what a look-around asks).
 */
type Info = { exact: string[] | null; need: Need };

const MAX_EXACT = 16;
const ANYTHING: Info = { exact: null, need: true };
/** `\s`: a blank, which the windows read as one space however many there are. */
const BLANK: Info = { exact: [' '], need: true };
const EMPTY: Info = { exact: [''], need: true };

/** The condition a pattern source (read with the `iu` flags) puts on any text it matches. */
export function needOf(source: string): Need {
  try {
    const parser = new Parser(source);
    const info = parser.alternation();
    return parser.at === source.length ? needFrom(info) : true;
  } catch {
    return true;
  }
}

/** A condition ready to check, one shape for all: each literal as the slots of its windows. */
export class Test {
  constructor(
    /**
     * 0: every slot is set (a literal); 1: every part holds; 2: some part holds; 3: some literal holds,
     * the literals' slots one after the other in `slots`, each literal ending where `ends` says.
     */
    readonly kind: 0 | 1 | 2 | 3,
    readonly slots: Int32Array,
    readonly parts: Test[],
    readonly ends: Int32Array = NO_ENDS,
    /**
     * Windows every text that passes holds, whichever literal it holds, read before the rest: "sorry" in
     * each of sixteen ways to say one is sorry is read once, not sixteen times.
     */
    readonly required: Int32Array = NO_ENDS,
  ) {}
}
const NO_ENDS = new Int32Array(0);

/** The condition as a test, or null when it always holds. */
export function testOf(need: Need): Test | null {
  if (need === true) return null;
  if ('lit' in need) return new Test(0, Int32Array.from(need.lit, slotOf), []);
  const parts = (list: Need[]) => list.map((part) => testOf(part)!);
  if ('and' in need) return new Test(1, NO_ENDS, parts(need.and));
  // Literal alternatives, the commonest shape, are read in one loop, the others after them: one call per
  // alternative made these tests a tenth of the time a reply takes.
  const literals = need.or.filter(isLiteral);
  const others = parts(need.or.filter((part) => !isLiteral(part)));
  if (others.length === 0) return literalTest(literals);
  return new Test(2, NO_ENDS, literals.length > 0 ? [literalTest(literals), ...others] : others);
}

const isLiteral = (need: Need): need is { lit: number[] } => need !== true && 'lit' in need;

/** Some literal of these holds: their slots one after the other, each literal ending where `ends` says. */
function literalTest(literals: { lit: number[] }[]): Test {
  let end = 0;
  const ends = Int32Array.from(literals, (part) => {
    end += part.lit.length;
    return end;
  });
  return new Test(
    3,
    Int32Array.from(
      literals.flatMap((part) => part.lit),
      slotOf,
    ),
    [],
    ends,
  );
}

/** The literals of a test of kind 0 or 3, each as its slots. */
function literalsOf(test: Test): Int32Array[] {
  if (test.kind === 0) return [test.slots];
  return Array.from(test.ends, (end, i) => test.slots.subarray(i === 0 ? 0 : test.ends[i - 1]!, end));
}

/** A window and two more a text must hold with it (-1: none), as the index of the tests keys them. */
export type Key = [slot: number, second: number, third: number];

/**
 * Windows of which a text passing the test holds at least one key whole, or null when there is
 * none to go by: an index from them finds the few tests worth checking on a text. Each literal is keyed
 * by its three rarest windows: one alone let through a tenth of the patterns, most of them to fail the test.
 */
export function keyOf(test: Test | null, common: (slot: number) => number): Key[] | null {
  if (test === null) return null;
  if (test.kind === 0 || test.kind === 3) {
    const keys = new Map<string, Key>();
    for (const slots of literalsOf(test)) {
      const [first, ...rest] = [...new Set(slots)].sort((x, y) => common(x) - common(y));
      const key: Key = [first!, rest[0] ?? -1, rest[1] ?? -1];
      keys.set(key.join(), key);
    }
    return [...keys.values()];
  }
  const weight = (key: Key[]) => key.reduce((sum, [slot]) => sum + common(slot), 0);
  if (test.kind === 1) {
    let best: Key[] | null = null;
    for (const part of test.parts) {
      const key = keyOf(part, common);
      if (key && (!best || weight(key) < weight(best))) best = key;
    }
    return best;
  }
  const keys = new Map<string, Key>();
  for (const part of test.parts) for (const key of keyOf(part, common)!) keys.set(key.join(), key);
  return [...keys.values()];
}

/** Is the window's slot set? */
export const holdsSlot = (windows: Uint32Array, slot: number) =>
  (windows[slot >>> 5]! & (1 << (slot & 31))) !== 0;

/**
 * The test with its rarest windows read first: in each literal, and among the parts that must all hold.
 * What it says is the same; a text lacking what it needs is told so in a probe or two instead of a dozen.
 */
export function rarestFirst(test: Test | null, common: (slot: number) => number): Test | null {
  if (test === null) return null;
  const byRarity = (slots: Iterable<number>) =>
    Int32Array.from([...slots].sort((a, b) => common(a) - common(b)));
  const required = byRarity(requiredOf(test));
  if (test.kind === 0 || test.kind === 3) {
    const literals = literalsOf(test).map(byRarity);
    if (test.kind === 0) return new Test(0, literals[0]!, [], NO_ENDS, required);
    let end = 0;
    const ends = Int32Array.from(literals, (slots) => {
      end += slots.length;
      return end;
    });
    return new Test(3, Int32Array.from(literals.flatMap((slots) => [...slots])), [], ends, required);
  }
  const parts = test.parts.map((part) => rarestFirst(part, common)!);
  if (test.kind === 1) {
    const rarity = parts.map((part) => [rarityOf(part, common), part] as const);
    rarity.sort((a, b) => a[0] - b[0]);
    return new Test(
      1,
      test.slots,
      rarity.map(([, part]) => part),
      NO_ENDS,
      required,
    );
  }
  return new Test(test.kind, test.slots, parts, NO_ENDS, required);
}

/** The windows a text passing the test holds whatever else it holds. */
function requiredOf(test: Test): Set<number> {
  if (test.kind === 0) return new Set(test.slots);
  const sets = test.kind === 3 ? literalsOf(test).map((slots) => new Set(slots)) : test.parts.map(requiredOf);
  if (test.kind === 1) return new Set(sets.flatMap((set) => [...set]));
  const [first, ...rest] = sets;
  return new Set([...first!].filter((slot) => rest.every((set) => set.has(slot))));
}

/** How common what a test needs is: the rarest window of a literal, the commonest of its alternatives. */
function rarityOf(test: Test, common: (slot: number) => number): number {
  if (test.kind === 0 || test.kind === 3)
    return Math.max(...literalsOf(test).map((slots) => Math.min(...Array.from(slots, common))));
  const values = test.parts.map((part) => rarityOf(part, common));
  return test.kind === 1 ? Math.min(...values) : Math.max(...values);
}

/** Every slot a test reads, once per literal: how common a window is across the rules. */
export function slotsIn(test: Test | null): number[] {
  if (test === null) return [];
  return test.kind === 0 || test.kind === 3 ? [...test.slots] : test.parts.flatMap(slotsIn);
}

/**
 * The text's three-letter windows as a set of bits, hashed: a window that is not in the text may read
 * as present (a few in a hundred), never the other way round. Undefined when the text cannot be read
 * as the regex engine reads it.
 */
export type Windows = Uint32Array | undefined;

// Under `iu` a regex compares letters by Unicode case folding. Among ASCII that is plain lower-casing,
// and only these two characters outside ASCII fold into it (ſ to s, the Kelvin sign to k): a text
// holding one is not read, so every pattern runs on it as before.
const FOLDS_INTO_ASCII = /[\u017F\u212A]/;
/** Every character outside ASCII reads as this one, which no literal of the windows holds. */
const OTHER = 0x80;
/**
 * A run of blanks (what `\s` matches) reads as one space, in the text and in the literals: `no\s+to`
 * needs "no to" whatever the blanks between.
 */
const SPACE = 0x20;
const WIDE_BLANK = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/;
const isAsciiBlank = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const BITS = 13;
/** How many window slots there are. */
export const SLOTS = 1 << BITS;

const windowOf = (a: number, b: number, c: number) => (a << 16) | (b << 8) | c;
const slot = (window: number) => Math.imul(window, 0x9e3779b1) >>> (32 - BITS);
/**
 * How common each character is in a reply, roughly, per thousand characters of English and Dutch (a blank
 * for any run of blanks): how common a window is follows from its three. What reads a window likely to be
 * missing first.
 */
const CHARACTER_SHARE: Record<string, number> = {
  ' ': 170,
  e: 120,
  n: 65,
  t: 60,
  a: 60,
  o: 55,
  i: 55,
  r: 50,
  s: 45,
  d: 35,
  h: 30,
  l: 30,
  u: 22,
  g: 18,
  m: 18,
  k: 15,
  w: 15,
  c: 15,
  v: 12,
  j: 10,
  y: 10,
  f: 12,
  b: 10,
  p: 12,
  z: 6,
  "'": 5,
  ',': 8,
  '.': 8,
  x: 1,
  q: 1,
};
const shareOf = (c: number) => CHARACTER_SHARE[String.fromCharCode(c)] ?? 2;
/** Per slot, the most common window hashed to it, as the product of its characters' shares. */
const SLOT_SHARE = new Map<number, number>();

/** The slot of a window a test reads, its share noted. */
function slotOf(window: number): number {
  const at = slot(window);
  const share = shareOf(window >>> 16) * shareOf((window >>> 8) & 0xff) * shareOf(window & 0xff);
  SLOT_SHARE.set(at, Math.max(SLOT_SHARE.get(at) ?? 0, share));
  return at;
}

/** How common the windows of a slot are in a reply, as estimated from their characters. */
export const shareOfSlot = (at: number) => SLOT_SHARE.get(at) ?? 0;

/**
 * A window that stands for "some character outside ASCII": set for every text that holds one, so "🙄"
 * in a pattern needs it. A text may also set it otherwise, which only lets a pattern run.
 */
const OUTSIDE_ASCII_WINDOW = windowOf(0, 0, OTHER);
const OUTSIDE_ASCII_SLOT = slot(OUTSIDE_ASCII_WINDOW);
const OUTSIDE_ASCII: Info = { exact: null, need: { lit: [OUTSIDE_ASCII_WINDOW] } };
/** A window set for every text that holds an ASCII digit: "\\d" needs it. */
const DIGIT_WINDOW = windowOf(0, 0, 0x30);
const DIGIT_SLOT = slot(DIGIT_WINDOW);
const DIGIT: Info = { exact: null, need: { lit: [DIGIT_WINDOW] } };
/**
 * `\\p{N}`: an ASCII digit or a character outside ASCII. A pattern that opens with a number tries it at
 * every position of the reply, and most replies hold none.
 */
const NUMBER: Info = {
  exact: null,
  need: { or: [{ lit: [DIGIT_WINDOW] }, { lit: [OUTSIDE_ASCII_WINDOW] }] },
};

/** One set for the text being read: detection reads one text at a time, start to end. */
const SCRATCH = new Uint32Array(1 << (BITS - 5));
type Read = {
  text: string;
  windows: Windows;
  generation: number;
  /** Texts asked about, and whether each is part of this one (see `isPartOf`). */
  parts: Map<string, boolean>;
};
/** The text the set was read from: the rules and then the scenario's acts read the same reply. */
let last: Read | undefined;
/** Counts the texts read, so that a test made on the windows of this one is known to be current. */
let generation = 0;

/** The text's windows; valid until the windows of another text are read. */
export function windowsOf(text: string): Windows {
  if (last?.text !== text) {
    generation++;
    last = { text, windows: read(text), generation, parts: new Map() };
  }
  return last.windows;
}

/** The text whose windows were read last, and them; its `generation` tells it from the texts before. */
export const lastRead = (): Read | undefined => last;

/**
 * Is `part` part of the text read? Dozens of patterns ask it of the same few sentences of a reply, and
 * searching the reply for a sentence cost as much as the test it guards: each part is searched for once.
 */
export function isPartOf(read: Read, part: string): boolean {
  let found = read.parts.get(part);
  if (found === undefined) {
    found = read.text.includes(part);
    read.parts.set(part, found);
  }
  return found;
}

function read(text: string): Windows {
  if (FOLDS_INTO_ASCII.test(text)) return undefined;
  const windows = SCRATCH.fill(0);
  let a = OTHER;
  let b = OTHER;
  let read = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (isAsciiBlank(c)) c = SPACE;
    else if (c >= 0x80) c = WIDE_BLANK.test(text[i]!) ? SPACE : OTHER;
    if (c === OTHER) windows[OUTSIDE_ASCII_SLOT >>> 5]! |= 1 << (OUTSIDE_ASCII_SLOT & 31);
    else if (c >= 0x30 && c <= 0x39) windows[DIGIT_SLOT >>> 5]! |= 1 << (DIGIT_SLOT & 31);
    if (c === SPACE && b === SPACE && read > 0) continue;
    if (read >= 2) {
      const at = slot(windowOf(a, b, c));
      windows[at >>> 5]! |= 1 << (at & 31);
    }
    read++;
    a = b;
    b = c;
  }
  return windows;
}

/**
 * Does the pattern match `part`, a part of `text`? The text's windows are read first, so the pattern runs
 * only when the whole text holds what it needs (see `Phrase`, which the pattern is; typed by what is used
 * here, so that this file does not import the one that imports it).
 */
export function matchesIn(pattern: { test(part: string): boolean }, text: string, part: string): boolean {
  windowsOf(text);
  return pattern.test(part);
}

/**
 * Tests packed one after another in one flat array, each read from its offset in `at` (-1: no test, it
 * always holds). A `Test` is a tree of objects and typed arrays scattered over the heap, and checking one
 * mostly waited on reading them: packed, a check reads a few neighbouring numbers (a reply's scoring took
 * about a tenth less time, median over the bench texts in the in-process A/B).
 *
 * A test at `p`: its kind, the number of its required slots and them; then for kind 0 its slots (a count,
 * then them), for kind 3 its literals (a count, then each as a count and its slots), for kinds 1 and 2 its
 * parts (a count, then the offset of each part from the test's start, packed after it).
 */
export type PackedTests = { code: Int16Array; at: Int32Array };

/**
 * In 16 bits a number: slots take 13, and counts and the offsets of parts (from their test's start) stay far
 * below 32,768. Half the memory of 32 bits: the rules' tests took 2 MB, and a reply's candidates are read from
 * all over them.
 */
export function packTests(tests: readonly (Test | null)[]): PackedTests {
  const code: number[] = [];
  const at = Int32Array.from(tests, (test) => (test === null ? -1 : pack(test, code)));
  const tooLarge = code.find((value) => value < -0x8000 || value > 0x7fff);
  if (tooLarge !== undefined) throw new Error(`a packed test holds ${tooLarge}, more than 16 bits take`);
  return { code: Int16Array.from(code), at };
}

/** Appends the test to `code`; returns where it starts. A part's offset is counted from its test's start. */
function pack(test: Test, code: number[]): number {
  const start = code.length;
  code.push(test.kind, test.required.length, ...test.required);
  if (test.kind === 0) code.push(test.slots.length, ...test.slots);
  else if (test.kind === 3) {
    code.push(test.ends.length);
    let from = 0;
    for (const end of test.ends) {
      code.push(end - from, ...test.slots.subarray(from, end));
      from = end;
    }
  } else {
    code.push(test.parts.length);
    const offsets = code.length;
    for (const _ of test.parts) code.push(-1);
    test.parts.forEach((part, k) => {
      code[offsets + k] = pack(part, code) - start;
    });
  }
  return start;
}

/** Does the text pass the packed test at `at`? Always when there is none, or when the windows could not be read. */
export function passesAt(code: Int16Array, at: number, windows: Windows): boolean {
  if (at < 0 || windows === undefined) return true;
  return holdsAt(code, at, windows);
}

/** Does the text hold what the packed test at `at` needs? */
function holdsAt(code: Int16Array, at: number, windows: Uint32Array): boolean {
  const kind = code[at]!;
  const required = code[at + 1]!;
  let i = at + 2;
  for (const end = i + required; i < end; i++) {
    const slot = code[i]!;
    if ((windows[slot >>> 5]! & (1 << (slot & 31))) === 0) return false;
  }
  const count = code[i++]!;
  if (kind === 0) {
    if (required > 0) return true;
    for (const end = i + count; i < end; i++) {
      const slot = code[i]!;
      if ((windows[slot >>> 5]! & (1 << (slot & 31))) === 0) return false;
    }
    return true;
  }
  if (kind === 3) {
    for (let literal = 0; literal < count; literal++) {
      const end = i + 1 + code[i]!;
      i++;
      while (i < end && (windows[code[i]! >>> 5]! & (1 << (code[i]! & 31))) !== 0) i++;
      if (i === end) return true;
      i = end;
    }
    return false;
  }
  if (kind === 1) {
    for (let k = 0; k < count; k++) if (!holdsAt(code, at + code[i + k]!, windows)) return false;
    return true;
  }
  for (let k = 0; k < count; k++) if (holdsAt(code, at + code[i + k]!, windows)) return true;
  return false;
}

/** A literal as its windows; one shorter than three characters tells nothing. */
function literal(written: string): Need {
  const text = written.replace(/[\t\n\v\f\r ]+/g, ' ');
  if (text.length < 3) return true;
  const lit: number[] = [];
  for (let i = 2; i < text.length; i++)
    lit.push(windowOf(text.charCodeAt(i - 2), text.charCodeAt(i - 1), text.charCodeAt(i)));
  return { lit };
}

function any(parts: Need[]): Need {
  const list: Need[] = [];
  for (const part of parts) {
    if (part === true) return true;
    if ('or' in part) list.push(...part.or);
    else list.push(part);
  }
  return list.length === 1 ? list[0]! : { or: list };
}

function all(parts: Need[]): Need {
  const list: Need[] = [];
  for (const part of parts) {
    if (part === true) continue;
    if ('and' in part) list.push(...part.and);
    else list.push(part);
  }
  return list.length === 0 ? true : list.length === 1 ? list[0]! : { and: list };
}

const needFrom = (info: Info): Need =>
  info.exact ? all([any(info.exact.map(literal)), info.need]) : info.need;

/** Pieces in a row: exact while the product of their strings stays small, else all their needs. */
function concat(items: Info[]): Info {
  let run: string[] | null = [''];
  const needs: Need[] = [];
  for (const item of items) {
    if (item.exact) {
      // A look-around: nothing of the match, but what it asks must be in the text too.
      if (item.need !== true) needs.push(item.need);
      if (run && run.length * item.exact.length <= MAX_EXACT) {
        run = run.flatMap((head) => item.exact!.map((tail) => head + tail));
      } else {
        if (run) needs.push(needFrom({ exact: run, need: true }));
        run = item.exact;
      }
    } else {
      if (run) needs.push(needFrom({ exact: run, need: true }));
      run = null;
      needs.push(item.need);
    }
  }
  if (needs.length === 0) return { exact: run, need: true };
  if (run) needs.push(needFrom({ exact: run, need: true }));
  return { exact: null, need: all(needs) };
}

function alternatives(items: Info[]): Info {
  if (items.length === 1) return items[0]!;
  if (items.every((item) => item.exact && item.need === true)) {
    const exact = [...new Set(items.flatMap((item) => item.exact!))];
    if (exact.length <= MAX_EXACT) return { exact, need: true };
  }
  return { exact: null, need: any(items.map(needFrom)) };
}

/**
 * A character of the pattern written as itself: lower-cased in ASCII. Outside it, a character the text
 * reads as a space or as ASCII (see above) tells nothing; any other needs a character outside ASCII.
 */
function letter(char: string): Info {
  if (char.codePointAt(0)! < 0x80) return { exact: [char.toLowerCase()], need: true };
  return WIDE_BLANK.test(char) || FOLDS_INTO_ASCII.test(char) ? ANYTHING : OUTSIDE_ASCII;
}

const SINGLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** Reads the subset of pattern syntax the lexicons use; throws on anything else. */
class Parser {
  at = 0;
  constructor(readonly source: string) {}

  private peek(): string | undefined {
    return this.source[this.at];
  }

  /** Just past the next `char`. */
  private past(char: string): number {
    const at = this.source.indexOf(char, this.at);
    if (at < 0) throw new SyntaxError(`no ${char} after ${this.at}`);
    return at + 1;
  }

  alternation(): Info {
    const items = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      items.push(this.sequence());
    }
    return alternatives(items);
  }

  private sequence(): Info {
    const items: Info[] = [];
    for (let char = this.peek(); char !== undefined && char !== '|' && char !== ')'; char = this.peek()) {
      items.push(...this.quantified(this.atom()));
    }
    return concat(items);
  }

  /** The atom as its quantifier reads it, as pieces in a row. */
  private quantified(atom: Info): Info[] {
    let min: number;
    let max: number;
    const char = this.peek();
    if (char === '?') [min, max] = [0, 1];
    else if (char === '*') [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (char === '+') [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (char === '{') {
      const match = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) throw new SyntaxError(`quantifier at ${this.at}`);
      min = Number(match[1]);
      max = match[2] ? (match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY) : min;
      this.at += match[0].length - 1;
    } else return [atom];
    this.at++;
    if (this.peek() === '?') this.at++;
    if (min === 1 && max === 1) return [atom];
    if (atom === BLANK) return [min === 0 ? { exact: ['', ' '], need: true } : BLANK];
    if (min === 0 && max === 1) return [atom.exact ? { exact: [...atom.exact, ''], need: true } : ANYTHING];
    if (min === 0) return [ANYTHING];
    // Once, then anything: "ugh+" needs "ugh", as the strings before it joined to the first.
    return [atom, ANYTHING];
  }

  private atom(): Info {
    const char = this.peek()!;
    if (char === '(') return this.group();
    if (char === '[') return this.skipClass();
    if (char === '\\') return this.escape();
    if (char === '.') {
      this.at++;
      return ANYTHING;
    }
    if (char === '^' || char === '$') {
      this.at++;
      return EMPTY;
    }
    const whole = String.fromCodePoint(this.source.codePointAt(this.at)!);
    this.at += whole.length;
    return letter(whole);
  }

  private group(): Info {
    this.at++;
    let look: 'positive' | 'negative' | undefined;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.at, this.at + 3);
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?=')) [this.at, look] = [this.at + 2, 'positive'];
      else if (rest.startsWith('?!')) [this.at, look] = [this.at + 2, 'negative'];
      else if (rest === '?<=') [this.at, look] = [this.at + 3, 'positive'];
      else if (rest === '?<!') [this.at, look] = [this.at + 3, 'negative'];
      else if (rest.startsWith('?<')) this.at = this.past('>');
      else throw new SyntaxError(`group at ${this.at}`);
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new SyntaxError(`unclosed group at ${this.at}`);
    this.at++;
    // A look-around takes no characters: what it asks is not part of the match. What a positive one asks
    // is in the text all the same ("(?<=\\p{N}\\s+)wel" needs a number); a negative one asks nothing of it.
    if (look === 'negative') return EMPTY;
    return look ? { exact: [''], need: needFrom(inner) } : inner;
  }

  private skipClass(): Info {
    this.at++;
    while (this.peek() !== ']') {
      if (this.peek() === undefined) throw new SyntaxError('unclosed class');
      this.at += this.peek() === '\\' ? 2 : 1;
    }
    this.at++;
    return ANYTHING;
  }

  private escape(): Info {
    this.at++;
    const char = this.peek();
    if (char === undefined) throw new SyntaxError('escape at the end');
    this.at++;
    if (char === 'p' || char === 'P') {
      const property = this.source.slice(this.at, this.past('}'));
      this.at = this.past('}');
      return char === 'p' && property === '{N}' ? NUMBER : ANYTHING;
    }
    if (char === 'b' || char === 'B') return EMPTY;
    if (char === 's') return BLANK;
    if (char === 'd') return DIGIT;
    if ('SDwW'.includes(char)) return ANYTHING;
    // Back-references and code-point escapes: not read.
    if (/[1-9kuxc]/.test(char)) throw new SyntaxError(`escape \\${char}`);
    return letter(SINGLE_ESCAPES[char] ?? char);
  }
}
