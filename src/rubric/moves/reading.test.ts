import { describe, expect, it } from 'vitest';
import type { Language } from '../ids.ts';
import { analysisText } from '../text.ts';
import { detectSignals } from './detect.ts';
import type { SignalId } from './signals.ts';

// The reading mechanisms one by one, each in wordings of its own in both languages: which words a negator
// governs, and when a negator negates nothing. Not cases from the suites: a mechanism that only passes
// the suites' wordings has not been built.

const ids = (reply: string, language: Language) =>
  new Set(detectSignals(analysisText(reply), [language]).map((signal) => signal.id));

// [reply, language, acts that must be read, acts that must not be read]
type Row = [string, Language, SignalId[], SignalId[]];

const PSEUDO_NEGATION: Row[] = [
  ["I can't tell you how sorry I am about Monday.", 'en', ['apology-with-responsibility'], ['defensive']],
  ["I couldn't be more sorry about what I said.", 'en', ['apology-with-responsibility'], ['defensive']],
  ["I've never been more sorry about anything.", 'en', ['apology-with-responsibility'], ['defensive']],
  ['I cannot stress enough that this was my mistake.', 'en', ['takes-ownership'], ['defensive']],
  ['No question, that was my mistake.', 'en', ['takes-ownership'], ['defensive']],
  ["There's no doubt it was my mistake.", 'en', ['takes-ownership'], ['defensive']],
  ["I don't deny it was my mistake.", 'en', ['takes-ownership'], ['defensive']],
  ["I can't thank you enough for stepping in.", 'en', ['appreciation'], []],
  ['Ik kan niet genoeg zeggen hoe erg het me spijt.', 'nl', ['apology-with-responsibility'], ['clear-no']],
  ['Ik kan je niet genoeg bedanken voor je hulp, dank je wel.', 'nl', ['appreciation'], ['clear-no']],
  ['Geen twijfel: het was mijn fout.', 'nl', ['takes-ownership'], ['defensive']],
  ['Ik ontken niet dat het mijn fout was.', 'nl', ['takes-ownership'], ['defensive']],
  // Real negations stay negations.
  ["I can't say I'm sorry.", 'en', [], ['apology-with-responsibility']],
  ["I won't apologise for what I said.", 'en', [], ['apology-with-responsibility']],
  ['Ik ga me niet verontschuldigen voor wat ik zei.', 'nl', [], ['apology-with-responsibility']],
];

const NEGATED_SAYING: Row[] = [
  // A defence denied owns the fault; a second negation before the act cancels the first.
  ["I'm not saying it wasn't my fault.", 'en', ['takes-ownership'], ['defensive']],
  ['Ik zeg niet dat het niet mijn fout was.', 'nl', ['takes-ownership'], ['defensive']],
  ["I'm not going to pretend I'm sorry.", 'en', [], ['apology-with-responsibility']],
  ['Ik kan niet zeggen dat het me spijt.', 'nl', [], ['apology-with-responsibility']],
  ['Ik heb nooit gezegd dat het jouw schuld was.', 'nl', [], ['blames']],
  // The saying's reach ends where a new clause is joined on.
  ["I never said we'd do it by June, Mark, and we won't.", 'en', ['clear-no'], []],
  [
    'Ik heb nooit gezegd dat we het voor juni doen, Marco, en dat gaan we ook niet doen.',
    'nl',
    ['clear-no'],
    [],
  ],
];

const DUTCH_ORDER: Row[] = [
  // A that-clause put first and denied by the main clause after it.
  ['Dat ik fout zat, geef ik niet toe.', 'nl', [], ['takes-ownership']],
  ['Dat het mijn schuld is, vind ik niet.', 'nl', [], ['takes-ownership']],
  ['Dat het me spijt, ga ik niet zeggen.', 'nl', [], ['apology-with-responsibility']],
  ['Dat het mijn schuld is, geef ik toe.', 'nl', ['takes-ownership'], []],
  // "niet" in a subordinate clause after the act is not the act's.
  ['Het spijt me dat ik niet eerder naar je heb geluisterd.', 'nl', ['apology-with-responsibility'], []],
];

const CONTRAST: Row[] = [
  // "Not X but Y": the second half names who is at fault.
  ["It's not your fault but mine.", 'en', ['takes-ownership'], ['blames']],
  ['Het is niet jouw schuld maar de mijne.', 'nl', ['takes-ownership'], ['blames']],
  ['Het is niet jouw fout, het is de mijne.', 'nl', ['takes-ownership'], ['blames']],
  ['This isn’t your fault.', 'en', [], ['blames']],
];

describe.each([
  ['pseudo-negations negate nothing', PSEUDO_NEGATION],
  ['a negated saying reaches into its that-clause', NEGATED_SAYING],
  ['Dutch word order', DUTCH_ORDER],
  ['"not X but Y"', CONTRAST],
] as const)('%s', (_name, rows) => {
  it.each(rows)('"%s" (%s)', (reply, language, has, lacks) => {
    const found = ids(reply, language);
    for (const id of has) expect(found, `reads ${id}`).toContain(id);
    for (const id of lacks) expect(found, `does not read ${id}`).not.toContain(id);
  });
});
