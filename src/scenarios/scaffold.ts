// The starting point `npm run scenarios:new` writes: valid from the first save, with TODOs where the writing goes.
import type { Language } from '../rubric/ids.ts';
import type { Category, Difficulty } from './schema.ts';

export type ScaffoldOptions = {
  id: string;
  language: Language;
  category: Category;
  difficulty?: Difficulty;
  title?: string;
};

const quote = (text: string) => JSON.stringify(text);

export function renderScaffold(options: ScaffoldOptions): string {
  const { id, language, category, difficulty = 'medium' } = options;
  const other = language === 'nl' ? 'en' : 'nl';
  const title = options.title ? quote(options.title) : 'TODO short title the learner sees';
  return `# yaml-language-server: $schema=../scenario.schema.json
# A rehearsal scenario. Write every text in the scenario's language (${language}).
# Check it with: npm run scenarios:check -- scenarios/${language}/${id}.yaml
# Replace every TODO; the check warns while any is left.

id: ${id} # must equal the file name
language: ${language}
# The same scenario in the other language, once it exists (the link must go both ways):
translations: {}
#  ${other}: the-other-id
title: ${title}
category: ${category}
difficulty: ${difficulty} # easy | medium | hard: changes the persona's starting mood and how strongly it reacts
tags: [] # kebab-case labels, e.g. [workload, peer]
summary: TODO one line about the situation, shown on the scenario card

# What the learner reads before starting.
briefing:
  situation: TODO what is going on, with specific people and stakes
  role: TODO who the learner is in this conversation
  goal: TODO what the learner wants to reach
  keepInMind:
    - TODO a hint for the learner

# The other person. Only name, role and relationship are shown to the learner.
persona:
  name: TODO name
  role: TODO job or position
  relationship: TODO how they relate to the learner
  personality: TODO traits that steer how they react
  speakingStyle: TODO how they talk
  feelings:
    - TODO how they feel at the start
  wants: TODO what they openly want
  hiddenNeeds: # revealed only when the learner explores
    - TODO a need under the surface
  closedBy: # learner behaviour that makes them close up
    - TODO e.g. being told what they feel
  openedBy: # learner behaviour that makes them open up
    - TODO e.g. a genuine open question

# Who speaks first: persona (then give the line) or learner.
opening:
  speaker: persona
  lines:
    - TODO the persona's first words

# How much each principle counts here: 0 (not at all) to 3 (most).
focus:
  self-leadership: 1
  connection: 2
  courage: 2
  clarity: 2
  mentorship: 1

# A good outcome, as checkable statements. A statement is met by a move of the learner or a principle's mean score.
success:
  - statement: TODO what the learner achieved
    moves: [acknowledges-feeling] # any of the rubric's moves
  # - statement: TODO another outcome
  #   principle: clarity
  #   minScore: 3

# The scripted persona: plays the scenario without a language model. Several lines per key give variety.
script:
  maxTurns: 8
  moods: # by the persona's mood, from least to most open
    closed:
      - TODO a line when the persona has shut down
    guarded:
      - TODO a careful, reserved line
    neutral:
      - TODO a matter-of-fact line
    open:
      - TODO a line when the persona feels safe
  moves: {} # reactions to a learner's move, e.g. clear-no: [TODO a reaction]
  reveals: # lines that reveal the hidden needs once the persona opens up
    - TODO the persona says what they really need
  closings:
    good:
      - TODO a closing line when it went well
    neutral:
      - TODO a closing line when it went so-so
    bad:
      - TODO a closing line when the persona closed up

# Golden replies to the opening, with the rating they should get: good ranks above fair above poor.
# The library aims for at least 3 of each rating.
examples:
  - reply: TODO a reply that does it well
    rating: good
  - reply: TODO a reply that is half right
    rating: fair
  - reply: TODO a reply that goes wrong
    rating: poor
`;
}
