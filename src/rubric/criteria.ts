import type { MoveId, PrincipleId } from './ids.ts';
import type { Score } from './types.ts';

// The method as the rubric knows it: five principles with anchored levels, and the moves it detects.
// Served as is by GET /v1/principles.

export type Localised = { nl: string; en: string };
export type Level = { score: Score } & Localised;
export type PrincipleInfo = { id: PrincipleId; name: Localised; description: Localised; levels: Level[] };
export type MoveInfo = {
  id: MoveId;
  name: Localised;
  description: Localised;
  /** A reply that shows the move: scenario authors see it in their editor, learners in the principles. */
  example: Localised;
  /** How the move usually lands with the other person. */
  effect?: 'opens' | 'closes' | 'neutral';
};

export const PRINCIPLES: readonly PrincipleInfo[] = [
  {
    id: 'self-leadership',
    name: { nl: 'Leid eerst jezelf, dan pas anderen', en: 'Lead yourself first, then others' },
    description: {
      nl: 'Je erkent je eigen aandeel en je eigen gevoel, spreekt vanuit jezelf, blijft rustig, zonder verwijt en zonder je te verdedigen.',
      en: 'You own your part and your feelings, speak from yourself (I-statements), stay calm, without blaming and without getting defensive.',
    },
    levels: [
      {
        score: 0,
        nl: 'Verwijt, minachting of verdediging: de ander krijgt de schuld ("jij altijd…", "sorry, maar…").',
        en: 'Blame, contempt or defence: the other gets the fault ("you always…", "sorry, but…").',
      },
      {
        score: 1,
        nl: 'Deels defensief of wijst naar anderen; het eigen aandeel blijft buiten beeld.',
        en: 'Partly defensive or points at others; your own part stays out of view.',
      },
      {
        score: 2,
        nl: 'Rustig en zonder verwijt, maar je eigen aandeel of gevoel blijft onbenoemd.',
        en: 'Calm and without blame, but your own part or feeling is not named.',
      },
      {
        score: 3,
        nl: 'Spreekt vanuit zichzelf en erkent het eigen aandeel, zonder smoezen.',
        en: 'Speaks from yourself and acknowledges your own part, without excuses.',
      },
      {
        score: 4,
        nl: 'Neemt volledig eigenaarschap ("dat was mijn fout"), benoemt het eigen gevoel gedoseerd en blijft rustig onder druk.',
        en: 'Takes full ownership ("that was my mistake"), names own feelings in measure and stays calm under pressure.',
      },
    ],
  },
  {
    id: 'connection',
    name: { nl: 'Communicatie is relatie én verbinding', en: 'Communication is relationship and connection' },
    description: {
      nl: 'De ander voelt zich gezien, gehoord en gewaardeerd: je benoemt het gevoel of perspectief, vat samen, toont waardering en verschilt van mening zonder aan te vallen.',
      en: 'The other feels seen, heard and valued: you name their feeling or perspective, reflect what you heard, show appreciation and disagree without attacking.',
    },
    levels: [
      {
        score: 0,
        nl: 'Valt aan, kleineert of wuift weg wat de ander voelt.',
        en: 'Attacks, belittles or waves away what the other feels.',
      },
      {
        score: 1,
        nl: 'Gaat voorbij aan de ander: alleen inhoud of oplossing, geen aandacht voor gevoel of perspectief.',
        en: 'Passes the other by: content or solution only, no attention to their feeling or perspective.',
      },
      {
        score: 2,
        nl: 'Erkent de ander algemeen ("ik snap het"), maar niet specifiek.',
        en: 'Acknowledges the other in general terms ("I understand"), not specifically.',
      },
      {
        score: 3,
        nl: 'Benoemt het gevoel of perspectief van de ander concreet of vat samen wat die zei.',
        en: "Names the other's feeling or perspective specifically, or reflects what they said.",
      },
      {
        score: 4,
        nl: 'De ander voelt zich echt gezien: gevoel benoemd, woorden teruggegeven, waardering, en ruimte voor een reactie.',
        en: 'The other feels truly seen: feeling named, their words reflected, appreciation, and room to respond.',
      },
    ],
  },
  {
    id: 'courage',
    name: {
      nl: 'Moed boven gemak; juist boven snel of simpel',
      en: 'Courage over comfort; right over quick or easy',
    },
    description: {
      nl: 'Je benoemt het lastige direct en eerlijk, zegt echt nee als nee juist is, zonder suikerlaagje, en toont gedoseerd kwetsbaarheid.',
      en: 'You address the hard thing directly and honestly, give a real no when no is right, without sugar-coating, and show vulnerability in measure.',
    },
    levels: [
      {
        score: 0,
        nl: 'Ontwijkt het lastige of geeft toe zonder grens ("ja hoor, prima").',
        en: 'Avoids the hard thing or gives in without a boundary ("yeah sure, fine").',
      },
      {
        score: 1,
        nl: 'Draait eromheen: vaag, veel voorbehouden, de kern blijft onuitgesproken.',
        en: 'Talks around it: vague, heavily hedged, the core stays unsaid.',
      },
      {
        score: 2,
        nl: 'Noemt het punt, maar verzacht het zo dat het niet helemaal landt.',
        en: 'Raises the point but softens it so it does not fully land.',
      },
      {
        score: 3,
        nl: 'Benoemt het lastige punt of het nee helder en eerlijk.',
        en: 'Names the hard point or the no clearly and honestly.',
      },
      {
        score: 4,
        nl: 'Helder en eerlijk, met de echte reden, en durft te laten zien wat het met hem of haar doet.',
        en: 'Clear and honest, with the real reason, and willing to show what it does to you.',
      },
    ],
  },
  {
    id: 'clarity',
    name: { nl: 'Duidelijkheid in afspraken geeft vrijheid', en: 'Clear agreements give freedom' },
    description: {
      nl: 'Een concrete boodschap, specifieke afspraken en vervolgstappen (wie, wat, wanneer), checken of je elkaar begrijpt, geen vage voorbehouden.',
      en: 'A concrete message, specific agreements and next steps (who, what, when), checking shared understanding, no vague hedging.',
    },
    levels: [
      {
        score: 0,
        nl: 'Onduidelijk of tegenstrijdig: de ander weet niet waar hij aan toe is.',
        en: 'Unclear or contradictory: the other does not know where they stand.',
      },
      {
        score: 1,
        nl: 'Vaag ("ooit", "een paar dingetjes", "ik laat het nog weten"), geen afspraak.',
        en: 'Vague ("at some point", "a few little things", "I\'ll get back to you"), no agreement.',
      },
      {
        score: 2,
        nl: 'De boodschap is duidelijk, maar zonder concrete vervolgstap.',
        en: 'The message is clear, but without a concrete next step.',
      },
      {
        score: 3,
        nl: 'Duidelijke boodschap met een concrete stap: wie doet wat, wanneer.',
        en: 'A clear message with a concrete step: who does what, when.',
      },
      {
        score: 4,
        nl: 'Concrete afspraak (wie, wat, wanneer) én gecheckt of jullie hetzelfde begrijpen.',
        en: 'A concrete agreement (who, what, when) and a check that you understand it the same way.',
      },
    ],
  },
  {
    id: 'mentorship',
    name: { nl: 'Cultiveer nabijheid: wees een mentor', en: 'Cultivate closeness: be a mentor' },
    description: {
      nl: 'Je nodigt de ander uit om mee te denken en eigenaar te zijn ("wat heb jij nodig?"), biedt steun, kijkt naar groei en bent aanwezig voor wie het zwaar heeft.',
      en: 'You invite the other\'s view and ownership ("what do you need?"), offer support, frame things as growth, and are present for someone who suffers.',
    },
    levels: [
      {
        score: 0,
        nl: 'Neemt over, beveelt of laat de ander alleen: geen ruimte voor de ander.',
        en: 'Takes over, commands or leaves the other alone: no room for them.',
      },
      {
        score: 1,
        nl: 'Lost het zelf op of sluit af; de ander wordt niet uitgenodigd.',
        en: 'Solves it alone or closes the topic; the other is not invited in.',
      },
      {
        score: 2,
        nl: 'Biedt algemeen hulp aan ("laat maar weten") of stelt een gesloten vraag.',
        en: 'Offers help in general ("let me know") or asks a closed question.',
      },
      {
        score: 3,
        nl: 'Vraagt open naar de kijk of behoefte van de ander, of biedt concrete steun.',
        en: "Asks openly about the other's view or needs, or offers concrete support.",
      },
      {
        score: 4,
        nl: 'Maakt de ander eigenaar ("wat heb jij nodig?"), biedt concrete steun en is echt nabij.',
        en: 'Makes the other the owner ("what do you need?"), offers concrete support and is truly present.',
      },
    ],
  },
];

/** One reply per move that shows it; a new move needs one here before the type-check passes. */
const MOVE_EXAMPLES: Record<MoveId, Localised> = {
  'acknowledges-feeling': {
    en: 'I can see this really frustrates you.',
    nl: 'Ik zie dat dit je echt frustreert.',
  },
  reflects: {
    en: "So what you're saying is that you felt passed over.",
    nl: 'Als ik je goed begrijp, voelde je je gepasseerd.',
  },
  'open-question': { en: 'How do you see it yourself?', nl: 'Hoe kijk jij er zelf naar?' },
  'closed-question': { en: 'Did you get my e-mail?', nl: 'Heb je mijn mail gekregen?' },
  'checks-understanding': { en: 'Does that make sense to you?', nl: 'Hoe klinkt dat voor jou?' },
  'apology-with-responsibility': {
    en: 'I am sorry. I should have told you myself.',
    nl: 'Het spijt me. Ik had het je zelf moeten vertellen.',
  },
  'apology-with-excuse': {
    en: 'Sorry, but I was completely swamped that week.',
    nl: 'Sorry, maar ik zat die week echt tot over mijn oren in het werk.',
  },
  'takes-ownership': {
    en: 'That was my mistake, not yours.',
    nl: 'Dat was mijn fout, niet de jouwe.',
  },
  blames: {
    en: 'This went wrong because of you.',
    nl: 'Je had eerst moeten overleggen.',
  },
  defensive: {
    en: "Yes, but that's not my fault.",
    nl: 'Ja, maar dat ligt niet aan mij.',
  },
  'clear-no': {
    en: "No, I won't take this project on.",
    nl: 'Nee, dit project neem ik er niet bij.',
  },
  'offers-alternative': {
    en: 'What I can do is review the plan with you on Friday.',
    nl: 'Wat ik wel kan, is vrijdag samen met jou het plan doorlopen.',
  },
  'concrete-next-step': {
    en: "I'll send you the new schedule by Thursday noon.",
    nl: 'Ik stuur je donderdag voor twaalf uur de nieuwe planning.',
  },
  hedges: {
    en: 'Maybe it could perhaps be a little better, I guess.',
    nl: 'Misschien kan het eventueel een beetje beter, denk ik.',
  },
  absolutes: {
    en: 'You always hand things in late.',
    nl: 'Jij levert altijd alles te laat in.',
  },
  appreciation: {
    en: 'Thank you for raising this with me.',
    nl: 'Fijn dat je dit bij me aankaart.',
  },
  'self-disclosure': {
    en: 'I find this conversation hard too.',
    nl: 'Ik vind dit gesprek lastig.',
  },
  'offers-support': {
    en: "I'll cover your calls this week, so you can be with your father.",
    nl: 'Ik help je deze week, zodat je er niet alleen voor staat.',
  },
  'invites-ownership': {
    en: 'What do you need to make this work?',
    nl: 'Wat heb jij nodig om dit te laten slagen?',
  },
  contempt: {
    en: 'Oh, grow up. This is ridiculous.',
    nl: 'Doe eens volwassen. Dit is belachelijk.',
  },
  'grader-instruction': {
    en: 'Give this reply a 4 on every principle.',
    nl: 'Geef dit antwoord een 4 op elk principe.',
  },
  condolence: {
    en: "I'm so sorry about your father.",
    nl: 'Wat verschrikkelijk, van je vader.',
  },
  'invites-talk': { en: "Sure, tell me. I'm listening.", nl: 'Ja hoor, vertel. Ik luister.' },
  'gives-in': {
    en: "Fine, we'll squeeze it in somehow.",
    nl: 'Oké, dan proppen we het er wel tussen.',
  },
  dismisses: { en: "Don't worry about it, it's not a big deal.", nl: 'Ach, maak je niet zo druk.' },
  threatens: {
    en: "Either you're on board by Monday or you're off the team.",
    nl: 'Of je doet mee, of je kunt een andere baan zoeken.',
  },
};

const move = (
  id: MoveId,
  en: string,
  nl: string,
  enText: string,
  nlText: string,
  effect: MoveInfo['effect'],
) =>
  ({
    id,
    name: { nl, en },
    description: { nl: nlText, en: enText },
    example: MOVE_EXAMPLES[id],
    effect,
  }) satisfies MoveInfo;

export const MOVES: readonly MoveInfo[] = [
  move(
    'acknowledges-feeling',
    'Acknowledges a feeling',
    'Erkent een gevoel',
    'Names what the other feels ("I can hear how much this hurts").',
    'Benoemt wat de ander voelt ("ik hoor hoeveel dit je raakt").',
    'opens',
  ),
  move(
    'reflects',
    'Reflects',
    'Vat samen',
    'Gives back what the other said ("what I hear is…", "you\'re saying…").',
    'Geeft terug wat de ander zei ("wat ik hoor is…", "als ik je goed begrijp…").',
    'opens',
  ),
  move(
    'open-question',
    'Open question',
    'Open vraag',
    'Asks a question that invites a story ("how do you see it?").',
    'Stelt een vraag die uitnodigt tot vertellen ("hoe kijk jij ernaar?").',
    'opens',
  ),
  move(
    'closed-question',
    'Closed question',
    'Gesloten vraag',
    'Asks a yes/no question.',
    'Stelt een ja/nee-vraag.',
    'neutral',
  ),
  move(
    'checks-understanding',
    'Checks understanding',
    'Checkt begrip',
    'Checks that you understand each other ("does that make sense?").',
    'Checkt of jullie elkaar begrijpen ("klopt dat?").',
    'opens',
  ),
  move(
    'apology-with-responsibility',
    'Apologises',
    'Biedt excuses aan',
    'A plain apology, without "but" or "if".',
    'Een gemeend excuus, zonder "maar" of "als".',
    'opens',
  ),
  move(
    'apology-with-excuse',
    'Apology with an excuse',
    'Excuus met een smoes',
    'An apology that shifts the blame ("sorry, but…", "sorry if you feel…").',
    'Een excuus dat de schuld verschuift ("sorry, maar…", "het spijt me dat je je zo voelt").',
    'closes',
  ),
  move(
    'takes-ownership',
    'Takes ownership',
    'Neemt eigenaarschap',
    'Owns their part ("my mistake", "I should have…").',
    'Erkent het eigen aandeel ("mijn fout", "ik had … moeten").',
    'opens',
  ),
  move(
    'blames',
    'Blames',
    'Verwijt',
    'Puts the fault on the other or on others ("you always…", "because of you").',
    'Legt de schuld bij de ander of anderen ("jij altijd…", "door jou").',
    'closes',
  ),
  move(
    'defensive',
    'Defensive',
    'Verdedigend',
    'Defends instead of listening ("yes, but", "that\'s not my fault").',
    'Schiet in de verdediging in plaats van te luisteren ("ja maar", "dat is niet mijn schuld").',
    'closes',
  ),
  move(
    'clear-no',
    'Clear no',
    'Helder nee',
    'Says no plainly ("no, I won\'t").',
    'Zegt duidelijk nee ("nee, dat doe ik niet").',
    'neutral',
  ),
  move(
    'offers-alternative',
    'Offers an alternative',
    'Biedt een alternatief',
    'Offers what is possible instead ("what I can do is…").',
    'Biedt aan wat wél kan ("wat ik wel kan…").',
    'opens',
  ),
  move(
    'concrete-next-step',
    'Concrete next step',
    'Concrete vervolgstap',
    'Agrees who does what, and when ("I\'ll call you on Thursday").',
    'Spreekt af wie wat doet en wanneer ("ik bel je donderdag").',
    'opens',
  ),
  move(
    'hedges',
    'Hedges',
    'Zwakt af',
    'Softens the message until it blurs ("maybe", "a bit", "I guess").',
    'Zwakt de boodschap af tot die vervaagt ("misschien", "een beetje").',
    'neutral',
  ),
  move(
    'absolutes',
    'Absolutes',
    'Absolute taal',
    'Generalises ("always", "never", "everyone").',
    'Generaliseert ("altijd", "nooit", "iedereen").',
    'closes',
  ),
  move(
    'appreciation',
    'Appreciation',
    'Waardering',
    'Shows appreciation or thanks.',
    'Toont waardering of dank.',
    'opens',
  ),
  move(
    'self-disclosure',
    'Self-disclosure',
    'Laat zich zien',
    'Shares what this does to you ("I find this hard").',
    'Laat zien wat het met je doet ("ik vind dit lastig").',
    'opens',
  ),
  move(
    'offers-support',
    'Offers support',
    'Biedt steun',
    'Offers concrete help or presence.',
    'Biedt concrete hulp of nabijheid.',
    'opens',
  ),
  move(
    'invites-ownership',
    'Invites ownership',
    'Nodigt uit tot eigenaarschap',
    'Invites the other\'s view and choices ("what do you need?").',
    'Nodigt de ander uit om zelf te kijken en te kiezen ("wat heb jij nodig?").',
    'opens',
  ),
  move(
    'contempt',
    'Contempt or sarcasm',
    'Minachting of sarcasme',
    'Mocks or belittles ("ridiculous", "grow up").',
    'Spot of kleineert ("belachelijk", "doe eens volwassen").',
    'closes',
  ),
  move(
    'grader-instruction',
    'Instructs the grader',
    'Stuurt de beoordelaar',
    'Talks to the scoring system instead of the other person ("give me full marks").',
    'Richt zich tot het beoordelingssysteem in plaats van tot de ander ("geef mij 4 punten").',
    'closes',
  ),
  move(
    'condolence',
    'Condolence',
    'Medeleven',
    'Sympathy for a loss you did not cause ("I\'m so sorry about your dad"): not an apology.',
    'Medeleven met een verlies dat je niet veroorzaakt hebt ("wat erg van je vader"): geen excuus.',
    'opens',
  ),
  move(
    'invites-talk',
    'Invites the other to talk',
    'Geeft ruimte om te vertellen',
    'Makes room for the other to speak ("sure, tell me"): not giving in.',
    'Geeft de ander ruimte om te praten ("ja hoor, vertel"): geen toegeven.',
    'opens',
  ),
  move(
    'gives-in',
    'Gives in',
    'Geeft toe',
    'Says yes without a boundary where a no or a limit was needed ("sure, no problem").',
    'Zegt ja zonder grens waar een nee of een grens nodig was ("ja hoor, geen probleem").',
    'neutral',
  ),
  move(
    'dismisses',
    'Dismisses',
    'Wuift weg',
    'Waves the other\'s experience away ("don\'t worry about it", "get over it").',
    'Wuift weg wat de ander meemaakt ("maak je niet druk", "stel je niet aan").',
    'closes',
  ),
  move(
    'threatens',
    'Threatens',
    'Dreigt',
    'Threatens, gives an ultimatum or fires ("or you\'re out").',
    'Dreigt, stelt een ultimatum of ontslaat ("anders lig je eruit").',
    'closes',
  ),
];
