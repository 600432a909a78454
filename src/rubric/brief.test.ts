import { describe, expect, it } from 'vitest';
import { analyse, boundedOverall } from './heuristic.ts';
import type { Language } from './ids.ts';

// A brief reply that leaves the other's side unasked is fair at best: its overall is drawn into fair,
// not cut off, so such replies keep their order among themselves. Opening the conversation (an open
// question, an invitation to talk or to own the next step) lifts the bound.

const input = (reply: string, language: Language) => ({ reply, language });

// [reply, language, brief and closed]
const ROWS: [string, Language, boolean][] = [
  ['No, sorry. It went to Ben.', 'en', true],
  ['Twelve percent is not possible, Steve. The indexation is 3.8.', 'en', true],
  ['Nee, sorry. Het is Koen geworden.', 'nl', true],
  ['Twaalf procent gaat niet, Erik. De indexatie is 3,8.', 'nl', true],
  // Opened to the other: not bound.
  ['No, it went to Ben. What would help you most right now?', 'en', false],
  ['Nee, het is Koen geworden. Wat heb jij nu nodig?', 'nl', false],
  // Long enough to do more than one thing: not bound by this rule.
  [
    'No, we cannot build it by the first of June: my team is full with the migration until the end of June and two people are out, so promising it now would only move the disappointment to later.',
    'en',
    false,
  ],
];

describe('brief replies that leave the other unasked', () => {
  it.each(ROWS)('%s (%s)', (reply, language, closed) => {
    expect(Boolean(analyse(input(reply, language)).closed)).toBe(closed);
  });

  it('draws their overall into fair and keeps their order', () => {
    const cap = 59; // analyse sets it for such a reply
    const drawn = [52, 56, 59, 70, 90].map((overall) => boundedOverall(overall, { cap, closed: true }));
    for (const value of drawn) expect(value).toBeLessThan(60);
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!).toBeGreaterThanOrEqual(drawn[i - 1]!);
    expect(drawn[0]).toBeLessThan(drawn[2]!);
    // Below the knee, and for a reply that opens the talk, nothing changes.
    expect(boundedOverall(45, { cap, closed: true })).toBe(45);
    expect(boundedOverall(70, { cap: 100, closed: false })).toBe(70);
    // The other caps still hold.
    expect(boundedOverall(70, { cap: 40, closed: true })).toBe(40);
  });
});

// A stated act said in two phrases of one sentence is one act; said again in a sentence of its own it adds.
// [the act twice in one sentence, the act once, the act in two sentences, language, principle]
const ONCE: [string, string, string, Language, 'courage' | 'connection'][] = [
  [
    "No, we're not ready for the launch.",
    "We're not ready for the launch.",
    "No. We're not ready for the launch.",
    'en',
    'courage',
  ],
  [
    'Nee, we zijn niet klaar voor de lancering.',
    'We zijn niet klaar voor de lancering.',
    'Nee. We zijn niet klaar voor de lancering.',
    'nl',
    'courage',
  ],
  [
    "You're right, I can see how angry you are.",
    'I can see how angry you are.',
    "You're right. I can see how angry you are.",
    'en',
    'connection',
  ],
  [
    'Je hebt gelijk, ik snap dat je boos bent.',
    'Ik snap dat je boos bent.',
    'Je hebt gelijk. Ik snap dat je boos bent.',
    'nl',
    'connection',
  ],
];

describe('a stated act counted once per sentence', () => {
  it.each(ONCE)('%s (%s)', (twice, once, apart, language, principle) => {
    const raw = (reply: string) => analyse(input(reply, language)).raw[principle];
    expect(raw(twice)).toBeCloseTo(raw(once)!, 5);
    expect(raw(apart)!).toBeGreaterThan(raw(twice)!);
  });
});
