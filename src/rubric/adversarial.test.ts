import { describe, expect, it } from 'vitest';
import { readLibrarySync } from '../scenarios/library-files.ts';
import { adversarialReport } from './evaluation.ts';
import { ADVERSARIAL_CASES, ADVERSARIAL_REFERENCES } from './fixtures/adversarial.ts';

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
