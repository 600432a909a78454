// npm run persona:coherence [-- --verbose]: plays the library's conversations with the scripted persona
// and the heuristic rubric, and prints the share of persona turns that answer the learner's newest act.
import { parseArgs } from 'node:util';
import {
  coherenceOf,
  DUTCH_DIALOGUES,
  ENGLISH_DIALOGUES,
  type PlayedTurn,
  playDialogue,
} from '../roleplay/coherence/index.ts';
import { scoreHeuristic } from '../rubric/heuristic.ts';
import { readLibrarySync } from '../scenarios/index.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v', default: false } } });

const library = new Map(
  [...readLibrarySync('scenarios').values()].map((scenario) => [scenario.id, scenario]),
);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
let failed = false;
for (const [language, dialogues] of [
  ['nl', DUTCH_DIALOGUES],
  ['en', ENGLISH_DIALOGUES],
] as const) {
  const turns: PlayedTurn[] = [];
  for (const dialogue of dialogues) {
    const scenario = library.get(dialogue.scenario);
    if (!scenario) {
      console.error(`no scenario ${dialogue.scenario} in the library`);
      failed = true;
      continue;
    }
    const played = playDialogue(scenario, dialogue, scoreHeuristic);
    turns.push(...played);
    for (const turn of played) {
      const coherent = turn.addressed === turn.expect && !turn.unasked;
      if (values.verbose || !coherent) {
        console.log(`${coherent ? ' ' : '✗'} ${dialogue.scenario}: "${turn.say}"`);
        console.log(`    expected ${turn.expect}, answered ${turn.addressed ?? '(closed)'}: ${turn.text}`);
      }
    }
  }
  const figure = coherenceOf(turns);
  console.log(
    `Persona coherence ${language}: ${pct(figure.share)} (${figure.coherent}/${figure.turns} turns)`,
  );
  if (figure.share < 0.9) failed = true;
}
process.exitCode = failed ? 1 : 0;
