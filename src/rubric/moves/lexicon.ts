import type { SignalId } from './signals.ts';

/**
 * A language's rules as data. Each pattern is a regular expression source read case-insensitively with
 * Unicode on; a space stands for any run of blanks, and every pattern is wrapped in Unicode-aware word
 * boundaries. Apostrophes and quotes are straight by the time the rules read the text.
 */
export type Lexicon = {
  rules: Partial<Record<SignalId, string[]>>;
  /** Specific moments: weekdays, "tomorrow", "at two", "by Friday". */
  time: string[];
  /** Someone commits to doing something: "I'll", "shall we", "ik ga". */
  intent: string[];
  /** Question words that open a question. */
  wh: string[];
  /** Verbs that turn a yes/no frame into an invitation: "do you want to tell me how…". */
  tell: string[];
  /** Words skipped at the start of a question: "and", "so", "okay". */
  lead: string[];
};

/** One pattern per line; blank lines and lines starting with `#` are ignored. */
export function rx(strings: TemplateStringsArray, ...values: string[]): string[] {
  return String.raw(strings, ...values)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}
