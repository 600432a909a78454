import { setImmediate as nextTick } from 'node:timers/promises';
import { actOfMove, lineText, type Scenario, type ScriptLine } from '../scenarios/schema.ts';
import {
  type Act,
  type Addressed,
  answered,
  contentWords,
  type DialogueState,
  FALLBACK_LINES,
  hearTurn,
  sameWord,
} from './dialogue/index.ts';
import { echoOf, fitsScriptLine } from './line-fit.ts';
import { isLastTurn } from './prompt.ts';
import {
  type PersonaReply,
  type RespondOptions,
  RolePlayError,
  type RolePlayer,
  type RolePlayInput,
} from './types.ts';

// The persona played from the scenario's script, with no model. It answers the learner's newest act
// first (a question, a proposal, the scenario's core act, then acknowledgement or pushback), only with a
// line that fits what was said, tires of repetition, reveals hidden needs once it opens up, and closes
// once the conversation reached its goal. Seeded by session and turn, so a session replays the same way.

/** Three closed replies in a row and the persona walks away. */
const CLOSED_STREAK = 3;

/** Proposals the persona can agree to: accepting one is the agreement. */
const AGREEABLE = new Set(['concrete-next-step', 'offers-alternative', 'offers-support', 'gives-in']);

/** Topics a hidden need answers, once the persona is open. */
const REVEALING = new Set([null, 'need', 'want', 'feeling', 'reason', 'view', 'story']);

export function createScriptedRolePlayer(): RolePlayer {
  return {
    kind: 'scripted',
    async respond(input: RolePlayInput, opts: RespondOptions): Promise<PersonaReply> {
      const { text, closing, dialogue } = compose(input);
      await emit(text, opts);
      return { text, usage: null, source: 'script', closing, replaced: false, dialogue };
    },
  };
}

export type Composed = { text: string; closing: boolean; dialogue: DialogueState; addressed: Addressed };

/** Chooses the persona's reply; pure and deterministic. */
export function compose(input: RolePlayInput): Composed {
  const { scenario, mood } = input;
  const script = scenario.script;
  const fallback = FALLBACK_LINES[scenario.language];
  const { reading, state } = hearTurn(input);
  const said = [
    ...input.transcript.filter((turn) => turn.role === 'persona').map((turn) => turn.content),
    ...state.usedLines,
  ];
  const random = seeded(`${input.sessionId}:${input.learnerTurns}`);
  const pick = (lines: readonly string[]) => choose(lines, said, random);
  const fresh = (lines: readonly string[]) => lines.filter((line) => !used(line, said));
  const conversation = input.transcript
    .filter((turn) => turn.role === 'learner')
    .flatMap((turn) => contentWords(turn.content, scenario.language));
  /** The texts of the lines whose conditions hold for an answer to `act`. */
  const fitting = (lines: readonly ScriptLine[] | undefined, act: Act | undefined) => {
    const context = { act, reading, language: scenario.language, revealed: state.revealed, conversation };
    return (lines ?? []).filter((line) => fitsScriptLine(line, context)).map(lineText);
  };
  /** The script's own lines for an act, whatever move showed it. */
  const actLines = (key: keyof typeof script.acts, act: Act | undefined) =>
    fresh(fitting(script.acts[key], act));
  const finish = (
    parts: string[],
    addressed: Addressed,
    extra: Partial<Parameters<typeof answered>[1]> = {},
  ) => {
    const closing = extra.closing ?? false;
    const dialogue = answered(state, { addressed, lines: parts, closing, ...extra });
    return { text: parts.join(' '), closing, dialogue, addressed };
  };

  const lead = reading.acts[0];
  const closedStreak = mood.label === 'closed' && countClosedTail(said, scenario) >= CLOSED_STREAK - 1;
  if (isLastTurn(input) || closedStreak) {
    const kind = mood.label === 'open' ? 'good' : mood.label === 'closed' ? 'bad' : 'neutral';
    const closingLine = pickClosing(kind);
    // A sharp remark still gets its answer before the persona walks away.
    const harm = lead?.kind === 'harm' ? fresh(fitting(script.moves[lead.move as never], lead)) : [];
    const parts = harm.length > 0 ? [pick(harm), closingLine] : [closingLine];
    return finish(parts, harm.length > 0 ? 'harm' : 'closing', { closing: true });
  }

  // The same reply again is no new act: the persona says so, in its own words.
  if (state.repeats > 0) {
    const own = actLines('repetition', undefined);
    return finish([pick(own.length > 0 ? own : fallback.repetition)], 'repetition');
  }

  for (const act of reading.acts) {
    const answer = answerAct(act);
    if (answer) return answer;
  }
  const moodLines = fitting(script.moods[mood.label], undefined);
  return finish([pick(moodLines.length > 0 ? moodLines : script.moods[mood.label].map(lineText))], 'mood');

  /**
   * A closing line of the kind that names nothing the learner did not agree to; a warm close that would
   * gives way to a neutral one, then to a plain goodbye.
   */
  function pickClosing(kind: keyof typeof script.closings): string {
    const lines = fitting(script.closings[kind], undefined);
    if (lines.length > 0) return pick(lines);
    if (kind === 'bad') return pick(script.closings.bad.map(lineText));
    const neutral = fitting(script.closings.neutral, undefined);
    return pick(neutral.length > 0 ? neutral : fallback.goodbye);
  }

  function answerAct(act: Act): Composed | null {
    const moveLines = act.move ? fresh(fitting(script.moves[act.move as never], act)) : [];
    const own = moveLines.length > 0 ? moveLines : actLines(act.kind, act);
    switch (act.kind) {
      case 'question':
        return answerQuestion(act, own);
      case 'proposal':
        return answerProposal(act, own);
      default: {
        const reveal = act.kind === 'acknowledgement' ? revealIfOpen() : null;
        if (own.length === 0)
          return reveal ? finish([reveal.line], act.kind, { revealed: reveal.index }) : null;
        // A closed persona does not warm up to kind words: it answers for its mood.
        if (mood.label === 'closed' && (act.kind === 'acknowledgement' || act.kind === 'core')) return null;
        const reaction = pick(own);
        if (reveal) return finish([reaction, reveal.line], act.kind, { revealed: reveal.index });
        return finish(withMoodLine(reaction, act), act.kind);
      }
    }
  }

  /** Lines of any move of this kind that echo what was said: "Wat ik wil? …", "A three-year contract? Hm." */
  function echoing(act: Act): string[] {
    const lines = [
      ...Object.entries(script.moves)
        .filter(([move]) => actOfMove(scenario.category, move) === act.kind)
        .flatMap(([, lines]) => lines ?? []),
      ...(script.acts[act.kind] ?? []),
      ...(act.topic === 'story' ? (script.acts.invitation ?? []) : []),
    ];
    const context = { act, reading, language: scenario.language, revealed: state.revealed, strict: true };
    const fits = fresh(lines.filter((line) => fitsScriptLine(line, context)).map(lineText));
    // The closest echo first: "Wat ik wil?" answers "Wat wil je?" better than "Wat ik zou willen leren?".
    const stray = (line: string) =>
      contentWords(echoOf(line) ?? '', scenario.language).filter(
        (word) => !reading.words.some((said) => sameWord(word, said)),
      ).length;
    const fewest = Math.min(...fits.map(stray));
    return fits.filter((line) => stray(line) === fewest);
  }

  function answerQuestion(act: Act, own: string[]): Composed {
    const onTopic = echoing(act);
    const reveal = act.topic === 'check' ? null : revealIfOpen(act.topic);
    if (onTopic.length > 0) {
      const line = pick(onTopic);
      return reveal
        ? finish([line, reveal.line], 'question', { revealed: reveal.index })
        : finish([line], 'question');
    }
    if (reveal) return finish([reveal.line], 'question', { revealed: reveal.index });
    // A yes or a no answers a question about something else only when it is a yes-or-no question.
    const yesOrNo = act.move === 'closed-question';
    if (own.length > 0 && (!yesOrNo || act.topic === null || act.topic === 'check')) {
      return finish([pick(own)], 'question');
    }
    const invited = act.topic === 'story' ? actLines('invitation', act) : [];
    if (invited.length > 0) return finish([pick(invited)], 'question');
    const topical = act.topic ? fallback.topics[act.topic] : undefined;
    return finish([pick(topical ?? fallback.question)], 'question');
  }

  function answerProposal(act: Act, own: string[]): Composed {
    if (mood.label === 'closed') return finish([pick(fallback.decline)], 'proposal');
    const echoes = echoing(act);
    if (mood.label === 'guarded' && own.length === 0 && echoes.length === 0) {
      return finish([pick(fallback.clarify)], 'proposal');
    }
    const line = pick(echoes.length > 0 ? echoes : own.length > 0 ? own : fallback.accept);
    const agreed =
      mood.label !== 'guarded' && (act.move === null || AGREEABLE.has(act.move)) ? act : undefined;
    const next = agreed
      ? { ...state, agreement: { turn: state.turn, quote: act.quote, move: act.move } }
      : state;
    if (agreed && successReached(scenario, next)) {
      const closingLine = pickClosing(mood.label === 'open' ? 'good' : 'neutral');
      return finish([line, closingLine], 'proposal', { agreed, closing: true });
    }
    return finish([line], 'proposal', { agreed });
  }

  /** A hidden need, when the persona is open and the learner explored. */
  function revealIfOpen(topic: Act['topic'] = null): { line: string; index: number } | null {
    if (mood.label !== 'open' || !REVEALING.has(topic)) return null;
    const context = { act: undefined, reading, language: scenario.language, revealed: state.revealed };
    const index = script.reveals.findIndex(
      (line, at) =>
        !state.revealed.includes(at) && !used(lineText(line), said) && fitsScriptLine(line, context),
    );
    if (index < 0) return null;
    const line = lineText(script.reveals[index]!);
    said.push(line);
    return { line, index };
  }

  /** A reaction is followed by a mood line only where the two agree, never warm words with a cold mood. */
  function withMoodLine(reaction: string, act: Act): string[] {
    const hurts = act.kind === 'harm' || act.kind === 'pushback';
    const moodLines = () => fresh(fitting(script.moods[mood.label], act));
    if (mood.label === 'closed') {
      const lines = moodLines();
      return hurts && lines.length > 0 ? [reaction, pick(lines)] : [reaction];
    }
    // After an agreement the persona does not reopen the matter.
    if (state.agreement && mood.label === 'guarded') return [reaction];
    const agrees =
      (hurts && mood.label === 'guarded') ||
      (!hurts && (mood.label === 'neutral' || mood.label === 'open')) ||
      act.kind === 'core';
    const lines = moodLines();
    if (!agrees || lines.length === 0 || random() >= (hurts ? 0.5 : 0.4)) return [reaction];
    return [reaction, pick(lines)];
  }
}

/** Whether every success statement with moves has been reached: the moment to close. */
function successReached(scenario: Scenario, state: DialogueState): boolean {
  if (!state.agreement) return false;
  const seen = new Set(state.moves);
  return scenario.success.every(
    (criterion) => criterion.moves.length === 0 || criterion.moves.some((move) => seen.has(move)),
  );
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
    if (!scenario.script.moods.closed.some((line) => said[index]!.includes(lineText(line)))) break;
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
