// The scenario format's fixed values, free of imports so the browser bundle can share them.

export const CATEGORIES = [
  'saying-no',
  'apologising',
  'forgiving',
  'giving-feedback',
  'disagreeing',
  'being-present',
  'mentoring',
  'stakeholder',
  'delivering-bad-news',
  'addressing-underperformance',
] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** The persona's mood labels, from least to most open. */
export const MOOD_LABELS = ['closed', 'guarded', 'neutral', 'open'] as const;
export const RATINGS = ['good', 'fair', 'poor'] as const;
/** A draft is being written: checked and previewed, never in the library. */
export const STATUSES = ['draft', 'published'] as const;

export type Category = (typeof CATEGORIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type MoodLabel = (typeof MOOD_LABELS)[number];
export type Rating = (typeof RATINGS)[number];
export type Status = (typeof STATUSES)[number];
