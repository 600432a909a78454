import { describe, expect, it } from 'vitest';
import { libraryScenarios } from '../../test/harness.ts';
import type { SessionRow } from '../db/schema/index.ts';
import { nextMood } from '../roleplay/index.ts';
import { type Judge, scenarioContext, scoreHeuristic } from '../rubric/index.ts';
import type { TurnWithScore } from './store.ts';
import { readReply } from './verdict.ts';

// The verdict in two steps: the heuristic's at once, with the mood it moves; the judge's later, with that
// same mood, or the heuristic's again (marked as a fallback) when the judge fails.

const REPLY =
  'I can hear how disappointed you are. I have to say no to the extra project. What would help you?';

async function setup() {
  const scenario = (await libraryScenarios()).list({ language: 'en' })[0]!;
  const session = { trust: 45, tension: 45, moodLabel: 'guarded' } as SessionRow;
  const turn = { id: 't1', seq: 2, role: 'learner', content: REPLY, score: null } as unknown as TurnWithScore;
  const deps = (judge: Judge | null) => ({ judge, clock: () => new Date(0) });
  return { scenario, session, turn, deps };
}

describe('readReply', () => {
  it('reads the reply at once and moves the mood from that reading', async () => {
    const { scenario, session, turn, deps } = await setup();
    const verdict = readReply(deps(null), session, scenario, [turn], turn);
    const heuristic = scoreHeuristic({
      reply: REPLY,
      language: 'en',
      history: [],
      focus: scenario.focus,
      scenario: scenarioContext(scenario),
    });
    const mood = nextMood({ trust: 45, tension: 45, label: 'guarded' }, heuristic, scenario);
    expect(verdict.judged).toBeNull();
    expect(verdict.now).toMatchObject({
      turnId: 't1',
      engine: 'heuristic',
      result: heuristic,
      trust: mood.trust,
    });
  });

  it('keeps the mood of the reading when the judge answers', async () => {
    const { scenario, session, turn, deps } = await setup();
    const judge: Judge = {
      score: async (input) => ({ ...scoreHeuristic(input), engine: 'llm', overall: 99 }),
    };
    const verdict = readReply(deps(judge), session, scenario, [turn], turn);
    const judged = await verdict.judged!(new AbortController().signal);
    expect(judged).toMatchObject({ engine: 'llm', overall: 99, trust: verdict.now.trust });
    expect(judged.moodLabel).toBe(verdict.now.moodLabel);
  });

  it("hands the judge the reading, so the judge's request is not held back by reading the reply again", async () => {
    const { scenario, session, turn, deps } = await setup();
    let given: unknown;
    const judge: Judge = {
      score: async (input) => {
        given = input.heuristic;
        return { ...input.heuristic!, engine: 'llm' };
      },
    };
    const verdict = readReply(deps(judge), session, scenario, [turn], turn);
    await verdict.judged!(new AbortController().signal);
    expect(given).toBe(verdict.now.result);
  });

  it('falls back to the reading, marked so, when the judge throws', async () => {
    const { scenario, session, turn, deps } = await setup();
    const judge: Judge = {
      score: async () => {
        throw new Error('aborted');
      },
    };
    const verdict = readReply(deps(judge), session, scenario, [turn], turn);
    const judged = await verdict.judged!(new AbortController().signal);
    expect(judged).toMatchObject({ engine: 'heuristic-fallback', overall: verdict.now.overall });
  });

  it('stores how far to trust each verdict: the reading alone, and the judge beside the reading', async () => {
    const { scenario, session, turn, deps } = await setup();
    const apart: Judge = {
      score: async (input) => {
        const reading = input.heuristic!;
        return {
          ...reading,
          engine: 'llm',
          // Every principle the rules scored, moved three points: the two read this reply differently.
          criteria: reading.criteria.map((c) =>
            c.score === null ? c : { ...c, score: (c.score >= 2 ? 0 : 4) as 0 | 4 },
          ),
        };
      },
    };
    const verdict = readReply(deps(apart), session, scenario, [turn], turn);
    expect(verdict.now.result.confidence).toMatchObject({ level: expect.any(String), judge: null });
    const judged = await verdict.judged!(new AbortController().signal);
    expect(judged.result.confidence?.judge?.agrees).toBe(false);
    expect(judged.result.confidence?.level).toBe('low');
    expect(judged.result.confidence?.reasons.map((r) => r.id)).toContain('judge-disagrees');
  });
});
