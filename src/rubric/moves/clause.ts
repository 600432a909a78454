import type { Language } from '../ids.ts';

// Where a negation's reach ends. A clause put first ("dat het niet bij jou terechtkwam", "when you didn't
// answer") keeps its negation to itself: the main clause after it says what it says, with or without the
// comma a careful writer would put between them. Dutch shows the seam by its word order: the subordinate
// clause ends on its verb, the main clause opens on its own ("…terechtkwam ligt ook aan mij", "…gebeld heb
// is het mijn schuld"). English shows it by the main clause's subject ("…didn't answer I was worried").

/**
 * Words that end no verb cluster: the word before the main clause's verb is the subordinate clause's own verb,
 * so "dat ik je nooit echt heb bedankt" is one clause, its "heb" no main verb.
 */
const ADVERB = String.raw`(?:echt|nooit|niet|wel|ook|nog|even|meteen|eerder|goed|zo|gewoon|toen|dan|altijd|helemaal|genoeg|tijd|al|ooit|pas|maar|eens|eigenlijk|nou|nu|er|het|je|jou|me|mij|ik|we|ons|hem|haar|ze|jullie)`;

/** A subordinator at the clause's start, after a coordinator or a mark at most. */
const SUBORDINATOR: Record<Language, string> = {
  en: String.raw`^[\s,;:—–-]*(?:(?:and|but|so)\s+)?(?:when|whenever|because|since|although|though|while|after|once|until|as soon as)\s`,
  nl: String.raw`^[\s,;:—–-]*(?:(?:en|maar)\s+)?(?:dat|omdat|doordat|toen|terwijl|nadat|voordat|zodat|hoewel|zodra|sinds|wanneer|als)\s`,
};

/** A subordinate clause opened at the clause's start, a negator in it and at least one word after that. */
const FRONTED: Record<Language, string> = {
  en: String.raw`${SUBORDINATOR.en}(?:.*?\s)?(?:not|never|no|nobody|nothing|[\p{L}]+n't|cannot)\s+(?:(?!(?:think|thought|believe|say|said|saying|mean|meant|feel|guess|suppose|expect|know|sure|want|wanted|pretend|claim)(?![\p{L}']))[\p{L}']+\s+)+?`,
  nl: String.raw`${SUBORDINATOR.nl}(?:.*?\s)?(?:niet|nooit|geen|niks|niets)\s+(?:\p{L}+\s+)*?(?!${ADVERB}\s)\p{L}+\s+`,
};

/** A finite verb that may open a Dutch main clause. */
const FINITE = String.raw`(?:is|was|ben|waren|ligt|lag|zit|zat|heb|had|hadden|heeft|hoef|hoeft|komt|kwam|vind|vond|voel|voelde|moet|moest|wil|wilde|kan|kon|zal|zou|ga|gaat|ging|doet|deed|maakt|maakte|spijt|speet|neem|nam|reken|baal|baalde|wordt|werd|blijft|bleef|raakt|raakte|zeg|geef|erken)(?![\p{L}])`;

/**
 * The main clause's opening after the fronted clause. Dutch: a finite verb with its subject after it
 * ("…gebeld heb is het mijn schuld", "…reageerde was ik ongerust"), or, where the clause put first is the
 * subject itself, the finite verb and a few adverbs right before the act ("…klopte is ook mijn fout").
 * English: the speaker as subject ("…didn't answer I was worried").
 */
const MAIN_OPENS: Record<Language, string> = {
  en: String.raw`(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll)(?![\p{L}'])`,
  nl: String.raw`${FINITE}\s+(?:ik|je|jij|we|wij|het|hij|zij|ze|u|jullie|er)(?![\p{L}])|${FINITE}(?:\s+(?:ook|echt|gewoon|wel|toch|helemaal|natuurlijk|zeker|dus|deels|vooral)(?![\p{L}]))*\s*$`,
};

/** The fronted clause, up to the main clause opening inside the text before the act. */
const ENDS_BEFORE: Record<Language, RegExp> = {
  en: new RegExp(`${FRONTED.en}(?=${MAIN_OPENS.en})`, 'iu'),
  nl: new RegExp(`${FRONTED.nl}(?=${MAIN_OPENS.nl})`, 'iu'),
};
/** The fronted clause as the whole text before the act, the act opening the main clause. */
const ENDS_AT_ACT: Record<Language, RegExp> = {
  en: new RegExp(`${FRONTED.en}$`, 'iu'),
  nl: new RegExp(`${FRONTED.nl}$`, 'iu'),
};
const OPENS_ACT: Record<Language, RegExp> = {
  en: new RegExp(`^${MAIN_OPENS.en}`, 'iu'),
  nl: new RegExp(`^${FINITE}`, 'iu'),
};
/** A clause that opens with a subordinator: most do not, and are not read further. */
const OPENS_SUBORDINATE: Record<Language, RegExp> = {
  en: new RegExp(SUBORDINATOR.en, 'iu'),
  nl: new RegExp(SUBORDINATOR.nl, 'iu'),
};

/**
 * Where the main clause opens in `clause` (the text from the last clause break up to the act), when the
 * clause opens with a subordinate clause that holds a negation and has ended; 0 where it has not. `act`
 * is the text of the act itself, which may open the main clause ("…terechtkwam ligt ook aan mij").
 */
export function mainClauseAfterFronted(clause: string, act: string, language: Language): number {
  if (!OPENS_SUBORDINATE[language].test(clause)) return 0;
  const inside = ENDS_BEFORE[language].exec(clause);
  if (inside) return inside[0].length;
  return ENDS_AT_ACT[language].test(clause) && OPENS_ACT[language].test(act) ? clause.length : 0;
}
