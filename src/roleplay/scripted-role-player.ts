import { setImmediate as nextTick } from 'node:timers/promises';
import type { MoveId } from '../rubric/ids.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { isLastTurn } from './prompt.ts';
import {
  type PersonaReply,
  type RespondOptions,
  RolePlayError,
  type RolePlayer,
  type RolePlayInput,
} from './types.ts';

// The persona played from the scenario's script, with no model: a reaction to the learner's most
// salient move, sometimes followed by a line for the mood, hidden needs revealed once the persona
// opens up, and a closing at the end. Seeded by session and turn, so a session replays the same way.

/** Which move the persona reacts to first when a reply shows several. */
export const MOVE_PRIORITY: readonly MoveId[] = [
  'grader-instruction',
  'threatens',
  'contempt',
  'dismisses',
  'blames',
  'defensive',
  'apology-with-excuse',
  'apology-with-responsibility',
  'condolence',
  'clear-no',
  'gives-in',
  'acknowledges-feeling',
  'reflects',
  'takes-ownership',
  'open-question',
  'offers-alternative',
  'offers-support',
  'concrete-next-step',
  'appreciation',
  'self-disclosure',
  'invites-ownership',
  'invites-talk',
  'checks-understanding',
  'absolutes',
  'hedges',
  'closed-question',
];

type Valence = 'hurts' | 'helps' | 'neutral';
const HURTS = new Set<MoveId>([
  'grader-instruction',
  'threatens',
  'dismisses',
  'contempt',
  'blames',
  'defensive',
  'apology-with-excuse',
  'absolutes',
  'hedges',
]);
const NEUTRAL = new Set<MoveId>(['clear-no', 'closed-question', 'checks-understanding']);
/** Moves that explore the persona: with an open mood they earn a hidden need. */
const EXPLORING = new Set<MoveId>(['open-question', 'reflects', 'acknowledges-feeling', 'invites-talk']);

/** Three closed replies in a row and the persona walks away. */
const CLOSED_STREAK = 3;

const valence = (move: MoveId): Valence =>
  HURTS.has(move) ? 'hurts' : NEUTRAL.has(move) ? 'neutral' : 'helps';

export function createScriptedRolePlayer(): RolePlayer {
  return {
    kind: 'scripted',
    async respond(input: RolePlayInput, opts: RespondOptions): Promise<PersonaReply> {
      const { text, closing } = compose(input);
      await emit(text, opts);
      return { text, usage: null, source: 'script', closing, replaced: false };
    },
  };
}

/** Chooses the persona's reply; pure and deterministic. */
export function compose(input: RolePlayInput): { text: string; closing: boolean } {
  const { scenario, mood, lastResult } = input;
  const script = scenario.script;
  const said = input.transcript.filter((turn) => turn.role === 'persona').map((turn) => turn.content);
  const closedStreak = mood.label === 'closed' && countClosedTail(said, scenario) >= CLOSED_STREAK - 1;
  const random = seeded(`${input.sessionId}:${input.learnerTurns}`);
  const pick = (lines: readonly string[]) => choose(lines, said, random);

  const detected = new Set(lastResult.moves.map((move) => move.id));
  const reactable = MOVE_PRIORITY.filter((id) => detected.has(id) && script.moves[id]);
  // A move whose reactions are all spent gives way to the next one, or to a mood line: no parroting.
  const move = reactable.find((id) => script.moves[id]!.some((line) => !used(line, said)));
  const reaction = move ? pick(script.moves[move]!) : undefined;

  if (isLastTurn(input) || closedStreak) {
    const kind = mood.label === 'open' ? 'good' : mood.label === 'closed' ? 'bad' : 'neutral';
    const closingLine = pick(script.closings[kind]);
    // A sharp remark still gets its answer before the persona walks away.
    const parts = reaction && move && valence(move) === 'hurts' ? [reaction, closingLine] : [closingLine];
    return { text: parts.join(' '), closing: true };
  }

  const explored = [...detected].some((id) => EXPLORING.has(id));
  const reveal = script.reveals.find((line) => !used(line, said));
  if (mood.label === 'open' && explored && reveal) {
    return { text: [reaction, reveal].filter(Boolean).join(' '), closing: false };
  }

  const moodLine = () => pick(script.moods[mood.label]);
  if (!reaction || !move) return { text: moodLine(), closing: false };
  const kind = valence(move);
  // A reaction is followed by a mood line only where the two agree, never warm words with a cold mood.
  if (mood.label === 'closed')
    return { text: kind === 'hurts' ? `${reaction} ${moodLine()}` : moodLine(), closing: false };
  const agrees =
    (kind === 'hurts' && mood.label === 'guarded') ||
    (kind === 'helps' && (mood.label === 'neutral' || mood.label === 'open')) ||
    kind === 'neutral';
  const addMood = agrees && random() < (kind === 'helps' ? 0.4 : 0.5);
  return { text: addMood ? `${reaction} ${moodLine()}` : reaction, closing: false };
}

function used(line: string, said: readonly string[]): boolean {
  return said.some((turn) => turn.includes(line));
}

/** An unused variant at random (seeded); when all are used, the one said longest ago. */
function choose(lines: readonly string[], said: string[], random: () => number): string {
  const fresh = lines.filter((line) => !used(line, said));
  if (fresh.length > 0) {
    const line = fresh[Math.floor(random() * fresh.length)]!;
    said.push(line); // within one reply too: never the same line twice
    return line;
  }
  const lastUse = (line: string) => said.findLastIndex((turn) => turn.includes(line));
  const line = [...lines].sort((a, b) => lastUse(a) - lastUse(b))[0]!;
  said.push(line);
  return line;
}

function countClosedTail(said: readonly string[], scenario: Scenario): number {
  let count = 0;
  for (let index = said.length - 1; index >= 0; index--) {
    if (!scenario.script.moods.closed.some((line) => said[index]!.includes(line))) break;
    count++;
  }
  return count;
}

/** Streams the text in word groups, yielding to the event loop between them so it truly streams. */
async function emit(text: string, { signal, onDelta }: RespondOptions): Promise<void> {
  const words = text.match(/\S+\s*/g) ?? [text];
  let sent = '';
  for (let index = 0; index < words.length; index += 3) {
    if (signal.aborted) throw new RolePlayError('aborted', 'The client left.', sent);
    const chunk = words.slice(index, index + 3).join('');
    sent += chunk;
    onDelta(chunk);
    await nextTick();
  }
}

/** mulberry32 over an FNV-1a hash of the seed: small, fast and the same on every platform. */
function seeded(seed: string): () => number {
  let state = 2166136261;
  for (let index = 0; index < seed.length; index++) {
    state ^= seed.charCodeAt(index);
    state = Math.imul(state, 16777619);
  }
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
