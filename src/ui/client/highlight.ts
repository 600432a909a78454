// Cuts a learner's reply into plain and highlighted pieces by the evidence offsets, so the view can
// build <mark> elements with textContent — the reply is never parsed as HTML.

export type Highlight = { start: number; end: number; quote?: string; label: string };
export type Segment = { text: string; labels: string[] };

/**
 * Splits `text` at every highlight boundary. Overlapping highlights give a segment with all their
 * labels. An offset that does not fit the text is repaired from the quote when the quote occurs in
 * the text, and otherwise ignored — a wrong highlight is worse than none.
 */
export function segmentByHighlights(text: string, highlights: readonly Highlight[]): Segment[] {
  const valid = highlights.flatMap((highlight) => {
    const span = locate(text, highlight);
    return span ? [{ ...span, label: highlight.label }] : [];
  });
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (from === to) continue;
    const labels = [
      ...new Set(valid.filter((span) => span.start <= from && span.end >= to).map((span) => span.label)),
    ];
    const previous = segments.at(-1);
    // Neighbours with the same labels merge, so the markup stays as small as the meaning.
    if (previous && sameLabels(previous.labels, labels)) previous.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), labels });
  }
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

function sameLabels(a: string[], b: string[]) {
  return a.length === b.length && a.every((label, i) => label === b[i]);
}
