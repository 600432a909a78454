import { describe, expect, it } from 'vitest';
import type { Language } from '../ids.ts';
import { analysisText } from '../text.ts';
import { detectSignals } from './detect.ts';
import type { SignalId } from './signals.ts';

// Acts the library's golden examples showed the rubric misreading, each as a class: other wordings, both
// languages, and the look-alikes that are not the act.

const LOSS = 'My dad has been moved to a hospice. / Mijn vader ligt sinds gisteren in het hospice.';

const ids = (reply: string, language: Language, persona?: string) =>
  new Set(
    detectSignals(
      analysisText(reply),
      [language],
      persona ? [{ role: 'persona', content: persona }] : undefined,
    ).map((signal) => signal.id),
  );

// [reply, language, the act that must be read, acts that must not be read, what the other just said]
const READ: [string, Language, SignalId | undefined, SignalId[], string?][] = [
  // Forgiveness is its own act: letting go of what the other did.
  ['I forgive you.', 'en', 'forgives', []],
  ["I've forgiven you, Ryan.", 'en', 'forgives', []],
  ["As far as I'm concerned, it's forgiven.", 'en', 'forgives', []],
  ["I'm not holding it against you.", 'en', 'forgives', []],
  ["I won't hold it against you.", 'en', 'forgives', []],
  ['No hard feelings.', 'en', 'forgives', []],
  ['I accept your apology.', 'en', 'forgives', []],
  ["I'm letting it go.", 'en', 'forgives', []],
  ['Ik vergeef het je.', 'nl', 'forgives', []],
  ['Ik heb het je allang vergeven.', 'nl', 'forgives', []],
  ['Wat mij betreft is het je vergeven.', 'nl', 'forgives', []],
  ['Ik neem het je niet kwalijk.', 'nl', 'forgives', []],
  ['Dat neem ik je niet kwalijk, Bas.', 'nl', 'forgives', []],
  ['Ik neem je dat niet meer kwalijk.', 'nl', 'forgives', []],
  ['Ik reken het je niet aan.', 'nl', 'forgives', []],
  ['Ik accepteer je excuses.', 'nl', 'forgives', []],
  ['Ik laat het los.', 'nl', 'forgives', []],
  // Forgiveness refused or denied is none.
  ["I don't forgive you.", 'en', undefined, ['forgives']],
  ["I can't forgive you for this.", 'en', undefined, ['forgives']],
  ["I'm not going to say I forgive you.", 'en', undefined, ['forgives']],
  ['Ik vergeef het je niet.', 'nl', undefined, ['forgives']],
  ['Ik kan het je niet vergeven.', 'nl', undefined, ['forgives']],
  ['Ik neem het je wel kwalijk.', 'nl', undefined, ['forgives']],
  // One act per clause: sympathy for a loss is condolence once, not also a named feeling.
  ["I'm sorry to hear that.", 'en', 'condolence', ['acknowledges-feeling'], LOSS],
  ["That's awful.", 'en', 'condolence', ['acknowledges-feeling'], LOSS],
  ['Wat erg.', 'nl', 'condolence', ['acknowledges-feeling'], LOSS],
  ['Wat naar voor je.', 'nl', 'condolence', ['acknowledges-feeling'], LOSS],
  // …and a vague phrase is vague once, not also a hedge.
  ['There are still a few little mistakes in it.', 'en', 'vague', ['hedges']],
  ['Er zitten nog wat foutjes in.', 'nl', 'vague', ['hedges']],
];

describe('reading acts the golden examples showed misread', () => {
  it.each(READ)('"%s" (%s) is %s', (reply, language, act, not, persona) => {
    const found = ids(reply, language, persona);
    if (act) expect([...found]).toContain(act);
    for (const id of not) expect([...found]).not.toContain(id);
  });
});
