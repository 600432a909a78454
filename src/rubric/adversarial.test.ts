import { describe, expect, it } from 'vitest';
import { readLibrarySync } from '../scenarios/library-files.ts';
import { adversarialReport } from './evaluation.ts';
import { ADVERSARIAL_CASES, ADVERSARIAL_REFERENCES } from './fixtures/adversarial.ts';
import { ADVERSARIAL_HELD_OUT } from './fixtures/adversarial-held-out.ts';

// The adversarial development suite: replies built to fool a scorer that counts phrases. Every case is
// checked against its class's expectation (see evaluation.ts); the floors are the passes per class when
// they were set, so a regression fails here with the cases that broke. The suite is tuned on: figures on
// unseen replies come from the held-out sets.

const library = readLibrarySync(new URL('../../scenarios/', import.meta.url).pathname);
const report = adversarialReport(ADVERSARIAL_CASES, ADVERSARIAL_REFERENCES, library);

const FLOORS: Record<string, number> = {
  'stock-phrases': 40,
  'glued-harm': 49,
  negation: 66,
  sarcasm: 39,
  condolence: 24,
  refusal: 26,
  invitation: 24,
  dismissal: 24,
  empty: 26,
  'wrong-language': 24,
  injection: 28,
  generic: 26,
};

describe('adversarial development suite', () => {
  it.each(Object.entries(FLOORS))('%s: at least %i cases read right', (name, floor) => {
    const failures = report.cases
      .filter((o) => o.case.class === name && !o.passed)
      .map((o) => `${o.overall}: ${o.why} — ${o.case.reply}`)
      .join('\n');
    expect(report.byClass[name]?.passed ?? 0, failures).toBeGreaterThanOrEqual(floor);
  });
});

// The held-out adversarial suite is never read case by case (that would make it a training set): only
// its total is held, at the figure reached when the floor was set (132/176).
describe('adversarial held-out suite', () => {
  it('reads at least 130 of its 176 cases right', () => {
    const held = adversarialReport(ADVERSARIAL_HELD_OUT, ADVERSARIAL_REFERENCES, library);
    expect(held.total).toBe(176);
    expect(held.passed).toBeGreaterThanOrEqual(130);
  });
});
