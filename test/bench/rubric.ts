import { openingHistory } from '../../src/rubric/calibrate.ts';
import { scenarioContext, scoreHeuristic } from '../../src/rubric/index.ts';
import type { ScenarioRegistry } from '../../src/scenarios/index.ts';
import { type Summary, summarize } from './stats.ts';

// The heuristic rubric's cost per reply against the least any scorer must do: split the reply into words.
// Both run over the same texts (the library's golden replies), each call timed on its own. The rubric is
// called as a turn calls it: with the scenario's acts and words, and the persona's opening as history.

export type RubricBenchResult = { texts: number; calls: number; heuristic: Summary; wordSplit: Summary };

const WORD = /[\p{L}\p{N}]+/gu;
export const wordSplit = (text: string) => text.toLowerCase().match(WORD)?.length ?? 0;

export function benchRubric(scenarios: ScenarioRegistry, rounds = 20): RubricBenchResult {
  const texts = scenarios.list().flatMap((scenario) =>
    scenario.examples.map((example) => ({
      reply: example.reply,
      scenario,
      history: openingHistory(scenario),
      context: scenarioContext(scenario),
    })),
  );
  const time = (run: (index: number) => unknown) => {
    const samples: number[] = [];
    let sink = 0;
    for (let round = 0; round < rounds; round++) {
      for (let index = 0; index < texts.length; index++) {
        const started = process.hrtime.bigint();
        const out = run(index);
        samples.push(Number(process.hrtime.bigint() - started) / 1000);
        sink += out ? 1 : 0;
      }
    }
    if (sink < 0) throw new Error('unreachable: keeps the result alive');
    return samples;
  };
  const heuristicOnce = (index: number) => {
    const { reply, scenario, history, context } = texts[index]!;
    return scoreHeuristic({
      reply,
      language: scenario.language,
      focus: scenario.focus,
      history,
      scenario: context,
    });
  };
  const splitOnce = (index: number) => wordSplit(texts[index]!.reply);
  // Warm-up: let the JIT settle before anything is timed.
  time(heuristicOnce);
  time(splitOnce);
  const heuristic = time(heuristicOnce);
  const split = time(splitOnce);
  return {
    texts: texts.length,
    calls: heuristic.length,
    heuristic: summarize(heuristic),
    wordSplit: summarize(split),
  };
}
