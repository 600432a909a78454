import { z } from 'zod';
import type { Category } from '../vocabulary.ts';

// When a scripted line fits. The persona answers the learner's newest act; an author can say after
// which act a line fits, which question it answers, what the learner must have named for it to make
// sense, and which hidden need must be revealed first, so "Klap, ja…" only comes after a blow was named.

/** The learner's acts, in the order the persona answers them: the first one present is answered first. */
export const ACT_KINDS = ['harm', 'question', 'proposal', 'core', 'pushback', 'acknowledgement'] as const;
export type ActKind = (typeof ACT_KINDS)[number];

/** What a question to the persona is about. `story` is an invitation to talk ("Vertel.", "Go ahead."). */
export const TOPICS = [
  'feeling',
  'need',
  'want',
  'reason',
  'view',
  'promise',
  'cost',
  'consequence',
  'story',
  'check',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Which act a rubric move is. Keyed by string: a move id the rubric adds later is simply no act until listed. */
export const MOVE_ACTS: Readonly<Record<string, ActKind>> = {
  contempt: 'harm',
  threatens: 'harm',
  dismisses: 'harm',
  'grader-instruction': 'harm',
  'open-question': 'question',
  'closed-question': 'question',
  'checks-understanding': 'question',
  'invites-ownership': 'question',
  'invites-talk': 'question',
  'concrete-next-step': 'proposal',
  'offers-alternative': 'proposal',
  'offers-support': 'proposal',
  'gives-in': 'proposal',
  'clear-no': 'core',
  'apology-with-responsibility': 'acknowledgement',
  'takes-ownership': 'acknowledgement',
  'acknowledges-feeling': 'acknowledgement',
  reflects: 'acknowledgement',
  appreciation: 'acknowledgement',
  'self-disclosure': 'acknowledgement',
  condolence: 'acknowledgement',
  blames: 'pushback',
  defensive: 'pushback',
  'apology-with-excuse': 'pushback',
  absolutes: 'pushback',
  hedges: 'pushback',
};

/** The scenario's core act per category (the news, the no, the apology): these moves count as it. */
export const CORE_MOVES: Readonly<Record<Category, readonly string[]>> = {
  'saying-no': ['clear-no'],
  stakeholder: ['clear-no', 'apology-with-responsibility', 'takes-ownership'],
  apologising: ['apology-with-responsibility', 'takes-ownership'],
  forgiving: ['takes-ownership'],
  'giving-feedback': [],
  disagreeing: ['clear-no'],
  'being-present': ['condolence', 'acknowledges-feeling'],
  mentoring: ['invites-ownership'],
  'delivering-bad-news': ['clear-no'],
  'addressing-underperformance': [],
};

/** The act a move is in a scenario of this category; undefined for a move that is no act. */
export function actOfMove(category: Category, move: string): ActKind | undefined {
  return CORE_MOVES[category].includes(move) ? 'core' : MOVE_ACTS[move];
}

const text = z.string().trim().min(1, 'must not be empty');

export const conditionalLine = z
  .strictObject({
    say: text.describe('What the persona says.'),
    after: z
      .enum(ACT_KINDS)
      .optional()
      .describe("The learner's act the line answers: it is said only after that act."),
    topic: z
      .enum(TOPICS)
      .optional()
      .describe(
        'The question the line answers (what do you need, how is it for you, ...): said only when asked.',
      ),
    mentions: z
      .array(text)
      .min(1)
      .optional()
      .describe(
        "What the line refers to: said only when the learner's newest reply names one of these words (any form that starts the same).",
      ),
    needs: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Said only once the persona has revealed the hidden need with this number: 1 is the first line of `script.reveals`.',
      ),
  })
  .describe('A line with the conditions under which it fits.');

/** A scripted line: plain text fits anywhere its key applies; with conditions, only where they hold. */
export const scriptLine = z.union([text, conditionalLine]).meta({ id: 'scriptLine' });
export type ScriptLine = z.infer<typeof scriptLine>;

export const lineText = (line: ScriptLine): string => (typeof line === 'string' ? line : line.say);

/** The keys of `script.acts`: lines for an act whatever move showed it, for an invitation to talk, for a repetition. */
export const ACT_LINE_KEYS = [...ACT_KINDS, 'invitation', 'repetition'] as const;
export type ActLineKey = (typeof ACT_LINE_KEYS)[number];

/** Acts a line under each script key can answer: a condition outside them can never be met. */
export function keyActs(category: Category, path: readonly (string | number)[]): readonly ActKind[] | 'any' {
  const [section, key] = path;
  if (section === 'moves' && typeof key === 'string') {
    const act = actOfMove(category, key);
    return act ? [act] : [];
  }
  if (section === 'acts') {
    if (key === 'invitation') return ['question'];
    if (key === 'repetition') return [];
    return [key as ActKind];
  }
  return 'any';
}

/** Why a line's conditions can never all hold where it stands; null when they can. */
export function impossibleCondition(
  line: ScriptLine,
  where: { category: Category; path: readonly (string | number)[]; reveals: number },
): { field: string; message: string } | null {
  if (typeof line === 'string') return null;
  const acts = keyActs(where.category, where.path);
  const key = where.path.slice(0, 2).join('.');
  if (line.after && acts !== 'any' && !acts.includes(line.after)) {
    return {
      field: 'after',
      message: `can never be met: a line under \`${key}\` answers ${acts.length > 0 ? `a ${acts.join(' or ')}` : 'no act'}, never a ${line.after}`,
    };
  }
  if (line.topic) {
    const answers = line.after ? [line.after] : acts === 'any' ? ACT_KINDS : acts;
    if (!answers.includes('question')) {
      return {
        field: 'topic',
        message: `can never be met: a line that answers a ${answers.join(' or ')} is never said after a question about ${line.topic}`,
      };
    }
  }
  if (line.needs !== undefined && line.needs > where.reveals) {
    return {
      field: 'needs',
      message: `can never be met: \`script.reveals\` has ${where.reveals} line${where.reveals === 1 ? '' : 's'}, so need ${line.needs} is never revealed`,
    };
  }
  return null;
}
