/** One word, apostrophes kept inside it; global, for matchAll. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cased words, apostrophes kept inside a word ("don't"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
