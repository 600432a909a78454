import { describe, expect, it } from 'vitest';
import type { MoveId } from '../rubric/ids.ts';
import { scenarioContext, scoreHeuristic } from '../rubric/index.ts';
import type { RubricResult } from '../rubric/types.ts';
import { readLibrarySync } from '../scenarios/library-files.ts';
import type { Scenario } from '../scenarios/schema.ts';
import type { Mood } from '../vocabulary.ts';
import { result } from './__fixtures__/results.ts';
import {
  apologyScenario,
  easyApologyScenario,
  hardApologyScenario,
  plainApologyScenario,
} from './__fixtures__/scenarios.ts';
import { initialMood, MOVE_EFFECTS, moodLabel, nextMood } from './mood.ts';

const play = (scenario: Scenario, turns: RubricResult[], from: Mood = initialMood(scenario)) =>
  turns.reduce((mood, turn) => nextMood(mood, turn, scenario), from);

const start = initialMood(apologyScenario);

describe('initialMood', () => {
  it('starts hard scenarios more guarded than easy ones', () => {
    const easy = initialMood(easyApologyScenario);
    const hard = initialMood(hardApologyScenario);
    expect(hard.trust).toBeLessThan(start.trust);
    expect(start.trust).toBeLessThan(easy.trust);
    expect(hard.tension).toBeGreaterThan(easy.tension);
    expect(hard.label).toBe('guarded');
    expect(easy.label).toBe('neutral');
  });
});

describe('nextMood', () => {
  it.each<[string, MoveId, 'trust' | 'tension', 'up' | 'down']>([
    ['blaming lowers trust', 'blames', 'trust', 'down'],
    ['blaming raises tension', 'blames', 'tension', 'up'],
    ['acknowledging a feeling raises trust', 'acknowledges-feeling', 'trust', 'up'],
    ['acknowledging a feeling lowers tension', 'acknowledges-feeling', 'tension', 'down'],
    ['contempt raises tension', 'contempt', 'tension', 'up'],
    ['contempt lowers trust', 'contempt', 'trust', 'down'],
    ['an excuse-laden apology lowers trust', 'apology-with-excuse', 'trust', 'down'],
    ['defensiveness raises tension', 'defensive', 'tension', 'up'],
  ])('%s', (_name, move, axis, direction) => {
    const after = nextMood(start, result([move]), apologyScenario);
    if (direction === 'up') expect(after[axis]).toBeGreaterThan(start[axis]);
    else expect(after[axis]).toBeLessThan(start[axis]);
  });

  it('leaves the mood alone when nothing was detected', () => {
    expect(nextMood(start, result(), apologyScenario)).toEqual(start);
  });

  it('a real apology raises trust more than plain acknowledgement in an apologising scenario', () => {
    const apology = nextMood(start, result(['apology-with-responsibility']), apologyScenario);
    const acknowledgement = nextMood(start, result(['acknowledges-feeling']), apologyScenario);
    expect(apology.trust).toBeGreaterThan(acknowledgement.trust);
  });

  it("the scenario's sensitivity multiplies a move's effect", () => {
    const sensitive = nextMood(start, result(['apology-with-responsibility']), apologyScenario);
    const plain = nextMood(start, result(['apology-with-responsibility']), plainApologyScenario);
    expect(sensitive.trust - start.trust).toBe(2 * (plain.trust - start.trust));
  });

  it('good principle scores raise trust, poor ones lower it', () => {
    const good = nextMood(start, result([], { connection: 4, 'self-leadership': 4 }), apologyScenario);
    const poor = nextMood(start, result([], { connection: 0, 'self-leadership': 0 }), apologyScenario);
    expect(good.trust).toBeGreaterThan(start.trust);
    expect(poor.trust).toBeLessThan(start.trust);
    expect(nextMood(start, result([], { connection: 2 }), apologyScenario)).toEqual(start);
  });

  it('counts a move once per turn, so repeating it earns nothing more', () => {
    const once = nextMood(start, result(['acknowledges-feeling']), apologyScenario);
    const thrice = nextMood(
      start,
      result(['acknowledges-feeling', 'acknowledges-feeling', 'acknowledges-feeling']),
      apologyScenario,
    );
    expect(thrice).toEqual(once);
  });

  it('gives keyword stuffing only part of its credit', () => {
    const honest = nextMood(start, result(['acknowledges-feeling', 'reflects']), apologyScenario);
    const stuffed = nextMood(
      start,
      result(['acknowledges-feeling', 'reflects'], {}, { flags: [{ id: 'keyword-stuffing', message: '' }] }),
      apologyScenario,
    );
    expect(stuffed.trust).toBeLessThan(honest.trust);
    expect(stuffed.trust).toBeGreaterThanOrEqual(start.trust);
  });

  it('hard is harder: the same replies end lower on hard than on easy', () => {
    const replies = [
      result(['blames']),
      result(['acknowledges-feeling'], { connection: 3 }),
      result(['apology-with-responsibility', 'concrete-next-step'], { 'self-leadership': 3, clarity: 3 }),
      result(['open-question']),
    ];
    const easy = play(easyApologyScenario, replies);
    const hard = play(hardApologyScenario, replies);
    expect(hard.trust).toBeLessThan(easy.trust);
    expect(hard.tension).toBeGreaterThan(easy.tension);
    // From the same starting point too: hard forgives less, not only starts lower.
    const fromSameStart = play(hardApologyScenario, replies, initialMood(easyApologyScenario));
    expect(fromSameStart.trust).toBeLessThan(easy.trust);
  });

  it('a good conversation opens the persona, a hostile one closes it', () => {
    const warm = result(['acknowledges-feeling', 'reflects', 'open-question'], {
      connection: 4,
      mentorship: 3,
    });
    const hostile = result(['contempt', 'blames'], { connection: 0, 'self-leadership': 0 });
    expect(play(apologyScenario, [warm, warm, warm]).label).toBe('open');
    expect(play(apologyScenario, [hostile, hostile]).label).toBe('closed');
  });

  it('clamps trust and tension to 0–100', () => {
    const warm = result(
      Object.keys(MOVE_EFFECTS).filter((id) => MOVE_EFFECTS[id as MoveId].trust > 0) as MoveId[],
      {
        connection: 4,
        'self-leadership': 4,
        mentorship: 4,
      },
    );
    const hostile = result(['contempt', 'blames', 'defensive', 'absolutes'], { connection: 0 });
    const high = play(apologyScenario, Array(10).fill(warm));
    const low = play(apologyScenario, Array(10).fill(hostile));
    expect(high).toMatchObject({ trust: 100, tension: 0, label: 'open' });
    expect(low).toMatchObject({ trust: 0, tension: 100, label: 'closed' });
  });

  it('is deterministic', () => {
    const turn = result(['reflects', 'hedges'], { clarity: 1, connection: 3 });
    expect(nextMood(start, turn, apologyScenario)).toEqual(nextMood(start, turn, apologyScenario));
  });
});

describe('moodLabel', () => {
  it.each([
    [10, 20, 'closed'],
    [60, 80, 'closed'],
    [40, 60, 'guarded'],
    [50, 50, 'neutral'],
    [70, 30, 'open'],
    [70, 50, 'neutral'],
  ] as const)('trust %i, tension %i → %s', (trust, tension, label) => {
    expect(moodLabel(trust, tension)).toBe(label);
  });
});

describe('the mood follows acts, not phrases', () => {
  const library = readLibrarySync(new URL('../../scenarios/', import.meta.url).pathname);
  const marco = library.get('nl/nee-zeggen-extra-project')!;
  const opening = marco.opening.lines.map((content) => ({ role: 'persona' as const, content }));
  const read = (reply: string) =>
    scoreHeuristic({
      reply,
      language: 'nl',
      history: opening,
      focus: marco.focus,
      scenario: scenarioContext(marco),
    });

  it('"Hoi Marco, ja hoor. Vertel." invites Marco to talk: it opens him up, it does not give in', () => {
    const result = read('Hoi Marco, ja hoor. Vertel.');
    const moves = result.moves.map((m) => m.id);
    expect(moves).toContain('invites-talk');
    expect(moves).not.toContain('gives-in');
    expect(moves).not.toContain('contempt');
    const before = initialMood(marco);
    const after = nextMood(before, result, marco);
    expect(after.trust).toBeGreaterThan(before.trust);
    expect(after.tension).toBeLessThan(before.tension);
  });

  it('a yes to the demand itself does give in, and costs the conversation its trust in the leader', () => {
    const result = read('Ja hoor, geen probleem, we bouwen die koppeling gewoon voor 1 juni.');
    expect(result.moves.map((m) => m.id)).toContain('gives-in');
    expect(result.flags.map((f) => f.id)).toContain('harm');
  });
});

describe('repetition', () => {
  it('moves the mood less the second time, then not at all, then down: it sounds scripted', () => {
    const kind = result(['acknowledges-feeling', 'reflects'], { connection: 3 });
    const gain = (repeats: number) =>
      nextMood(start, { ...kind, repeats }, apologyScenario).trust - start.trust;
    expect(gain(1)).toBeGreaterThan(0);
    expect(gain(1)).toBeLessThan(gain(0));
    expect(gain(2)).toBeLessThan(0);
    expect(gain(5)).toBe(gain(2));
  });
});
