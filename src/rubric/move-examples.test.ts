import { describe, expect, it } from 'vitest';
import { MOVES } from './criteria.ts';
import { scoreHeuristic } from './heuristic.ts';
import { LANGUAGES } from './ids.ts';

// The example each move is documented with (in GET /v1/principles and the scenario JSON Schema) must be one the
// rubric itself recognises as that move: an author copying it gets what the documentation promises.
describe('the documented example of each move', () => {
  it.each(
    MOVES.flatMap((move) =>
      LANGUAGES.map((language) => [move.id, language, move.example[language]] as const),
    ),
  )('%s (%s): "%s"', (id, language, example) => {
    const result = scoreHeuristic({ reply: example, language });
    expect(result.moves.map((move) => move.id)).toContain(id);
  });
});
