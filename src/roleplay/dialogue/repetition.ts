import type { Language } from '../../vocabulary.ts';
import { contentWords } from './topics.ts';

// The same reply sent again, or nearly the same, is not a new act: it wears off.

/** How alike two replies must be to count as the same: shared words over all words. */
const SAME = 0.8;

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Whether two replies are the same or nearly the same. */
export function nearlySame(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / (x.size + y.size - shared) >= SAME;
}

/** How many of the earlier replies the new one repeats. */
export function repeatsOf(reply: string, earlier: readonly string[], language: Language): number {
  // A reply with hardly any content ("Oké.") is not a repetition worth a remark.
  if (contentWords(reply, language).length < 2) return 0;
  return earlier.filter((before) => nearlySame(reply, before)).length;
}
