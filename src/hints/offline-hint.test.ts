import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { libraryScenarios } from '../../test/harness.ts';
import { PRINCIPLE_IDS, type PrincipleId } from '../rubric/ids.ts';
import type { RubricResult } from '../rubric/types.ts';
import { parseScenario } from '../scenarios/parse.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { buildHint, leaksUnearnedNeed, principleToWorkOn, sentenceAround, stageOf } from './index.ts';

const scenario = async (id: string) => (await libraryScenarios()).get(id)!;

/** A verdict with these scores per principle (null: did not apply). */
const verdict = (scores: Partial<Record<PrincipleId, number | null>>): RubricResult => ({
  engine: 'heuristic',
  language: 'en',
  overall: 50,
  criteria: PRINCIPLE_IDS.map((id) => ({
    id,
    score: (scores[id] ?? null) as 0 | 1 | 2 | 3 | 4 | null,
    evidence: [],
    feedback: '',
  })),
  moves: [],
  flags: [],
  tips: [],
});

const even = { 'self-leadership': 1, connection: 1, courage: 1, clarity: 1, mentorship: 1 };

describe('the principle a hint names', () => {
  it("is the scenario's heaviest before any reply, ties going to the method's order", () => {
    expect(principleToWorkOn({ ...even, clarity: 3, courage: 3 }, [])).toEqual({
      principle: 'courage',
      mean: null,
    });
    expect(principleToWorkOn(even, [])).toEqual({ principle: 'self-leadership', mean: null });
  });

  it('is the one with most to gain: its weight times what its mean so far falls short of 4', () => {
    const results = [
      verdict({ 'self-leadership': 3, connection: 1, courage: 4, clarity: 2, mentorship: 3 }),
      verdict({ 'self-leadership': 3, connection: 2, courage: 4, clarity: 2, mentorship: 3 }),
    ];
    // connection 1.5 (gain 2.5) beats clarity 2 (gain 2) with even weights …
    expect(principleToWorkOn(even, results)).toEqual({ principle: 'connection', mean: 1.5 });
    // … but not when clarity weighs twice as much (gain 4).
    expect(principleToWorkOn({ ...even, clarity: 2 }, results)).toEqual({ principle: 'clarity', mean: 2 });
  });

  it('never names a principle the scenario does not score', () => {
    const results = [verdict({ 'self-leadership': 0, connection: 4, courage: 4, clarity: 4, mentorship: 4 })];
    expect(principleToWorkOn({ ...even, 'self-leadership': 0 }, results).principle).not.toBe(
      'self-leadership',
    );
  });
});

describe('an offline hint', () => {
  it('names only the hidden needs the persona revealed, never the others', async () => {
    const played = await scenario('saying-no-extra-project');
    const [first, second, third] = played.persona.hiddenNeeds;
    const before = buildHint({ scenario: played, results: [], said: [], mood: 'neutral', revealed: [] });
    expect(before.needs).toEqual([]);
    expect(before.text).toContain('an open question may bring it out');
    for (const need of played.persona.hiddenNeeds) expect(before.text).not.toContain(need);

    const after = buildHint({ scenario: played, results: [], said: [], mood: 'neutral', revealed: [1] });
    expect(after.needs).toEqual([second]);
    expect(after.text).toContain(second);
    expect(after.text).not.toContain(first);
    expect(after.text).not.toContain(third);
  });

  it("takes the author's hint that fits the stage, mood and principle, else a golden reply's sentence", async () => {
    const played = await scenario('saying-no-extra-project');
    const start = buildHint({ scenario: played, results: [], said: [], mood: 'guarded', revealed: [] });
    expect(start).toMatchObject({
      principle: 'courage',
      stage: 'start',
      openingFrom: 'scenario-hint',
      opening: "I'll be straight with you, Mark: June 1st isn't going to happen.",
      advice: 'Give the no early, with a reason Mark can pass on to Helen and the client.',
      source: 'offline',
    });
    expect(start.text).toBe(
      'Most worth working on now: courage. This conversation turns on it most. Give the no early, with a reason ' +
        'Mark can pass on to Helen and the client. You have not heard yet what lies underneath for Mark: an open ' +
        "question may bring it out. You could begin with: “I'll be straight with you, Mark: June 1st isn't going to happen.”",
    );

    // Low on connection, and Mark has closed up: the author's hint for a closed Mark.
    const cold = verdict({ 'self-leadership': 3, connection: 0, courage: 4, clarity: 3, mentorship: 2 });
    const closed = buildHint({
      scenario: played,
      results: [cold],
      said: ['No.'],
      mood: 'closed',
      revealed: [],
    });
    expect(closed).toMatchObject({
      principle: 'connection',
      mean: 0,
      stage: 'middle',
      openingFrom: 'scenario-hint',
    });
    expect(closed.opening).toBe('I can see this leaves you in a really awkward spot with Helen.');

    // The same, Mark merely guarded: no authored hint fits, so a sentence of a good golden reply that the
    // rubric credits with connection.
    const guarded = buildHint({
      scenario: played,
      results: [cold],
      said: ['No.'],
      mood: 'guarded',
      revealed: [],
    });
    expect(guarded.openingFrom).toBe('golden-example');
    const golden = played.examples.filter((example) => example.rating === 'good').map((e) => e.reply);
    expect(golden.some((reply) => reply.replace(/\s+/g, ' ').includes(guarded.opening))).toBe(true);
    expect(guarded.advice).toContain('name what they feel');

    // An opening the learner already said is not offered again.
    const again = buildHint({
      scenario: played,
      results: [cold],
      said: ['No.', guarded.opening],
      mood: 'guarded',
      revealed: [],
    });
    expect(again.opening).not.toBe(guarded.opening);
  });

  it('speaks Dutch in a Dutch scenario, decimal comma included', async () => {
    const played = await scenario('nee-zeggen-extra-project');
    const low = verdict({ 'self-leadership': 3, connection: 1, courage: 4, clarity: 3, mentorship: 3 });
    const hint = buildHint({
      scenario: played,
      results: [low],
      said: ['Nee.'],
      mood: 'neutral',
      revealed: [0],
    });
    expect(hint.language).toBe('nl');
    expect(hint.text).toMatch(
      /^Waar je nu het meest mee wint: verbinding\. Tot nu toe scoor je daarop 1,0 van de 4/,
    );
    expect(hint.text).toContain(`Wat Marco lijkt nodig te hebben: ${played.persona.hiddenNeeds[0]}`);
    expect(hint.text).toContain('Je zou zo kunnen beginnen: “');
  });

  it('knows the stage: before the first reply, the last two before the persona closes, in between', async () => {
    const played = await scenario('saying-no-extra-project');
    const max = played.script.maxTurns;
    expect([0, 1, max - 3, max - 2, max].map((replies) => stageOf(played, replies))).toEqual([
      'start',
      'middle',
      'middle',
      'closing',
      'closing',
    ]);
  });

  it('quotes whole sentences', () => {
    const text = 'First one. I hear you, Mark. Really! And more.';
    const start = text.indexOf('hear');
    expect(sentenceAround(text, start, start + 4)).toBe('I hear you, Mark.');
    expect(sentenceAround(text, 0, 5)).toBe('First one.');
    expect(sentenceAround(text, text.length - 3, text.length)).toBe('And more.');
  });
});

describe('a phrased hint', () => {
  it('is caught naming a hidden need the learner has not earned', async () => {
    const played = await scenario('saying-no-extra-project');
    const need = played.persona.hiddenNeeds[1]!;
    expect(leaksUnearnedNeed(`Try this. ${need}`, played, [])).toBe(true);
    expect(leaksUnearnedNeed(`Try this. ${need}`, played, [need])).toBe(false);
    expect(leaksUnearnedNeed('He does not want to hear a maybe. Ask him.', played, [])).toBe(false);
  });
});

describe('authored hints in a scenario file', () => {
  it('may not name a principle the scenario does not score', async () => {
    const played = await scenario('saying-no-extra-project');
    const draft: Scenario = {
      ...played,
      focus: { ...played.focus, mentorship: 0 },
      hints: [{ principle: 'mentorship', opening: 'What do you need?' }],
    };
    const result = parseScenario(stringify(draft), 'draft.yaml');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => [error.path, error.message])).toContainEqual([
      'hints[0].principle',
      '`hints[0].principle` is never offered: focus.mentorship is 0, so it is never the principle to work on',
    ]);
  });
});
