import type { HintRow } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { buildHint, type HintWriter } from '../hints/index.ts';
import { parseDialogue } from '../roleplay/index.ts';
import type { SessionLookup } from './lookup.ts';
import { replyOfPath, rewound } from './point.ts';
import type { SessionStore } from './store.ts';
import { spokenBefore } from './transcript.ts';
import { parentOf, pathTaken, pathTo } from './tree.ts';

/**
 * "What could I say?": a hint before the learner's next reply, in practice mode. It is kept for that reply,
 * so asking again before replying answers the same hint, and the reply, its report and its learning record
 * say a hint was used.
 */
export function createHints(deps: {
  store: SessionStore;
  lookup: SessionLookup;
  hintWriter?: HintWriter | null | undefined;
  clock: () => Date;
}) {
  const { store, lookup } = deps;

  return async function askHint(
    tenantId: string,
    id: string,
    options: { replaces?: string | undefined; signal?: AbortSignal | undefined } = {},
  ): Promise<{ hint: HintRow; created: boolean }> {
    const session = await lookup.session(tenantId, id);
    if (session.mode !== 'practice') {
      throw new AppError(
        'hints_not_offered',
        'Hints are offered in practice mode only: this session is an assessment.',
      );
    }
    if (session.status === 'ended') throw new AppError('session_ended', 'This session has ended.');
    const now = deps.clock();
    if (session.turnLockedUntil && session.turnLockedUntil > now) {
      throw new AppError(
        'turn_in_progress',
        'The persona is still answering: ask for a hint once the answer is in.',
      );
    }
    const turns = await store.listTurns(session);
    const last = turns.at(-1);
    // A hint while trying a reply again is for the point that reply followed: the scores, mood and what the
    // persona had revealed then, not at the end of the conversation.
    const taken = options.replaces ? replyOfPath(turns, options.replaces, { takeBack: true }) : null;
    if (!taken && last && (last.role !== 'persona' || last.status !== 'complete')) {
      throw new AppError(
        'conflict',
        "The persona's answer to your last reply did not come through: send that reply again first.",
      );
    }
    const turnSeq = (last?.seq ?? 0) + 1;
    const atSeq = taken ? parentOf(taken) : (last?.seq ?? 0);
    const kept = await store.findHint(session, turnSeq);
    if (kept && (kept.atSeq ?? turnSeq - 1) === atSeq) return { hint: kept, created: false };

    const scenario = await lookup.scenarioToPlay(session);
    const path = taken ? pathTo(turns, atSeq) : pathTaken(turns);
    const state = taken ? rewound(session, scenario, pathTo(turns, taken.seq), taken) : session;
    const learnerTurns = path.filter((turn) => turn.role === 'learner');
    const offline = buildHint({
      scenario,
      results: learnerTurns.flatMap((turn) => turn.score?.result ?? []),
      said: learnerTurns.map((turn) => turn.content),
      mood: state.moodLabel,
      revealed: parseDialogue(state.dialogue).revealed,
    });
    const hint = deps.hintWriter
      ? await deps.hintWriter.phrase(
          offline,
          { scenario, transcript: spokenBefore(path, turnSeq) },
          options.signal,
        )
      : offline;
    const saved = await store.saveHint(session, { turnSeq, atSeq }, hint, deps.clock());
    return { hint: saved.row, created: saved.created };
  };
}

export type AskHint = ReturnType<typeof createHints>;
