import type { PrincipleId } from '../rubric/ids.ts';
import type { Language } from '../vocabulary.ts';

// The words of an offline hint, in both languages. An author's own advice and openings (the scenario's
// `hints`) come before the standard ones here.

type HintWords = {
  principles: Record<PrincipleId, string>;
  principleNow: (principle: string) => string;
  whyFocus: string;
  whyScores: (mean: string) => string;
  advice: Record<PrincipleId, string>;
  openings: Record<PrincipleId, string>;
  needs: (name: string, needs: string[]) => string;
  noNeedsYet: (name: string) => string;
  opening: (opening: string) => string;
};

export const HINT_WORDS: Record<Language, HintWords> = {
  en: {
    principles: {
      'self-leadership': 'self-leadership',
      connection: 'connection',
      courage: 'courage',
      clarity: 'clarity',
      mentorship: 'mentorship',
    },
    principleNow: (principle) => `Most worth working on now: ${principle}.`,
    whyFocus: 'This conversation turns on it most.',
    whyScores: (mean) =>
      `So far you score ${mean} out of 4 on it: that is where this conversation has most to gain.`,
    advice: {
      'self-leadership':
        "Speak from yourself: say what you feel and own your part, without blame or a 'yes, but'.",
      connection:
        'Show that you see them: name what they feel, or put what you heard into your own words, before you move on.',
      courage:
        'Say the hard thing plainly and honestly: a real no where no is right, without sugar-coating it.',
      clarity: 'Make it concrete: who does what, by when, and check that you understand each other.',
      mentorship: 'Invite their view: ask what they need, and offer your support.',
    },
    openings: {
      'self-leadership': 'I notice this gets to me too, and my part in it is…',
      connection: 'It sounds like this is weighing on you.',
      courage: "I'll be honest with you, even though it isn't easy to say:",
      clarity: "Let's agree concretely on what happens next:",
      mentorship: 'What would help you most right now?',
    },
    needs: (name, needs) => `What ${name} seems to need: ${needs.join(' ')}`,
    noNeedsYet: (name) =>
      `You have not heard yet what lies underneath for ${name}: an open question may bring it out.`,
    opening: (opening) => `You could begin with: “${opening}”`,
  },
  nl: {
    principles: {
      'self-leadership': 'zelfleiderschap',
      connection: 'verbinding',
      courage: 'moed',
      clarity: 'duidelijkheid',
      mentorship: 'mentorschap',
    },
    principleNow: (principle) => `Waar je nu het meest mee wint: ${principle}.`,
    whyFocus: 'Daar draait dit gesprek het meest om.',
    whyScores: (mean) =>
      `Tot nu toe scoor je daarop ${mean} van de 4: daar valt in dit gesprek het meest te winnen.`,
    advice: {
      'self-leadership':
        'Spreek vanuit jezelf: zeg wat je voelt en neem je eigen deel, zonder verwijt of ‘ja, maar’.',
      connection:
        'Laat merken dat je de ander ziet: benoem wat die voelt, of zeg in je eigen woorden wat je hoorde, voordat je verdergaat.',
      courage:
        'Zeg het moeilijke eerlijk en rechtstreeks: een echt nee waar nee nodig is, zonder het mooier te maken dan het is.',
      clarity: 'Maak het concreet: wie doet wat en wanneer, en check of jullie elkaar goed begrijpen.',
      mentorship: 'Nodig de ander uit: vraag wat die nodig heeft en bied je steun aan.',
    },
    openings: {
      'self-leadership': 'Ik merk dat dit mij ook raakt, en mijn deel hierin is…',
      connection: 'Ik hoor dat dit zwaar voor je is.',
      courage: 'Ik ga eerlijk tegen je zijn, ook al is het niet makkelijk om te zeggen:',
      clarity: 'Laten we concreet afspreken wat er nu gebeurt:',
      mentorship: 'Wat zou jou nu het meest helpen?',
    },
    needs: (name, needs) => `Wat ${name} lijkt nodig te hebben: ${needs.join(' ')}`,
    noNeedsYet: (name) =>
      `Wat er bij ${name} onder zit, heb je nog niet gehoord: een open vraag kan het bovenhalen.`,
    opening: (opening) => `Je zou zo kunnen beginnen: “${opening}”`,
  },
};
