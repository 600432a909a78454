// The stable vocabulary of the method: API values, scenario keys and database values all use these ids.

/** The five principles ("Grondbeginselen") of empathic leadership: the rubric's criteria. */
export const PRINCIPLE_IDS = ['self-leadership', 'connection', 'courage', 'clarity', 'mentorship'] as const;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

/** Observable behaviours the rubric detects in a reply ("Wat doen empathische leiders?"). */
export const MOVE_IDS = [
  'acknowledges-feeling',
  'reflects',
  'open-question',
  'closed-question',
  'checks-understanding',
  'apology-with-responsibility',
  'apology-with-excuse',
  'takes-ownership',
  'blames',
  'defensive',
  'clear-no',
  'offers-alternative',
  'concrete-next-step',
  'hedges',
  'absolutes',
  'appreciation',
  'self-disclosure',
  'offers-support',
  'invites-ownership',
  'contempt',
  'grader-instruction',
  'condolence',
  'invites-talk',
  'gives-in',
  'dismisses',
  'threatens',
] as const;
export type MoveId = (typeof MOVE_IDS)[number];

// The languages are the whole app's vocabulary; re-exported here so the rubric reads its ids from one file.
export { LANGUAGES, type Language } from '../vocabulary.ts';
