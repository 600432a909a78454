import type { Language } from './ids.ts';
import { windowsOf } from './moves/prefilter.ts';
import { negatedAt } from './moves/reading.ts';
import { Phrase } from './phrase.ts';
import { isDigit, words } from './text.ts';
import type { ActCheck, DetectedMove, ScenarioActs, ScenarioContext, Span } from './types.ts';

// The scenario as the rubric reads it: the acts its author says a good reply must do or must not do,
// and the words that belong to the situation (a reply with none of them could be pasted anywhere).

/** The slice of a scenario the rubric reads (a parsed scenario file fits). */
export type ScenarioLike = {
  acts?: ScenarioActs | undefined;
  briefing: { situation: string; goal: string; keepInMind?: string[] };
  persona: { name: string; role: string; wants: string; hiddenNeeds: string[]; feelings: string[] };
  opening: { lines: string[] };
};

const CACHE = new WeakMap<object, ScenarioContext>();

/** Built once per scenario object. */
export function scenarioContext(scenario: ScenarioLike): ScenarioContext {
  const cached = CACHE.get(scenario);
  if (cached) return cached;
  const text = [
    scenario.briefing.situation,
    scenario.persona.name,
    scenario.persona.role,
    scenario.persona.wants,
    ...scenario.persona.hiddenNeeds,
    ...scenario.persona.feelings,
    ...scenario.opening.lines,
  ].join(' ');
  const context: ScenarioContext = { acts: scenario.acts, words: contentWords(text) };
  CACHE.set(scenario, context);
  return context;
}

/** Words too common to say anything about a situation, in either language. */
const COMMON = new Set(
  `about after again also always because been before being could does doing done each even every from going good have here just know like make more much need only other over really right same should some still such sure take than that their them then there these they thing things think this those time very want well were what when where which while will with would your yours
  yourself myself understand feel feeling feelings hear heard sorry appreciate thank thanks listen listening support together happy sounds sound important matter matters anything something everything nothing people
  team teams work working worked talk talking talked decide decision decisions situation situations important honest honestly honesty fair fairly open openly clear clearly step steps next agree agreed agreement forward growth grow support supporting goals goal perspective perspectives value valued values trust communication partnership concerns concern options option plan plans planning action together effort efforts contribution experience careful carefully thought thoughts given weigh factors complex difficult hard tough seriously serious right properly proper lately everyone everybody someone somebody whole bigger picture sense meaning means explore contact close closely touch follow follow-up schedule meeting meetings conversation conversations matter matters care caring wellbeing needs needed share sharing shared coming place areas area learn learning energises energy commit committed communication transparent transparency respect respected rebuild make made making find found figure look looked looking check checked fine okay happen happens happened deal dealt question questions share feedback improvement improve better best great good kind lots little bit time times moment today tomorrow week soon later
  team teams werk werken samenwerking besluit beslissen situatie belangrijk belangrijkst eerlijk eerlijkheid open openheid helder duidelijk stap stappen volgende vervolgstap vervolgstappen afspraak afspraken afspreken groei groeien steun steunen doelen doel perspectief standpunt waardevol waarde waardeer vertrouwen communicatie communiceren zorgen zorg opties optie plan planning actie samen inzet bijdrage ervaring zorgvuldig nagedacht afwegen factoren ingewikkeld lastig moeilijk serieus goed goede rustig iedereen iemand geheel grotere zinvol betekent betekenis ontdekken contact gesprek gesprekken praten bijpraten vervolgoverleg overleg inplannen plannen welzijn nodig delen deelt plek leren energie loyaliteit respecteer respect herstellen maken vinden kijken gekeken zoeken uitzoeken oplossen gebeurt gebeurd vraag vragen feedback beter beste fijn mooi vervelend zwaar
  you're i've i'll i'm we're we'll we've they're that's there's what's it's don't doesn't didn't can't won't isn't wasn't aren't couldn't wouldn't shouldn't gone under over into onto upon within without across around through during since until while whether either neither another others anyone anything anywhere nobody somewhere every everything else enough quite rather perhaps maybe actually simply already later earlier first last next back away still again ever never always often sometimes usually
  stress stressful pressure hurt hurts hurting upset angry anger frustrated frustration disappointed disappointment sad sadness worried worry afraid scared fear tired exhausted difficult apologise apologize apology apologies sorry forgive forgiveness trust honesty honest loyal loyalty vulnerable courage clarity empathy empathic connection relationship relationships partnership collaboration cooperation respect respectful brave
  laten voor naar komt komen kwam mijn zelf terug anders voortaan hiermee daarmee ermee waarmee hierover daarover erover waarover hier daar waar wanneer omdat zodat terwijl toen sinds zonder tegen onder boven tussen achter naast langs rond tijdens eerst later straks vandaag morgen gisteren altijd soms vaak nooit weer opnieuw alweer eigenlijk misschien toch echt gewoon even heel erg beetje
  stress druk pijn gekwetst boos kwaad gefrustreerd frustratie teleurgesteld teleurstelling verdrietig verdriet zorgen bang angst moe uitgeput lastig moeilijk excuses excuus sorry vergeven vergeving vertrouwen eerlijkheid eerlijk loyaal loyaliteit kwetsbaar moed empathie verbinding relatie partnerschap samenwerking respect dapper fout fouten belangrijk belangrijkst
  voelt voel voelen besluiten besluit beslissen
  keep keeps kept both move moving forward development develop developing oplossing oplossingen ontwikkeling ontwikkelen elkaar allemaal moois
  acknowledge acknowledging curious differently start starting saying land lands truly deeply genuinely whatever possible involved picture sounds rebuild regain ownership responsibility apologies regards
  dingen laatste tussen stevig stevigs stellen leren helpen groeien waardevol vervolgafspraak eerlijkheid begrijp begrijpen denken nadenken gegaan ernaar erover ermee erbij erin genoeg doorlopen doorheen zoiets omgaan omgaat blijven houden werkt legt leggen erkennen goedmaken verdergaan verder betrokkenheid voorstellen meemaakt meemaken binnen beginnen enorm willen vanuit klinkt gaan gaat wilde horen vertellen zeggen manier verantwoordelijkheid tafel nauw
  situaties soort soorten aankaart aankaarten aankaarten terecht punt punten mogelijk vandaan terugkomen uitkomen weten weet wist
  answer answers asking asked directly direct fully helpful difference biggest chance piece went thoughtful quick quickly give deserve deserves aside path journey along approach handle aware view side level tell telling told hope hoping wish glad pleased mean meant whatever mentioned
  completely assured reviewing updated committed involved
  hebt tijd zo'n vindt neem belt bellen zitten oppakt oppakken pakken zetten speelt gestoken liggen staat voorop allebei gebaat nette hoogte licht opvat signaal intern verbeteren hoort tegelijk ruimte hoger tillen aanpakken eindresultaat uitkomst bezinken aangehaakt prioriteiten bepalen verbeterpunten zoveel daarna
  antwoord antwoorden vraagt gevraagd directe kans kansen grootste stuk staan voordat neerlegt neerleggen verdient verdienen voeren aandacht terechte daarin nemen vooral samenwerken rechte hoeft belangrijkste blijft durft proberen kiest kiezen meest moment momenten manier bedoel bedoelt bedoeling kant kanten niveau gedachten gedacht hoop hopen
  aan alle alles altijd andere beetje daar daarom door echt even geen gewoon graag heel hier hoor iets jouw jullie kunnen maar meer moet moeten niet nooit omdat onze over samen snap begrijp gevoel hoor voel spijt sorry dank bedankt waardeer luister steun toch veel want weer wel wordt zeker zijn zoals zou zouden deze heeft hebben jezelf mezelf natuurlijk gewoon ergens iets niets`.split(
    /\s+/,
  ),
);

const stem = (word: string) => (word.length > 6 ? word.slice(0, 6) : word);

/** A word that says something: long enough, and not one any conversation could use. */
export const isContentWord = (word: string) => word.length >= 4 && !COMMON.has(word);

export function contentWords(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of words(text)) if (word.length >= 4 && !COMMON.has(word)) set.add(stem(word));
  return set;
}

/** What the other said last read for its words, and them: every reply to it reads the same. */
let lastSaid: { text: string; words: Set<string> } | undefined;
function saidWords(text: string): Set<string> {
  if (lastSaid?.text !== text) lastSaid = { text, words: contentWords(text) };
  return lastSaid.words;
}

/**
 * How many things of this situation the reply names: people, numbers, dates and times, and distinct
 * content words it shares with the situation or with what the other just said.
 */
export function anchorsIn(reply: string, context: ScenarioContext | undefined, otherSaid: string[]): number {
  const scenario = context?.words;
  const said = saidWords(otherSaid.join(' '));
  const anchors = new Set<string>();
  // A name inside a sentence ("It's Ben", "the Hartley account") is specific by itself.
  for (const match of reply.matchAll(NAME_INSIDE)) anchors.add(match[0]);
  // "Hoe gaat het met hem?", "go and be with her": someone the other just spoke of, named by a pronoun.
  if (otherSaid.some((turn) => SOMEONE_CLOSE.test(turn)) && PRONOUN.test(reply)) anchors.add('\u0000them');
  for (const word of words(reply)) {
    // A number, a date or a time is specific by itself, in digits or in words ("every two weeks", "op donderdag").
    if (isDigit(word.charCodeAt(0)) || NUMBER_OR_DAY.has(word)) {
      anchors.add(word);
      continue;
    }
    if (word.length < 4 || COMMON.has(word)) continue;
    const stemmed = stem(word);
    if (scenario?.has(stemmed) || said.has(stemmed)) anchors.add(stemmed);
  }
  return anchors.size;
}

/** Someone close to the other person, in either language: who a "him" or "her" in the reply is. */
const SOMEONE_CLOSE = new Phrase(
  /(?<![\p{L}])(?:vader|moeder|pa|ma|papa|mama|man|vrouw|partner|vriend|vriendin|zoon|dochter|broer|zus|opa|oma|kind|father|mother|dad|mum|mom|husband|wife|partner|boyfriend|girlfriend|son|daughter|brother|sister|grandfather|grandmother|grandma|grandpa|child)(?![\p{L}])/iu,
);
const PRONOUN = new Phrase(/(?<![\p{L}])(?:hem|haar|him|her)(?![\p{L}])/iu);

/** Numbers, weekdays and months written as words, in either language: a word is looked up, not scanned. */
const NUMBER_OR_DAY = new Set(
  'two three four five six seven eight nine ten eleven twelve twenty thirty hundred twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig honderd monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag vrijdag zaterdag zondag january february march april june july august september october november december januari februari maart juni juli augustus oktober'.split(
    ' ',
  ),
);

/** A capitalised word after another word in the same sentence: a name, a month, a day. */
const NAME_INSIDE = /(?<=[\p{L}\p{N},;:]\s{1,3})\p{Lu}\p{Ll}+/gu;

/** A phrase of an act as a pattern source: case and spacing ignored, `…` for up to five words. */
function phraseSource(phrase: string): string {
  const parts = phrase
    .trim()
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((part) =>
      part
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+')
        .replace(/'/g, "['’]?"),
    );
  return parts.join("(?:\\s+[\\p{L}\\p{N}'’,-]+){0,5}\\s+");
}

/** All phrases of an act as one pattern; built once per act. */
const PATTERNS = new WeakMap<ActCheck, Phrase | null>();
function patternOf(check: ActCheck): Phrase | null {
  let pattern = PATTERNS.get(check);
  if (pattern === undefined) {
    const words = check.words ?? [];
    pattern = words.length
      ? new Phrase(
          new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(phraseSource).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
        )
      : null;
    PATTERNS.set(check, pattern);
  }
  return pattern;
}

/**
 * Where the reply does the act, or undefined. A must-not phrase inside a negation does not count
 * ("I won't promise you the next round"); a core phrase is taken as written, since many of them
 * are refusals themselves.
 */
export function findAct(
  check: ActCheck,
  text: string,
  moves: DetectedMove[],
  language: Language,
  readNegation: boolean,
): Span | undefined {
  const pattern = patternOf(check);
  if (pattern) {
    // Most replies hold none of an act's phrases: with the text's windows read, the pattern runs only on one that may.
    windowsOf(text);
    for (const match of pattern.matchAll(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (readNegation && negatedAt(text, start, end, [language])) continue;
      return { quote: text.slice(start, end), start, end };
    }
  }
  const move = moves.find((m) => check.moves?.includes(m.id));
  return move ? { quote: move.quote, start: move.start, end: move.end } : undefined;
}
