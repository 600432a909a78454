// Agreement between two raters on an ordinal scale of `categories` points (0 … categories − 1), beyond what
// chance would give: Cohen's kappa with quadratic weights, so a rating one point off counts as a small
// disagreement and one four points off as a large one. With two categories it is Cohen's plain kappa.

/** One rated item: what rater a and rater b gave it, each an integer 0 … categories − 1. */
export type RatedPair = readonly [a: number, b: number];

/**
 * Quadratic-weighted kappa over `pairs`: 1 is full agreement, 0 what chance gives, below 0 worse than chance.
 * Null when there is nothing to read it from: no pairs, or a rater who gave every item the same rating (then
 * kappa is 0 whatever the other did, which says nothing of how well they agree).
 */
export function weightedKappa(pairs: readonly RatedPair[], categories: number): number | null {
  if (pairs.length === 0 || categories < 2) return null;
  const a = new Array<number>(categories).fill(0);
  const b = new Array<number>(categories).fill(0);
  let observed = 0;
  for (const [x, y] of pairs) {
    if (!isRating(x, categories) || !isRating(y, categories)) {
      throw new RangeError(`A rating must be an integer 0–${categories - 1}: got ${x}, ${y}.`);
    }
    a[x]! += 1;
    b[y]! += 1;
    observed += weight(x, y, categories);
  }
  if (a.filter((n) => n > 0).length < 2 || b.filter((n) => n > 0).length < 2) return null;
  // What the same raters would disagree by if their ratings fell together by chance: every pair of their
  // marginals, weighted.
  let expected = 0;
  for (let i = 0; i < categories; i++) {
    for (let j = 0; j < categories; j++)
      expected += (weight(i, j, categories) * a[i]! * b[j]!) / pairs.length;
  }
  return 1 - observed / expected;
}

const isRating = (value: number, categories: number) =>
  Number.isInteger(value) && value >= 0 && value < categories;

const weight = (i: number, j: number, categories: number) => ((i - j) / (categories - 1)) ** 2;
