import { z } from 'zod';
import { ACT_KINDS, type Act, type Reading } from './acts.ts';
import { TOPICS } from './topics.ts';

// What the conversation holds so far, kept in code and stored with the session: what the learner asked
// (and whether the persona answered), offered, promised, refused, owned and acknowledged; which hidden
// needs the persona revealed; which script lines it used; and the agreement, once there is one.

/** How many entries of each kind are kept: enough for any rehearsal, bounded for a hostile one. */
const KEEP = 20;
const QUOTE_CHARS = 200;

const entry = z.object({
  turn: z.number().int().min(0),
  quote: z.string(),
  move: z.string().nullable(),
});
export type DialogueEntry = z.infer<typeof entry>;

export const dialogueStateSchema = z.object({
  /** Learner turns heard. */
  turn: z.number().int().min(0),
  /** Every rubric move the learner has shown so far: what the scenario's success statements are checked on. */
  moves: z.array(z.string()),
  asked: z.array(entry.extend({ topic: z.enum(TOPICS).nullable(), answered: z.boolean() })),
  offered: z.array(entry),
  promised: z.array(entry),
  refused: z.array(entry),
  owned: z.array(entry),
  acknowledged: z.array(entry),
  /** Indexes into the scenario's hidden needs (and the script's reveal lines) the persona has revealed. */
  revealed: z.array(z.number().int().min(0)),
  usedLines: z.array(z.string()),
  agreement: entry.nullable(),
  /** How many earlier replies the latest one repeats, the same or nearly. */
  repeats: z.number().int().min(0),
  /** What the persona answered last: the kind of the learner's act it addressed. */
  addressed: z.enum([...ACT_KINDS, 'repetition', 'closing', 'mood']).nullable(),
  /** The persona ended the conversation. */
  closed: z.boolean(),
});
export type DialogueState = z.infer<typeof dialogueStateSchema>;
export type Addressed = NonNullable<DialogueState['addressed']>;

export function initialDialogue(): DialogueState {
  return {
    turn: 0,
    moves: [],
    asked: [],
    offered: [],
    promised: [],
    refused: [],
    owned: [],
    acknowledged: [],
    revealed: [],
    usedLines: [],
    agreement: null,
    repeats: 0,
    addressed: null,
    closed: false,
  };
}

/**
 * The states this process made from a checked one (`answered`), which a session held in memory carries to its
 * next turn: read again without checking them field by field (the check cost more as the conversation grew).
 * Nothing changes a state once made.
 */
const made = new WeakSet<object>();

/** A stored state, or a fresh one for a session that has none (started before states were kept). */
export function parseDialogue(stored: unknown): DialogueState {
  if (typeof stored === 'object' && stored !== null && made.has(stored)) return stored as DialogueState;
  const parsed = dialogueStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : initialDialogue();
}

/** Where each move's act is written down. */
const RECORDED: Record<string, 'offered' | 'promised' | 'refused' | 'owned' | 'acknowledged'> = {
  'offers-alternative': 'offered',
  'offers-support': 'offered',
  'gives-in': 'offered',
  'concrete-next-step': 'promised',
  'clear-no': 'refused',
  'apology-with-responsibility': 'owned',
  'takes-ownership': 'owned',
  'acknowledges-feeling': 'acknowledged',
  reflects: 'acknowledged',
  condolence: 'acknowledged',
  appreciation: 'acknowledged',
};

const keep = <T>(items: T[]) => items.slice(-KEEP);
const clip = (quote: string) => (quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote);

/** The state once the learner's new reply is heard. */
export function hear(state: DialogueState, reading: Reading, repeats: number): DialogueState {
  const turn = state.turn + 1;
  const moves = new Set([...state.moves, ...reading.moves]);
  const next: DialogueState = { ...state, turn, moves: [...moves], repeats, addressed: null };
  const entryOf = (act: Act) => ({ turn, quote: clip(act.quote), move: act.move });
  for (const act of reading.acts) {
    if (act.kind === 'question') {
      next.asked = keep([...next.asked, { ...entryOf(act), topic: act.topic, answered: false }]);
      continue;
    }
    const list = act.move ? RECORDED[act.move] : undefined;
    if (list) next[list] = keep([...next[list], entryOf(act)]);
  }
  return next;
}

export type Answer = {
  addressed: Addressed;
  lines: string[];
  revealed?: number | undefined;
  /** The proposal the persona accepted: the agreement. */
  agreed?: Act | undefined;
  closing: boolean;
};

/** The state once the persona has answered. */
export function answered(state: DialogueState, answer: Answer): DialogueState {
  const next: DialogueState = {
    ...state,
    addressed: answer.addressed,
    usedLines: keep([...state.usedLines, ...answer.lines]),
    closed: state.closed || answer.closing,
  };
  if (answer.addressed === 'question') {
    // The newest open question is the one answered.
    const index = next.asked.findLastIndex((question) => !question.answered);
    if (index >= 0) {
      next.asked = next.asked.map((question, at) =>
        at === index ? { ...question, answered: true } : question,
      );
    }
  }
  if (answer.revealed !== undefined && !next.revealed.includes(answer.revealed)) {
    next.revealed = [...next.revealed, answer.revealed];
  }
  if (answer.agreed) {
    next.agreement = { turn: state.turn, quote: clip(answer.agreed.quote), move: answer.agreed.move };
  }
  made.add(next);
  return next;
}

/** Questions the learner asked that the persona has not answered yet. */
export const openQuestions = (state: DialogueState) => state.asked.filter((question) => !question.answered);
