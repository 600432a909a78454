import { describe, expect, it } from 'vitest';
import type { DetectedMove } from '../../rubric/types.ts';
import { readActs } from './acts.ts';

const saying = { category: 'saying-no', language: 'nl' } as const;
const supplier = { category: 'stakeholder', language: 'en' } as const;

/** A move quoting the given words of the reply, as the rubric reports it. */
function move(
  reply: string,
  id: string,
  quote: string,
): Pick<DetectedMove, 'id' | 'quote' | 'start' | 'end'> {
  const start = reply.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the reply`);
  return { id: id as DetectedMove['id'], quote, start, end: start + quote.length };
}

describe('reading a reply as dialogue acts', () => {
  it('answers a question before a proposal, a proposal before the core act', () => {
    const reply = 'Nee, dat lukt niet. Ik kan je wel in september een eerste versie geven. Wat heb je nodig?';
    const { acts } = readActs(
      reply,
      [
        move(reply, 'clear-no', 'Nee, dat lukt niet'),
        move(reply, 'offers-alternative', 'in september een eerste versie'),
        move(reply, 'open-question', 'Wat heb je nodig?'),
      ],
      saying,
    );
    expect(acts.map((act) => act.kind)).toEqual(['question', 'proposal', 'core']);
    expect(acts[0]).toMatchObject({ topic: 'need', quote: 'Wat heb je nodig?' });
  });

  it('reads a question about the proposal as part of the proposal', () => {
    const reply = "I'll send you the three-year proposal by Friday. How does that sound?";
    const { acts } = readActs(
      reply,
      [
        move(reply, 'concrete-next-step', 'send you the three-year proposal by Friday'),
        move(reply, 'checks-understanding', 'How does that sound?'),
      ],
      supplier,
    );
    expect(acts.map((act) => act.kind)).toEqual(['proposal']);
  });

  it('names what a question asks about, so the answer can fit it', () => {
    const reply = 'Wat zou jij zelf willen als volgende stap?';
    const { acts } = readActs(reply, [move(reply, 'invites-ownership', reply)], saying);
    expect(acts).toMatchObject([{ kind: 'question', topic: 'want' }]);
  });

  it('hears a question the rubric did not report', () => {
    const { acts } = readActs('En hoe is dit nu voor jou?', [], saying);
    expect(acts).toMatchObject([{ kind: 'question', move: null, topic: 'feeling' }]);
  });

  it.each([
    ['Hoi Marco, ja hoor. Vertel.', 'nl'],
    ['Sure, go ahead.', 'en'],
  ] as const)('reads "%s" as an invitation to talk', (reply, language) => {
    const { acts } = readActs(reply, [], { category: 'saying-no', language });
    expect(acts).toMatchObject([{ kind: 'question', topic: 'story' }]);
  });

  it('takes a date inside a refusal for no proposal', () => {
    const reply = 'Nee, per 1 juni gaat dat niet lukken.';
    const { acts } = readActs(
      reply,
      [move(reply, 'clear-no', 'Nee'), move(reply, 'concrete-next-step', 'per 1 juni')],
      saying,
    );
    expect(acts.map((act) => act.kind)).toEqual(['core']);
  });

  it('counts a move as the core act only where the scenario makes it one', () => {
    const reply = 'Het spijt me, dat was mijn fout.';
    const moves = [move(reply, 'apology-with-responsibility', 'Het spijt me, dat was mijn fout')];
    expect(readActs(reply, moves, { category: 'apologising', language: 'nl' }).acts[0]!.kind).toBe('core');
    expect(readActs(reply, moves, { category: 'mentoring', language: 'nl' }).acts[0]!.kind).toBe(
      'acknowledgement',
    );
  });

  it('ignores a move id it does not know yet', () => {
    const reply = 'Hm.';
    expect(readActs(reply, [move(reply, 'some-future-move', 'Hm.')], saying).acts).toEqual([]);
  });
});
