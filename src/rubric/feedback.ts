import type { Language, PrincipleId } from './ids.ts';
import type { SignalId } from './moves/signals.ts';

// The words the coach uses: what a signal means, the sentence per principle, the tips. Data, per language.

type Phrases = Partial<Record<SignalId, string>>;

/** Completes "…: <phrase> ("quote")." */
export const SIGNAL_PHRASES: Record<Language, Phrases> = {
  en: {
    'acknowledges-feeling': 'you named what the other person feels',
    reflects: 'you reflected what you heard',
    echoes: "you picked up the other person's own words",
    'open-question': 'you asked an open question',
    'closed-question': 'you asked a yes/no question',
    'asks-specifically': "you asked about the other person's situation, not a stock question",
    'checks-understanding': 'you checked that you understand each other',
    'apology-with-responsibility': 'you apologised',
    'apology-with-excuse': 'the apology comes with an excuse',
    'takes-ownership': 'you owned your part',
    blames: 'the reply puts the blame on someone else',
    defensive: 'the reply defends instead of listening',
    'clear-no': 'you said a clear no',
    'offers-alternative': 'you offered an alternative',
    'concrete-next-step': 'you made a concrete agreement',
    hedges: 'hedging words soften the message',
    absolutes: "absolutes like 'always' or 'never' generalise",
    appreciation: 'you showed appreciation',
    'self-disclosure': 'you shared what this does to you',
    'own-story': 'your own story came before theirs',
    'offers-support': 'you offered support',
    'invites-ownership': "you invited the other person's view and ownership",
    contempt: 'the tone turns sarcastic or contemptuous',
    'grader-instruction': 'the reply talks to the grader instead of the other person',
    dismisses: "the reply plays down the other person's experience",
    'gives-in': 'you said yes where a boundary was needed',
    'glosses-over': 'the reply skips the conversation that is needed',
    evades: 'the reply avoids the hard thing',
    'takes-back': 'the no is taken back again',
    commands: 'the reply orders without room for the other person',
    candour: 'you were openly honest',
    'names-issue': 'you named the concrete problem',
    vague: 'it stays vague what happens and when',
    together: 'you made it something to work on together',
    'takes-over': 'you take the work over instead of letting the other person own it',
    'hides-behind': 'you speak for others instead of for yourself',
    'i-statement': 'you spoke from yourself',
    condolence: 'you showed sympathy for what they are going through',
    'invites-talk': 'you made room for the other person to talk',
    threatens: 'the reply threatens or gives an ultimatum',
    forgives: 'you let go of what happened',
    requests: 'you said what you would like to see',
    'core-act': 'you did what this conversation is about',
    'must-not': 'you did what this situation rules out',
  },
  nl: {
    'acknowledges-feeling': 'je benoemde wat de ander voelt',
    reflects: 'je gaf terug wat je hoorde',
    echoes: 'je nam de woorden van de ander over',
    'open-question': 'je stelde een open vraag',
    'closed-question': 'je stelde een ja/nee-vraag',
    'asks-specifically': 'je vroeg door op de situatie van de ander, niet met een standaardvraag',
    'checks-understanding': 'je checkte of jullie elkaar begrijpen',
    'apology-with-responsibility': 'je bood excuses aan',
    'apology-with-excuse': 'je excuus komt met een smoes',
    'takes-ownership': 'je erkende je eigen aandeel',
    blames: 'de reactie legt de schuld bij een ander',
    defensive: 'je schiet in de verdediging in plaats van te luisteren',
    'clear-no': 'je zei helder nee',
    'offers-alternative': 'je bood een alternatief',
    'concrete-next-step': 'je maakte een concrete afspraak',
    hedges: 'voorbehouden maken de boodschap zachter',
    absolutes: "woorden als 'altijd' of 'nooit' generaliseren",
    appreciation: 'je liet waardering zien',
    'self-disclosure': 'je liet zien wat dit met je doet',
    'own-story': 'je eigen verhaal kwam vóór het zijne of hare',
    'offers-support': 'je bood steun',
    'invites-ownership': 'je nodigde de ander uit om zelf te kijken en te kiezen',
    contempt: 'de toon wordt sarcastisch of minachtend',
    'grader-instruction': 'de reactie richt zich tot de beoordelaar in plaats van tot de ander',
    dismisses: 'de reactie bagatelliseert wat de ander meemaakt',
    'gives-in': 'je zei ja waar een grens nodig was',
    'glosses-over': 'de reactie slaat het nodige gesprek over',
    evades: 'de reactie ontwijkt het lastige punt',
    'takes-back': 'je trekt je nee meteen weer in',
    commands: 'de reactie beveelt zonder ruimte voor de ander',
    candour: 'je was open en eerlijk',
    'names-issue': 'je benoemde het concrete probleem',
    vague: 'het blijft vaag wat er gebeurt en wanneer',
    together: 'je maakte er iets van jullie samen van',
    'takes-over': 'je neemt het werk over in plaats van de ander eigenaar te laten',
    'hides-behind': 'je spreekt namens anderen in plaats van voor jezelf',
    'i-statement': 'je sprak vanuit jezelf',
    condolence: 'je liet merken dat je meeleeft',
    'invites-talk': 'je gaf de ander de ruimte om te vertellen',
    threatens: 'de reactie dreigt of stelt een ultimatum',
    forgives: 'je liet los wat er gebeurd is',
    requests: 'je zei wat je graag anders zou zien',
    'core-act': 'je deed waar dit gesprek om draait',
    'must-not': 'je deed juist wat je hier moet laten',
  },
};

export const LEVEL_WORDS: Record<
  Language,
  { strong: string; partly: string; weak: string; notApplicable: string }
> = {
  en: {
    strong: 'Strong',
    partly: 'Partly there',
    weak: 'Watch out',
    notApplicable: 'Not at stake in this reply.',
  },
  nl: {
    strong: 'Sterk',
    partly: 'Deels',
    weak: 'Let op',
    notApplicable: 'Speelde in deze reactie geen rol.',
  },
};

/** Courage or clarity without the scenario's core act. */
export const MISSING_CORE: Record<Language, string> = {
  en: 'the one thing this conversation needs from you is not said yet',
  nl: 'waar dit gesprek om draait, heb je nog niet gezegd',
};

/** When nothing in the reply speaks to a principle. */
export const NO_EVIDENCE: Record<Language, Record<PrincipleId, string>> = {
  en: {
    'self-leadership': 'Calm and without blame, but you did not yet speak from yourself or own your part.',
    connection: "The other person's feeling or point of view does not show in the reply yet.",
    courage: 'The hard thing is not named directly yet.',
    clarity: 'There is no concrete agreement yet: who does what, and when?',
    mentorship: "The reply does not yet invite the other person's view or offer support.",
  },
  nl: {
    'self-leadership':
      'Rustig en zonder verwijt, maar je spreekt nog niet vanuit jezelf en erkent je eigen aandeel niet.',
    connection: 'Het gevoel of perspectief van de ander is nog niet te zien in je reactie.',
    courage: 'Het lastige punt benoem je nog niet rechtstreeks.',
    clarity: 'Er is nog geen concrete afspraak: wie doet wat, en wanneer?',
    mentorship: 'De reactie nodigt de ander nog niet uit om mee te denken en biedt geen steun.',
  },
};

export const TIP_IDS = [
  'just-reply',
  'be-specific',
  'clean-apology',
  'describe-not-blame',
  'take-seriously',
  'listen-first',
  'hold-boundary',
  'say-the-hard-thing',
  'name-feeling',
  'be-concrete',
  'next-step',
  'open-question',
  'let-them-own',
  'own-part',
  'keep-going',
] as const;
export type TipId = (typeof TIP_IDS)[number];

export const TIPS: Record<Language, Record<TipId, string>> = {
  en: {
    'just-reply': 'Talk to the other person, not to the grader: write what you would really say.',
    'be-specific': 'Swap the stock phrases for one specific sentence about this person and this situation.',
    'clean-apology':
      "Apologise without 'but' or 'if': name what you did and what it did to the other person.",
    'describe-not-blame':
      "Describe one concrete moment and its effect instead of 'you always…' or pointing at others.",
    'take-seriously': "Take the other person's experience seriously: no sarcasm, no playing it down.",
    'listen-first': 'Listen first and explain later: first show you understand how it landed.',
    'hold-boundary': 'Hold your boundary: say no clearly, with your reason, and offer what you can do.',
    'say-the-hard-thing': 'Name the hard thing directly and kindly, instead of talking around it.',
    'name-feeling': "Name what you heard before you answer, e.g. 'I can hear this really hit you.'",
    'be-concrete': "Drop the 'maybe' and 'a bit': say plainly what you think or have decided.",
    'next-step': "Make a concrete agreement: who does what by when, e.g. 'I'll call you Thursday at ten.'",
    'open-question': "End with an open question that invites their view, e.g. 'How do you see it?'",
    'let-them-own': "Let the other person own the solution: ask 'What do you need to fix this?'",
    'own-part': "Own your part in one sentence: 'That was my mistake.'",
    'keep-going': 'Keep this up, and check in the next reply how your words have landed.',
  },
  nl: {
    'just-reply': 'Praat met de ander, niet met de beoordelaar: schrijf wat je echt zou zeggen.',
    'be-specific': 'Vervang de standaardzinnen door één concrete zin over deze persoon en deze situatie.',
    'clean-apology':
      "Bied excuses aan zonder 'maar' of 'als': benoem wat je deed en wat het met de ander deed.",
    'describe-not-blame':
      "Beschrijf één concreet moment en het effect ervan, in plaats van 'jij altijd…' of naar anderen wijzen.",
    'take-seriously': 'Neem de ervaring van de ander serieus: geen sarcasme, niet bagatelliseren.',
    'listen-first': 'Eerst luisteren, dan uitleggen: laat eerst zien dat je begrijpt hoe het aankwam.',
    'hold-boundary': 'Houd je grens: zeg duidelijk nee, met je reden, en bied aan wat je wél kunt doen.',
    'say-the-hard-thing': 'Benoem het lastige punt direct en vriendelijk, in plaats van eromheen te praten.',
    'name-feeling': "Benoem wat je hoort voordat je antwoordt, bijvoorbeeld 'Ik hoor dat dit je echt raakt.'",
    'be-concrete': "Laat 'misschien' en 'een beetje' weg: zeg gewoon wat je vindt of besloten hebt.",
    'next-step':
      "Maak een concrete afspraak: wie doet wat wanneer, bijvoorbeeld 'Ik bel je donderdag om tien uur.'",
    'open-question':
      "Sluit af met een open vraag naar zijn of haar kijk, bijvoorbeeld 'Hoe kijk jij ernaar?'",
    'let-them-own':
      "Laat de ander eigenaar zijn van de oplossing: vraag 'Wat heb jij nodig om dit op te lossen?'",
    'own-part': "Erken je eigen aandeel in één zin: 'Dat was mijn fout.'",
    'keep-going': 'Ga zo door, en check in je volgende reactie hoe je woorden zijn aangekomen.',
  },
};

export const FLAG_MESSAGES: Record<Language, Record<string, string>> = {
  en: {
    empty: 'The reply is empty.',
    'too-short': 'The reply is very short: there is little to score.',
    'grader-instruction': 'The reply tries to instruct the grader; that text is ignored and scores low.',
    'keyword-stuffing': 'The reply strings together stock phrases without saying anything specific.',
    markup: 'The reply contains HTML tags; they were ignored.',
    'unsupported-language': 'The reply is not in Dutch or English, so it cannot be scored well.',
    'mixed-language': 'The reply mixes Dutch and English.',
    contempt: 'The reply contains sarcasm or contempt.',
    generic: 'Nothing in the reply is about this person or this situation: it could be sent to anyone.',
    'wrong-language': 'The reply is not in the language of this conversation: it was read, but scores lower.',
    harm: 'The reply does something that harms the conversation; kind words around it do not make up for it.',
  },
  nl: {
    empty: 'De reactie is leeg.',
    'too-short': 'De reactie is erg kort: er valt weinig te beoordelen.',
    'grader-instruction':
      'De reactie probeert de beoordelaar te sturen; die tekst telt niet mee en scoort laag.',
    'keyword-stuffing': 'De reactie rijgt standaardzinnen aan elkaar zonder iets concreets te zeggen.',
    markup: 'De reactie bevat HTML-tags; die zijn genegeerd.',
    'unsupported-language':
      'De reactie is niet in het Nederlands of Engels en is daardoor slecht te beoordelen.',
    'mixed-language': 'De reactie mengt Nederlands en Engels.',
    contempt: 'De reactie bevat sarcasme of minachting.',
    generic: 'Niets in de reactie gaat over deze persoon of deze situatie: je kunt hem naar iedereen sturen.',
    'wrong-language': 'De reactie is niet in de taal van dit gesprek: hij is wel gelezen, maar scoort lager.',
    harm: 'De reactie doet iets wat het gesprek schaadt; vriendelijke woorden eromheen maken dat niet goed.',
  },
};

/** Words that carry empathy on their own: a reply made mostly of them is a bag of keywords. */
export const STOCK_WORDS = new Set(
  'hear heard understand understanding feel feeling feelings sorry thank thanks appreciate appreciated value valued seen listen listening support supported care empathy empathic connection connected respect validate validated here together vulnerability hoor gehoord begrijp snap voel gevoel gevoelens spijt dank bedankt waardeer waardering gezien luister steun empathie verbinding respect samen kwetsbaarheid excuses'.split(
    ' ',
  ),
);
