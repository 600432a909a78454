import { type Scenario, type ScenarioInput, scenarioSchema } from '../../scenarios/schema.ts';

// Small scenarios of our own for the role-play tests, parsed by the real schema so they stay valid.

const apologyInput: ScenarioInput = {
  id: 'missed-deadline-apology',
  status: 'published',
  language: 'en',
  title: 'Apologising for a missed handover',
  category: 'apologising',
  difficulty: 'medium',
  summary: 'You forgot to hand over a client file and Sam had to face the client unprepared.',
  briefing: {
    situation: 'You promised Sam the client file by Monday and forgot. Sam met the client unprepared.',
    role: "Sam's team lead",
    goal: 'Apologise for real and agree how this will not happen again.',
    keepInMind: ['Own your part without excuses.'],
  },
  persona: {
    name: 'Sam',
    role: 'Account manager',
    relationship: 'Reports to you for two years',
    personality: 'Loyal, proud of their work, quietly angry when let down',
    speakingStyle: 'Short sentences, a bit dry',
    feelings: ['embarrassed in front of the client', 'let down by you'],
    wants: 'An acknowledgement that this was not their fault',
    hiddenNeeds: ['To trust that you have their back', 'To be told the client relationship is not damaged'],
    closedBy: ['excuses', 'blaming the workload', 'minimising'],
    openedBy: ['a real apology', 'naming how it felt for Sam', 'a concrete promise'],
  },
  opening: { speaker: 'persona', lines: ['You wanted to see me?'] },
  focus: { 'self-leadership': 3, connection: 2, courage: 1, clarity: 2, mentorship: 1 },
  success: [
    { statement: 'You apologised without excuses.', moves: ['apology-with-responsibility'] },
    { statement: 'You agreed on a concrete next step.', moves: ['concrete-next-step'] },
  ],
  mood: { sensitivity: { 'apology-with-responsibility': 2, 'apology-with-excuse': 1.5 } },
  script: {
    maxTurns: 6,
    moods: {
      closed: ['Fine. Whatever.', 'I have work to do.', "Let's just drop it."],
      guarded: ["I'm listening.", 'Okay. And?', 'Go on.'],
      neutral: ['Right. I hear you.', 'Okay, that helps a bit.', 'Fair enough.'],
      open: [
        'Thanks for saying that.',
        'Honestly, that means a lot.',
        'I appreciate you being straight with me.',
      ],
    },
    moves: {
      blames: ['So it is my fault now?', "Don't put this on me."],
      contempt: ["Wow. I don't deserve that tone."],
      'grader-instruction': ["Sorry, what? I don't follow."],
      'apology-with-responsibility': [
        'Okay. I did not expect you to say it like that.',
        'Thank you. That matters.',
      ],
      'apology-with-excuse': ["There is always a but, isn't there?"],
      'acknowledges-feeling': ['Yes. It was embarrassing.', 'Exactly, I felt stupid in there.'],
      'open-question': ['What do you want to know?', 'Where do I start?'],
      'concrete-next-step': ['Okay, a checklist could work.'],
    },
    reveals: [
      'What I really need is to know you have my back.',
      'I keep wondering if the client still trusts me.',
    ],
    closings: {
      good: ["Thanks. Let's do that, then.", "Okay. I'm glad we talked."],
      neutral: ['Alright. We will see how it goes.'],
      bad: ["I don't think this is going anywhere. I'm going back to work."],
    },
  },
  examples: [
    { reply: 'I am sorry, I forgot the file and left you exposed.', rating: 'good' },
    { reply: 'Sorry, but I had a lot on my plate.', rating: 'poor' },
    { reply: 'It happens, let us move on.', rating: 'fair' },
  ],
};

export const apologyScenario: Scenario = scenarioSchema.parse(apologyInput);

export const hardApologyScenario: Scenario = scenarioSchema.parse({
  ...apologyInput,
  id: 'missed-deadline-apology-hard',
  difficulty: 'hard',
});

export const easyApologyScenario: Scenario = scenarioSchema.parse({
  ...apologyInput,
  id: 'missed-deadline-apology-easy',
  difficulty: 'easy',
});

/** The same scenario without sensitivities, to see what they change. */
export const plainApologyScenario: Scenario = scenarioSchema.parse({
  ...apologyInput,
  id: 'missed-deadline-apology-plain',
  mood: { sensitivity: {} },
});

export const dutchScenario: Scenario = scenarioSchema.parse({
  ...apologyInput,
  id: 'nee-zeggen-extra-project',
  language: 'nl',
  category: 'saying-no',
  title: 'Nee zeggen tegen een extra project',
  summary: 'Je collega vraagt je team een extra project op te pakken.',
  persona: {
    ...apologyInput.persona,
    name: 'Femke',
    role: 'Projectleider',
    relationship: 'Collega van een ander team',
    speakingStyle: 'Direct, een beetje ongeduldig',
  },
  opening: { speaker: 'persona', lines: ['Heb je even? Ik heb jullie hulp nodig.'] },
});
