import { describe, expect, it } from 'vitest';
import type { Reading } from './acts.ts';
import {
  answered,
  dialogueStateSchema,
  hear,
  initialDialogue,
  openQuestions,
  parseDialogue,
} from './state.ts';

const reading = (acts: Reading['acts'], moves = acts.flatMap((act) => (act.move ? [act.move] : []))) => ({
  acts,
  words: [],
  moves,
});

describe('the dialogue state', () => {
  it('writes down what the learner asked, offered, promised, refused, owned and acknowledged', () => {
    const state = hear(
      initialDialogue(),
      reading([
        { kind: 'question', move: 'open-question', quote: 'Wat heb je nodig?', topic: 'need' },
        {
          kind: 'proposal',
          move: 'offers-alternative',
          quote: 'een eerste versie in september',
          topic: null,
        },
        { kind: 'proposal', move: 'concrete-next-step', quote: 'morgen om negen uur', topic: null },
        { kind: 'core', move: 'clear-no', quote: 'Nee', topic: null },
        { kind: 'acknowledgement', move: 'takes-ownership', quote: 'dat had ik moeten zien', topic: null },
        { kind: 'acknowledgement', move: 'acknowledges-feeling', quote: 'je baalt', topic: null },
      ]),
      0,
    );
    expect(state).toMatchObject({
      turn: 1,
      asked: [{ turn: 1, topic: 'need', answered: false }],
      offered: [{ quote: 'een eerste versie in september' }],
      promised: [{ quote: 'morgen om negen uur' }],
      refused: [{ quote: 'Nee' }],
      owned: [{ quote: 'dat had ik moeten zien' }],
      acknowledged: [{ quote: 'je baalt' }],
    });
    expect(state.moves).toContain('clear-no');
    expect(openQuestions(state)).toHaveLength(1);
  });

  it('marks the newest question answered, keeps the lines used, the needs revealed and the agreement', () => {
    const proposal = {
      kind: 'proposal',
      move: 'concrete-next-step',
      quote: 'donderdag om tien',
      topic: null,
    } as const;
    const heard = hear(
      initialDialogue(),
      reading([{ kind: 'question', move: 'open-question', quote: 'Waarom?', topic: 'reason' }, proposal]),
      0,
    );
    const after = answered(heard, {
      addressed: 'question',
      lines: ['Omdat ik bang was.'],
      revealed: 1,
      agreed: proposal,
      closing: false,
    });
    expect(openQuestions(after)).toEqual([]);
    expect(after).toMatchObject({
      usedLines: ['Omdat ik bang was.'],
      revealed: [1],
      agreement: { turn: 1, quote: 'donderdag om tien' },
      addressed: 'question',
      closed: false,
    });
  });

  it('reads a stored state back, and starts afresh from nothing or from a shape it does not know', () => {
    const state = hear(initialDialogue(), reading([]), 0);
    expect(parseDialogue(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseDialogue(null)).toEqual(initialDialogue());
    expect(parseDialogue({ turn: 'x' })).toEqual(initialDialogue());
    expect(dialogueStateSchema.safeParse(initialDialogue()).success).toBe(true);
  });

  it('reads a state it made itself (a held session) as it is, and a copy of it, from the database, checked', () => {
    const made = answered(hear(initialDialogue(), reading([]), 0), {
      addressed: 'mood',
      lines: ['Goed.'],
      closing: false,
    });
    expect(parseDialogue(made)).toBe(made);
    const stored = JSON.parse(JSON.stringify(made));
    expect(parseDialogue(stored)).not.toBe(stored);
    expect(parseDialogue(stored)).toEqual(made);
    expect(parseDialogue({ ...stored, turn: -1 })).toEqual(initialDialogue());
  });

  it('stays bounded however long the conversation', () => {
    let state = initialDialogue();
    for (let turn = 0; turn < 100; turn++) {
      state = hear(
        state,
        reading([{ kind: 'question', move: null, quote: 'x'.repeat(1000), topic: null }]),
        0,
      );
    }
    expect(state.asked.length).toBeLessThanOrEqual(20);
    expect(state.asked[0]!.quote.length).toBeLessThanOrEqual(200);
  });
});
