import { describe, expect, it } from 'vitest';
import { segmentByHighlights } from './highlight.ts';

const REPLY = 'I hear you are frustrated. Let us meet on Friday.';

describe('segmentByHighlights', () => {
  it('returns the whole text as one plain segment without highlights', () => {
    expect(segmentByHighlights(REPLY, [])).toEqual([{ text: REPLY, labels: [] }]);
  });

  it('cuts the text at the offsets and keeps every character', () => {
    const segments = segmentByHighlights(REPLY, [
      { start: 0, end: 25, quote: 'I hear you are frustrated', label: 'connection' },
      { start: 27, end: 49, quote: 'Let us meet on Friday.', label: 'clarity' },
    ]);
    expect(segments).toEqual([
      { text: 'I hear you are frustrated', labels: ['connection'] },
      { text: '. ', labels: [] },
      { text: 'Let us meet on Friday.', labels: ['clarity'] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(REPLY);
  });

  it('gives overlapping highlights both labels on the shared part', () => {
    const segments = segmentByHighlights('abcdef', [
      { start: 0, end: 4, label: 'a' },
      { start: 2, end: 6, label: 'b' },
    ]);
    expect(segments).toEqual([
      { text: 'ab', labels: ['a'] },
      { text: 'cd', labels: ['a', 'b'] },
      { text: 'ef', labels: ['b'] },
    ]);
  });

  it('repairs offsets from the quote and ignores highlights that fit nowhere', () => {
    const segments = segmentByHighlights(REPLY, [
      { start: 3, end: 9, quote: 'Friday', label: 'clarity' },
      { start: 40, end: 400, label: 'broken' },
      { start: 5, end: 5, label: 'empty' },
      { start: 0, end: 3, quote: 'not in the reply', label: 'ghost' },
    ]);
    expect(segments.filter((s) => s.labels.length)).toEqual([{ text: 'Friday', labels: ['clarity'] }]);
    expect(segments.map((s) => s.text).join('')).toBe(REPLY);
  });

  it('keeps markup as plain text in the segments', () => {
    const text = '<img src=x onerror=alert(1)> <b>bold</b>';
    const segments = segmentByHighlights(text, [{ start: 29, end: 40, label: 'courage' }]);
    expect(segments.map((s) => s.text)).toEqual(['<img src=x onerror=alert(1)> ', '<b>bold</b>']);
  });
});
