import type { Rating } from '../vocabulary.ts';

/**
 * Overall → rating. Chosen from the anchored levels: 2.4 of 4 on average (60) means the reply does most
 * things a good reply does; below 1.7 of 4 (42) it mostly works against the conversation.
 */
export const RATING_THRESHOLDS = { good: 60, fair: 42 } as const;

export const ratingOf = (overall: number): Rating =>
  overall >= RATING_THRESHOLDS.good ? 'good' : overall >= RATING_THRESHOLDS.fair ? 'fair' : 'poor';

/** The lowest and highest overall of the rating band an overall falls in. */
export function bandOf(overall: number): [number, number] {
  const { fair, good } = RATING_THRESHOLDS;
  return overall >= good ? [good, 100] : overall >= fair ? [fair, good - 1] : [0, fair - 1];
}
