import { describe, expect, it } from 'vitest';
import { libraryScenarios } from '../../test/harness.ts';
import type { SessionRow } from '../db/schema/index.ts';
import { scenarioContext, scoreHeuristic } from '../rubric/index.ts';
import type { TurnRole } from '../vocabulary.ts';
import { buildReport } from './report.ts';
import type { TurnWithScore } from './store.ts';

// Passes by what the persona just said (a hospice): read with the conversation before it, it loses points.
const REPLY =
  "Thanks for all the work you did on Hartley, Mark. I can't take the integration on. What would you like to do next?";

describe('buildReport', () => {
  it('covers every learner turn: a stored verdict as stored, a lost one scored again on what was said before', async () => {
    const scenario = (await libraryScenarios()).get('saying-no-extra-project')!;
    const session = {
      id: crypto.randomUUID(),
      scenarioId: scenario.id,
      language: 'en',
    } as SessionRow;
    const at = new Date(0);
    const row = (seq: number, role: TurnRole, content: string, status = 'complete') =>
      ({ id: `t${seq}`, seq, role, content, status, score: null, createdAt: at }) as unknown as TurnWithScore;
    const stored = scoreHeuristic({ reply: 'Stored verdict.', language: 'en' });
    const turns = [
      { ...row(1, 'learner', 'Stored verdict.'), score: { result: stored } } as TurnWithScore,
      row(2, 'persona', 'My father is in a hospice.'),
      row(3, 'persona', 'Broke off', 'interrupted'),
      row(4, 'learner', REPLY),
    ];
    const report = buildReport(session, turns, scenario, new Date(0));
    expect(report).toMatchObject({ sessionId: session.id, scenarioTitle: scenario.title, turns: 2 });
    const lost = scoreHeuristic({
      reply: REPLY,
      language: 'en',
      history: [
        { role: 'learner', content: 'Stored verdict.' },
        { role: 'persona', content: 'My father is in a hospice.' },
      ],
      focus: scenario.focus,
      scenario: scenarioContext(scenario),
    });
    expect(lost.overall).toBeLessThan(
      scoreHeuristic({
        reply: REPLY,
        language: 'en',
        focus: scenario.focus,
        scenario: scenarioContext(scenario),
      }).overall,
    );
    expect(report.composition.replies).toEqual([
      { seq: 1, overall: stored.overall },
      { seq: 4, overall: lost.overall },
    ]);
  });
});
