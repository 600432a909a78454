import { describe, expect, it } from 'vitest';
import { changedLines } from './line-diff.ts';

describe('changedLines', () => {
  it('marks nothing in equal texts', () => {
    expect(changedLines('a\nb', 'a\nb')).toEqual({ a: [false, false], b: [false, false] });
  });

  it('marks one inserted line, not the lines after it', () => {
    expect(changedLines('a\nb\nc', 'a\nx\nb\nc')).toEqual({
      a: [false, false, false],
      b: [false, true, false, false],
    });
  });

  it('marks a changed line on both sides', () => {
    expect(changedLines('id: a\ntitle: Old\nend', 'id: a\ntitle: New\nend')).toEqual({
      a: [false, true, false],
      b: [false, true, false],
    });
  });

  it('marks removed and added lines at the ends', () => {
    expect(changedLines('x\na\nb', 'a\nb\ny')).toEqual({ a: [true, false, false], b: [false, false, true] });
  });
});
