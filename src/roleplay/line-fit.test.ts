import { describe, expect, it } from 'vitest';
import { readActs } from './dialogue/index.ts';
import { echoOf, fitsLine } from './line-fit.ts';

const context = (reply: string, language: 'nl' | 'en' = 'nl') => {
  const reading = readActs(reply, [], { category: 'saying-no', language });
  return { act: reading.acts[0], reading, language };
};

describe('whether a scripted line fits what was said', () => {
  it('finds the echo a line starts with, and not a question the persona asks', () => {
    expect(echoOf('Wat ik wil? Groeien.')).toBe('Wat ik wil?');
    expect(echoOf('Dus wat zeg je nou eigenlijk? Is het ja of nee?')).toBeNull();
    expect(echoOf('Je weet toch hoe belangrijk Bakker voor ons is?')).toBeNull();
    expect(echoOf('Oké, helder. Niet leuk, wel helder.')).toBeNull();
  });

  it('answers a question only with a line for that question', () => {
    const asked = context('Wat zou jij zelf willen?');
    expect(fitsLine('Wat ik wil? Groeien.', asked)).toBe(true);
    expect(fitsLine('Hoe het voor me is? Alsof negen jaar niks waard is.', asked)).toBe(false);
    expect(fitsLine('Wat ik nodig heb? Eerlijkheid.', asked)).toBe(false);
  });

  it('takes up only what the learner named', () => {
    const offered = { ...context('I can offer a three-year contract at 4%.', 'en') };
    const act = { kind: 'proposal', move: 'offers-alternative', quote: '', topic: null } as const;
    expect(fitsLine("A three-year contract? Hm. That'd help.", { ...offered, act })).toBe(true);
    expect(fitsLine('Optimise the routes together? There is something in that.', { ...offered, act })).toBe(
      false,
    );
    expect(fitsLine('Thursday at ten at yours, with the numbers. Good.', { ...offered, act })).toBe(false);
    expect(fitsLine('Okay. I can work with that.', { ...offered, act })).toBe(true);
  });
});
