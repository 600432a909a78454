// Cuts a learner's reply into plain and highlighted pieces by the evidence offsets, so the view can
// build <mark> elements with textContent — the reply is never parsed as HTML.

import type { Polarity } from '../../rubric/types.ts';

export type { Polarity };
export type Highlight = { start: number; end: number; quote?: string; label: string; polarity?: Polarity };
/** Whether evidence earned or cost points; evidence stored before it said so counts as earned. */
export const polarityOf = (evidence: { polarity?: Polarity }): Polarity =>
  evidence.polarity === 'cost' ? 'cost' : 'earned';

/** A highlighted piece: the labels of every span merged into it, and whether it earned or cost points. */
export type Mark = { labels: string[]; polarity: Polarity };
export type Segment = { text: string; mark: Mark | null };

/**
 * Splits `text` into plain pieces and marks. Every span is widened to whole words first, so a mark never
 * cuts through a word; spans of one polarity that then overlap become one mark carrying all their
 * labels. Where words that cost points lie inside a span that earned them ("Maybe" in "Maybe I can
 * call you on Thursday"), the cost shows: those words are a mark of their own. An offset that does not
 * fit the text is repaired from the quote when the quote occurs in the text, and otherwise ignored — a
 * wrong highlight is worse than none.
 */
export function segmentByHighlights(text: string, highlights: readonly Highlight[]): Segment[] {
  const words = wordMap(text);
  const spans = highlights
    .flatMap((highlight) => {
      const span = locate(text, highlight);
      const whole = span && widen(span, words, text);
      return whole && whole.end > whole.start
        ? [{ ...whole, label: highlight.label, polarity: polarityOf(highlight) }]
        : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);

  // Each character takes the polarity of the spans over it, cost before earned.
  const at: (Polarity | null)[] = new Array(text.length).fill(null);
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) if (at[i] !== 'cost') at[i] = span.polarity;
  }

  const segments: Segment[] = [];
  const plain = (piece: string) => {
    const last = segments.at(-1);
    if (last && !last.mark) last.text += piece;
    else if (piece) segments.push({ text: piece, mark: null });
  };
  for (let from = 0; from < text.length; ) {
    const polarity = at[from];
    let to = from + 1;
    while (to < text.length && at[to] === polarity) to += 1;
    // What a cut leaves at a run's edges (a space, the comma after "Maybe") stays plain text.
    let start = from;
    let end = to;
    if (polarity) {
      const cut = from > 0 && at[from - 1] === 'cost';
      while (start < end && (cut ? !words[start] : /\s/.test(text[start]!))) start += 1;
      while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    }
    if (!polarity || start === end) plain(text.slice(from, to));
    else {
      plain(text.slice(from, start));
      const labels = [
        ...new Set(
          spans
            .filter((span) => span.polarity === polarity && span.start < end && span.end > start)
            .map((span) => span.label),
        ),
      ];
      segments.push({ text: text.slice(start, end), mark: { labels, polarity } });
      plain(text.slice(end, to));
    }
    from = to;
  }
  return segments.length ? segments : [{ text, mark: null }];
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
