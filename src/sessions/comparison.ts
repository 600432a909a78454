import type { PrincipleId } from '../rubric/ids.ts';
import type { Evidence } from '../rubric/types.ts';

// A reply taken back beside the one that stayed at its point, as the report stores it (report-attempts.ts
// makes it). Types only, so the report's table can name them without reaching into the use-cases.

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
