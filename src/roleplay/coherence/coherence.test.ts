import { describe, expect, it } from 'vitest';
import { scoreHeuristic } from '../../rubric/index.ts';
import { readLibrarySync } from '../../scenarios/library-files.ts';
import { coherenceOf, type Dialogue, type PlayedTurn, playDialogue } from './dialogue.ts';
import { ENGLISH_DIALOGUES } from './dialogues-en.ts';
import { DUTCH_DIALOGUES } from './dialogues-nl.ts';

const root = new URL('../../../scenarios/', import.meta.url).pathname;
const library = new Map(
  [...readLibrarySync(root).values()]
    .filter((scenario) => scenario.status === 'published')
    .map((scenario) => [scenario.id, scenario]),
);

const play = (dialogue: Dialogue) => playDialogue(library.get(dialogue.scenario)!, dialogue, scoreHeuristic);
const show = (turns: PlayedTurn[]) =>
  turns.map((turn) => `  ${turn.say}\n    → [${turn.addressed} ≠ ${turn.expect}] ${turn.text}`).join('\n');

describe.each([
  ['nl', DUTCH_DIALOGUES],
  ['en', ENGLISH_DIALOGUES],
] as const)('conversations in %s', (language, dialogues) => {
  it('cover every library scenario in the language', () => {
    const ids = [...library.values()].filter((scenario) => scenario.language === language).map((s) => s.id);
    expect(dialogues.map((dialogue) => dialogue.scenario).sort()).toEqual(ids.sort());
  });

  it.each(dialogues.map((dialogue) => [dialogue.scenario, dialogue] as const))(
    '%s: the persona answers what was said, never a question nobody asked',
    (_id, dialogue) => {
      const turns = play(dialogue);
      expect(turns.filter((turn) => turn.unasked).map((turn) => turn.text)).toEqual([]);
      // A repeated reply earns less than it did the first time.
      for (const turn of turns.filter((turn) => turn.expect === 'repetition' && turn.addressed)) {
        const first = turns.find((other) => other.say === turn.say)!;
        expect(turn.after.trust - turn.before.trust).toBeLessThan(
          Math.max(1, first.after.trust - first.before.trust),
        );
      }
    },
  );

  it.each(dialogues.map((dialogue) => [dialogue.scenario, dialogue] as const))(
    '%s: the same reply four times stops moving the mood, and the persona says so',
    (_id, dialogue) => {
      const kind = dialogue.steps.find((step) => step.expect === 'acknowledgement') ?? dialogue.steps[0]!;
      const turns = play({
        scenario: dialogue.scenario,
        steps: Array(4).fill({ ...kind, expect: 'repetition' }),
      });
      expect(turns.slice(1).map((turn) => turn.addressed)).toEqual([
        'repetition',
        'repetition',
        'repetition',
      ]);
      expect(turns[2]!.after.trust).toBeLessThanOrEqual(turns[2]!.before.trust);
      expect(turns[3]!.after.trust).toBeLessThanOrEqual(turns[3]!.before.trust);
    },
  );

  it('the persona addresses the newest act in at least 90% of its turns', () => {
    const turns = dialogues.flatMap((dialogue) => play(dialogue));
    const figure = coherenceOf(turns);
    const misses = dialogues
      .map((dialogue) => ({ dialogue, turns: play(dialogue) }))
      .filter(({ turns }) => turns.some((turn) => turn.addressed !== turn.expect))
      .map(
        ({ dialogue, turns }) =>
          `${dialogue.scenario}\n${show(turns.filter((t) => t.addressed !== t.expect))}`,
      );
    expect(figure.share, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('an invitation to talk', () => {
  it('"Hoi Marco, ja hoor. Vertel." opens the conversation: Marco tells, he does not close', () => {
    const scenario = library.get('nee-zeggen-extra-project')!;
    const turn = playDialogue(
      scenario,
      { scenario: scenario.id, steps: [{ say: 'Hoi Marco, ja hoor. Vertel.', expect: 'question' }] },
      // The reading the rubric gives an invitation: no harm in it.
      (input) => ({ ...scoreHeuristic(input), moves: [], flags: [] }),
    )[0]!;
    expect(turn).toMatchObject({ addressed: 'question', closing: false });
    expect(turn.text).not.toMatch(/laat maar|vergeet|zonder jou/i);
  });
});
