import type { ScriptLine } from '../scenarios/schema.ts';
import type { Language } from '../vocabulary.ts';
import { type Act, contentWords, type Reading, sameWord, topicOf } from './dialogue/index.ts';

// Whether a scripted line fits what the learner just said. Many lines start by echoing the learner
// ("Wat ik wil? Groeien.", "A three-year contract? Hm."): such a line only fits a reply it echoes, so the
// persona never answers a question nobody asked or takes up an offer nobody made.

export type LineContext = {
  /** The act the line would answer; undefined for a line said for the mood. */
  act: Act | undefined;
  reading: Reading;
  language: Language;
  /** Only lines that echo the act: a precise answer, not a general one. */
  strict?: boolean;
  /**
   * The content words of everything the learner said: what a line that answers no act in particular (a
   * closing, a line for the mood) may refer to. Without it, such lines are held to the newest reply.
   */
  conversation?: readonly string[];
};

/** The echo a line starts with: a short question followed by the persona's own words. */
export function echoOf(line: string): string | null {
  const match = /^([^.!?…]{1,80}\?)\s+(.+)$/s.exec(line.trim());
  if (!match) return null;
  const rest = match[2]!.trim();
  // "Dus wat zeg je nou? Is het ja of nee?" asks, it does not echo.
  if (rest.endsWith('?') && !/[.!…]/.test(rest)) return null;
  return match[1]!.split(/\s+/).length <= 9 ? match[1]! : null;
}

/** Days and times a line can only take up when the learner named them. */
const WHEN = {
  nl: /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|volgende week|om (?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2})(?: uur)?)\b/gi,
  en: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?::\d\d)?)\b/gi,
};

/** Whether every day or time the line names was named by the learner too. */
function sameWhen(line: string, context: LineContext): boolean {
  const named = line.match(WHEN[context.language]) ?? [];
  if (named.length === 0) return true;
  const said = heardWords(context).join(' ');
  return named.every((when) => contentWords(when, context.language).every((word) => said.includes(word)));
}

/** The words a line may refer to: the newest reply for an answer to an act, else the whole conversation. */
const heardWords = (context: LineContext): readonly string[] =>
  context.act ? context.reading.words : (context.conversation ?? context.reading.words);

export function fitsLine(line: string, context: LineContext): boolean {
  const dated = context.act ? context.act.kind !== 'question' : context.conversation !== undefined;
  if (dated && !sameWhen(line, context)) return false;
  const echo = echoOf(line);
  if (!echo) return !context.strict;
  const topic = topicOf(echo, context.language);
  if (topic) return context.act?.kind === 'question' && context.act.topic === topic;
  const words = contentWords(echo, context.language);
  if (words.length === 0) return !context.strict;
  return words.some((word) => context.reading.words.some((said) => sameWord(word, said)));
}

export type ScriptLineContext = LineContext & {
  /** The hidden needs revealed so far, by their index in the script's reveals. */
  revealed: readonly number[];
};

/** Whether the learner named it: the words of a mention, in any form that starts the same. */
function mentioned(mention: string, context: LineContext): boolean {
  const words = contentWords(mention, context.language);
  const named = words.length > 0 ? words : [mention.toLowerCase()];
  const heard = heardWords(context);
  return named.every((word) => heard.some((said) => sameWord(word, said)));
}

/**
 * Whether a script line fits: its author's conditions must hold, and where the author named neither a
 * topic nor what the line refers to, the line's own echo decides as for a plain line.
 */
export function fitsScriptLine(line: ScriptLine, context: ScriptLineContext): boolean {
  if (typeof line === 'string') return fitsLine(line, context);
  const { after, topic, mentions, needs } = line;
  if (after && context.act?.kind !== after) return false;
  if (needs !== undefined && !context.revealed.includes(needs - 1)) return false;
  if (topic && !(context.act?.kind === 'question' && context.act.topic === topic)) return false;
  if (mentions && !mentions.some((mention) => mentioned(mention, context))) return false;
  if (topic || mentions) return true;
  return fitsLine(line.say, context);
}
