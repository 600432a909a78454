import type { Topic } from '../../scenarios/schema.ts';
import type { Language } from '../../vocabulary.ts';

// What a question is about, read the same way from the learner's question ("Wat wil je zelf?") and from
// the echo a scripted line starts with ("Wat ik wil? Groeien."), so a line only answers the question asked.

export { TOPICS, type Topic } from '../../scenarios/schema.ts';

const you = {
  nl: '(?:je|jij|u|jou|jouw|ik|me|mij|mijn)',
  en: '(?:you|your|i|me|my)',
};

/** Checked in order: the first match names the topic. */
const PATTERNS: Record<Language, [Topic, RegExp][]> = {
  nl: [
    ['need', /\b(?:nodig|helpen|behoefte|steunen|ondersteunen)\b/],
    [
      'want',
      /\b(?:wil|willen|wens|wensen|zou\s+\S+\s+willen|volgende stap|voorstellen|kiezen|leuk|over een jaar)\b/,
    ],
    [
      'feeling',
      new RegExp(
        `\\b(?:hoe (?:is|was) (?:dit|dat|het)(?: \\S+)? voor ${you.nl}|hoe gaat het|hoe voel|gaat er (?:door|in) ${you.nl}|hoe (?:beleef|ervaar)|hoe (?:is|gaat) het met ${you.nl}|hoe het (?:met|voor) ${you.nl}|hoe ${you.nl} .*(?:beleef|voel)|wat deed (?:het|dat|dit) met ${you.nl}|hoe voelde)`,
      ),
    ],
    [
      'reason',
      /\b(?:waarom|hoe komt|hoe kwam|hoe is het zo gekomen|hoe het zo gekomen|wat erachter zit|wat zit erachter|wat is er gebeurd|wat er gebeurd)\b/,
    ],
    ['promise', /\b(?:beloofd|toegezegd|afgesproken)\b/],
    ['cost', /\b(?:gekost|kost|kosten)\b/],
    ['consequence', /\b(?:wat gebeurt er|wat er gebeurt|wat betekent|wat als)\b/],
    ['view', /\b(?:wat vind|wat vond|hoe zie|hoe kijk|wat denk|ervan vond|ertegenaan|hoe .* zie)\b/],
    ['check', /\b(?:klopt (?:dat|het)|begrijp ik|heb ik (?:het|dat) goed|snap ik)\b/],
    [
      'story',
      /\b(?:vertel|zeg het maar|ga je gang|ga maar|steek (?:maar )?van wal|wat is er|waar gaat het over|ik luister|wat kan ik voor je doen|wat speelt er)\b/,
    ],
  ],
  en: [
    ['need', /\b(?:need|help|support)\b/],
    ['want', /\b(?:want|wish|would (?:you|i) like|like to|next step|suggest|choose|enjoy|in a year)\b/],
    [
      'feeling',
      new RegExp(
        `\\b(?:how (?:is|was) (?:this|that|it)(?: \\S+)? for ${you.en}|how are ${you.en}|how am i|how (?:do|did) ${you.en} feel|going on for ${you.en}|how (?:do|did) ${you.en} (?:find|experience)|how (?:is|are) things|how's it going|what (?:was|is) (?:it|that|this) like for ${you.en}|how did (?:it|that|this) feel|what did (?:it|that|this) do to ${you.en})`,
      ),
    ],
    [
      'reason',
      /\b(?:why|how come|what happened|how did (?:it|this|that) happen|what's behind|what is behind)\b/,
    ],
    ['promise', /\b(?:promise|promised|committed)\b/],
    ['cost', /\b(?:cost|costs)\b/],
    ['consequence', /\b(?:what happens|what would happen|what does (?:it|that) mean|what if)\b/],
    [
      'view',
      /\b(?:what do (?:you|i) think|what did (?:you|i) make|how do (?:you|i) see|your view|your take|what's your take)\b/,
    ],
    ['check', /\b(?:is that right|did i get (?:that|it) right|do i understand|have i got|am i right)\b/],
    [
      'story',
      /\b(?:tell me|go ahead|go on|what's up|what is it|i'm listening|fire away|what can i do for you|what's going on)\b/,
    ],
  ],
};

const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");

/** The topic of a question, or null when it is about something else. */
export function topicOf(text: string, language: Language): Topic | null {
  const lower = normalise(text);
  for (const [topic, pattern] of PATTERNS[language]) if (pattern.test(lower)) return topic;
  return null;
}

const STOP: Record<Language, Set<string>> = {
  nl: new Set(
    'de het een en of maar dan dat die dit wat wie hoe waar ik je jij u we wij ze zij hij mij me mijn jouw ons onze is zijn was ben bent heb hebt heeft had kan kun kunnen zou zal wil moet met van voor naar op in aan bij om te tot uit over als ook nog wel niet geen al er hier daar echt eerlijk serieus pardon sorry wauw huh even gewoon toch hoor nou ja nee oké oke hm hmm dus zo'.split(
      ' ',
    ),
  ),
  en: new Set(
    "the a an and or but then that this what who how where i you we they he she me my your our is are was were be been am have has had can could would will shall should must with of for to on in at by from about as also still not no yes okay ok hm hmm so do does did it it's that's there here just really honestly seriously sorry pardon wow huh well".split(
      ' ',
    ),
  ),
};

/** The words that carry content: what a line can refer to in the learner's reply. */
export function contentWords(text: string, language: Language): string[] {
  const words = normalise(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
  return words.filter((word) => word.length > 2 && !STOP[language].has(word));
}

/** Whether two words are the same word in another form: a shared stem of at least five letters, or equal. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = Math.min(a.length, b.length, 5);
  return stem >= 4 && a.slice(0, stem) === b.slice(0, stem) && Math.abs(a.length - b.length) <= 4;
}
