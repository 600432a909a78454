import type { PrincipleId } from '../rubric/ids.ts';
import type { Evidence } from '../rubric/types.ts';
import type { CounterfactualSource, Mood } from '../vocabulary.ts';

// A reply taken back beside the one that stayed at its point, and a reply said beside an alternative played
// at its point ("What if I had said…"), as the report stores them (report-attempts.ts makes both). Types only, so the report's table can name them without reaching into the use-cases.

export type Side = { seq: number; reply: string; overall: number; answer: string | null };
export type Quote = Pick<Evidence, 'quote' | 'polarity'>;

export type Comparison = {
  /** The reply of the path taken. */
  seq: number;
  before: Side;
  after: Side;
  principles: { id: PrincipleId; before: number | null; after: number | null; difference: number | null }[];
  /** The principles whose evidence changed: the quotes of each side, earned or costing points. */
  evidence: { id: PrincipleId; before: Quote[]; after: Quote[] }[];
};

/** An alternative played at a reply of the path taken: `before` is the reply said, `after` the alternative. */
export type CounterfactualComparison = Comparison & {
  source: CounterfactualSource;
  mood: { before: Mood; said: Mood | null; alternative: Mood };
};
