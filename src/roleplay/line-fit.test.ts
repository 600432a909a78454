import { describe, expect, it } from 'vitest';
import type { ScriptLine } from '../scenarios/schema.ts';
import { readActs } from './dialogue/index.ts';
import { echoOf, fitsLine, fitsScriptLine } from './line-fit.ts';

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

describe("a line with its author's conditions", () => {
  const blow: ScriptLine = {
    say: 'Klap, ja… Dat was het precies.',
    after: 'acknowledgement',
    mentions: ['klap'],
  };
  const acknowledgement = { kind: 'acknowledgement', move: 'reflects', quote: '', topic: null } as const;
  const heard = (reply: string, revealed: number[] = []) => ({
    ...context(reply),
    act: acknowledgement,
    revealed,
  });

  it('comes only after the act and the words it refers to', () => {
    expect(fitsScriptLine(blow, heard('Dat moet een klap voor je zijn geweest.'))).toBe(true);
    expect(fitsScriptLine(blow, heard('Dat moet zwaar voor je zijn geweest.'))).toBe(false);
    expect(fitsScriptLine(blow, { ...heard('Een klap, ja.'), act: undefined })).toBe(false);
  });

  it('answers only the question it names', () => {
    const line: ScriptLine = { say: 'Eerlijkheid, vooral.', topic: 'need' };
    expect(fitsScriptLine(line, { ...context('Wat heb je nodig?'), revealed: [] })).toBe(true);
    expect(fitsScriptLine(line, { ...context('Hoe is het voor je?'), revealed: [] })).toBe(false);
  });

  it('waits for the hidden need it follows', () => {
    const line: ScriptLine = { say: 'Zoals ik zei: die recruiter.', needs: 1 };
    expect(fitsScriptLine(line, heard('Oké.', []))).toBe(false);
    expect(fitsScriptLine(line, heard('Oké.', [0]))).toBe(true);
  });
});
