import { describe, expect, it } from 'vitest';
import { libraryScenarios } from '../../test/harness.ts';
import { scenarioContext, scoreHeuristic } from '../rubric/index.ts';
import { actsInSession } from './report-acts.ts';

// Which replies did the scenario's core act and which did what to avoid, read as the rubric reads them.

async function actsOf(scenarioId: string, replies: string[]) {
  const scenario = (await libraryScenarios()).get(scenarioId)!;
  const turns = replies.map((content, i) => ({
    seq: 2 * i + 3,
    content,
    result: scoreHeuristic({
      reply: content,
      language: scenario.language,
      focus: scenario.focus,
      scenario: scenarioContext(scenario),
    }),
  }));
  return actsInSession(scenario.acts, scenario.language, turns);
}

describe('actsInSession', () => {
  it.each([
    [
      'saying-no-team-lead-role',
      [
        'Sarah, I can see how much this matters to you.',
        "No, Sarah, it's Ben. But next time it will be you.",
      ],
      'Promise a next promotion',
    ],
    [
      'nee-zeggen-teamleidersrol',
      [
        'Fatima, ik zie hoeveel dit voor je betekent.',
        'Nee, het is Koen geworden. Maar volgende keer ben jij het.',
      ],
      'Een volgende promotie beloven',
    ],
  ])('%s: the core act and a must-not act, each with the reply that did it', async (id, replies, mustNot) => {
    const acts = await actsOf(id, replies);
    expect(acts?.core?.doneIn).toEqual([5]);
    expect(acts?.core?.tip).toBeTruthy();
    const done = acts!.mustNot.filter((act) => act.doneIn.length > 0);
    expect(done.map((act) => [act.label, act.doneIn])).toEqual([[mustNot, [5]]]);
  });

  it('reads a must-not phrase inside a negation as no must-not act', async () => {
    const acts = await actsOf('saying-no-team-lead-role', ["It's Ben. I won't promise you the next round."]);
    expect(acts!.mustNot.flatMap((act) => act.doneIn)).toEqual([]);
  });

  it('is null for a scenario without acts', () => {
    expect(actsInSession(undefined, 'en', [])).toBeNull();
  });
});
