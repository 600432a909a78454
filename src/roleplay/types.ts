import type { RubricResult } from '../rubric/types.ts';
import type { Scenario } from '../scenarios/schema.ts';
import type { Mood, TurnRole } from '../vocabulary.ts';
import type { DialogueState } from './dialogue/state.ts';

// The contract the sessions service calls: one persona reply per learner turn, streamed through onDelta.

export type Usage = { promptTokens: number; completionTokens: number };

export type TranscriptTurn = { role: TurnRole; content: string };

export type RolePlayInput = {
  scenario: Scenario;
  /** Seeds the scripted variants, so a session replays the same way. */
  sessionId: string;
  /** All turns so far, the new learner turn last. */
  transcript: TranscriptTurn[];
  /** The mood after this learner turn. */
  mood: Mood;
  /** The rubric's result for the new learner turn. */
  lastResult: RubricResult;
  /** Learner turns so far, this one included. */
  learnerTurns: number;
  /** The dialogue state before this learner turn, as stored with the session; a fresh one when absent. */
  dialogue?: DialogueState | undefined;
};

export type PersonaReply = {
  /** The final text. It can differ from what was streamed when a reply broke character and was replaced. */
  text: string;
  usage: Usage | null;
  source: 'llm' | 'script';
  /** The persona ends the conversation with this reply. */
  closing: boolean;
  /** True when `text` replaces what was streamed (the client should swap it in). */
  replaced: boolean;
  /** The dialogue state after this exchange, to be stored with the session. */
  dialogue?: DialogueState | undefined;
};

export type RespondOptions = {
  signal: AbortSignal;
  onDelta: (text: string) => void;
};

export interface RolePlayer {
  readonly kind: 'llm' | 'scripted';
  respond(input: RolePlayInput, opts: RespondOptions): Promise<PersonaReply>;
}

export const ROLE_PLAY_ERROR_CODES = [
  'upstream_error',
  'upstream_timeout',
  'upstream_rate_limited',
  'upstream_interrupted',
  'aborted',
] as const;
export type RolePlayErrorCode = (typeof ROLE_PLAY_ERROR_CODES)[number];

export class RolePlayError extends Error {
  override readonly name = 'RolePlayError';

  constructor(
    readonly code: RolePlayErrorCode,
    message: string,
    /** What was streamed before the failure: the caller stores it as an interrupted turn. */
    readonly partialText = '',
    readonly usage: Usage | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
