import type { Dialogue } from './dialogue.ts';

// Conversations as an English-speaking leader would hold them, one per library scenario: what the
// persona must answer next is written beside every reply.

export const ENGLISH_DIALOGUES: Dialogue[] = [
  {
    scenario: 'saying-no-extra-project',
    steps: [
      {
        say: "No, Mark, my team won't build the integration by June 1st. We're full until the summer.",
        expect: 'core',
      },
      { say: 'I can see how much pressure you are under from Helen.', expect: 'acknowledgement' },
      { say: 'What exactly did you promise Hartley?', expect: 'question' },
      { say: 'I can see how much pressure you are under from Helen.', expect: 'repetition' },
      {
        say: 'Shall we go and see Helen together tomorrow at nine to agree a realistic date?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'saying-no-team-lead-role',
    steps: [
      {
        say: "No, Sarah, it's going to Ben. He is stronger at coaching and letting go; in your projects you often take the work over yourself.",
        expect: 'core',
      },
      { say: 'I can imagine this hits hard after nine years.', expect: 'acknowledgement' },
      { say: 'What would you want as your next step?', expect: 'question' },
      { say: 'I can imagine this hits hard after nine years.', expect: 'repetition' },
      { say: 'Shall we take an hour next Thursday to talk about your development?', expect: 'proposal' },
    ],
  },
  {
    scenario: 'refusing-supplier-price-rise',
    steps: [
      { say: "Steve, we won't accept the twelve percent. I can't justify it.", expect: 'core' },
      {
        say: "I understand fuel and wages are squeezing you, and I appreciate what you've done for us over seven years.",
        expect: 'acknowledgement',
      },
      { say: "What's behind this rise, really?", expect: 'question' },
      {
        say: "I understand fuel and wages are squeezing you, and I appreciate what you've done for us over seven years.",
        expect: 'repetition',
      },
      {
        say: 'I can offer you a three-year contract at four percent. How does that sound?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'angry-client-missed-delivery',
    steps: [
      {
        say: "You're right, Rachel. I'm sorry: we warned you far too late, and that is my responsibility.",
        expect: 'core',
      },
      {
        say: 'I understand you are furious, especially having to hear it from your own buyer.',
        expect: 'acknowledgement',
      },
      { say: 'What did the stoppage cost you?', expect: 'question' },
      {
        say: 'I understand you are furious, especially having to hear it from your own buyer.',
        expect: 'repetition',
      },
      {
        say: "I'll send you an overview of every delivery for the next two weeks tomorrow at nine. Does that work?",
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'being-present-dying-father',
    steps: [
      { say: "I'm so sorry, Chris. Your dad in a hospice, that's a lot to carry.", expect: 'core' },
      { say: 'How are you doing?', expect: 'question' },
      { say: 'What do you need from me in the coming weeks?', expect: 'question' },
      { say: 'What do you need from me in the coming weeks?', expect: 'repetition' },
      {
        say: "I'll make sure someone else takes over Friday's go-live, so you don't have to worry about it.",
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'apology-snapping-in-meeting',
    steps: [
      {
        say: "Josh, I'm sorry I snapped at you on Monday in front of everyone. That wasn't okay, and the error in the figures was partly mine.",
        expect: 'core',
      },
      { say: 'That must have been awful for you, in front of the whole team.', expect: 'acknowledgement' },
      { say: 'How are you doing now?', expect: 'question' },
      { say: 'That must have been awful for you, in front of the whole team.', expect: 'repetition' },
      {
        say: "I'd like to tell the team in Monday's meeting that the mistake was mine. Is that okay with you?",
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'feedback-senior-interrupts',
    steps: [
      {
        say: 'Graham, I really value your experience. At the same time, in the meeting I see you often interrupt the younger colleagues.',
        expect: 'acknowledgement',
      },
      { say: 'How do you find the meeting yourself?', expect: 'question' },
      { say: 'What do you need to bring your experience in differently?', expect: 'question' },
      { say: 'What do you need to bring your experience in differently?', expect: 'repetition' },
      {
        say: 'Shall we agree that on Tuesday you let everyone finish and only then chip in?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'feedback-rushed-report',
    steps: [
      {
        say: 'Emily, the arrears analysis is really strong work, you can be proud of it.',
        expect: 'acknowledgement',
      },
      { say: 'How did it happen that the tables have so many errors?', expect: 'question' },
      { say: 'What do you need to get it ready and error-free by Friday?', expect: 'question' },
      { say: 'What do you need to get it ready and error-free by Friday?', expect: 'repetition' },
      { say: 'Shall we go through the tables together on Thursday at two?', expect: 'proposal' },
    ],
  },
  {
    scenario: 'mentoring-quiet-team-member',
    steps: [
      {
        say: 'Owen, I value how carefully you interview users. I see it in the work of the whole team.',
        expect: 'acknowledgement',
      },
      { say: 'What do you enjoy most about your work?', expect: 'question' },
      { say: 'Where do you want to be in a year?', expect: 'question' },
      { say: 'Where do you want to be in a year?', expect: 'repetition' },
      {
        say: 'Shall we agree that you present your onboarding idea next Tuesday, and we prepare it together on Monday?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'disagreeing-launch-date',
    steps: [
      {
        say: "No, Victoria, we're not ready for 1 March. The payments module still has two critical vulnerabilities.",
        expect: 'core',
      },
      {
        say: 'I can see the board is putting you under a lot of pressure, and this is bad news for you.',
        expect: 'acknowledgement',
      },
      { say: 'What happens if we delay the launch?', expect: 'question' },
      {
        say: 'I can see the board is putting you under a lot of pressure, and this is bad news for you.',
        expect: 'repetition',
      },
      {
        say: 'I propose we launch on 1 March without payments and switch them on three weeks later. What do you think of that?',
        expect: 'proposal',
      },
    ],
  },
  {
    scenario: 'forgiving-going-over-your-head',
    steps: [
      { say: 'Thanks for coming to tell me yourself, Ryan. I appreciate that.', expect: 'acknowledgement' },
      { say: 'Why did you go to Martin?', expect: 'question' },
      {
        say: "I should have listened when you said the schedule wasn't doable. That's on me.",
        expect: 'core',
      },
      {
        say: "I should have listened when you said the schedule wasn't doable. That's on me.",
        expect: 'repetition',
      },
      { say: 'Shall we go through the schedule together every Monday?', expect: 'proposal' },
    ],
  },
];
