// "Play it": the unsaved text rehearsed at once. A preview lives in this process's memory only: never in the
// database, the library or the analytics; it belongs to the consumer that made it and is gone after a while idle.
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.ts';
import {
  createScriptedRolePlayer,
  type DialogueState,
  initialMood,
  type PersonaReply,
  type RolePlayer,
  type RolePlayInput,
  type TranscriptTurn,
} from '../roleplay/index.ts';
import { openingHistory } from '../rubric/calibrate.ts';
import { scenarioContext } from '../rubric/index.ts';
import type { RubricResult } from '../rubric/types.ts';
import { parseScenario } from '../scenarios/parse.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { checkReply } from '../sessions/reply.ts';
import { readHeuristically } from '../sessions/verdict.ts';
import { MAX_REPLY_CHARS, type Mood } from '../vocabulary.ts';
import { assertCheckable, toProblem } from './check.ts';

export const PREVIEW_IDLE_MS = 30 * 60 * 1000;
export const MAX_PREVIEWS_PER_CONSUMER = 20;

export type PreviewDeps = {
  /** The persona as sessions have it: the model when one is configured, else the script. */
  rolePlayer: RolePlayer;
  clock: () => Date;
  maxTurns: number;
  idleMs?: number;
  maxPerConsumer?: number;
};

type Preview = {
  id: string;
  scenario: Scenario;
  transcript: TranscriptTurn[];
  mood: Mood;
  dialogue: DialogueState | undefined;
  learnerTurns: number;
  ended: boolean;
  busy: boolean;
  usedAt: number;
};

export type PreviewStart = {
  previewId: string;
  title: string;
  persona: { name: string; role: string };
  opening: string[];
  language: Scenario['language'];
};

export type PreviewTurn = {
  persona: { text: string };
  mood: { value: number; label: Mood['label']; trust: number; tension: number };
  feedback: RubricResult;
  ended: boolean;
};

export function createPreviews(deps: PreviewDeps) {
  const idleMs = deps.idleMs ?? PREVIEW_IDLE_MS;
  const limit = deps.maxPerConsumer ?? MAX_PREVIEWS_PER_CONSUMER;
  const scripted = createScriptedRolePlayer();
  /** By consumer, then by id, least recently used first. */
  const byConsumer = new Map<string, Map<string, Preview>>();

  const now = () => deps.clock().getTime();
  function sweep() {
    const oldest = now() - idleMs;
    for (const [tenantId, previews] of byConsumer) {
      for (const [id, preview] of previews) if (preview.usedAt < oldest && !preview.busy) previews.delete(id);
      if (previews.size === 0) byConsumer.delete(tenantId);
    }
  }

  function find(tenantId: string, id: string): Preview {
    sweep();
    const previews = byConsumer.get(tenantId);
    const preview = previews?.get(id);
    // Another consumer's preview is not there for this one: the same 404 as one that never was.
    if (!previews || !preview)
      throw new AppError('not_found', `No preview '${id}' (previews end after 30 minutes idle).`);
    previews.delete(id);
    previews.set(id, preview);
    preview.usedAt = now();
    return preview;
  }

  /** The model's answer, or the script's when the model fails: a preview never fails for the model's sake. */
  async function answer(input: RolePlayInput, signal: AbortSignal): Promise<PersonaReply> {
    const options = { signal, onDelta: () => {} };
    if (deps.rolePlayer.kind === 'scripted') return deps.rolePlayer.respond(input, options);
    try {
      return await deps.rolePlayer.respond(input, options);
    } catch (error) {
      if (signal.aborted) throw error;
      return scripted.respond(input, options);
    }
  }

  return {
    start(tenantId: string, text: string): PreviewStart {
      assertCheckable(text);
      const parsed = parseScenario(text);
      if (!parsed.ok) {
        const [first] = parsed.errors;
        throw new AppError(
          'scenario_invalid',
          `The text cannot be played: ${first?.message} (line ${first?.line}, column ${first?.column}).`,
          { problems: parsed.errors.map(toProblem('error')) },
        );
      }
      sweep();
      const { scenario } = parsed;
      const previews = byConsumer.get(tenantId) ?? new Map<string, Preview>();
      byConsumer.set(tenantId, previews);
      while (previews.size >= limit) {
        const [oldest] = previews.keys();
        if (oldest === undefined) break;
        previews.delete(oldest);
      }
      const id = randomUUID();
      previews.set(id, {
        id,
        scenario,
        transcript: openingHistory(scenario),
        mood: initialMood(scenario),
        dialogue: undefined,
        learnerTurns: 0,
        ended: false,
        busy: false,
        usedAt: now(),
      });
      return {
        previewId: id,
        title: scenario.title,
        persona: { name: scenario.persona.name, role: scenario.persona.role },
        opening: scenario.opening.speaker === 'persona' ? scenario.opening.lines : [],
        language: scenario.language,
      };
    },

    async turn(tenantId: string, id: string, content: string, signal: AbortSignal): Promise<PreviewTurn> {
      const preview = find(tenantId, id);
      if (preview.busy)
        throw new AppError('turn_in_progress', 'The persona is still answering this preview.');
      if (preview.ended) throw new AppError('session_ended', 'This preview has ended: start another.');
      if (preview.learnerTurns >= deps.maxTurns) {
        throw new AppError('turn_limit_reached', `A preview may have at most ${deps.maxTurns} replies.`);
      }
      const reply = checkReply(content, MAX_REPLY_CHARS, 'reply');
      const { scenario } = preview;
      preview.busy = true;
      try {
        const { result, mood } = readHeuristically(
          {
            reply,
            language: scenario.language,
            history: preview.transcript,
            focus: scenario.focus,
            scenario: scenarioContext(scenario),
          },
          scenario,
          {
            mood: preview.mood,
            earlier: preview.transcript.filter((turn) => turn.role === 'learner').map((turn) => turn.content),
          },
        );
        const transcript = [...preview.transcript, { role: 'learner' as const, content: reply }];
        const answered = await answer(
          {
            scenario,
            sessionId: preview.id,
            transcript,
            mood,
            lastResult: result,
            learnerTurns: preview.learnerTurns + 1,
            dialogue: preview.dialogue,
          },
          signal,
        );
        preview.transcript = [...transcript, { role: 'persona', content: answered.text }];
        preview.mood = mood;
        preview.dialogue = answered.dialogue ?? preview.dialogue;
        preview.learnerTurns += 1;
        preview.ended = answered.closing;
        return {
          persona: { text: answered.text },
          mood: { value: mood.trust, label: mood.label, trust: mood.trust, tension: mood.tension },
          feedback: result,
          ended: answered.closing,
        };
      } finally {
        preview.busy = false;
        preview.usedAt = now();
      }
    },

    /** Previews held now, for tests and the readiness of memory. */
    count: () => [...byConsumer.values()].reduce((n, previews) => n + previews.size, 0),
  };
}

export type Previews = ReturnType<typeof createPreviews>;
