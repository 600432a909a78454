// Every piece of the analytics page's text in both languages (the chat's own table is ../i18n.ts, whose
// principle names and chart words this page borrows). The test checks both tables have the same keys and
// placeholders.
import { fill, type UiLanguage } from '../i18n.ts';

const en = {
  title: 'Analytics',
  appName: 'Rehearse',
  language: 'Language',
  languageName: 'English',
  skipToContent: 'Skip to the figures',
  navStudio: 'Scenario studio',
  intro:
    'How your learners rehearse: per scenario, and per principle week by week. Only the sessions of your own learners count.',
  privacy: 'Groups of fewer than {min} learners are not shown: the figures could identify people.',
  period: 'Period',
  lastWeeks: 'Last {weeks} weeks',
  export: 'Export',
  csvScenarios: 'CSV: per scenario',
  csvPrinciples: 'CSV: per principle and week',
  csvSaved: '{file} downloaded.',
  loading: 'Loading…',
  // Access and failures
  needsKey:
    'This page needs an API key with the analytics scope. Open it as /studio/analytics#key=… with such a key, as the chat page takes one.',
  needsAnalytics:
    'This API key may not read the analytics: it needs the analytics scope. Ask the server’s operator to grant it.',
  unreachable: 'The server could not be reached. Try again in a moment.',
  failed: 'Something went wrong: {message}',
  tryAgain: 'Try again',
  empty: 'No sessions in this period yet. When your learners rehearse, their figures appear here.',
  // Per scenario
  scenariosTitle: 'Per scenario',
  scenariosNone: 'No scenario was rehearsed in this period.',
  notInLibrary: 'No longer in the library',
  withheld: 'Fewer than {min} learners: not shown, it could identify people.',
  withheldFigure: 'not shown (fewer than {min} learners finished it)',
  learners: 'Learners',
  started: 'Sessions started',
  finished: 'Sessions finished',
  medianTurns: 'Median replies per finished session',
  hints: 'Hints per session',
  retries: 'Replies tried again per session',
  meanScores: 'Mean score per principle (0–4)',
  goals: 'Goals reached',
  goalLine: 'reached in {reached} of {sessions} sessions ({share})',
  missingActs: 'Most often left undone',
  missingLine: 'not done in {sessions} sessions',
  missingLineOne: 'not done in 1 session',
  moodDrops: 'Where learners lose the persona',
  moodDropsIntro: 'The reply at which the persona’s trust fell most often.',
  moodDropLine: 'Reply {reply}: trust fell {drops} times ({share} of the replies there)',
  moodDropLineOne: 'Reply {reply}: trust fell once ({share} of the replies there)',
  none: 'None in this period.',
  // Per principle
  principlesTitle: 'Per principle, week by week',
  principlesIntro:
    'The mean score (0–4) of the sessions finished each week. A week with fewer than {min} learners is left out: the line breaks there.',
  trendLabel: '{name}: mean score per week, {count} weeks shown',
  trendLabelOne: '{name}: mean score per week, 1 week shown',
  trendPoint: 'Week of {week}: {mean} ({learners} learners)',
  trendEmpty: 'No week with {min} or more learners in this period.',
  trendSpan: 'From the week of {first} to the week of {last}',
  trendTable: 'The figures',
  weekOf: 'Week of',
  mean: 'Mean',
};

export type AnalyticsKey = keyof typeof en;

const nl: Record<AnalyticsKey, string> = {
  title: 'Analyse',
  appName: 'Rehearse',
  language: 'Taal',
  languageName: 'Nederlands',
  skipToContent: 'Naar de cijfers',
  navStudio: 'Scenariostudio',
  intro:
    'Hoe je deelnemers oefenen: per scenario, en per grondbeginsel per week. Alleen de gesprekken van je eigen deelnemers tellen mee.',
  privacy:
    'Groepen van minder dan {min} deelnemers tonen we niet: de cijfers zouden mensen herkenbaar kunnen maken.',
  period: 'Periode',
  lastWeeks: 'Afgelopen {weeks} weken',
  export: 'Exporteren',
  csvScenarios: 'CSV: per scenario',
  csvPrinciples: 'CSV: per grondbeginsel en week',
  csvSaved: '{file} gedownload.',
  loading: 'Laden…',
  needsKey:
    'Deze pagina heeft een API-sleutel met de scope analytics nodig. Open de pagina via /studio/analytics#key=… met zo’n sleutel, net zoals bij de chatpagina.',
  needsAnalytics:
    'Deze API-sleutel heeft geen toegang tot de analyse: daarvoor is de scope analytics nodig. Vraag de beheerder van de server om die toe te kennen.',
  unreachable: 'De server is niet bereikbaar. Probeer het zo opnieuw.',
  failed: 'Er ging iets mis: {message}',
  tryAgain: 'Opnieuw proberen',
  empty: 'Nog geen gesprekken in deze periode. Zodra je deelnemers oefenen, verschijnen hun cijfers hier.',
  scenariosTitle: 'Per scenario',
  scenariosNone: 'In deze periode is geen scenario geoefend.',
  notInLibrary: 'Niet meer in de bibliotheek',
  withheld:
    'Minder dan {min} deelnemers: niet getoond, omdat de cijfers mensen herkenbaar zouden kunnen maken.',
  withheldFigure: 'niet getoond (minder dan {min} deelnemers hebben het afgerond)',
  learners: 'Deelnemers',
  started: 'Begonnen gesprekken',
  finished: 'Afgeronde gesprekken',
  medianTurns: 'Mediaan aantal antwoorden per afgerond gesprek',
  hints: 'Tips per gesprek',
  retries: 'Opnieuw geprobeerde antwoorden per gesprek',
  meanScores: 'Gemiddelde score per grondbeginsel (0–4)',
  goals: 'Bereikte doelen',
  goalLine: 'bereikt in {reached} van {sessions} gesprekken ({share})',
  missingActs: 'Het vaakst overgeslagen',
  missingLine: 'overgeslagen in {sessions} gesprekken',
  missingLineOne: 'overgeslagen in 1 gesprek',
  moodDrops: 'Waar deelnemers de persona kwijtraken',
  moodDropsIntro: 'Het antwoord waarbij het vertrouwen van de persona het vaakst daalde.',
  moodDropLine:
    'Antwoord {reply}: het vertrouwen daalde {drops} keer ({share} van de antwoorden op dat punt)',
  moodDropLineOne: 'Antwoord {reply}: het vertrouwen daalde één keer ({share} van de antwoorden op dat punt)',
  none: 'Niets in deze periode.',
  principlesTitle: 'Per grondbeginsel, per week',
  principlesIntro:
    'De gemiddelde score (0–4) per week, over de gesprekken die in die week zijn afgerond. Een week met minder dan {min} deelnemers laten we weg: daar is de lijn onderbroken.',
  trendLabel: '{name}: gemiddelde score per week, {count} weken getoond',
  trendLabelOne: '{name}: gemiddelde score per week, 1 week getoond',
  trendPoint: 'Week van {week}: {mean} ({learners} deelnemers)',
  trendEmpty: 'Geen week met {min} of meer deelnemers in deze periode.',
  trendSpan: 'Van de week van {first} tot en met de week van {last}',
  trendTable: 'De cijfers',
  weekOf: 'Week van',
  mean: 'Gemiddelde',
};

export const ANALYTICS_MESSAGES: Record<UiLanguage, Record<AnalyticsKey, string>> = { en, nl };

export type Translate = (key: AnalyticsKey, vars?: Record<string, string | number>) => string;

export const analyticsText =
  (language: UiLanguage): Translate =>
  (key, vars) =>
    fill(ANALYTICS_MESSAGES[language][key], vars);
