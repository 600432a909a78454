import { describe, expect, it } from 'vitest';
import { seriesOn, weekAxis } from './weeks.ts';

describe('the weeks of the trend', () => {
  it('runs from the first week to the last, a week apart, across a month and a year', () => {
    expect(weekAxis(['2027-01-04', '2026-12-14', '2026-12-14'])).toEqual([
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
    ]);
  });

  it('keeps a week over a change to summer time a week long', () => {
    expect(weekAxis(['2027-03-22', '2027-04-05'])).toEqual(['2027-03-22', '2027-03-29', '2027-04-05']);
  });

  it('is empty without weeks, and one week alone is one point', () => {
    expect(weekAxis([])).toEqual([]);
    expect(weekAxis(['2026-11-30'])).toEqual(['2026-11-30']);
  });

  it('leaves a gap where a week was withheld', () => {
    const shown = [
      { week: '2026-11-16', mean: 2.1, learners: 6 },
      { week: '2026-11-30', mean: 2.6, learners: 5 },
    ];
    const axis = weekAxis(shown.map((w) => w.week));
    expect(seriesOn(axis, shown).map((w) => w?.mean ?? null)).toEqual([2.1, null, 2.6]);
  });
});
