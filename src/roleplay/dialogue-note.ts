import type { Scenario } from '../scenarios/schema.ts';
import type { Language } from '../vocabulary.ts';
import { type Act, type DialogueState, openQuestions, type Reading, type Topic } from './dialogue/index.ts';

// The dialogue state, told to the model: what the other person just did, what they offered, promised or
// refused, what was agreed and what is still open. The scripted persona reads the same state, so both
// personas answer the newest act first and remember the conversation the same way.

type Texts = {
  title: string;
  newest: (act: Act) => string;
  nothingNew: string;
  repeated: string;
  open: (questions: string[]) => string;
  lists: Record<'offered' | 'promised' | 'refused' | 'owned' | 'acknowledged', string>;
  agreed: (quote: string) => string;
  notAgreed: string;
  revealed: (needs: string[]) => string;
};

const TOPIC_WORDS: Record<Language, Record<Topic, string>> = {
  nl: {
    feeling: 'hoe het met je is',
    need: 'wat je nodig hebt',
    want: 'wat je wilt',
    reason: 'waarom',
    view: 'hoe je ertegenaan kijkt',
    promise: 'wat er beloofd is',
    cost: 'wat het kost',
    consequence: 'wat er dan gebeurt',
    story: 'wat er speelt (een uitnodiging om te vertellen)',
    check: 'of ze je goed begrepen hebben',
  },
  en: {
    feeling: 'how you are',
    need: 'what you need',
    want: 'what you want',
    reason: 'why',
    view: 'how you see it',
    promise: 'what was promised',
    cost: 'what it costs',
    consequence: 'what happens then',
    story: "what's going on (an invitation to tell)",
    check: 'whether they understood you',
  },
};

const TEXTS: Record<Language, Texts> = {
  nl: {
    title: 'Gespreksnotitie (alleen voor jou, noem haar nooit)',
    newest: (act) =>
      ({
        harm: `Hun nieuwste woorden zijn kwetsend ("${act.quote}"): reageer daar eerst op.`,
        question: `Ze stelden je een vraag${act.topic ? ` over ${TOPIC_WORDS.nl[act.topic]}` : ''} ("${act.quote}"): beantwoord die eerst, en geen andere vraag.`,
        proposal: `Ze deden een voorstel ("${act.quote}"): geef antwoord op dat voorstel. Neem het aan, maak een bezwaar met een reden uit jouw situatie, of stel één verduidelijkende vraag.`,
        core: `Ze kwamen ter zake ("${act.quote}"): reageer op wat dat voor jou betekent.`,
        pushback: `Ze reageerden afwerend of verwijtend ("${act.quote}"): reageer daar eerst op.`,
        acknowledgement: `Ze erkenden wat jij voelt of zei ("${act.quote}"): reageer daarop.`,
      })[act.kind],
    nothingNew: 'Hun nieuwste woorden vragen nergens om: reageer vanuit je stemming.',
    repeated:
      'Ze zeggen hetzelfde als eerder. Zeg dat in je eigen woorden en laat je er niet verder door overtuigen.',
    open: (questions) => `Nog onbeantwoorde vragen van hen: ${questions.join(' / ')}.`,
    lists: {
      offered: 'Wat ze aanboden',
      promised: 'Wat ze toezegden',
      refused: 'Waar ze nee tegen zeiden',
      owned: 'Wat ze als hun eigen aandeel erkenden',
      acknowledged: 'Wat ze van jou erkenden',
    },
    agreed: (quote) => `Afgesproken: "${quote}". Begin daar niet opnieuw over.`,
    notAgreed: 'Er is nog niets afgesproken.',
    revealed: (needs) => `Wat je al verteld hebt van wat eronder zit: ${needs.join(' / ')}.`,
  },
  en: {
    title: 'Conversation note (for you only, never mention it)',
    newest: (act) =>
      ({
        harm: `Their newest words are hurtful ("${act.quote}"): react to that first.`,
        question: `They asked you a question${act.topic ? ` about ${TOPIC_WORDS.en[act.topic]}` : ''} ("${act.quote}"): answer it first, and no other question.`,
        proposal: `They made a proposal ("${act.quote}"): answer that proposal. Accept it, object with a reason from your situation, or ask one clarifying question.`,
        core: `They came to the point ("${act.quote}"): react to what it means for you.`,
        pushback: `They were defensive or blaming ("${act.quote}"): react to that first.`,
        acknowledgement: `They acknowledged what you feel or said ("${act.quote}"): respond to that.`,
      })[act.kind],
    nothingNew: 'Their newest words ask for nothing in particular: respond from your mood.',
    repeated:
      'They are saying the same as before. Say so in your own words, and let it convince you no further.',
    open: (questions) => `Their questions you have not answered yet: ${questions.join(' / ')}.`,
    lists: {
      offered: 'What they offered',
      promised: 'What they promised',
      refused: 'What they said no to',
      owned: 'What they owned as their part',
      acknowledged: 'What they acknowledged of yours',
    },
    agreed: (quote) => `Agreed: "${quote}". Do not reopen it.`,
    notAgreed: 'Nothing has been agreed yet.',
    revealed: (needs) => `What lies underneath that you have already shared: ${needs.join(' / ')}.`,
  },
};

/** The note on the conversation so far, for the model persona, in the scenario's language. */
export function buildDialogueNote(scenario: Scenario, reading: Reading, state: DialogueState): string {
  const t = TEXTS[scenario.language];
  const lead = reading.acts[0];
  const lines = [state.repeats > 0 ? t.repeated : lead ? t.newest(lead) : t.nothingNew];
  const earlier = openQuestions(state).filter((question) => question.turn < state.turn);
  if (earlier.length > 0) lines.push(t.open(earlier.map((question) => `"${question.quote}"`)));
  for (const key of ['offered', 'promised', 'refused', 'owned', 'acknowledged'] as const) {
    const quotes = state[key].map((entry) => `"${entry.quote}"`);
    if (quotes.length > 0) lines.push(`${t.lists[key]}: ${quotes.join(' / ')}.`);
  }
  lines.push(state.agreement ? t.agreed(state.agreement.quote) : t.notAgreed);
  const needs = state.revealed.flatMap((index) => scenario.persona.hiddenNeeds[index] ?? []);
  if (needs.length > 0) lines.push(t.revealed(needs));
  return `${t.title}: ${lines.join(' ')}`;
}
