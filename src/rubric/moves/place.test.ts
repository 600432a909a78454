import { describe, expect, it } from 'vitest';
import type { Language } from '../ids.ts';
import { analysisText } from '../text.ts';
import { detectSignals } from './detect.ts';
import type { SignalId } from './signals.ts';

// Vague and softening words read where they stand (`place.ts`), in wordings of their own in both
// languages: the empty look-alike stays vague or hedged, the one beside a named time or inside an open
// question does not.

const ids = (reply: string, language: Language) =>
  new Set(detectSignals(analysisText(reply), [language]).map((signal) => signal.id));

// [reply, language, acts that must be read, acts that must not be read]
type Row = [string, Language, SignalId[], SignalId[]];

const VAGUE: Row[] = [
  // A time left open, or a thing left unnamed: vague.
  ["Let's talk about it later.", 'en', ['vague'], []],
  ["We'll figure something out.", 'en', ['vague'], []],
  ['Do you want to do a course or something?', 'en', ['vague'], []],
  ['Laten we het er later nog eens over hebben.', 'nl', ['vague'], []],
  ['Er zitten nog een paar dingetjes in, daar kijken we later naar.', 'nl', ['vague'], []],
  // Beside a named time or amount, "later" is when: not vague.
  ['The app goes live on 1 March, with payments three weeks later.', 'en', [], ['vague']],
  ['We launch without payments and switch them on a few weeks later.', 'en', [], ['vague']],
  ['De app gaat op 1 maart live, de betaalfunctie drie weken later.', 'nl', [], ['vague']],
  ['We lanceren zonder betalen en zetten die een paar weken later aan.', 'nl', [], ['vague']],
  ["We'll talk it through later this week, Thursday if that suits you.", 'en', [], ['vague']],
  // The how left open stays vague beside a named time: the time is when, not what will be done.
  ["Don't worry about Friday, we'll figure it out somehow.", 'en', ['vague'], ['concrete-next-step']],
  ['Twelve from January then, we will make it work one way or another.', 'en', ['vague'], []],
  ["Leave Thursday to me, I'll work something out.", 'en', ['vague'], ['concrete-next-step']],
  [
    'Maak je over vrijdag geen zorgen, we komen er op de een of andere manier wel uit.',
    'nl',
    ['vague'],
    ['concrete-next-step'],
  ],
  ['Per 1 juni dan, daar vinden we wel iets op.', 'nl', ['vague'], ['concrete-next-step']],
  ['Donderdag lossen we het op een of andere manier op, dat beloof ik.', 'nl', ['vague'], []],
  ['Hoe dan ook: ik bel je morgen om negen uur.', 'nl', ['concrete-next-step'], ['vague']],
  // A named how beside the time stays a step.
  ["I'll call you on Friday at nine to go through the new dates.", 'en', ['concrete-next-step'], ['vague']],
  [
    'Ik bel je vrijdag om negen uur om de nieuwe data door te lopen.',
    'nl',
    ['concrete-next-step'],
    ['vague'],
  ],
  // A something asked about explores what the other has not said.
  ['Is it fuel, or is something else squeezing you?', 'en', [], ['vague']],
  ['Do you need something from me before your board meets?', 'en', [], ['vague']],
];

const HEDGES: Row[] = [
  // A softener on the message: hedged.
  ["I think it's kind of late to change it.", 'en', ['hedges'], []],
  ['That was probably a bit much, I guess.', 'en', ['hedges'], []],
  ['Het is eigenlijk niet zo erg.', 'nl', ['hedges'], []],
  ['Kun je er misschien een beetje op letten?', 'nl', ['hedges'], []],
  // A softener inside an open question softens the asking.
  ['What kind of work would you like to do more of?', 'en', ['open-question'], ['hedges']],
  ['And what sort of help would make the biggest difference?', 'en', ['open-question'], ['hedges']],
  ['Hoe gaat dat eigenlijk, met drie projecten tegelijk?', 'nl', ['open-question'], ['hedges']],
  ['Wat zit er eigenlijk achter, Erik?', 'nl', ['open-question'], ['hedges']],
];

const NEXT_STEPS: Row[] = [
  // A time and a promise to act on it: a next step.
  ["I'll call you tomorrow at nine.", 'en', ['concrete-next-step'], []],
  ['Ik bel je morgen om drie uur.', 'nl', ['concrete-next-step'], []],
  ["I can't say more right now, but I'll call you tomorrow at nine.", 'en', ['concrete-next-step'], []],
  ['Dat kan ik nu nog niet zeggen, maar ik bel je morgen om negen uur.', 'nl', ['concrete-next-step'], []],
  ['Zullen we morgen om tien uur samen de tabellen doorlopen?', 'nl', ['concrete-next-step'], []],
  // The answer put off with a time beside it is no step.
  ["Ah, I can't really say anything before the announcement tomorrow.", 'en', [], ['concrete-next-step']],
  ["I'm not allowed to share anything until Friday's announcement.", 'en', [], ['concrete-next-step']],
  ['Daar kan ik tot de bekendmaking morgen nog niks over zeggen.', 'nl', [], ['concrete-next-step']],
  ['Dat mag ik je voor morgen echt niet vertellen.', 'nl', [], ['concrete-next-step']],
  // "om" before a count that is no clock time is no time.
  ['Het ging om drie dagen, laten we het in verhouding zien.', 'nl', [], ['concrete-next-step']],
  // The other's work taken over, with a time: no agreement.
  ["I'll just redo the tables myself tonight.", 'en', ['takes-over'], ['concrete-next-step']],
  ['Ik pas de tabellen vanavond zelf wel even aan.', 'nl', ['takes-over'], ['concrete-next-step']],
  // Sending it to the other oneself is a promise to them, not their work taken over.
  ["As of next week I'll send you the planning myself.", 'en', ['concrete-next-step'], ['takes-over']],
  ['Vanaf volgende week stuur ik je de planning zelf.', 'nl', ['concrete-next-step'], ['takes-over']],
];

// A Dutch "niet" after the act negates it, unless "en", "maar" or "want" opened a clause of its own first.
const CLAUSES: Row[] = [
  [
    'We hebben drie dagen te laat geleverd en je niet gewaarschuwd.',
    'nl',
    ['takes-ownership'],
    ['defensive'],
  ],
  ['Ik heb het verkeerd ingeschat en je niet op tijd gebeld.', 'nl', ['takes-ownership'], ['defensive']],
  ['Ik heb je in de steek gelaten en niet gebeld.', 'nl', ['takes-ownership'], ['defensive']],
  ['Het spijt me niet.', 'nl', ['defensive'], ['apology-with-responsibility']],
  ['Dat was mijn fout niet.', 'nl', ['defensive'], ['takes-ownership']],
];

describe.each([
  ['Dutch clauses after the act', CLAUSES],
  ['vague words', VAGUE],
  ['softeners', HEDGES],
  ['next steps', NEXT_STEPS],
])('%s read where they stand', (_, rows) => {
  it.each(rows)('%s (%s)', (reply, language, has, lacks) => {
    const found = ids(reply, language);
    for (const id of has) expect(found, id).toContain(id);
    for (const id of lacks) expect(found, id).not.toContain(id);
  });
});
