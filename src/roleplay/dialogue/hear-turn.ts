import type { RolePlayInput } from '../types.ts';
import { type Reading, readActs } from './acts.ts';
import { repeatsOf } from './repetition.ts';
import { type DialogueState, hear, initialDialogue } from './state.ts';

/** The learner's newest reply read as acts, and the dialogue state once it is heard: both personas start here. */
export function hearTurn(input: RolePlayInput): { reply: string; reading: Reading; state: DialogueState } {
  const said = input.transcript.filter((turn) => turn.role === 'learner').map((turn) => turn.content);
  const reply = said.at(-1) ?? '';
  // A reply that holds an instruction to the model is heard for its moves only: none of its words are quoted
  // back into the note the persona reads as its own instructions.
  const instructed = input.lastResult.flags.some((flag) => flag.id === 'grader-instruction');
  const heard = readActs(reply, input.lastResult.moves, input.scenario);
  const reading: Reading = instructed ? { ...heard, acts: [], words: [] } : heard;
  const repeats = repeatsOf(reply, said.slice(0, -1), input.scenario.language);
  return { reply, reading, state: hear(input.dialogue ?? initialDialogue(), reading, repeats) };
}
