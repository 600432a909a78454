/** One word, apostrophes kept inside it; global, for matchAll. */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Lower-cased words, apostrophes kept inside a word ("don't"). A reply in plain ASCII, most of them, is read
 * character by character as `WORD` reads it (letters or digits, then an apostrophe and letters any number of
 * times); any other is read by `WORD` itself. The rubric asks for the words of a reply several times over.
 */
export function words(text: string): string[] {
  const list: string[] = [];
  let start = -1;
  /** Past an apostrophe: only letters go on with the word. */
  let tail = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text.toLowerCase().match(WORD) ?? [];
    if (isLetter(c) || (!tail && isDigit(c))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (c === 0x27 && isLetter(text.charCodeAt(i + 1))) {
        tail = true;
        continue;
      }
      list.push(text.slice(start, i).toLowerCase());
      start = -1;
      tail = false;
    }
    if (isDigit(c)) start = i;
  }
  if (start >= 0) list.push(text.slice(start).toLowerCase());
  return list;
}
