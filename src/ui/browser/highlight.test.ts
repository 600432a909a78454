import { describe, expect, it } from 'vitest';
import { segmentByHighlights } from './highlight.ts';

const REPLY = 'I hear you are frustrated. Let us meet on Friday.';
const marked = (segments: ReturnType<typeof segmentByHighlights>) =>
  segments.filter((s) => s.mark).map((s) => ({ text: s.text, ...s.mark }));

describe('segmentByHighlights', () => {
  it('returns the whole text as one plain segment without highlights', () => {
    expect(segmentByHighlights(REPLY, [])).toEqual([{ text: REPLY, mark: null }]);
    expect(segmentByHighlights('', [])).toEqual([{ text: '', mark: null }]);
  });

  it('cuts the text at the offsets and keeps every character', () => {
    const segments = segmentByHighlights(REPLY, [
      { start: 0, end: 25, quote: 'I hear you are frustrated', label: 'connection' },
      { start: 27, end: 49, quote: 'Let us meet on Friday.', label: 'clarity' },
    ]);
    expect(segments).toEqual([
      { text: 'I hear you are frustrated', mark: { labels: ['connection'], polarity: 'earned' } },
      { text: '. ', mark: null },
      { text: 'Let us meet on Friday.', mark: { labels: ['clarity'], polarity: 'earned' } },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(REPLY);
  });

  it('merges overlapping highlights into one mark with every label', () => {
    const segments = segmentByHighlights('abc def ghi jkl', [
      { start: 0, end: 7, label: 'a' },
      { start: 4, end: 11, label: 'b' },
      { start: 12, end: 15, label: 'c' },
    ]);
    expect(segments).toEqual([
      { text: 'abc def ghi', mark: { labels: ['a', 'b'], polarity: 'earned' } },
      { text: ' ', mark: null },
      { text: 'jkl', mark: { labels: ['c'], polarity: 'earned' } },
    ]);
  });

  it('never cuts through a word, contractions and hyphenated words included', () => {
    const text = "I can hear you're upset about the follow-up, Mark.";
    const segments = segmentByHighlights(text, [
      { start: 0, end: 14, quote: 'I can hear you', label: 'connection' },
      { start: 37, end: 41, quote: 'w-up', label: 'clarity' },
    ]);
    expect(marked(segments).map((m) => m.text)).toEqual(["I can hear you're", 'follow-up']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    // Widened to the whole word, two spans that meet inside it become one mark.
    const joined = segmentByHighlights(text, [
      { start: 0, end: 14, label: 'connection' },
      { start: 15, end: 23, label: 'self-leadership' },
    ]);
    expect(marked(joined)).toEqual([
      { text: "I can hear you're upset", labels: ['connection', 'self-leadership'], polarity: 'earned' },
    ]);
  });

  it('keeps Dutch words with diacritics and curly apostrophes whole', () => {
    const text = 'Ik begrijp dat je teleurgesteld bent, ’t is ook vóór je vakantie.';
    const part = (quote: string, from: number, to: number) => {
      const at = text.indexOf(quote);
      return { start: at + from, end: at + to, label: 'connection' };
    };
    const cases = [
      [part('teleurgesteld', 3, 8), 'teleurgesteld'],
      [part('vóór', 1, 3), 'vóór'],
      [part('’t is', 1, 5), '’t is'],
      [part(' je ', 0, 4), 'je'],
    ] as const;
    for (const [highlight, expected] of cases)
      expect(marked(segmentByHighlights(text, [highlight])).map((m) => m.text)).toEqual([expected]);
  });

  it('tells earned from costly evidence, a missing polarity counting as earned', () => {
    const text = 'Sorry, but you never listen. Let us talk on Friday.';
    const segments = segmentByHighlights(text, [
      { start: 0, end: 10, label: 'self-leadership', polarity: 'cost' },
      { start: 11, end: 27, label: 'connection', polarity: 'cost' },
      { start: 29, end: 51, label: 'clarity' },
    ]);
    expect(marked(segments)).toEqual([
      { text: 'Sorry, but', labels: ['self-leadership'], polarity: 'cost' },
      { text: 'you never listen', labels: ['connection'], polarity: 'cost' },
      { text: 'Let us talk on Friday.', labels: ['clarity'], polarity: 'earned' },
    ]);
  });

  it('shows words that cost points inside a span that earned them as a mark of their own', () => {
    const text = 'Maybe, I can join you on Thursday to talk to Helen.';
    const segments = segmentByHighlights(text, [
      { start: 0, end: text.length, label: 'clarity', polarity: 'earned' },
      { start: 0, end: 5, label: 'courage', polarity: 'cost' },
      { start: 0, end: 5, label: 'clarity', polarity: 'cost' },
      { start: 7, end: 33, label: 'courage', polarity: 'earned' },
    ]);
    expect(segments).toEqual([
      { text: 'Maybe', mark: { labels: ['courage', 'clarity'], polarity: 'cost' } },
      { text: ', ', mark: null },
      {
        text: 'I can join you on Thursday to talk to Helen.',
        mark: { labels: ['clarity', 'courage'], polarity: 'earned' },
      },
    ]);
  });

  it('repairs offsets from the quote and ignores highlights that fit nowhere', () => {
    const segments = segmentByHighlights(REPLY, [
      { start: 3, end: 9, quote: 'Friday', label: 'clarity' },
      { start: 40, end: 400, label: 'broken' },
      { start: 5, end: 5, label: 'empty' },
      { start: 0, end: 3, quote: 'not in the reply', label: 'ghost' },
    ]);
    expect(marked(segments)).toEqual([{ text: 'Friday', labels: ['clarity'], polarity: 'earned' }]);
    expect(segments.map((s) => s.text).join('')).toBe(REPLY);
  });

  it('keeps markup as plain text in the segments', () => {
    const text = '<img src=x onerror=alert(1)> <b>bold</b>';
    const segments = segmentByHighlights(text, [{ start: 29, end: 40, label: 'courage' }]);
    expect(segments.map((s) => s.text)).toEqual(['<img src=x onerror=alert(1)> ', '<b>bold</b>']);
  });
});
