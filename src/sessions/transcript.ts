import type { TurnRow } from '../db/schema/index.ts';
import type { TurnRole } from '../vocabulary.ts';

export type Spoken = { role: TurnRole; content: string };

/**
 * What was said before turn `seq`, as the persona, the judge and the report read the conversation: complete
 * turns only, so words of an answer that broke off are never taken as said.
 */
export function spokenBefore(turns: TurnRow[], seq: number): Spoken[] {
  return turns
    .filter((turn) => turn.status === 'complete' && turn.seq < seq)
    .map(({ role, content }) => ({ role, content }));
}
