import { HELD_OUT } from '../src/rubric/fixtures/held-out.ts';
import { HELD_OUT_2026_12 } from '../src/rubric/fixtures/held-out-2026-12.ts';
import { HELD_OUT_2026_12B } from '../src/rubric/fixtures/held-out-2026-12b.ts';
import { HELD_OUT_2026_12D } from '../src/rubric/fixtures/held-out-2026-12d.ts';
import { TRAINING_2026_12 } from '../src/rubric/fixtures/training-2026-12.ts';
import { TRAINING_2026_12C } from '../src/rubric/fixtures/training-2026-12c.ts';
import { TRAINING_2026_12F } from '../src/rubric/fixtures/training-2026-12f.ts';
import { openingHistory, scenarioContext } from '../src/rubric/index.ts';
import type { ScoreInput } from '../src/rubric/types.ts';
import { readLibrarySync } from '../src/scenarios/library-files.ts';
import type { Rating } from '../src/vocabulary.ts';

// The calibration sets as one list of scoring inputs: the library's golden examples and the rubric's training
// and held-out replies, each with its scenario's context and opening, as a session scores a first reply.

export type CalibrationReply = { input: ScoreInput; rating: Rating };

export function calibrationReplies(
  root = new URL('../scenarios/', import.meta.url).pathname,
): CalibrationReply[] {
  const library = readLibrarySync(root);
  const out: CalibrationReply[] = [];
  const add = (key: string, reply: string, rating: Rating) => {
    const scenario = library.get(key);
    if (!scenario) return;
    out.push({
      rating,
      input: {
        reply,
        language: scenario.language,
        focus: scenario.focus,
        history: openingHistory(scenario),
        scenario: scenarioContext(scenario),
      },
    });
  };
  for (const [key, scenario] of library) {
    for (const example of scenario.examples) add(key, example.reply, example.rating);
  }
  for (const set of [
    HELD_OUT,
    HELD_OUT_2026_12,
    HELD_OUT_2026_12B,
    HELD_OUT_2026_12D,
    TRAINING_2026_12,
    TRAINING_2026_12C,
    TRAINING_2026_12F,
  ]) {
    for (const group of set) {
      const key = `${group.language}/${group.scenarioId}`;
      for (const rating of ['good', 'fair', 'poor'] as const) {
        for (const reply of group[rating]) add(key, reply, rating);
      }
    }
  }
  return out;
}
