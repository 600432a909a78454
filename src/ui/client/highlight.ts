// Cuts a learner's reply into plain and highlighted pieces by the evidence offsets, so the view can
// build <mark> elements with textContent — the reply is never parsed as HTML.

/** Whether the words earned points or cost them. The rubric may leave it out: that counts as earned. */
export type Polarity = 'earned' | 'cost';
export type Highlight = { start: number; end: number; quote?: string; label: string; polarity?: Polarity };
/** The polarity of an evidence item as the rubric sent it: anything but 'cost' is earned. */
export const polarityOf = (evidence: object): Polarity =>
  'polarity' in evidence && evidence.polarity === 'cost' ? 'cost' : 'earned';

/** A highlighted piece: the labels of every span merged into it, and whether it earned, cost or both. */
export type Mark = { labels: string[]; polarity: Polarity | 'mixed' };
export type Segment = { text: string; mark: Mark | null };

/**
 * Splits `text` into plain pieces and marks. Every span is widened to whole words first, so a mark never
 * cuts through a word; spans that then overlap become one mark carrying all their labels. An offset
 * that does not fit the text is repaired from the quote when the quote occurs in the text, and
 * otherwise ignored — a wrong highlight is worse than none.
 */
export function segmentByHighlights(text: string, highlights: readonly Highlight[]): Segment[] {
  const words = wordMap(text);
  const spans = highlights
    .flatMap((highlight) => {
      const span = locate(text, highlight);
      const whole = span && widen(span, words, text);
      return whole && whole.end > whole.start
        ? [{ ...whole, label: highlight.label, polarity: highlight.polarity ?? 'earned' }]
        : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: { start: number; end: number; labels: string[]; polarities: Set<Polarity> }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.labels.includes(span.label)) last.labels.push(span.label);
      last.polarities.add(span.polarity);
    } else {
      merged.push({ ...span, labels: [span.label], polarities: new Set([span.polarity]) });
    }
  }

  const segments: Segment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), mark: null });
    const polarity = span.polarities.size > 1 ? 'mixed' : [...span.polarities][0]!;
    segments.push({ text: text.slice(span.start, span.end), mark: { labels: span.labels, polarity } });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: null });
  return segments;
}

function locate(text: string, { start, end, quote }: Highlight): { start: number; end: number } | null {
  const fits =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
  if (fits && (quote === undefined || text.slice(start, end) === quote)) return { start, end };
  if (quote) {
    const found = text.indexOf(quote);
    if (found !== -1) return { start: found, end: found + quote.length };
  }
  return null;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
// Part of a word when letters stand on both sides: "you're", "we’ll", "follow-up".
const JOINER = /['’\-‐]/u;
// Part of the word it leads: the Dutch elision in "’t" and "'s avonds".
const ELISION = /['’]/u;

/** For every character of the text: is it part of a word? */
function wordMap(text: string): boolean[] {
  const chars = text.split('');
  return chars.map((char, i) => {
    if (LETTER.test(char)) return true;
    const before = LETTER.test(chars[i - 1] ?? '');
    const after = LETTER.test(chars[i + 1] ?? '');
    return (JOINER.test(char) && before && after) || (ELISION.test(char) && after);
  });
}

/** Moves the span's edges outwards until neither sits inside a word; spaces at its edges drop off. */
function widen(span: { start: number; end: number }, words: boolean[], text: string) {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  while (start > 0 && words[start - 1] && words[start]) start -= 1;
  while (end < words.length && words[end - 1] && words[end]) end += 1;
  return { start, end };
}
