import type { DetectedMove } from '../../rubric/types.ts';
import { ACT_KINDS, type ActKind, actOfMove, type Scenario } from '../../scenarios/schema.ts';
import { contentWords, type Topic, topicOf } from './topics.ts';

// The learner's reply read as dialogue acts, from the rubric's moves: what the persona has to answer.
// Move ids the table does not know (a move the rubric adds later) are simply not acts yet.

export { ACT_KINDS, type ActKind, CORE_MOVES, MOVE_ACTS } from '../../scenarios/schema.ts';

export type Act = {
  kind: ActKind;
  /** The rubric move behind the act; null when read from the words alone (a question the rubric missed). */
  move: string | null;
  quote: string;
  /** For a question: what it asks about, when that is known. */
  topic: Topic | null;
};

export type Reading = {
  /** The acts in answering order: `acts[0]` is what the persona answers first. */
  acts: Act[];
  /** The content words of the reply: what a line may refer to. */
  words: string[];
  /** Every move the rubric saw, known to the act table or not. */
  moves: string[];
};

type Sentence = { text: string; start: number; end: number };

const SENTENCE = /[^.!?…\n]+(?:[.!?…]+|\n|$)/g;

function sentencesOf(text: string): Sentence[] {
  return [...text.matchAll(SENTENCE)]
    .map((match) => ({ text: match[0].trim(), start: match.index, end: match.index + match[0].length }))
    .filter((sentence) => sentence.text.length > 0);
}

/** A question about a proposal made in the same reply: the answer is an answer to the proposal. */
const ABOUT_PROPOSAL = {
  nl: /\b(?:zullen we|zal ik|is dat (?:goed|oké|oke|een idee|een optie|akkoord)|kan dat|lukt dat|past dat|wat vind je (?:daarvan|ervan|van dat voorstel)|zou dat (?:helpen|werken|kunnen)|akkoord|deal|klinkt dat)\b/,
  en: /\b(?:shall we|shall i|how does (?:that|this) sound|does (?:that|this) (?:work|help|sound)|would (?:that|this) (?:work|help)|is that (?:okay|ok|alright|all right|fair)|sound good|what do you think (?:of|about) (?:that|this)|deal|can you live with)\b/,
};

/** An invitation to talk, at the start of a sentence: "Ja hoor. Vertel.", "Sure, go ahead." */
const INVITATION = {
  nl: /(?:^|[.!?,;:]\s*)(?:vertel|zeg het maar|ga je gang|ga maar|steek (?:maar )?van wal|ik luister|wat is er|wat speelt er|waar gaat het over)\b/,
  en: /(?:^|[.!?,;:]\s*)(?:tell me|go ahead|go on|fire away|i'm listening|what's up|what is it|what's going on)\b/,
};

/** A proposal in so many words, for when the rubric reports none: "Ik stel voor dat …", "Shall we …?" */
const PROPOSING = {
  nl: /\b(?:ik stel voor|mijn voorstel|zullen we|zal ik|wat dacht je van|ik kan je (?:\S+ ){0,6}(?:bieden|aanbieden|geven)|ik bied je)\b/,
  en: /\b(?:i propose|i suggest|my proposal|shall we|shall i|how about|what about if|i can offer|i'd like to offer|i could offer)\b/,
};

/** Reads the learner's reply as dialogue acts, in the order the persona answers them. */
export function readActs(
  reply: string,
  moves: readonly Pick<DetectedMove, 'id' | 'quote' | 'start' | 'end'>[],
  scenario: Pick<Scenario, 'category' | 'language'>,
): Reading {
  const language = scenario.language;
  const lower = reply.toLowerCase().replace(/[’‘]/g, "'");
  const sentences = sentencesOf(lower);
  const questions = sentences.filter((sentence) => sentence.text.endsWith('?'));
  const acts: Act[] = [];
  const seen = new Set<string>();

  // "Nee, per 1 juni gaat dat niet lukken" names a date inside a refusal: that is no proposal.
  const refusals = moves.filter((move) => move.id === 'clear-no');
  const sentenceAt = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end);
  const insideRefusal = (move: (typeof moves)[number]) =>
    move.id === 'concrete-next-step' &&
    refusals.some((refusal) => {
      const sentence = sentenceAt(refusal.start);
      return sentence !== undefined && sentence === sentenceAt(move.start);
    });

  for (const move of moves) {
    if (insideRefusal(move)) continue;
    const kind = actOfMove(scenario.category, move.id);
    if (!kind || seen.has(move.id)) continue;
    seen.add(move.id);
    acts.push({ kind, move: move.id, quote: move.quote, topic: null });
  }

  if (!acts.some((act) => act.kind === 'proposal')) {
    const proposing = sentences.find((sentence) => PROPOSING[language].test(sentence.text));
    if (proposing) {
      const quote = reply.slice(proposing.start, proposing.end).trim();
      acts.push({ kind: 'proposal', move: null, quote, topic: null });
    }
  }
  const proposal = acts.find((act) => act.kind === 'proposal');
  // The questions put to the persona, without those that only ask what the persona thinks of the proposal.
  const asked = questions.filter((sentence) => !(proposal && ABOUT_PROPOSAL[language].test(sentence.text)));
  const questionActs = acts.filter((act) => act.kind === 'question');
  if (asked.length === 0 && proposal && questions.length > 0) {
    // "Thursday at ten, shall we?": a question about the proposal is the proposal.
    for (const act of questionActs) acts.splice(acts.indexOf(act), 1);
  } else if (asked.length > 0) {
    const topical = asked.find((sentence) => topicOf(sentence.text, language)) ?? asked[0]!;
    const topic = topicOf(topical.text, language);
    const quote = reply.slice(topical.start, topical.end).trim();
    // The question moves the rubric reports in one reply are one question to answer.
    for (const act of questionActs.slice(1)) acts.splice(acts.indexOf(act), 1);
    const first = questionActs[0];
    if (first) Object.assign(first, { topic: first.move === 'invites-talk' ? 'story' : topic, quote });
    else acts.push({ kind: 'question', move: null, quote, topic });
  } else if (questionActs.length === 0 && INVITATION[language].test(lower)) {
    acts.push({ kind: 'question', move: null, quote: reply.trim(), topic: 'story' });
  }
  const inviting = acts.find((act) => act.move === 'invites-talk');
  if (inviting) inviting.topic = 'story';

  acts.sort((a, b) => ACT_KINDS.indexOf(a.kind) - ACT_KINDS.indexOf(b.kind));
  return { acts, words: contentWords(reply, language), moves: [...new Set(moves.map((move) => move.id))] };
}
