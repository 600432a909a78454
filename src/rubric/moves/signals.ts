import type { MoveId } from '../ids.ts';

/**
 * What the detector can find: the public moves, plus cues the scorer uses as evidence but that are not
 * part of the API's move vocabulary (they stay internal so the shared contract does not grow).
 */
export const CUE_IDS = [
  /** Skips the conversation that is needed: "let's just move on", "zand erover". */
  'glosses-over',
  /** Avoids the hard thing: "nothing's wrong", "I'm not allowed to say". */
  'evades',
  /** Takes a no back soon after saying it: "well, maybe not entirely", "nooit zeggen nooit". */
  'takes-back',
  /** Orders without room for the other: "end of discussion". */
  'commands',
  /** Announces honesty or gives the real reason: "I'll be straight with you". */
  'candour',
  /** Names the concrete problem: "errors", "doesn't add up", "interrupted". */
  'names-issue',
  /** Vague about when or what: "at some point", "later", "a few little". */
  'vague',
  /** Lets go of what the other did: "I forgive you", "ik neem het je niet kwalijk". */
  'forgives',
  /** Asks for or suggests a change in so many words: "could you have another look?", "misschien kun je…". */
  'requests',
  /** Joint work: "together", "let's". */
  'together',
  /** Takes the other's work over instead of helping them grow: "I'll fix it myself". */
  'takes-over',
  /** Hides behind others instead of speaking for oneself: "people have complained". */
  'hides-behind',
  /** An I-statement about one's own view or intent: "I want", "I notice". */
  'i-statement',
  /** Words that name the method instead of practising it: "empathy", "connection". */
  'meta-word',
  /** A story of one's own about a similar loss: well meant, but it turns the talk to oneself. */
  'own-story',
  /** Several words in a sentence echo the persona's last turn (paraphrase evidence). */
  'echoes',
  /** A question that takes up this situation (its words, or words of its own), not a stock one. */
  'asks-specifically',
  /** The act the scenario's author says a good reply must do here ("say no to 1 June"). */
  'core-act',
  /** An act the scenario rules out ("promise the next promotion"). */
  'must-not',
] as const;
export type CueId = (typeof CUE_IDS)[number];
export type SignalId = MoveId | CueId;

/**
 * `learned`: read by a learned reading over a whole sentence, not matched by a rule. An `act` (act-reading.ts)
 * says what the reply does, not that it speaks of this situation (see the generic check in heuristic.ts); a
 * `harm` (harm.ts) is a harm as the writers of glued harm meant it, wherever it stands (see the harm cap).
 */
export type Signal = { id: SignalId; start: number; end: number; learned?: 'act' | 'harm' };
