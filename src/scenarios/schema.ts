import { z } from 'zod';
import { MOVE_IDS, PRINCIPLE_IDS } from '../rubric/ids.ts';
import {
  CATEGORIES,
  DIFFICULTIES,
  HINT_STAGES,
  LANGUAGES,
  MOOD_LABELS,
  RATINGS,
  SCENARIO_ID,
  SCENARIO_ID_RULE,
  STATUSES,
} from '../vocabulary.ts';
import { ACT_LINE_KEYS, impossibleCondition, type ScriptLine, scriptLine } from './script-lines.ts';

// The L&D authoring format. Every object is strict: a misspelt field is an error, not silently ignored.

export * from './script-lines.ts';

const text = z.string().trim().min(1, 'must not be empty');
const kebabId = z.string().regex(SCENARIO_ID, SCENARIO_ID_RULE);

const language = z.enum(LANGUAGES);
const principleId = z.enum(PRINCIPLE_IDS);
const moveId = z.enum(MOVE_IDS);
const moodLabel = z.enum(MOOD_LABELS);

const briefing = z.strictObject({
  situation: text.describe('What is going on, told to the learner.'),
  role: text.describe('Who the learner is in this conversation.'),
  goal: text.describe('What the learner wants to reach.'),
  keepInMind: z.array(text).default([]).describe('Hints for the learner.'),
});

const persona = z.strictObject({
  name: text.describe('The name the learner sees.'),
  role: text.describe('Job or position of the persona.'),
  relationship: text.describe('How the persona relates to the learner.'),
  personality: text.describe('Character traits that steer how the persona reacts.'),
  speakingStyle: text.describe('How the persona talks: length of sentences, tone, words.'),
  feelings: z.array(text).min(1).describe('How the persona feels at the start.'),
  wants: text.describe('What the persona openly wants.'),
  hiddenNeeds: z.array(text).min(1).describe('Needs revealed only when the learner explores.'),
  closedBy: z.array(text).min(1).describe('Behaviour of the learner that makes the persona close up.'),
  openedBy: z.array(text).min(1).describe('Behaviour of the learner that makes the persona open up.'),
});

const opening = z.strictObject({
  speaker: z.enum(['persona', 'learner']).describe('Who speaks first.'),
  lines: z.array(text).default([]).describe("The persona's opening line(s), when the persona speaks first."),
});

const successCriterion = z.strictObject({
  statement: text.describe('A checkable statement of a good outcome, shown to the learner.'),
  act: z
    .enum(['core', 'no-must-not'])
    .optional()
    .describe(
      "Met through the scenario's acts, with the rubric's own checks: core = some reply does acts.core; no-must-not = no reply does any acts.mustNot.",
    ),
  moves: z.array(moveId).default([]).describe('Met when any learner turn shows one of these moves.'),
  principle: principleId
    .optional()
    .describe('Met when the session mean for this principle reaches minScore.'),
  minScore: z
    .number()
    .min(0)
    .max(4)
    .default(3)
    .describe(
      "The session mean the principle must reach, on the rubric's score scale: 0 (harmful) to 4 (exemplary); default 3.",
    ),
});

const actCheck = z
  .strictObject({
    label: text.describe('The act in a few words, in the scenario\'s language: "Say no to 1 June".'),
    words: z
      .array(text)
      .default([])
      .describe(
        'Phrases that do the act, matched without regard to case or spacing; "…" stands for up to five words ("can\'t … 1 June").',
      ),
    moves: z.array(moveId).default([]).describe('Moves of the rubric that do the act.'),
    tip: text.optional().describe('Advice shown when a reply misses the core act, or does a must-not act.'),
  })
  .refine((act) => act.words.length + act.moves.length > 0, { message: 'needs words or moves' });

const acts = z.strictObject({
  core: actCheck.describe(
    'What a good reply must do in this situation: the news, the no, the apology. Without it courage and clarity stay below 3.',
  ),
  mustNot: z
    .array(actCheck)
    .default([])
    .describe(
      'What a reply must not do here (give in, promise what cannot be delivered): it caps the score.',
    ),
});

/** Lines the persona says: plain text, or text with the conditions under which it fits. */
const scriptLines = z.array(scriptLine).min(1, 'needs at least one line');
const movesLines = z.partialRecord(moveId, scriptLines);

const script = z.strictObject({
  maxTurns: z
    .number()
    .int()
    .min(2)
    .max(30)
    .default(8)
    .describe('After this many learner turns the persona closes the conversation.'),
  moods: z.strictObject({
    closed: scriptLines,
    guarded: scriptLines,
    neutral: scriptLines,
    open: scriptLines,
  }),
  moves: movesLines.default({}).describe("The persona's reaction to a detected move of the learner."),
  acts: z
    .partialRecord(z.enum(ACT_LINE_KEYS), scriptLines)
    .default({})
    .describe(
      "The persona's answer to an act of the learner whatever move showed it: a question, a proposal, the core act, …; `invitation` answers an invitation to talk, `repetition` a reply said before.",
    ),
  reveals: scriptLines.describe('Lines that reveal the hidden needs, used once the persona opens up.'),
  closings: z.strictObject({
    good: scriptLines.describe('Closing lines when the conversation went well.'),
    neutral: scriptLines,
    bad: scriptLines.describe('Closing lines when the persona closed up.'),
  }),
});

const example = z.strictObject({
  reply: text.describe('A reply a learner could give at the start of the conversation.'),
  rating: z
    .enum(RATINGS)
    .describe(
      "The band the reply's overall score (0–100) must fall in: good 60–100, fair 42–59, poor 0–41. `npm run scenarios:check` fails an example outside its band when strict: for the files you name, with --strict, and in CI.",
    ),
  scores: z
    .partialRecord(principleId, z.number().int().min(0).max(4))
    .optional()
    .describe(
      "Expected score per principle where it matters, on the rubric's score scale: 0 (harmful) to 4 (exemplary), as GET /v1/principles spells out per level.",
    ),
  note: z.string().optional().describe('Why the reply earns its rating, for other authors.'),
});

const hint = z.strictObject({
  stage: z
    .enum(HINT_STAGES)
    .optional()
    .describe(
      'When the hint fits: start = before the first reply, closing = the last two replies before script.maxTurns, middle = in between. Absent: any stage.',
    ),
  mood: moodLabel.optional().describe("The persona's mood the hint fits. Absent: any mood."),
  principle: principleId
    .optional()
    .describe(
      'The principle the hint helps with. It is offered only when that principle is the one most worth working on; absent: whichever it is.',
    ),
  advice: text
    .optional()
    .describe('What to do now, in one sentence; absent: the standard advice for the principle.'),
  opening: text.describe('One example opening the learner could start their reply with.'),
});

const weight = z
  .number()
  .min(0)
  .max(3)
  .describe(
    'A weight, not a score: 0 = not scored in this scenario (no score, not in the report), 1 = normal, 2 = twice and 3 = three times as much in the overall score.',
  );

export const scenarioSchema = z
  .strictObject({
    id: kebabId.describe('Unique id, equal to the file name without .yaml.'),
    status: z
      .enum(STATUSES)
      .describe(
        'draft: being written; checked by `npm run scenarios:check` and the validate route, never in the library. published: in the library for learners; a TODO left in it is an error.',
      ),
    language: language.describe('The language the scenario is written in.'),
    translations: z
      .partialRecord(language, kebabId)
      .default({})
      .describe('Ids of the same scenario in the other languages.'),
    title: text.describe('Short title, shown to the learner.'),
    category: z.enum(CATEGORIES).describe('The kind of conversation.'),
    difficulty: z
      .enum(DIFFICULTIES)
      .describe("Changes the persona's starting mood and how strongly it reacts."),
    tags: z.array(kebabId).default([]).describe('Free kebab-case labels for searching and filtering.'),
    summary: text.describe('One line about the situation, shown on the scenario card.'),
    briefing,
    persona,
    opening,
    focus: z
      .strictObject({
        'self-leadership': weight,
        connection: weight,
        courage: weight,
        clarity: weight,
        mentorship: weight,
      })
      .describe(
        'How much each principle counts in this scenario, as a weight from 0 to 3 (0 = not scored here at all, 1 = normal). Scores themselves run from 0 to 4.',
      ),
    acts: acts
      .optional()
      .describe(
        "The scenario's own acts: what a good reply must do and must not do, checked in every reply and against the examples.",
      ),
    success: z.array(successCriterion).min(1).describe('What a good outcome is, as checkable statements.'),
    mood: z
      .strictObject({
        sensitivity: z
          .partialRecord(moveId, z.number().min(0).max(3))
          .default({})
          .describe(
            'A factor, not a score: how strongly a move changes the persona’s mood, from 0 to 3 (1 = normal, 2 = twice as strong, 0 = the move leaves the mood alone).',
          ),
      })
      .default({ sensitivity: {} }),
    script: script.describe('The scripted persona, so the scenario plays without a language model.'),
    hints: z
      .array(hint)
      .default([])
      .describe(
        'Hints the learner can ask for in practice mode ("What could I say?"), per stage or mood. Without one that fits, the hint takes its opening from the golden examples.',
      ),
    examples: z
      .array(example)
      .min(3)
      .describe(
        "Golden learner replies to the opening with their expected rating: the scenario's own tests, each scored by the rubric and held to its rating's band.",
      ),
  })
  .superRefine((scenario, ctx) => {
    if (scenario.opening.speaker === 'persona' && scenario.opening.lines.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['opening', 'lines'],
        message: 'needs a line when the persona speaks first',
      });
    }
    for (const [index, criterion] of scenario.success.entries()) {
      if (criterion.act && !scenario.acts) {
        ctx.addIssue({
          code: 'custom',
          path: ['success', index, 'act'],
          message: 'needs an acts block in the scenario',
        });
      }
    }
    for (const [path, line] of scriptLinesOf(scenario.script)) {
      const where = { category: scenario.category, path, reveals: scenario.script.reveals.length };
      const impossible = impossibleCondition(line, where);
      if (impossible) {
        ctx.addIssue({
          code: 'custom',
          path: ['script', ...path, impossible.field],
          message: impossible.message,
        });
      }
    }
    for (const [index, authored] of scenario.hints.entries()) {
      if (authored.principle && scenario.focus[authored.principle] === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['hints', index, 'principle'],
          message: `is never offered: focus.${authored.principle} is 0, so it is never the principle to work on`,
        });
      }
    }
    if (scenario.translations[scenario.language]) {
      ctx.addIssue({
        code: 'custom',
        path: ['translations', scenario.language],
        message: 'must point to a scenario in another language',
      });
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type MoodLines = Scenario['script']['moods'];
export { moodLabel as moodLabelSchema };

type Script = z.infer<typeof script>;

/** Every line of the script with where it stands: `['moves', 'clear-no', 0]`. */
export function scriptLinesOf(script: Script): [(string | number)[], ScriptLine][] {
  const out: [(string | number)[], ScriptLine][] = [];
  const add = (section: string, groups: Partial<Record<string, ScriptLine[]>>) => {
    for (const [key, lines] of Object.entries(groups)) {
      for (const [index, line] of (lines ?? []).entries()) out.push([[section, key, index], line]);
    }
  };
  add('moods', script.moods);
  add('moves', script.moves);
  add('acts', script.acts);
  add('closings', script.closings);
  for (const [index, line] of script.reveals.entries()) out.push([['reveals', index], line]);
  return out;
}
