import { describe, expect, it } from 'vitest';
import { readLibrarySync } from '../scenarios/library-files.ts';
import type { CalibrationReport } from './calibrate.ts';
import { adversarialReport, heldOutReport, libraryReport } from './evaluation.ts';
import { ADVERSARIAL_REFERENCES } from './fixtures/adversarial.ts';
import type { AdversarialCase } from './fixtures/adversarial-types.ts';
import { HELD_OUT } from './fixtures/held-out.ts';
import { HELD_OUT_2026_12 } from './fixtures/held-out-2026-12.ts';
import { HELD_OUT_2026_12B } from './fixtures/held-out-2026-12b.ts';
import { TRAINING_2026_12 } from './fixtures/training-2026-12.ts';
import { TRAINING_2026_12C } from './fixtures/training-2026-12c.ts';
import { TRAINING_2026_12F } from './fixtures/training-2026-12f.ts';
import { TRAINING_2026_12J } from './fixtures/training-2026-12j.ts';
import { TRAINING_2026_12Q } from './fixtures/training-2026-12q.ts';
import { TRAINING_2026_12S } from './fixtures/training-2026-12s.ts';
import { TRAINING_2026_12U } from './fixtures/training-2026-12u.ts';
import { TRAINING_2026_12W } from './fixtures/training-2026-12w.ts';

// The rubric's figures, each set on its own (`npm run rubric:calibrate` prints them). Each floor is the
// figure reached when it was set, less a little for rounding: a drop below it is a regression. The
// held-out sets are never tuned on, so their floors record what the rules generalise to, not a target.

const library = readLibrarySync(new URL('../../scenarios/', import.meta.url).pathname);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const summary = (report: CalibrationReport) =>
  report.scenarios
    .map((s) => `${s.language}/${s.id}: ${s.ordered}/${s.pairs}`)
    .concat(`overall ${pct(report.ranking.accuracy)}`)
    .join('\n');

describe.each([
  // [set, report, overall floor, nl floor, en floor]
  ['library golden examples', () => libraryReport(library), 0.985, 0.985, 0.985],
  ['training set 2026-11', () => heldOutReport(HELD_OUT, library), 0.955, 0.95, 0.955],
  ['training set 2026-12', () => heldOutReport(TRAINING_2026_12, library), 0.985, 0.985, 0.985],
  ['training set 2026-12c', () => heldOutReport(TRAINING_2026_12C, library), 0.985, 0.985, 0.985],
  // 85.4% at its first scoring (2026-12-02 evening), tuned on since.
  ['training set 2026-12f', () => heldOutReport(TRAINING_2026_12F, library), 0.95, 0.945, 0.955],
  // 89.2% (nl 86.9, en 91.6) at its first scoring (2026-12-03), tuned on since.
  ['training set 2026-12j', () => heldOutReport(TRAINING_2026_12J, library), 0.965, 0.97, 0.96],
  // 92.7% (nl 92.6, en 92.8) at its first scoring (2026-12-03, fourth stop), tuned on since.
  ['training set 2026-12q', () => heldOutReport(TRAINING_2026_12Q, library), 0.96, 0.97, 0.95],
  // 92.6% (nl 91.1, en 94.1) at its first scoring (2026-12-03, fifth stop), tuned on since.
  ['training set 2026-12s', () => heldOutReport(TRAINING_2026_12S, library), 0.99, 0.985, 0.995],
  // 90.1% (nl 89.0, en 91.1) at its first scoring (2026-12-03, sixth stop), tuned on since.
  ['training set 2026-12u', () => heldOutReport(TRAINING_2026_12U, library), 0.945, 0.935, 0.96],
  // 89.0% (nl 90.2, en 87.9) at its first scoring (2026-12-04), tuned on since (90.4%, nl 92.6, en 88.3).
  ['training set 2026-12w', () => heldOutReport(TRAINING_2026_12W, library), 0.92, 0.93, 0.92],
  // Held out when written; its misorders were read and tuned on from 2026-12-02, so a training set now.
  ['former held-out set 2026-12', () => heldOutReport(HELD_OUT_2026_12, library), 0.935, 0.94, 0.93],
  ['held-out set 2026-12b', () => heldOutReport(HELD_OUT_2026_12B, library), 0.895, 0.91, 0.88],
] as const)('rubric ranking on the %s', (_, build, overall, nl, en) => {
  const report = build();
  it(`ranks good > fair > poor on at least ${pct(overall)} of pairs (nl ${pct(nl)}, en ${pct(en)})`, () => {
    const text = summary(report);
    expect(report.ranking.pairs).toBeGreaterThan(500);
    expect(report.ranking.accuracy, text).toBeGreaterThanOrEqual(overall);
    expect(report.byLanguage.nl.accuracy, text).toBeGreaterThanOrEqual(nl);
    expect(report.byLanguage.en.accuracy, text).toBeGreaterThanOrEqual(en);
  });
});

describe('adversarial report', () => {
  const harm: AdversarialCase = {
    class: 'glued-harm',
    scenarioId: 'saying-no-extra-project',
    language: 'en',
    reply:
      "You're a great guy, Mark, but if you ever promise my team again without asking, you're finished here.",
  };
  const report = (item: AdversarialCase) => adversarialReport([item], ADVERSARIAL_REFERENCES, library);

  it('counts a case that keeps its score down but misses a move it names as right by score alone', () => {
    const plain = report(harm);
    expect(plain.cases[0]?.passed, plain.cases[0]?.why).toBe(true);
    const strict = report({ ...harm, has: ['condolence'] });
    expect(strict.cases[0]).toMatchObject({ passed: false, byScore: true, why: 'misses condolence' });
    expect(strict.byClass['glued-harm']).toEqual({ passed: 0, byScore: 1, total: 1 });
  });

  it('counts a case above its ceiling as wrong by score too', () => {
    const warm = report({ ...harm, reply: "Mark, you're right that this matters. I'll think about it." });
    expect(warm.cases[0]?.byScore, warm.cases[0]?.why).toBe(false);
  });
});
