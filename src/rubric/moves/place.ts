import type { Language } from '../ids.ts';
import type { Sentence } from '../text.ts';
import type { Signal } from './signals.ts';

// Vague and softening words read where they stand. A word is vague when it leaves the message or the
// commitment open; beside a named time or amount it is not ("payments three weeks later", "een paar
// weken later"), and a "something" the other is asked about explores ("or is something else squeezing
// you?"). A softener inside an open question softens the asking, not the message ("hoe gaat dat
// eigenlijk?", "what kind of work would you like?").

/** A named time or amount in the sentence: a count of time units, a day, a date, a part of today. */
const CONCRETE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:\p{N}+|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:hours?|days?|weeks?|months?)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|(?:this|next) (?:week|month|morning|afternoon|evening)|january|february|march|april|june|july|august|september|october|november|december)(?:'s)?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:\p{N}+|een paar|paar|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)\s+(?:uur|uren|dagen|weken|week|maanden|maand)|(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:middag|ochtend|avond)?|morgen(?:ochtend|middag)?|vanavond|vandaag|vanmiddag|vanochtend|(?:deze|volgende|komende) (?:week|maand)|januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december)(?![\p{L}])/iu,
};

/** The how left open: a named time beside it does not make it concrete ("we'll figure it out somehow by Friday"). */
const MANNER =
  /(?<![\p{L}])(?:somehow|one way or|(?:figure|work|sort) (?:something|things) out|op (?:de )?een of andere manier|(?:vinden|verzinnen) (?:we |er )*(?:wel )?(?:iets|wat) op)/iu;

/** A thing left unnamed: only this kind of vague word is an exploration when it is asked about. */
const UNNAMED = /^(?:something|iets)$/iu;
/** "a course or something": the tail that leaves it open, also in a question. */
const OR_BEFORE = /(?<![\p{L}])(?:or|of)\s+$/iu;

export function readInPlace(
  signals: Signal[],
  text: string,
  list: Sentence[],
  languages: readonly Language[],
): Signal[] {
  if (!signals.some((s) => s.id === 'vague' || s.id === 'hedges')) return signals;
  const opens = signals.filter((s) => s.id === 'open-question');
  return signals.filter((signal) => {
    if (signal.id === 'vague') {
      const sentence = list.find((s) => signal.start >= s.start && signal.start < s.end);
      if (!sentence) return true;
      const word = text.slice(signal.start, signal.end);
      if (MANNER.test(word)) return true;
      if (languages.some((language) => CONCRETE[language].test(sentence.text))) return false;
      if (
        UNNAMED.test(word) &&
        sentence.text.endsWith('?') &&
        !OR_BEFORE.test(text.slice(sentence.start, signal.start))
      )
        return false;
      return true;
    }
    if (signal.id === 'hedges')
      return !opens.some((open) => open.start <= signal.start && signal.end <= open.end);
    return true;
  });
}

/**
 * A saying withheld, with a time beside it, is no next step but the answer put off: "I can't really say
 * anything before the announcement tomorrow", "daar kan ik tot morgen nog niks over zeggen". A "but"
 * after it may still promise one: "I can't say more now, but I'll call you at nine".
 */
const WITHHELD: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:can't|cannot|can not|couldn't|won't|not (?:allowed|able|supposed) to)\s+(?:\p{L}+\s+){0,2}?(?:say|tell|share|comment)(?![\p{L}])(?![^.!?]*(?<![\p{L}])but\s)/iu,
  nl: /(?<![\p{L}])(?:kan|kun|mag|wil)\s+(?:\p{L}+\s+){0,6}?(?:niet|niks|niets|geen)\s+(?:\p{L}+\s+){0,4}?(?:zeggen|vertellen|kwijt)(?![\p{L}])(?![^.!?]*(?<![\p{L}])maar\s)/iu,
};

export const withheldSaying = (sentence: string, language: Language) => WITHHELD[language].test(sentence);
