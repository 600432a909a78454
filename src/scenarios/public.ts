// What a learner (and an API consumer) may see of a scenario: never the hidden needs, the triggers or the script.
import type { Scenario } from './schema.ts';

export type ScenarioSummary = Pick<
  Scenario,
  'id' | 'language' | 'title' | 'summary' | 'category' | 'difficulty' | 'tags' | 'translations'
>;

export type PublicScenario = ScenarioSummary & {
  briefing: Scenario['briefing'];
  persona: Pick<Scenario['persona'], 'name' | 'role' | 'relationship'>;
  /** Present only when the persona speaks first. */
  opening: { speaker: Scenario['opening']['speaker']; lines: string[] };
  success: { statement: string }[];
  focus: Scenario['focus'];
};

export function toScenarioSummary(scenario: Scenario): ScenarioSummary {
  const { id, language, title, summary, category, difficulty, tags, translations } = scenario;
  return {
    id,
    language,
    title,
    summary,
    category,
    difficulty,
    tags: [...tags],
    translations: { ...translations },
  };
}

export function toPublicScenario(scenario: Scenario): PublicScenario {
  const { name, role, relationship } = scenario.persona;
  const { speaker, lines } = scenario.opening;
  return {
    ...toScenarioSummary(scenario),
    briefing: { ...scenario.briefing, keepInMind: [...scenario.briefing.keepInMind] },
    persona: { name, role, relationship },
    opening: { speaker, lines: speaker === 'persona' ? [...lines] : [] },
    success: scenario.success.map(({ statement }) => ({ statement })),
    focus: { ...scenario.focus },
  };
}
