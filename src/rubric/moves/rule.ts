import { nextWordMatch } from '../phrase.ts';
import { B_END } from '../text.ts';
import {
  holdsSlot,
  keyOf,
  needOf,
  type PackedTests,
  packTests,
  passesAt,
  rarestFirst,
  SLOTS,
  slotsIn,
  testOf,
  windowsOf,
} from './prefilter.ts';

// A rule is one regular expression: its patterns as alternatives between word boundaries. Run whole,
// every alternative is tried at every position of the reply, though most need words the reply does
// not hold. So each alternative is also kept alone with what it needs, and on a reply only the ones
// that may match are run, merged as the whole expression would have matched: at the leftmost
// position, the first alternative in the rule's order that matches there.

/**
 * An alternative alone; its expression is compiled the first time a text may match it. Every expression
 * here is kept without its leading `B_START`, which `nextWordMatch` checks at each match instead.
 */
type Part = { index: number; source: string; regex: RegExp | undefined };
/**
 * `screen`: per key of each alternative, its index and the key's three windows (-1: none; all -1 for an
 * alternative without a key), so that a rule asked alone is screened by its keys as the index screens all.
 */
type Rule<Id> = { id: Id; regex: RegExp; parts: Part[]; screen: Int32Array };

/** Run the whole expression when at least this share of its alternatives may match: one scan is cheaper. */
const WHOLE_SHARE = 0.5;

/** The alternatives between word boundaries, but for the `B_START` before them. */
const bounded = (alternatives: string[]) => `(?:${alternatives.map((a) => `(?:${a})`).join('|')})${B_END}`;

const regexOf = (part: Part) => {
  part.regex ??= new RegExp(bounded([part.source]), 'giu');
  return part.regex;
};

/** One language's rules; `alternatives` are pattern sources, read with the `giu` flags. */
export class RuleSet<Id> {
  readonly rules: Rule<Id>[];
  /**
   * Per window slot, the alternatives keyed by it, each as its index and the two more windows its key
   * needs (-1: none): slot `s`'s run from `keyed[keyStart[s]]` to `keyed[keyStart[s + 1]]`, in flat arrays
   * because a sparse array of lists was read as a dictionary. `always`, those without a key.
   */
  private keyStart = new Int32Array(0);
  private keyed = new Int32Array(0);
  private readonly always: number[] = [];
  /** What each alternative needs, by its index, packed (see `packTests`): read for every candidate. */
  private tests: PackedTests = { code: new Int16Array(0), at: new Int32Array(0) };
  /** Every alternative by its index, and the rule it belongs to. */
  private readonly parts: Part[] = [];
  private readonly ruleOf: Rule<Id>[] = [];
  /** Which alternatives are already candidates for the text being read; cleared before they are read. */
  private readonly live: Uint8Array;
  /** The candidates' indices, as many as there are alternatives at most. */
  private readonly buffer: Int32Array;
  /**
   * The text the candidates were last found for, and them: the rules' matches and then the test for an
   * instruction to the grader read the same reply.
   */
  private candidatesOf: string | undefined;
  private lastCandidates: Int32Array = new Int32Array(0);
  /** Whether the alternatives have been read for what they need yet (see `index`). */
  private indexed = false;

  constructor(rules: [Id, string[]][]) {
    let count = 0;
    this.rules = rules.map(([id, alternatives]) => ({
      id,
      regex: new RegExp(bounded(alternatives), 'giu'),
      parts: alternatives.map((source) => ({ index: count++, source, regex: undefined })),
      screen: new Int32Array(0),
    }));
    for (const rule of this.rules)
      for (const part of rule.parts) {
        this.parts.push(part);
        this.ruleOf.push(rule);
      }
    this.live = new Uint8Array(count);
    this.buffer = new Int32Array(count);
  }

  /**
   * Reads what each alternative needs and keys it by its rarest windows, the first time the rules are used:
   * done for every rule set when the module loads, it was most of a warm start's time before the port
   * opened. A process warms its rubric once it listens (`warmRubric`).
   */
  private index(): void {
    if (this.indexed) return;
    this.indexed = true;
    let tests = this.parts.map((part) => testOf(needOf(part.source)));
    // A window many patterns share is likely common in replies too: key each pattern by its rarest.
    const uses = new Map<number, number>();
    for (const test of tests) for (const slot of slotsIn(test)) uses.set(slot, (uses.get(slot) ?? 0) + 1);
    const common = (slot: number) => uses.get(slot) ?? 0;
    const byWindow = new Map<number, number[]>();
    const screens = new Map<Rule<Id>, number[]>();
    tests = tests.map((test) => rarestFirst(test, common));
    this.tests = packTests(tests);
    for (const part of this.parts) {
      const key = keyOf(tests[part.index]!, common);
      const screen = screens.get(this.ruleOf[part.index]!) ?? [];
      screens.set(this.ruleOf[part.index]!, screen);
      if (!key) {
        this.always.push(part.index);
        screen.push(part.index, -1, -1, -1);
      } else
        for (const [slot, second, third] of key) {
          const list = byWindow.get(slot) ?? [];
          list.push(part.index, second, third);
          byWindow.set(slot, list);
          screen.push(part.index, slot, second, third);
        }
    }
    for (const [rule, screen] of screens) rule.screen = Int32Array.from(screen);
    this.keyStart = new Int32Array(SLOTS + 1);
    const keyed: number[] = [];
    for (let slot = 0; slot < SLOTS; slot++) {
      this.keyStart[slot] = keyed.length;
      keyed.push(...(byWindow.get(slot) ?? []));
    }
    this.keyStart[SLOTS] = keyed.length;
    this.keyed = Int32Array.from(keyed);
  }

  /** Every match of every rule in the text: rule by rule, left to right; empty matches are skipped. */
  matches(text: string, found: (id: Id, start: number, end: number) => void): void {
    this.index();
    const windows = windowsOf(text);
    if (windows === undefined) {
      for (const rule of this.rules) wholeMatches(rule, text, found);
      return;
    }
    let rule: Rule<Id> | undefined;
    let parts: Part[] = [];
    const { code, at } = this.tests;
    for (const index of this.candidates(text, windows)) {
      if (!passesAt(code, at[index]!, windows)) continue;
      const part = this.parts[index]!;
      const owner = this.ruleOf[index]!;
      if (owner !== rule) {
        if (rule) runParts(rule, parts, text, found);
        rule = owner;
        parts = [];
      }
      parts.push(part);
    }
    if (rule) runParts(rule, parts, text, found);
  }

  /**
   * Does any rule of these match anywhere in the text? One does when one of its alternatives does: only
   * those that may are run, each alone. On the text the candidates were found for, only they are tested:
   * every alternative of the grader's rule, tested in both languages, was some 150 tests per reply for the
   * one or two the text may hold. On another text (the other language's rules, a sentence) finding them
   * would read every window against every key, and cost more than testing the few asked-for rules' parts.
   */
  test(text: string, which: (id: Id) => boolean): boolean {
    this.index();
    const windows = windowsOf(text);
    if (windows === undefined)
      return this.rules.some(
        (rule) => which(rule.id) && rule.parts.some((part) => nextWordMatch(regexOf(part), text, 0) !== null),
      );
    if (text !== this.candidatesOf)
      return this.rules.some((rule) => which(rule.id) && this.anyPartMatches(rule, text, windows));
    const { code, at } = this.tests;
    for (const index of this.candidates(text, windows)) {
      if (
        which(this.ruleOf[index]!.id) &&
        passesAt(code, at[index]!, windows) &&
        nextWordMatch(regexOf(this.parts[index]!), text, 0)
      )
        return true;
    }
    return false;
  }

  /**
   * Does one of the rule's alternatives match? Only those whose key the text holds are tested: the grader's
   * rule, asked of a reply in the language the candidates were not found for, was tested alternative by
   * alternative, some 80 tests per reply; screened by their keys, about one is left to test.
   */
  private anyPartMatches(rule: Rule<Id>, text: string, windows: Uint32Array): boolean {
    const screen = rule.screen;
    let tried = -1;
    for (let i = 0; i < screen.length; i += 4) {
      const index = screen[i]!;
      const slot = screen[i + 1]!;
      const second = screen[i + 2]!;
      const third = screen[i + 3]!;
      if (
        index === tried ||
        (slot >= 0 &&
          !(
            holdsSlot(windows, slot) &&
            (second < 0 || holdsSlot(windows, second)) &&
            (third < 0 || holdsSlot(windows, third))
          ))
      )
        continue;
      // An alternative's keys stand together: one that held was enough to test it.
      tried = index;
      if (
        passesAt(this.tests.code, this.tests.at[index]!, windows) &&
        nextWordMatch(regexOf(this.parts[index]!), text, 0) !== null
      )
        return true;
    }
    return false;
  }

  /**
   * The alternatives whose key the text holds, in rule order: a tenth of them at most, a superset of those
   * that pass their test. Valid until they are found for another text.
   */
  private candidates(text: string, windows: Uint32Array): Int32Array {
    if (text === this.candidatesOf) return this.lastCandidates;
    const { live, buffer, keyStart, keyed } = this;
    let count = 0;
    for (const index of this.always) {
      live[index] = 1;
      buffer[count++] = index;
    }
    for (let word = 0; word < windows.length; word++) {
      for (let bits = windows[word]!; bits !== 0; ) {
        const low = bits & -bits;
        bits ^= low;
        const slot = (word << 5) | (31 - Math.clz32(low));
        for (let i = keyStart[slot]!, end = keyStart[slot + 1]!; i < end; i += 3) {
          const index = keyed[i]!;
          const second = keyed[i + 1]!;
          const third = keyed[i + 2]!;
          if (
            live[index] === 0 &&
            (second < 0 || holdsSlot(windows, second)) &&
            (third < 0 || holdsSlot(windows, third))
          ) {
            live[index] = 1;
            buffer[count++] = index;
          }
        }
      }
    }
    // Indices run in rule order, so sorted they are read rule by rule without walking every alternative.
    const candidates = buffer.subarray(0, count).sort();
    for (const index of candidates) live[index] = 0;
    this.candidatesOf = text;
    this.lastCandidates = candidates;
    return candidates;
  }
}

/** A rule's matches from the alternatives that may match: alone, or the whole expression when most may. */
function runParts<Id>(
  rule: Rule<Id>,
  parts: Part[],
  text: string,
  found: (id: Id, start: number, end: number) => void,
): void {
  if (parts.length >= rule.parts.length * WHOLE_SHARE || !mergeParts(rule.id, parts, text, found))
    wholeMatches(rule, text, found);
}

function wholeMatches<Id>(rule: Rule<Id>, text: string, found: (id: Id, start: number, end: number) => void) {
  const regex = rule.regex;
  for (
    let match = nextWordMatch(regex, text, 0);
    match;
    match = nextWordMatch(regex, text, regex.lastIndex)
  ) {
    if (match[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    found(rule.id, match.index, match.index + match[0].length);
  }
}

/**
 * The whole expression's matches from its live alternatives alone: an alternative that needs what the
 * text lacks matches nowhere, so leaving it out changes no match. False (nothing reported) when an
 * alternative matches empty: the whole expression is run then, as it always was.
 */
function mergeParts<Id>(
  id: Id,
  parts: Part[],
  text: string,
  found: (id: Id, start: number, end: number) => void,
): boolean {
  const regexes = parts.map(regexOf);
  const next = regexes.map((regex) => nextWordMatch(regex, text, 0));
  const matches: number[] = [];
  let from = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < regexes.length; i++) {
      let match = next[i] ?? null;
      if (match && match.index < from) {
        match = nextWordMatch(regexes[i]!, text, from);
        next[i] = match;
      }
      if (match && (best < 0 || match.index < next[best]!.index)) best = i;
    }
    if (best < 0) break;
    const match = next[best]!;
    if (match[0].length === 0) return false;
    matches.push(match.index, match.index + match[0].length);
    from = match.index + match[0].length;
  }
  for (let i = 0; i < matches.length; i += 2) found(id, matches[i]!, matches[i + 1]!);
  return true;
}
