import { z } from 'zod';
import { LANGUAGES, MOVE_IDS, PRINCIPLE_IDS } from '../rubric/ids.ts';

// The L&D authoring format. Every object is strict: a misspelt field is an error, not silently ignored.

export const CATEGORIES = [
  'saying-no',
  'apologising',
  'forgiving',
  'giving-feedback',
  'disagreeing',
  'being-present',
  'mentoring',
  'stakeholder',
] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** The persona's mood labels, from least to most open. */
export const MOOD_LABELS = ['closed', 'guarded', 'neutral', 'open'] as const;
export const RATINGS = ['good', 'fair', 'poor'] as const;

export type Category = (typeof CATEGORIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type MoodLabel = (typeof MOOD_LABELS)[number];
export type Rating = (typeof RATINGS)[number];

const text = z.string().trim().min(1, 'must not be empty');
const lines = z.array(text).min(1, 'needs at least one line');
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and dashes');

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
  name: text,
  role: text.describe('Job or position of the persona.'),
  relationship: text.describe('How the persona relates to the learner.'),
  personality: text,
  speakingStyle: text,
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
  moves: z.array(moveId).default([]).describe('Met when any learner turn shows one of these moves.'),
  principle: principleId
    .optional()
    .describe('Met when the session mean for this principle reaches minScore.'),
  minScore: z.number().min(0).max(4).default(3),
});

const movesLines = z.partialRecord(moveId, lines);

const script = z.strictObject({
  maxTurns: z
    .number()
    .int()
    .min(2)
    .max(30)
    .default(8)
    .describe('After this many learner turns the persona closes the conversation.'),
  moods: z.strictObject({
    closed: lines,
    guarded: lines,
    neutral: lines,
    open: lines,
  }),
  moves: movesLines.default({}).describe("The persona's reaction to a detected move of the learner."),
  reveals: lines.describe('Lines that reveal the hidden needs, used once the persona opens up.'),
  closings: z.strictObject({
    good: lines.describe('Closing lines when the conversation went well.'),
    neutral: lines,
    bad: lines.describe('Closing lines when the persona closed up.'),
  }),
});

const example = z.strictObject({
  reply: text,
  rating: z.enum(RATINGS),
  scores: z.partialRecord(principleId, z.number().int().min(0).max(4)).optional(),
  note: z.string().optional(),
});

const weight = z.number().min(0).max(3);

export const scenarioSchema = z
  .strictObject({
    id: kebabId,
    language,
    translations: z.partialRecord(language, kebabId).default({}),
    title: text,
    category: z.enum(CATEGORIES),
    difficulty: z.enum(DIFFICULTIES),
    tags: z.array(kebabId).default([]),
    summary: text.describe('One line about the situation, shown on the scenario card.'),
    briefing,
    persona,
    opening,
    focus: z.strictObject({
      'self-leadership': weight,
      connection: weight,
      courage: weight,
      clarity: weight,
      mentorship: weight,
    }),
    success: z.array(successCriterion).min(1),
    mood: z
      .strictObject({
        sensitivity: z
          .partialRecord(moveId, z.number().min(0).max(3))
          .default({})
          .describe('Multiplies how strongly a move changes the persona’s mood (1 = normal).'),
      })
      .default({ sensitivity: {} }),
    script,
    examples: z.array(example).min(3),
  })
  .superRefine((scenario, ctx) => {
    if (scenario.opening.speaker === 'persona' && scenario.opening.lines.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['opening', 'lines'],
        message: 'needs a line when the persona speaks first',
      });
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
