import { describe, expect, it } from 'vitest';
import { type RatedPair, weightedKappa } from './kappa.ts';

const repeat = (pair: RatedPair, times: number): RatedPair[] => Array.from({ length: times }, () => pair);

describe('weightedKappa', () => {
  it('is plain kappa on two categories: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no gives 0.4', () => {
    // p_o = 35/50 = 0.7; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; (0.7 − 0.5) / (1 − 0.5) = 0.4
    const pairs = [...repeat([1, 1], 20), ...repeat([1, 0], 5), ...repeat([0, 1], 10), ...repeat([0, 0], 15)];
    expect(weightedKappa(pairs, 2)).toBeCloseTo(0.4, 10);
  });

  it('weighs a near miss less than a far one, by hand on three categories', () => {
    // Weights (i−j)²/4: 0.25 one apart, 1 two apart. Observed: two pairs one apart, 0.5 in all.
    // Marginals a = [2, 1, 2], b = [1, 3, 1]; chance: Σ w·a_i·b_j / n = 7.5 / 5 = 1.5. κ = 1 − 0.5/1.5 = 2/3.
    const pairs: RatedPair[] = [
      [0, 0],
      [0, 1],
      [1, 1],
      [2, 1],
      [2, 2],
    ];
    expect(weightedKappa(pairs, 3)).toBeCloseTo(2 / 3, 10);
    // The two disagreements two points apart instead: as far from agreement as chance.
    const far: RatedPair[] = [
      [0, 0],
      [0, 2],
      [1, 1],
      [2, 0],
      [2, 2],
    ];
    // a = [2, 1, 2], b = [2, 1, 2]: Σ w·a_i·b_j = 2·(0.25·1 + 1·2) + 1·(0.25·2 + 0.25·2) + 2·(1·2 + 0.25·1) = 10;
    // chance 10/5 = 2, observed 2: κ = 0.
    expect(weightedKappa(far, 3)).toBeCloseTo(0, 10);
  });

  it('is 1 for full agreement and below 0 for systematic reversal, on the 0–4 scale', () => {
    const same: RatedPair[] = [0, 1, 2, 3, 4].map((score) => [score, score]);
    expect(weightedKappa(same, 5)).toBe(1);
    // Reversed: observed Σ (2i−4)²/16 = (16+4+0+4+16)/16 = 2.5; marginals uniform, chance Σ_ij (i−j)²/16 / 5 = 100/80 = 1.25.
    const reversed: RatedPair[] = [0, 1, 2, 3, 4].map((score) => [score, 4 - score]);
    expect(weightedKappa(reversed, 5)).toBeCloseTo(-1, 10);
  });

  it('is null with nothing to read: no pairs, or a rater who never varies', () => {
    expect(weightedKappa([], 5)).toBeNull();
    expect(weightedKappa(repeat([2, 2], 30), 5)).toBeNull();
    expect(weightedKappa([...repeat([2, 2], 29), [2, 3]], 5)).toBeNull();
  });

  it('refuses a rating off the scale', () => {
    expect(() => weightedKappa([[0, 5]], 5)).toThrow(RangeError);
    expect(() => weightedKappa([[1.5, 1]], 5)).toThrow(RangeError);
  });
});
