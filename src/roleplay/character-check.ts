import { isMixed, languageOf, languageProfile } from '../text/language.ts';
import type { Language } from '../vocabulary.ts';

// Catches a persona reply that slipped out of the role: an assistant voice, coaching or grading the
// learner, talk about its instructions, or the wrong language. Cheap patterns, run on every LLM reply.

export type CharacterCheck = { ok: true } | { ok: false; reason: string };

const BREAKS: { reason: string; pattern: RegExp }[] = [
  {
    reason: 'speaks as an AI',
    pattern:
      /\b(as an? (ai|artificial intelligence|(ai )?language model|(ai |virtual )?assistant|chatbot)|i('m| am) (just )?an? (ai|language model|(ai |virtual )?assistant|chatbot))\b/i,
  },
  {
    reason: 'speaks as an AI',
    pattern:
      /\b(als (een )?(ai|ai-taalmodel|taalmodel|(ai-|virtuele )?assistent|chatbot|kunstmatige intelligentie)|ik ben (maar )?een (ai|taalmodel|ai-taalmodel|(ai-|virtuele )?assistent|chatbot))\b/i,
  },
  {
    reason: 'refuses like an assistant',
    pattern:
      /\b(i (can't|can not|cannot|am unable to|'m unable to) (help|assist) (you )?with|ik kan (je|jou|u) (daar )?niet (mee )?helpen|daar kan ik (je|u) niet mee helpen)\b/i,
  },
  {
    reason: 'gives tips',
    pattern:
      /\b(here are (some|a few) (tips|suggestions|ways)|hier zijn (een paar|enkele|wat) (tips|suggesties)|some tips for|tips voor (je|jou|u))\b/i,
  },
  {
    reason: 'grades the learner',
    pattern:
      /\b(your score|(je|jouw|uw) score|you scored|(great|good|nice) (job|work),? you|well done,? you|(goed|knap|prima) gedaan,? (je|jij|u)|your (empathy|communication skills|response) (was|is)|feedback on your)\b/i,
  },
  {
    reason: 'talks about its instructions',
    pattern:
      /\b(system prompt|my prompt|my (instructions|guidelines) (say|tell|are|do not|don't)|these instructions|systeemprompt|mijn (instructies|prompt|richtlijnen)|deze instructies|learner_reply|mood note|stemmingsnotitie)\b/i,
  },
  {
    reason: 'steps out of the role-play',
    pattern: /\b(role-?play|rollenspel|in character|out of character|this simulation|deze simulatie)\b/i,
  },
];

/** Two or more list lines or a heading: assistants format, people in a conversation do not. */
const FORMATTING = /(^\s*([-*•]|\d+[.)])\s+.*\n){1,}^\s*([-*•]|\d+[.)])\s+|^#{1,6}\s/m;

export function checkCharacter(text: string, language: Language): CharacterCheck {
  if (text.trim() === '') return { ok: false, reason: 'empty reply' };
  for (const { reason, pattern } of BREAKS) {
    if (pattern.test(text)) return { ok: false, reason };
  }
  if (FORMATTING.test(text)) return { ok: false, reason: 'formats like a document' };
  // Only the other supported language, clearly, is a break: too little text, a mix or a third language is not.
  const profile = languageProfile(text);
  const answered = languageOf(profile);
  if ((answered === 'nl' || answered === 'en') && answered !== language && !isMixed(profile)) {
    return { ok: false, reason: `answers in ${answered}` };
  }
  return { ok: true };
}
