// Text helpers shared by the detector and the scorer. Every transformation keeps the length of the
// reply, so an offset found in the analysed text is an offset in the reply itself.

export type Sentence = { start: number; end: number; text: string };

const CURLY = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DOUBLE = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB']);
/** An HTML-like tag: `<b>`, `</div>`, `<img src=x onerror=...>`. */
export const TAG = /<\/?[a-zA-Z][^<>]{0,200}>/g;

/**
 * The text the rules read: curly quotes and apostrophes made straight, tags blanked out.
 * One character in, one character out.
 */
export function analysisText(reply: string): string {
  let text = reply.replace(CURLY, (c) => (DOUBLE.has(c) ? '"' : "'"));
  if (text.includes('<')) text = text.replace(COMMENT, blank).replace(TAG, blank);
  return text.replace(INVISIBLE, ' ');
}

const blank = (part: string) => ' '.repeat(part.length);
/** `<!-- … -->`: hidden from a reader, so nothing in it counts. */
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Zero-width characters, joiners, soft hyphens and direction marks: invisible, so they count as blanks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/**
 * What a reply says to a machine rather than to a person, made readable: invisible characters removed,
 * letter-spaced words joined ("g i v e  m e  4"), comments and markup opened up. Only read for
 * instructions to the grader; offsets do not map back to the reply.
 */
export function revealHidden(reply: string): string {
  return reply
    .replace(/[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
    .replace(/<!--|-->|\[\/\/\]: #|[<>{}[\]"`*_#|\\]/g, ' ')
    .replace(/(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .·_-]{1,3}){3,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu, (run) =>
      run
        .replace(/([\p{L}\p{N}])[ .·_-]{2,3}(?=[\p{L}\p{N}])/gu, '$1\u0001')
        .replace(/([\p{L}\p{N}])[ .·_-](?=[\p{L}\p{N}])/gu, '$1')
        .replaceAll('\u0001', ' '),
    );
}

const SENTENCE = /[^.!?…\n]+(?:[.!?…]+|\n|$)/g;

/** Sentences with their offsets; trimmed of surrounding blanks. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

export { words } from '../text/words.ts';

/** Word boundary that knows accented letters: `\b` does not. */
export const B_START = '(?<![\\p{L}\\p{N}])';
export const B_END = '(?![\\p{L}\\p{N}])';
