import type { RubricResult, ScoreInput } from '../../rubric/types.ts';
import type { Scenario } from '../../scenarios/schema.ts';
import type { Mood } from '../../vocabulary.ts';
import { type Addressed, type DialogueState, readActs, repeatsOf, topicOf } from '../dialogue/index.ts';
import { echoOf } from '../line-fit.ts';
import { initialMood, nextMood } from '../mood.ts';
import { compose } from '../scripted-role-player.ts';
import type { TranscriptTurn } from '../types.ts';

// A rehearsal played offline, the way a session runs it: the rubric reads the reply, the mood moves, the
// scripted persona answers. Each reply carries what the persona must answer next.

export type Step = { say: string; expect: Addressed };
export type Dialogue = { scenario: string; steps: Step[] };

export type PlayedTurn = Step & {
  addressed: Addressed | null;
  text: string;
  closing: boolean;
  before: Mood;
  after: Mood;
  moves: string[];
  /** The persona answered a question the learner did not ask. */
  unasked: boolean;
  dialogue: DialogueState | null;
};

/** The rubric's heuristic, given the scenario so it can read the scenario's own acts. */
export type Scorer = (input: ScoreInput, scenario: Scenario) => RubricResult;

/** Plays the dialogue until its last step or the persona's close; steps after a close are not answered. */
export function playDialogue(scenario: Scenario, dialogue: Dialogue, score: Scorer): PlayedTurn[] {
  const transcript: TranscriptTurn[] =
    scenario.opening.speaker === 'persona'
      ? [{ role: 'persona', content: scenario.opening.lines.join(' ') }]
      : [];
  let mood = initialMood(scenario);
  let state: DialogueState | undefined;
  let closed = false;
  const played: PlayedTurn[] = [];
  for (const [index, step] of dialogue.steps.entries()) {
    if (closed) {
      played.push({
        ...step,
        addressed: null,
        text: '',
        closing: false,
        before: mood,
        after: mood,
        moves: [],
        unasked: false,
        dialogue: null,
      });
      continue;
    }
    const earlier = transcript.filter((turn) => turn.role === 'learner').map((turn) => turn.content);
    const result = score(
      {
        reply: step.say,
        language: scenario.language,
        history: [...transcript],
        focus: scenario.focus,
      },
      scenario,
    );
    const before = mood;
    mood = nextMood(mood, { ...result, repeats: repeatsOf(step.say, earlier, scenario.language) }, scenario);
    transcript.push({ role: 'learner', content: step.say });
    const answer = compose({
      scenario,
      sessionId: `${dialogue.scenario}-dialogue`,
      transcript: [...transcript],
      mood,
      lastResult: result,
      learnerTurns: index + 1,
      dialogue: state,
    });
    state = answer.dialogue;
    closed = answer.closing;
    transcript.push({ role: 'persona', content: answer.text });
    const asked = readActs(step.say, result.moves, scenario).acts.filter((act) => act.kind === 'question');
    const newLines = answer.dialogue.usedLines.filter((line) => answer.text.includes(line));
    const unasked = newLines.some((line) => {
      const echo = echoOf(line);
      const topic = echo ? topicOf(echo, scenario.language) : null;
      return topic !== null && !asked.some((act) => act.topic === topic);
    });
    played.push({
      ...step,
      addressed: answer.addressed,
      text: answer.text,
      closing: answer.closing,
      before,
      after: mood,
      moves: result.moves.map((move) => move.id),
      unasked,
      dialogue: answer.dialogue,
    });
  }
  return played;
}

export type Coherence = { turns: number; coherent: number; share: number };

/** The share of persona turns that answer the learner's newest act as the dialogue expects. */
export function coherenceOf(turns: readonly PlayedTurn[]): Coherence {
  const coherent = turns.filter((turn) => turn.addressed === turn.expect && !turn.unasked).length;
  return { turns: turns.length, coherent, share: turns.length === 0 ? 1 : coherent / turns.length };
}
