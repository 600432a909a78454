import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';
import { toPublicScenario, toScenarioSummary } from './public.ts';

const text = readFileSync(new URL('./fixtures/fixture-saying-no.yaml', import.meta.url), 'utf8');
const parsed = parseScenario(text);
if (!parsed.ok) throw new Error('the fixture must be valid');
const scenario = parsed.scenario;

describe('public views of a scenario', () => {
  it('shows the learner the briefing and the persona’s public side only', () => {
    const view = toPublicScenario(scenario);
    expect(view.persona).toEqual({
      name: 'Sam',
      role: 'Manager of the sales team',
      relationship: 'Peer manager you work with every week',
    });
    expect(view.success).toEqual([
      { statement: 'You said no clearly.' },
      { statement: 'Sam felt heard about the pressure.' },
    ]);
    expect(view.opening.lines).toEqual(scenario.opening.lines);
    expect(view.briefing).toEqual(scenario.briefing);
    const serialised = JSON.stringify(view);
    for (const secret of [
      ...scenario.persona.hiddenNeeds,
      ...scenario.persona.closedBy,
      ...scenario.script.reveals,
    ]) {
      expect(serialised).not.toContain(secret);
    }
    expect(Object.keys(view)).not.toEqual(expect.arrayContaining(['script']));
    expect(Object.keys(view)).not.toContain('examples');
  });

  it('hides opening lines when the learner speaks first', () => {
    const view = toPublicScenario({ ...scenario, opening: { speaker: 'learner', lines: ['unused'] } });
    expect(view.opening).toEqual({ speaker: 'learner', lines: [] });
  });

  it('summarises a scenario for a list', () => {
    expect(toScenarioSummary(scenario)).toEqual({
      id: 'fixture-saying-no',
      language: 'en',
      title: 'Saying no to an extra project',
      summary: 'Sam asks you to take on one more project while the team is already stretched.',
      category: 'saying-no',
      difficulty: 'medium',
      tags: ['workload', 'team-lead'],
      translations: {},
    });
  });
});
