import { describe, expect, it } from 'vitest';
import type { MoveId } from '../rubric/ids.ts';
import type { RubricResult } from '../rubric/types.ts';
import { lineText, type Scenario, type ScriptLine } from '../scenarios/schema.ts';
import type { Mood } from '../vocabulary.ts';
import { result } from './__fixtures__/results.ts';
import { apologyScenario } from './__fixtures__/scenarios.ts';
import { initialMood, nextMood } from './mood.ts';
import { compose, createScriptedRolePlayer } from './scripted-role-player.ts';
import { type PersonaReply, RolePlayError, type RolePlayInput, type TranscriptTurn } from './types.ts';

const player = createScriptedRolePlayer();
const noSignal = () => new AbortController().signal;

function input(overrides: Partial<RolePlayInput> = {}): RolePlayInput {
  const scenario = overrides.scenario ?? apologyScenario;
  return {
    scenario,
    sessionId: 'session-1',
    transcript: [
      { role: 'persona', content: scenario.opening.lines[0]! },
      { role: 'learner', content: 'Hi.' },
    ],
    mood: initialMood(scenario),
    lastResult: result(),
    learnerTurns: 1,
    ...overrides,
  };
}

/** Plays a whole session the way the sessions service will: rubric result → mood → persona reply. */
async function playSession(sessionId: string, results: RubricResult[], scenario: Scenario = apologyScenario) {
  const transcript: TranscriptTurn[] = [{ role: 'persona', content: scenario.opening.lines[0]! }];
  let mood: Mood = initialMood(scenario);
  const replies: PersonaReply[] = [];
  for (const [index, lastResult] of results.entries()) {
    transcript.push({ role: 'learner', content: `Learner turn ${index + 1}` });
    mood = nextMood(mood, lastResult, scenario);
    const reply = await player.respond(
      { scenario, sessionId, transcript: [...transcript], mood, lastResult, learnerTurns: index + 1 },
      { signal: noSignal(), onDelta: () => {} },
    );
    replies.push(reply);
    transcript.push({ role: 'persona', content: reply.text });
    if (reply.closing) break;
  }
  return { replies, mood };
}

const script = apologyScenario.script;
const texts = (lines: readonly ScriptLine[] | undefined) => (lines ?? []).map(lineText);
const allLines = (lines: Partial<Record<string, ScriptLine[]>>) => Object.values(lines).flatMap(texts);

const mixedSession = [
  result(['open-question']),
  result(['apology-with-excuse']),
  result(['acknowledges-feeling'], { connection: 3 }),
  result(['blames']),
  result(['apology-with-responsibility', 'concrete-next-step'], { 'self-leadership': 4 }),
  result(['reflects', 'open-question'], { connection: 4 }),
];

describe('scripted role-player', () => {
  it('is deterministic for the same session id', async () => {
    const a = await playSession('abc', mixedSession);
    const b = await playSession('abc', mixedSession);
    expect(a.replies.map((r) => r.text)).toEqual(b.replies.map((r) => r.text));
  });

  it('varies between sessions', async () => {
    const texts = new Set<string>();
    for (const id of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      texts.add((await playSession(id, mixedSession)).replies.map((r) => r.text).join('|'));
    }
    expect(texts.size).toBeGreaterThan(1);
  });

  it.each(['s1', 's2', 's3', 'another-session'])('never repeats a line within session %s', async (id) => {
    const { replies } = await playSession(id, mixedSession);
    const lines = [
      ...allLines(script.moods),
      ...allLines(script.moves),
      ...texts(script.reveals),
      ...allLines(script.closings),
    ];
    const counts = lines.map((line) => replies.filter((reply) => reply.text.includes(line)).length);
    expect(Math.max(...counts)).toBe(1);
  });

  it.each<[MoveId, string[]]>([
    ['blames', texts(script.moves.blames)],
    ['contempt', texts(script.moves.contempt)],
    ['apology-with-responsibility', texts(script.moves['apology-with-responsibility'])],
    ['acknowledges-feeling', texts(script.moves['acknowledges-feeling'])],
    ['grader-instruction', texts(script.moves['grader-instruction'])],
  ])('reacts to %s with one of its lines', (move, lines) => {
    const { text } = compose(input({ lastResult: result([move]) }));
    expect(lines.some((line) => text.startsWith(line))).toBe(true);
  });

  it('answers a question first, before blame', () => {
    const { text, addressed } = compose(input({ lastResult: result(['blames', 'open-question']) }));
    expect(addressed).toBe('question');
    expect(texts(script.moves.blames).some((line) => text.includes(line))).toBe(false);
  });

  it('answers blame before a plain acknowledgement', () => {
    const { text } = compose(input({ lastResult: result(['acknowledges-feeling', 'blames']) }));
    expect(texts(script.moves.blames).some((line) => text.startsWith(line))).toBe(true);
  });

  it('answers with a line for the mood when no move has a reaction', () => {
    const mood: Mood = { trust: 10, tension: 80, label: 'closed' };
    const { text } = compose(input({ mood, lastResult: result(['hedges']) }));
    expect(texts(script.moods.closed)).toContain(text);
  });

  it('never pairs a warm reaction with a cold mood line', () => {
    for (const sessionId of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const mood: Mood = { trust: 15, tension: 80, label: 'closed' };
      const { text } = compose(
        input({ sessionId, mood, lastResult: result(['apology-with-responsibility']) }),
      );
      expect(texts(script.moves['apology-with-responsibility']).some((line) => text.includes(line))).toBe(
        false,
      );
    }
  });

  it('reveals a hidden need when open and the learner explores, each reveal once', async () => {
    const open: Mood = { trust: 80, tension: 20, label: 'open' };
    const first = compose(input({ mood: open, lastResult: result(['open-question']) }));
    expect(texts(script.reveals).some((line) => first.text.includes(line))).toBe(true);
    const used = texts(script.reveals).find((line) => first.text.includes(line))!;
    const second = compose(
      input({
        mood: open,
        learnerTurns: 2,
        lastResult: result(['reflects']),
        transcript: [
          { role: 'learner', content: 'What is it like for you?' },
          { role: 'persona', content: first.text },
          { role: 'learner', content: 'So you felt alone in there.' },
        ],
      }),
    );
    expect(second.text).not.toContain(used);
    expect(texts(script.reveals).some((line) => second.text.includes(line))).toBe(true);
  });

  it('keeps the hidden needs while guarded, even when asked', () => {
    const guarded: Mood = { trust: 35, tension: 60, label: 'guarded' };
    const { text } = compose(input({ mood: guarded, lastResult: result(['open-question']) }));
    expect(texts(script.reveals).some((line) => text.includes(line))).toBe(false);
  });

  it.each<[Mood['label'], 'good' | 'neutral' | 'bad']>([
    ['open', 'good'],
    ['neutral', 'neutral'],
    ['closed', 'bad'],
  ])('closes at maxTurns; a %s persona gives a %s closing', (label, kind) => {
    const mood: Mood = { trust: 50, tension: 50, label };
    const reply = compose(input({ mood, learnerTurns: script.maxTurns }));
    expect(reply.closing).toBe(true);
    expect(texts(script.closings[kind]).some((line) => reply.text.includes(line))).toBe(true);
  });

  it('does not close before maxTurns while the goal is not reached', async () => {
    const { replies } = await playSession('s1', mixedSession.slice(0, 4));
    expect(replies.every((reply) => !reply.closing)).toBe(true);
  });

  it('closes once an agreement is reached and every success statement is met', async () => {
    const { replies } = await playSession('s1', mixedSession);
    expect(replies).toHaveLength(5);
    expect(replies.at(-1)).toMatchObject({ closing: true });
    expect(replies.at(-1)!.dialogue).toMatchObject({
      closed: true,
      agreement: { move: 'concrete-next-step' },
    });
  });

  it('walks away after several closed turns', async () => {
    const hostile = result(['contempt'], { connection: 0, 'self-leadership': 0 });
    const { replies } = await playSession('s1', Array(script.maxTurns).fill(hostile));
    expect(replies.length).toBeLessThan(script.maxTurns);
    expect(replies.at(-1)?.closing).toBe(true);
    expect(texts(script.closings.bad).some((line) => replies.at(-1)!.text.includes(line))).toBe(true);
  });

  it('streams the text in several chunks, yielding to the event loop between them', async () => {
    const deltas: string[] = [];
    const open: Mood = { trust: 80, tension: 20, label: 'open' };
    const pending = player.respond(input({ lastResult: result(['open-question']), mood: open }), {
      signal: noSignal(),
      onDelta: (text) => deltas.push(text),
    });
    const seenMidway = await new Promise<number>((resolve) => setImmediate(() => resolve(deltas.length)));
    const reply = await pending;
    expect(deltas.join('')).toBe(reply.text);
    expect(deltas.length).toBeGreaterThan(1);
    expect(seenMidway).toBeGreaterThan(0);
    expect(seenMidway).toBeLessThan(deltas.length);
    expect(reply).toMatchObject({ source: 'script', usage: null, replaced: false, closing: false });
  });

  it('stops streaming when the signal aborts, keeping what was sent', async () => {
    const controller = new AbortController();
    const deltas: string[] = [];
    const error = await player
      .respond(input({ lastResult: result(['blames']) }), {
        signal: controller.signal,
        onDelta: (text) => {
          deltas.push(text);
          controller.abort();
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RolePlayError);
    expect(error).toMatchObject({ code: 'aborted', partialText: deltas.join('') });
    expect(deltas).toHaveLength(1);
  });
});
