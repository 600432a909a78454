// The starting point `npm run scenarios:new` writes: a valid draft from the first save, with TODOs where the
// writing goes, and comments in the language the author writes the scenario in.
import { type Category, type Difficulty, type Language, RATINGS } from '../vocabulary.ts';
import { CATEGORY_INFO } from './categories.ts';
import { RATING_BANDS } from './golden-examples.ts';

export type ScaffoldOptions = {
  id: string;
  language: Language;
  category: Category;
  difficulty?: Difficulty;
  title?: string;
};

const quote = (text: string) => JSON.stringify(text);

/** Every comment and placeholder of the file, per language. */
const TEXT = {
  en: {
    intro: (language: Language) =>
      `# A rehearsal scenario. Write every text in the scenario's language (${language}).`,
    check: 'Check it with',
    todo: '# Replace every TODO. The file stays a draft (never in the library) until you set `status: published`;\n# a published file with a TODO left is an error.',
    status: 'draft: being written | published: in the library for learners',
    idComment: 'must equal the file name',
    translations: '# The same scenario in the other language, once it exists (the link must go both ways):',
    otherId: 'the-other-id',
    title: 'TODO short title the learner sees',
    difficulty: "easy | medium | hard: changes the persona's starting mood and how strongly it reacts",
    tags: 'kebab-case labels, e.g. [workload, peer]',
    summary: 'TODO one line about the situation, shown on the scenario card',
    briefing: '# What the learner reads before starting.',
    situation: 'TODO what is going on, with specific people and stakes',
    role: 'TODO who the learner is in this conversation',
    goal: 'TODO what the learner wants to reach',
    keepInMind: 'TODO a hint for the learner',
    persona: '# The other person. Only name, role and relationship are shown to the learner.',
    name: 'TODO name',
    personaRole: 'TODO job or position',
    relationship: 'TODO how they relate to the learner',
    personality: 'TODO traits that steer how they react',
    speakingStyle: 'TODO how they talk',
    feelings: 'TODO how they feel at the start',
    wants: 'TODO what they openly want',
    hiddenNeedsComment: 'revealed only when the learner explores',
    hiddenNeeds: 'TODO a need under the surface',
    closedByComment: 'learner behaviour that makes them close up',
    closedBy: 'TODO e.g. being told what they feel',
    openedByComment: 'learner behaviour that makes them open up',
    openedBy: 'TODO e.g. a genuine open question',
    opening: '# Who speaks first: persona (then give the line) or learner.',
    openingLine: "TODO the persona's first words",
    focus:
      '# How much each principle counts here, from 0 to 3: 0 = not scored in this scenario, 1 = normal, 3 = counts\n# three times as much. Scores themselves run from 0 to 4.',
    acts: '# What a good reply must do here (core) and must not do (mustNot). A phrase matches without regard to case\n# or spacing; "…" stands for up to five words. Without the core act courage and clarity stay below 3; a\n# must-not act caps the score. The check reports a good example that misses the core act.',
    actLabel: (hint: string) => `TODO the act in a few words, e.g. "${hint}"`,
    actWordsComment: 'many natural wordings, short and long',
    actWord: (hint: string) => `TODO a phrase that does it, e.g. "${hint}"`,
    actMoves: (moves: string) =>
      moves
        ? `optional: moves of the rubric that do it, e.g. moves: [${moves}]`
        : 'no move of the rubric says this: its words do',
    actTip: 'TODO advice for a reply that misses it',
    mustNotLabel: (hint: string) => `TODO what a reply must not do here, e.g. "${hint}"`,
    mustNotMoves: (moves: string) => `optional: moves of the rubric that do it, e.g. moves: [${moves}]`,
    mustNotWord: 'TODO a phrase that does it',
    mustNotTip: 'TODO advice for a reply that does it',
    success:
      "# A good outcome, as checkable statements. A statement is met by a move of the learner, or when the session's\n# mean score for a principle reaches minScore (0 to 4, like the scores).",
    statement: 'TODO what the learner achieved',
    movesComment: "any of the rubric's moves (the schema lists them with examples)",
    another: 'TODO another outcome',
    script:
      '# The scripted persona: plays the scenario without a language model. Several lines per key give variety.',
    moods: "by the persona's mood, from least to most open",
    closed: 'TODO a line when the persona has shut down',
    guarded: 'TODO a careful, reserved line',
    neutral: 'TODO a matter-of-fact line',
    open: 'TODO a line when the persona feels safe',
    scriptMoves: "reactions to a learner's move, e.g. clear-no: [TODO a reaction]",
    reveals: 'lines that reveal the hidden needs once the persona opens up',
    reveal: 'TODO the persona says what they really need',
    good: 'TODO a closing line when it went well',
    neutralClosing: 'TODO a closing line when it went so-so',
    bad: 'TODO a closing line when the persona closed up',
    sensitivity:
      "# Optional: how strongly a move moves the persona's mood, as a factor from 0 to 3 (1 = normal, 0 = not at all).\n# mood:\n#   sensitivity:\n#     blames: 2",
    examples: (bands: string) =>
      `# Golden replies to the opening, with the rating they should get. They are tests: the overall score must fall\n# in the rating's band (${bands}), or \`scenarios:check\` fails.\n# Optional scores per principle run from 0 to 4; one off is fine. Aim for at least 3 of each rating.`,
    goodReply: 'TODO a reply that does it well',
    fairReply: 'TODO a reply that is half right',
    poorReply: 'TODO a reply that goes wrong',
  },
  nl: {
    intro: (language: Language) =>
      `# Een oefenscenario. Schrijf alle teksten in de taal van het scenario (${language}).`,
    check: 'Controleer het met',
    todo: '# Vervang elke TODO. Het bestand blijft een concept (nooit in de bibliotheek) tot je `status: published`\n# zet; een gepubliceerd bestand waar nog een TODO in staat, is een fout.',
    status: 'draft: concept, nog in de maak | published: in de bibliotheek voor deelnemers',
    idComment: 'moet gelijk zijn aan de bestandsnaam',
    translations:
      '# Hetzelfde scenario in de andere taal, zodra dat bestaat (de link moet twee kanten op gaan):',
    otherId: 'het-andere-id',
    title: 'TODO korte titel die de deelnemer ziet',
    difficulty: 'easy | medium | hard: bepaalt de beginstemming van de persona en hoe sterk die reageert',
    tags: 'labels in kebab-case, bijv. [werkdruk, collega]',
    summary: 'TODO één regel over de situatie, te zien op de scenariokaart',
    briefing: '# Wat de deelnemer leest voor het gesprek begint.',
    situation: 'TODO wat er speelt, met concrete mensen en wat er op het spel staat',
    role: 'TODO wie de deelnemer is in dit gesprek',
    goal: 'TODO wat de deelnemer wil bereiken',
    keepInMind: 'TODO een tip voor de deelnemer',
    persona: '# De ander. Alleen naam, rol en relatie ziet de deelnemer.',
    name: 'TODO naam',
    personaRole: 'TODO functie of positie',
    relationship: 'TODO hoe diegene zich tot de deelnemer verhoudt',
    personality: 'TODO karaktertrekken die bepalen hoe diegene reageert',
    speakingStyle: 'TODO hoe diegene praat',
    feelings: 'TODO hoe diegene zich aan het begin voelt',
    wants: 'TODO wat diegene openlijk wil',
    hiddenNeedsComment: 'komen pas boven als de deelnemer doorvraagt',
    hiddenNeeds: 'TODO een behoefte onder de oppervlakte',
    closedByComment: 'gedrag van de deelnemer waardoor diegene dichtklapt',
    closedBy: 'TODO bijv. te horen krijgen wat je voelt',
    openedByComment: 'gedrag van de deelnemer waardoor diegene opengaat',
    openedBy: 'TODO bijv. een oprechte open vraag',
    opening: '# Wie begint: persona (geef dan de eerste zin) of learner (de deelnemer).',
    openingLine: 'TODO de eerste woorden van de persona',
    focus:
      '# Hoe zwaar elk principe hier telt, van 0 tot 3: 0 = telt in dit scenario niet mee, 1 = gewoon, 3 = telt drie\n# keer zo zwaar. De scores zelf lopen van 0 tot 4.',
    acts: '# Wat een goed antwoord hier moet doen (core) en niet mag doen (mustNot). Een zin telt ongeacht hoofdletters\n# of spaties; "…" staat voor hooguit vijf woorden. Zonder de kernhandeling blijven moed en helderheid onder 3;\n# een mustNot-handeling begrenst de score. De controle meldt een goed voorbeeld dat de kern mist.',
    actLabel: (hint: string) => `TODO de handeling in een paar woorden, bijv. "${hint}"`,
    actWordsComment: 'veel natuurlijke formuleringen, kort en lang',
    actWord: (hint: string) => `TODO een zin die het doet, bijv. "${hint}"`,
    actMoves: (moves: string) =>
      moves
        ? `optioneel: moves van de rubric die het doen, bijv. moves: [${moves}]`
        : 'geen move van de rubric zegt dit: de woorden doen het',
    actTip: 'TODO een tip voor een antwoord dat het mist',
    mustNotLabel: (hint: string) => `TODO wat een antwoord hier niet mag doen, bijv. "${hint}"`,
    mustNotMoves: (moves: string) => `optioneel: moves van de rubric die het doen, bijv. moves: [${moves}]`,
    mustNotWord: 'TODO een zin die het doet',
    mustNotTip: 'TODO een tip voor een antwoord dat het doet',
    success:
      '# Een goede afloop, als toetsbare uitspraken. Een uitspraak is gehaald met een move van de deelnemer, of als de\n# gemiddelde score op een principe minScore haalt (0 tot 4, net als de scores).',
    statement: 'TODO wat de deelnemer heeft bereikt',
    movesComment: 'moves van de rubric (het schema noemt ze allemaal, met voorbeelden)',
    another: 'TODO nog een uitkomst',
    script:
      '# De persona met script: speelt het scenario zonder taalmodel. Meer regels per sleutel geven afwisseling.',
    moods: 'per stemming van de persona, van gesloten naar open',
    closed: 'TODO een zin als de persona dichtgeklapt is',
    guarded: 'TODO een voorzichtige, terughoudende zin',
    neutral: 'TODO een zakelijke zin',
    open: 'TODO een zin als de persona zich veilig voelt',
    scriptMoves: 'reacties op een move van de deelnemer, bijv. clear-no: [TODO een reactie]',
    reveals: 'zinnen die de verborgen behoeften prijsgeven zodra de persona opengaat',
    reveal: 'TODO de persona zegt wat diegene echt nodig heeft',
    good: 'TODO een slotzin als het goed ging',
    neutralClosing: 'TODO een slotzin als het half ging',
    bad: 'TODO een slotzin als de persona dichtklapte',
    sensitivity:
      '# Optioneel: hoe sterk een move de stemming van de persona raakt, als factor van 0 tot 3 (1 = gewoon, 0 = niet).\n# mood:\n#   sensitivity:\n#     blames: 2',
    examples: (bands: string) =>
      `# Gouden antwoorden op de opening, met de beoordeling die ze moeten krijgen. Het zijn tests: de totaalscore moet\n# binnen de band van de beoordeling vallen (${bands}), anders faalt \`scenarios:check\`.\n# Scores per principe zijn optioneel en lopen van 0 tot 4; één ernaast mag. Mik op minstens 3 van elke beoordeling.`,
    goodReply: 'TODO een antwoord dat het goed doet',
    fairReply: 'TODO een antwoord dat half goed is',
    poorReply: 'TODO een antwoord dat de mist in gaat',
  },
} as const;

export function renderScaffold(options: ScaffoldOptions): string {
  const { id, language, category, difficulty = 'medium' } = options;
  const t = TEXT[language];
  const other = language === 'nl' ? 'en' : 'nl';
  const title = options.title ? quote(options.title) : t.title;
  const hints = CATEGORY_INFO[category].acts;
  const bands = RATINGS.map(
    (rating) => `${rating} ${RATING_BANDS[rating].min}–${RATING_BANDS[rating].max}`,
  ).join(', ');
  return `# yaml-language-server: $schema=../scenario.schema.json
${t.intro(language)}
# ${t.check}: npm run scenarios:check -- scenarios/${language}/${id}.yaml
${t.todo}

id: ${id} # ${t.idComment}
status: draft # ${t.status}
language: ${language}
${t.translations}
translations: {}
#  ${other}: ${t.otherId}
title: ${title}
category: ${category}
difficulty: ${difficulty} # ${t.difficulty}
tags: [] # ${t.tags}
summary: ${t.summary}

${t.briefing}
briefing:
  situation: ${t.situation}
  role: ${t.role}
  goal: ${t.goal}
  keepInMind:
    - ${t.keepInMind}

${t.persona}
persona:
  name: ${t.name}
  role: ${t.personaRole}
  relationship: ${t.relationship}
  personality: ${t.personality}
  speakingStyle: ${t.speakingStyle}
  feelings:
    - ${t.feelings}
  wants: ${t.wants}
  hiddenNeeds: # ${t.hiddenNeedsComment}
    - ${t.hiddenNeeds}
  closedBy: # ${t.closedByComment}
    - ${t.closedBy}
  openedBy: # ${t.openedByComment}
    - ${t.openedBy}

${t.opening}
opening:
  speaker: persona
  lines:
    - ${t.openingLine}

${t.focus}
focus:
  self-leadership: 1
  connection: 2
  courage: 2
  clarity: 2
  mentorship: 1

${t.acts}
acts:
  core:
    label: ${t.actLabel(hints.core[language])}
    words: # ${t.actWordsComment}
      - ${t.actWord(hints.words[language])}
    # ${t.actMoves(hints.moves.join(', '))}
    tip: ${t.actTip}
  mustNot:
    - label: ${t.mustNotLabel(hints.mustNot[language])}
      words:
        - ${t.mustNotWord}${hints.mustNotMoves.length > 0 ? `\n      # ${t.mustNotMoves(hints.mustNotMoves.join(', '))}` : ''}
      tip: ${t.mustNotTip}

${t.success}
success:
  - statement: ${t.statement}
    moves: [acknowledges-feeling] # ${t.movesComment}
  # - statement: ${t.another}
  #   principle: clarity
  #   minScore: 3

${t.script}
script:
  maxTurns: 8
  moods: # ${t.moods}
    closed:
      - ${t.closed}
    guarded:
      - ${t.guarded}
    neutral:
      - ${t.neutral}
    open:
      - ${t.open}
  moves: {} # ${t.scriptMoves}
  reveals: # ${t.reveals}
    - ${t.reveal}
  closings:
    good:
      - ${t.good}
    neutral:
      - ${t.neutralClosing}
    bad:
      - ${t.bad}

${t.sensitivity}

${t.examples(bands)}
examples:
  - reply: ${t.goodReply}
    rating: good
  - reply: ${t.fairReply}
    rating: fair
  - reply: ${t.poorReply}
    rating: poor
`;
}
