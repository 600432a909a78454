import type { Language } from '../../vocabulary.ts';
import type { Topic } from './topics.ts';

// What the persona says when the script has no line that fits the act it must answer: short, plain and
// true to any persona, so an answer to the act always beats a line that answers something else.

type Lines = {
  question: string[];
  topics: Partial<Record<Topic, string[]>>;
  accept: string[];
  clarify: string[];
  decline: string[];
  repetition: string[];
  noted: string[];
  goodbye: string[];
};

export const FALLBACK_LINES: Record<Language, Lines> = {
  nl: {
    question: ['Goeie vraag. Daar moet ik even over nadenken.', 'Hm. Dat weet ik eigenlijk niet precies.'],
    topics: {
      feeling: [
        'Hoe het met me is? Eerlijk gezegd niet zo best.',
        'Lastig. Het zit me meer dwars dan ik laat zien.',
      ],
      story: [
        'Nou, zoals ik al zei. Het zit me echt hoog, en ik wil het er graag even met je over hebben.',
        'Goed. Ik zal het kort houden, maar het is belangrijk voor me.',
      ],
      check: ['Ja, zo zit het wel ongeveer.', 'Min of meer, ja.'],
    },
    accept: ['Oké. Daar kan ik iets mee.', 'Goed, zo doen we het.'],
    clarify: ['Wat houdt dat precies in?', 'En wat betekent dat concreet voor mij?'],
    decline: ['Ik weet niet of dat iets oplost.', 'Daar heb ik nu niet zo veel aan.'],
    repetition: [
      'Dat zei je net ook al.',
      'Je herhaalt jezelf. Zo wordt het er niet overtuigender op.',
      'Dit klinkt als een ingestudeerd zinnetje.',
    ],
    noted: ['Oké.', 'Hm.'],
    goodbye: ['Goed, dan laten we het hierbij. Bedankt.'],
  },
  en: {
    question: ['Good question. I need to think about that.', "Hm. I don't really know, to be honest."],
    topics: {
      feeling: ['How am I? Not great, honestly.', "Hard to say. It's bothering me more than I let on."],
      story: [
        "Well, like I said. It's weighing on me, and I'd like to talk it through with you.",
        "Right. I'll keep it short, but it matters to me.",
      ],
      check: ["Yes, that's about it.", 'More or less, yes.'],
    },
    accept: ['Okay. I can work with that.', "Right, let's do that."],
    clarify: ['What would that mean, exactly?', 'And what does that mean for me, concretely?'],
    decline: ["I'm not sure that solves anything.", "That doesn't really help me right now."],
    repetition: [
      'You said that already.',
      "You're repeating yourself. It doesn't get any more convincing.",
      "That sounds like a line you've rehearsed.",
    ],
    noted: ['Okay.', 'Hm.'],
    goodbye: ["Right, let's leave it there. Thanks."],
  },
};
