import { describe, expect, it } from 'vitest';
import type { Language } from '../ids.ts';
import { analysisText } from '../text.ts';
import { detectSignals } from './detect.ts';
import type { SignalId } from './signals.ts';

// The reading mechanisms one by one, each in wordings of its own in both languages: which words a negator
// governs, and when a negator negates nothing. Not cases from the suites: a mechanism that only passes
// the suites' wordings has not been built.

const ids = (reply: string, language: Language) =>
  new Set(detectSignals(analysisText(reply), [language]).map((signal) => signal.id));

// [reply, language, acts that must be read, acts that must not be read]
type Row = [string, Language, SignalId[], SignalId[]];

const PSEUDO_NEGATION: Row[] = [
  ["I can't tell you how sorry I am about Monday.", 'en', ['apology-with-responsibility'], ['defensive']],
  ["I couldn't be more sorry about what I said.", 'en', ['apology-with-responsibility'], ['defensive']],
  ["I've never been more sorry about anything.", 'en', ['apology-with-responsibility'], ['defensive']],
  ['I cannot stress enough that this was my mistake.', 'en', ['takes-ownership'], ['defensive']],
  ['No question, that was my mistake.', 'en', ['takes-ownership'], ['defensive']],
  ["There's no doubt it was my mistake.", 'en', ['takes-ownership'], ['defensive']],
  ["I don't deny it was my mistake.", 'en', ['takes-ownership'], ['defensive']],
  ["I can't thank you enough for stepping in.", 'en', ['appreciation'], []],
  ['Ik kan niet genoeg zeggen hoe erg het me spijt.', 'nl', ['apology-with-responsibility'], ['clear-no']],
  ['Ik kan je niet genoeg bedanken voor je hulp, dank je wel.', 'nl', ['appreciation'], ['clear-no']],
  ['Geen twijfel: het was mijn fout.', 'nl', ['takes-ownership'], ['defensive']],
  ['Ik ontken niet dat het mijn fout was.', 'nl', ['takes-ownership'], ['defensive']],
  [
    'Ik kan niet anders dan zeggen dat het me spijt, Joris.',
    'nl',
    ['apology-with-responsibility'],
    ['defensive', 'clear-no'],
  ],
  ["I can't help but say it: I'm sorry, that was my mistake.", 'en', ['takes-ownership'], ['defensive']],
  // Real negations stay negations.
  ["I can't say I'm sorry.", 'en', [], ['apology-with-responsibility']],
  ["I won't apologise for what I said.", 'en', [], ['apology-with-responsibility']],
  ['Ik ga me niet verontschuldigen voor wat ik zei.', 'nl', [], ['apology-with-responsibility']],
];

// A question that asks for agreement through a negation says what it asks; a plain question about an act does not.
const ASKS_AGREEMENT: Row[] = [
  ["Wouldn't you agree it was my mistake rather than yours, Alex?", 'en', ['takes-ownership'], ['defensive']],
  ["Don't you think it's only fair that I own this one, Alex?", 'en', ['takes-ownership'], []],
  ["Isn't it natural that you're upset, Sarah?", 'en', ['acknowledges-feeling'], ['dismisses']],
  ['Is het niet logisch dat je baalt?', 'nl', ['acknowledges-feeling'], ['dismisses']],
  ['Is het niet heel normaal dat jullie daar zo van balen?', 'nl', ['acknowledges-feeling'], ['dismisses']],
  ['Het is heel begrijpelijk dat je boos bent, Hanneke.', 'nl', ['acknowledges-feeling'], []],
  // Asked about, an act is not done.
  ['Am I sorry? No.', 'en', [], ['apology-with-responsibility']],
  ['Heb ik spijt? Nee.', 'nl', [], ['apology-with-responsibility']],
  ['Het is normaal dat je je werk afmaakt voor vrijdag.', 'nl', [], ['acknowledges-feeling']],
];

// A never that promises the other something will not happen again is no verdict on them; a habit complained of is.
const NEVER_AGAIN: Row[] = [
  ['You will never hear about a delay from your buyer first again.', 'en', [], ['blames', 'absolutes']],
  ["You'll never have to chase us for news again, Rachel.", 'en', [], ['blames']],
  ['Dan hoor je het nooit meer als laatste, en zeker niet via je inkoper.', 'nl', [], ['blames', 'gives-in']],
  ['Je hoeft nooit meer via je inkoper te horen dat er iets misgaat.', 'nl', [], ['blames']],
  ['Je luistert nooit meer naar me, Ruud.', 'nl', ['blames'], []],
  ['You never listen to me any more, Graham.', 'en', ['blames'], []],
  // A promise that it will never happen again, guaranteed, is still a promise that cannot be kept.
  ['That will never happen again, I promise.', 'en', ['gives-in'], []],
];

// "There's no world in which …": the frame's negation governs the clause it opens.
const NO_WORLD_WHERE: Row[] = [
  [
    "There's no version of this where I'm not sorry, Rachel.",
    'en',
    ['apology-with-responsibility'],
    ['defensive'],
  ],
  ["There's no world where this wasn't my fault, Josh.", 'en', ['takes-ownership'], ['defensive']],
  ['Er is geen wereld waarin dit niet mijn fout was, Joris.', 'nl', ['takes-ownership'], ['defensive']],
  [
    "There's no world in which I owe you an apology, Josh.",
    'en',
    ['defensive'],
    ['apology-with-responsibility'],
  ],
  ['Er is geen wereld waarin het mij spijt, Joris.', 'nl', ['defensive'], ['apology-with-responsibility']],
  ["This wasn't my fault, Josh.", 'en', ['defensive'], ['takes-ownership']],
];

// A no in a world where the speaker decides is not said here; the frame owns and excuses nothing.
const UP_TO_ME: Row[] = [
  ['Als ik het voor het zeggen had, was het nee geweest, Marco.', 'nl', [], ['clear-no']],
  [
    'Als het aan mij lag, zei ik nee, Erik.',
    'nl',
    [],
    ['clear-no', 'apology-with-excuse', 'takes-ownership'],
  ],
  ["If it were up to me, I'd say no, Steve.", 'en', [], ['clear-no']],
  // Said here, the no stands, and a blame after the frame's answer is still one.
  ['If you ask me again, the answer is still no, Mark.', 'en', ['clear-no'], []],
  [
    "If it were up to me, I'd say no, Steve, but you went over my head and that was wrong.",
    'en',
    ['blames'],
    [],
  ],
  ['Het lag aan mij, Joris, en het spijt me.', 'nl', ['takes-ownership'], []],
];

const NEGATED_SAYING: Row[] = [
  // A defence denied owns the fault; a second negation before the act cancels the first.
  ["I'm not saying it wasn't my fault.", 'en', ['takes-ownership'], ['defensive']],
  ['Ik zeg niet dat het niet mijn fout was.', 'nl', ['takes-ownership'], ['defensive']],
  ["I'm not going to pretend I'm sorry.", 'en', [], ['apology-with-responsibility']],
  ['Ik kan niet zeggen dat het me spijt.', 'nl', [], ['apology-with-responsibility']],
  ['Ik heb nooit gezegd dat het jouw schuld was.', 'nl', [], ['blames']],
  // The saying's reach ends where a new clause is joined on.
  ["I never said we'd do it by June, Mark, and we won't.", 'en', ['clear-no'], []],
  [
    'Ik heb nooit gezegd dat we het voor juni doen, Marco, en dat gaan we ook niet doen.',
    'nl',
    ['clear-no'],
    [],
  ],
];

const DOUBLE_NEGATION: Row[] = [
  // A denied "so that" over one's own regret or fault denied says it; one negation alone still denies it.
  ['Het is niet zo dat het me niet spijt.', 'nl', ['apology-with-responsibility'], ['defensive', 'hedges']],
  ['Niet dat het me niet spijt, integendeel.', 'nl', ['apology-with-responsibility'], ['defensive']],
  ['Het is niet zo dat ik vind dat het niet mijn fout was.', 'nl', ['takes-ownership'], ['defensive']],
  ["It's not that I'm not sorry about Monday.", 'en', ['apology-with-responsibility'], ['defensive']],
  ["It isn't as if it wasn't my fault.", 'en', ['takes-ownership'], ['defensive']],
  ["Not that it wasn't my mistake, it was.", 'en', ['takes-ownership'], ['defensive']],
  ['Het is niet zo dat het me spijt.', 'nl', [], ['apology-with-responsibility']],
  ["It's not that I'm sorry.", 'en', [], ['apology-with-responsibility']],
  // Over what can be done the frame keeps a no open; over a feeling it is warmth before the no, no hedge.
  ['Het is niet zo dat het helemaal niet kan.', 'nl', ['hedges'], ['clear-no']],
  ["It's not that we can't, it's just tight.", 'en', ['hedges'], []],
  ["It's not that I don't care, but the date stands.", 'en', [], ['hedges']],
];

const LEFT_OPEN: Row[] = [
  // An act in a question left open ("whether", "if", "of") is not done, nor refused; a double negation
  // over it affirms nothing, and owning it left open owns nothing.
  ["I don't know yet whether 1 March works for us.", 'en', [], ['gives-in', 'clear-no']],
  ["I'm not sure if we're ready for the launch.", 'en', [], ['gives-in', 'clear-no']],
  ["I'll check whether we can fit it in by June.", 'en', [], ['gives-in']],
  ["I can't say whether it wasn't my fault.", 'en', [], ['takes-ownership']],
  ["I can't tell you if I wasn't to blame.", 'en', [], ['takes-ownership']],
  ["I don't know if it was my mistake.", 'en', [], ['takes-ownership']],
  ["I can't tell you whether you didn't get it.", 'en', [], ['clear-no']],
  ['Ik kan nog niet zeggen of het niet doorgaat.', 'nl', [], ['gives-in', 'clear-no']],
  ['Ik weet nog niet of we 1 juni halen.', 'nl', [], ['gives-in', 'clear-no']],
  ['Ik kan niet zeggen of het niet mijn fout was.', 'nl', [], ['takes-ownership']],
  ['Ik weet niet of het mijn schuld was.', 'nl', [], ['takes-ownership']],
  ['Ik vraag me af of we dat wel redden voor maart.', 'nl', [], ['gives-in']],
  // A that-clause still says it.
  ["I can't say it wasn't my fault.", 'en', ['takes-ownership'], ['defensive']],
  ['Ik kan niet zeggen dat het niet mijn fout was.', 'nl', ['takes-ownership'], []],
];

const CONDITIONS: Row[] = [
  // A negation inside the condition is the condition's: the speaker's consequence after it stands.
  ["If you can't commit to Friday I'll have to take you off the project.", 'en', ['threatens'], []],
  ["Unless you don't care about the role, we'll give it to someone else.", 'en', ['threatens'], []],
  ['Als je vrijdag niet klaar bent dan geef ik het project aan iemand anders.', 'nl', ['threatens'], []],
  // A negation of the consequence itself still denies it.
  ["I won't take you off the project, Chris.", 'en', [], ['threatens']],
];

/** Said to someone who just told of a loss. */
const WORK_FIRST: Row[] = [
  // Sympathy, then the work put before the loss, with or without a "but".
  ["I'm so sorry, Chris. The whole team is counting on you for Friday's go-live.", 'en', ['dismisses'], []],
  ["I'm so sorry about your dad. Could you still sort the handover before you go?", 'en', ['dismisses'], []],
  ['Wat naar voor je, Sander. We rekenen wel op je voor de livegang vrijdag.', 'nl', ['dismisses'], []],
  ['Wat rot voor je. Regel je nog even de overdracht voor donderdag?', 'nl', ['dismisses'], []],
  // The work first and the sympathy after it, the verb last in a Dutch subclause; praise for keeping it together.
  [
    'Fijn dat ik op je kan rekenen voor vrijdag, dat geeft mij rust. Sterkte donderdag.',
    'nl',
    ['dismisses'],
    [],
  ],
  ['Wat goed dat je er toch zo professioneel mee omgaat! Sterkte, Sander.', 'nl', ['dismisses'], []],
  ["Good to know I can count on you for Friday's go-live. So sorry about your dad.", 'en', ['dismisses'], []],
  ["Great that you're handling it so professionally, Chris. Thinking of you.", 'en', ['dismisses'], []],
  // Work that may wait is care; being there for the other is no demand.
  ["I'm so sorry, Chris. Friday can wait, the team will manage.", 'en', [], ['dismisses']],
  ['Wat naar, Sander. Je kunt op me rekenen, wat je ook nodig hebt.', 'nl', [], ['dismisses']],
  ['Vrijdag kan wachten, dat regelen we wel. Sterkte, Sander.', 'nl', [], ['dismisses']],
];

const DUTCH_ORDER: Row[] = [
  // A that-clause put first and denied by the main clause after it.
  ['Dat ik fout zat, geef ik niet toe.', 'nl', [], ['takes-ownership']],
  ['Dat het mijn schuld is, vind ik niet.', 'nl', [], ['takes-ownership']],
  ['Dat het me spijt, ga ik niet zeggen.', 'nl', [], ['apology-with-responsibility']],
  ['Dat het mijn schuld is, geef ik toe.', 'nl', ['takes-ownership'], []],
  // "niet" in a subordinate clause after the act is not the act's.
  ['Het spijt me dat ik niet eerder naar je heb geluisterd.', 'nl', ['apology-with-responsibility'], []],
];

const CONTRAST: Row[] = [
  // "Not X but Y": the second half names who is at fault.
  ["It's not your fault but mine.", 'en', ['takes-ownership'], ['blames']],
  ['Het is niet jouw schuld maar de mijne.', 'nl', ['takes-ownership'], ['blames']],
  ['Het is niet jouw fout, het is de mijne.', 'nl', ['takes-ownership'], ['blames']],
  ['This isn’t your fault.', 'en', [], ['blames']],
];

const QUESTIONS: Row[] = [
  // A question that answers itself asks nothing; a negative question can still offer.
  ['Why would I need your side of it? I was there myself.', 'en', [], ['open-question']],
  ['Waarom zou ik naar jouw kant vragen? Ik zat er zelf bij.', 'nl', [], ['open-question']],
  ['Why do you think it went that way?', 'en', ['open-question'], []],
  ['Waarom denk je dat het zo liep?', 'nl', ['open-question'], []],
  ['Is there nothing I can take off your plate this week?', 'en', ['offers-support'], []],
];

const REFUSALS: Row[] = [
  // A refusal refused keeps it open; a refused agreement is a no.
  ["I'm not going to say no outright. Let me look at the budget first.", 'en', ['hedges'], ['clear-no']],
  ['Ik ga geen nee zeggen, Erik. Ik kijk eerst even naar het budget.', 'nl', ['hedges'], ['clear-no']],
  ['Ik zeg niet meteen nee, Marco.', 'nl', ['hedges'], ['clear-no']],
  ['Nee zeggen tegen jou doe ik niet.', 'nl', [], ['clear-no']],
  ["No, we can't do June 1st.", 'en', ['clear-no'], ['hedges']],
  ['Ik ga er niet mee akkoord dat we zo live gaan.', 'nl', ['clear-no'], ['gives-in']],
  ["I won't agree to going live like this.", 'en', ['clear-no'], ['gives-in']],
  // A phrase put first and taken up by a denied "dat doe ik niet"; a denied denial says it.
  // Who got it, named in the clause after a colon, is the answer no.
  ["I won't keep you waiting: it's Ben.", 'en', ['clear-no'], []],
  ['Ik zal er niet omheen draaien: het is Koen geworden.', 'nl', ['clear-no'], []],
  ["One thing first: it's Ben who will run the handover.", 'en', [], ['clear-no']],
  ['Beloven dat het nooit meer gebeurt, dat doe ik niet.', 'nl', [], ['absolutes']],
  ['Het deed me pijn, dat ga ik niet ontkennen.', 'nl', ['self-disclosure'], []],
];

const NO_IN_OTHER_WORDS: Row[] = [
  // A no said without "no": counted out, not to be counted on, not something one signs, an answer that has to be no.
  ['Count us out for the March launch, Priya.', 'en', ['clear-no'], []],
  ["Don't count on my team for this one.", 'en', ['clear-no'], []],
  ["That price rise isn't something we'll accept.", 'en', ['clear-no'], []],
  ['My answer has to be no, Sam.', 'en', ['clear-no'], []],
  ['Reken deze keer niet op mijn team, Joost.', 'nl', ['clear-no'], []],
  ['Tel ons maar niet mee voor de lancering.', 'nl', ['clear-no'], []],
  ['Daar teken ik niet voor.', 'nl', ['clear-no'], []],
  ['Mijn antwoord is helaas nee.', 'nl', ['clear-no'], []],
];

const WAVED_AWAY: Row[] = [
  // Cheered past it, normalised away, or let go and the talk closed in one breath.
  ["You'll be grand, you always pull through.", 'en', ['dismisses'], []],
  ["Everybody finds these reviews a little awkward. Let's just do the form.", 'en', ['dismisses'], []],
  ["No worries, I'd long forgotten about it. Was there anything else?", 'en', ['dismisses'], []],
  ['Ach, jij slaat je er wel doorheen.', 'nl', ['dismisses'], []],
  ['Iedereen vindt zulke gesprekken een beetje ongemakkelijk, hoor.', 'nl', ['dismisses'], []],
  ['Joh, dat is toch al vergeten. Was er verder nog iets?', 'nl', ['dismisses'], []],
  // Letting go without closing the talk, and a question for more without letting go, dismiss nothing.
  ["Water under the bridge. And I'm glad you came to me.", 'en', [], ['dismisses']],
  ['Is there anything else you want to tell me about it?', 'en', [], ['dismisses']],
  ['Zand erover. Fijn dat je naar me toe kwam.', 'nl', [], ['dismisses']],
  // The subject changed after what the other brought; a question about the other is no change of subject.
  ["It's done. Anyway, how's the warehouse project looking?", 'en', ['dismisses'], []],
  ["Right, about Friday's release.", 'en', [], []],
  ['That sounds really hard. Anyway, how are you holding up?', 'en', [], ['dismisses']],
  ['Het is gebeurd. Hoe staat het trouwens met de migratie?', 'nl', ['dismisses'], []],
  ['Wat naar. Laten we het liever over het budget hebben.', 'nl', ['dismisses'], []],
  ['Wat naar. Hoe gaat het nu met je?', 'nl', [], ['dismisses']],
  // Nothing but letting go, in a few words; an apology accepted with a word of one's own is not that.
  ['Joh, vergeten. Het is al goed.', 'nl', ['dismisses'], []],
  ['Het zat me wel dwars, dat zeg ik eerlijk. Maar goed, excuses aanvaard.', 'nl', [], ['dismisses']],
];

const THROUGH_A_NEGATION: Row[] = [
  // Praise, a no, support or giving in said through a negation: the act holds.
  ["I've never seen such a thorough handover, Lena.", 'en', ['appreciation'], []],
  ['Nobody on the whole team handles the auditors like you do.', 'en', ['appreciation'], []],
  ["There's no way my team can take this on before March.", 'en', ['clear-no'], []],
  ["We won't be signing the new terms, Anna.", 'en', ['clear-no'], []],
  ["I can't say no to you, Mark. Fine, we'll fit it in.", 'en', ['gives-in'], ['clear-no']],
  ['Ik heb nog nooit zo’n heldere overdracht gelezen.', 'nl', ['appreciation'], []],
  ['Dat wordt geen maart, Pieter.', 'nl', ['clear-no'], []],
  ['Die klantgesprekken hoef jij deze maand niet te doen, dat neem ik over.', 'nl', ['offers-support'], []],
  ['Ik kan je niet teleurstellen, Marco. Goed dan, we doen het.', 'nl', ['gives-in'], ['clear-no']],
  // Plain praise of the work, against sarcasm that loves hearing the worst.
  ['Your analysis of the backlog is genuinely sharp.', 'en', ['appreciation'], ['contempt']],
  ['Die planning van jou is echt heel grondig.', 'nl', ['appreciation'], ['contempt']],
  ['Thanks for Tuesday. Aisha loved being told her plan was useless.', 'en', ['contempt'], []],
];

const REPORTED: Row[] = [
  // Someone else's words or wish are not the speaker's act.
  ['People keep saying you never listen. I want to hear your side.', 'en', [], ['absolutes', 'blames']],
  ["Sommige collega's zeggen dat jij altijd iedereen onderbreekt.", 'nl', [], ['blames']],
  ['Volgens HR moet ik sorry zeggen.', 'nl', [], ['apology-with-responsibility']],
  ["You said it yourself: 'it's my fault'.", 'en', [], ['takes-ownership']],
  ["Je zei zelf: 'het is mijn schuld'.", 'nl', [], ['takes-ownership']],
  ['I was wrong, and I am sorry.', 'en', ['apology-with-responsibility'], []],
  // A stock excuse held up in quotes is mentioned, not made: the apology around it stands.
  [
    "I'm sorry, Rachel. Not the 'sorry for any inconvenience' kind: we let you down.",
    'en',
    ['apology-with-responsibility'],
    ['apology-with-excuse', 'defensive'],
  ],
  [
    "Het spijt me, Hanneke. Geen 'sorry voor het ongemak', maar echt: we hebben je laten zitten.",
    'nl',
    ['apology-with-responsibility'],
    ['apology-with-excuse', 'defensive'],
  ],
];

const SARCASM: Row[] = [
  // Praise after the fact, a particle leaning on it, the same again, coming late, shouted kind words.
  ['Knap hoor, Lotte. Tientallen tikfouten. Echt top werk.', 'nl', ['contempt'], ['appreciation']],
  ['O, geweldig, weer een klus die jij voor mijn team hebt toegezegd.', 'nl', ['contempt'], ['appreciation']],
  ["Oh, I'm honoured, Ryan. Martin not around today?", 'en', ['contempt'], []],
  ['Wow, Owen speaks! Nice to finally hear from you.', 'en', ['contempt'], []],
  ["Oh, you'll LOVE this: it's Ben.", 'en', ['contempt'], []],
  // Sincere look-alikes: praise before the feedback, a denied failure, praise for a fact that is good.
  ["I didn't find a single thing wrong with it. Great work!", 'en', ['appreciation'], ['contempt']],
  ['Ik heb er geen enkele fout in gevonden. Top gedaan!', 'nl', ['appreciation'], ['contempt']],
  ['Mooi werk. Wel zitten er nog twee fouten in tabel 3.', 'nl', ['appreciation'], ['contempt']],
  // Left out since the learned reading (sarcasm.ts): "Wow, you finished the migration in two days. Impressive."
  // reads as a jibe to it, and on the page, without a voice, it can be either.
  [
    'Great work on the report. There are two errors in table 3 we need to fix.',
    'en',
    ['appreciation'],
    ['contempt'],
  ],
  ['Thanks for stepping in yesterday. Really great.', 'en', ['appreciation'], ['contempt']],
];

const MORE_CUES: Row[] = [
  // Thanks for nothing, pity for no loss, a cost played down, disbelief asked back.
  ['Cheers for nothing, Priya. I had to hear it from the client.', 'en', ['contempt'], []],
  ['Dank je wel voor niks, Willem. Ik mocht het zelf uitzoeken.', 'nl', ['contempt'], []],
  ['Poor little you, having to wait a whole day.', 'en', ['contempt'], []],
  ['Arme jullie, een hele dag wachten.', 'nl', ['contempt'], []],
  ['Nice slides. I only lost my entire evening fixing the numbers.', 'en', ['contempt'], ['appreciation']],
  [
    'Mooie presentatie. Ik ben er maar mijn hele avond mee bezig geweest om de cijfers te herstellen.',
    'nl',
    ['contempt'],
    ['appreciation'],
  ],
  ['Lazy? Me? I was here until midnight.', 'en', ['contempt'], []],
  ['Jij? Te laat? Dat zou de eerste keer zijn.', 'nl', ['contempt'], []],
  ['Nice deck, Priya, if the board enjoys guessing what the numbers mean.', 'en', ['contempt'], []],
  ['Goed plan, Willem, als je dol bent op brandjes blussen.', 'nl', ['contempt'], []],
  ['Just perfect, Priya.', 'en', ['contempt'], []],
  ['Nou, mooi, Willem. Weer een week later.', 'nl', ['contempt'], []],
  // Sincere look-alikes: "only" without the whole, a pronoun after a real question, a liked challenge.
  ['A good fit for you, Priya, if you like a challenge.', 'en', [], ['contempt']],
  ['I only need the whole team for one afternoon, and then they are yours.', 'en', [], ['contempt']],
  ['Who could take the demo? You? I think you would do it well.', 'en', [], ['contempt']],
  ['Wie wil de demo doen? Jij? Dan help ik je met de voorbereiding.', 'nl', [], ['contempt']],
];

const CHARGES_DENIED: Row[] = [
  // A nobody that denies a charge against the other reassures; one that makes a charge stays sweeping.
  ['Nobody is angry with you, Priya. I want to understand what happened.', 'en', [], ['absolutes']],
  ['Niemand verwijt je iets, Willem.', 'nl', [], ['absolutes']],
  ['Nobody listens when you talk like that.', 'en', ['absolutes'], []],
  ['Niemand luistert nog als jij zo begint.', 'nl', ['absolutes'], []],
  // The act put first, denied after its verb and subject; a refusal refused in a contraction.
  ['Excuses hoor je van mij niet.', 'nl', ['defensive'], ['apology-with-responsibility']],
  ['Sorry ga ik niet zeggen, want ik had gelijk.', 'nl', [], ['apology-with-responsibility']],
  ['Sorry, Willem. Ik heb je niet goed behandeld.', 'nl', ['apology-with-responsibility'], []],
  ["I wouldn't say it's impossible.", 'en', ['hedges'], ['clear-no']],
  // An apology refused for one thing and made for another.
  [
    "I'm not sorry I pushed back, Priya, but I'm sorry I raised my voice.",
    'en',
    ['apology-with-responsibility'],
    ['defensive', 'apology-with-excuse'],
  ],
  [
    'Het spijt me niet dat ik het zei, Willem, maar wel dat ik mijn stem verhief.',
    'nl',
    ['apology-with-responsibility'],
    ['defensive'],
  ],
  ["I'm not sorry, Priya, but you knew the deadline.", 'en', ['defensive'], ['apology-with-responsibility']],
];

const NEGATOR_IN_A_SLOT: Row[] = [
  // A rule's word slot that takes the speaker's "not" still leaves the act denied.
  ["I'm not disappointed in you, Sam.", 'en', [], ['blames']],
  ["I'm not frustrated with you, I'm frustrated with the process.", 'en', ['self-disclosure'], ['blames']],
  ["I'm never disappointed in you, that's not what this is.", 'en', [], ['blames']],
  ['Ik ben niet teleurgesteld in je, Sam.', 'nl', [], ['blames']],
  ['Ik ben niet boos op jou, wel op hoe het gelopen is.', 'nl', [], ['blames']],
  // Sincere look-alikes: the negation elsewhere, or none.
  ["I'm disappointed in you, Sam, not in the report.", 'en', ['blames'], []],
  ["I'm not happy about it, and I'm disappointed in you.", 'en', ['blames'], []],
  ['Ik ben teleurgesteld in je, Sam, niet in het rapport.', 'nl', ['blames'], []],
];

const HEDGE_NAMED: Row[] = [
  // A hedge word held up as a thing is not used: mostly it is refused.
  ["I won't fob you off with a maybe: June is off the table.", 'en', ['clear-no'], ['hedges']],
  ['No maybes this time, the answer is no.', 'en', [], ['hedges']],
  ['Ik ga je niet aan het lijntje houden met een misschien: juni lukt niet.', 'nl', ['clear-no'], ['hedges']],
  ['Geen misschien deze keer: het antwoord is nee.', 'nl', [], ['hedges']],
  // Used, it hedges.
  ['Maybe we could find another date.', 'en', ['hedges'], []],
  ['Misschien kunnen we een andere datum vinden.', 'nl', ['hedges'], []],
];

const FEELING_IN_THE_MAIN_CLAUSE: Row[] = [
  // Dutch puts the verb second in a main clause: the feeling said there is one's own as in "dat het me raakte".
  ['Het deed me echt pijn, dat zeg ik eerlijk.', 'nl', ['self-disclosure'], []],
  ['Het raakte me, toen je dat zei.', 'nl', ['self-disclosure'], []],
  ['It stung when you said it, honestly.', 'en', ['self-disclosure'], []],
  // Someone else's pain is not the speaker's.
  ['Dat deed je vast pijn.', 'nl', [], ['self-disclosure']],
];

const LITOTES: Row[] = [
  // A negator before a word negated by its prefix says the plain word.
  ['Je hebt geen ongelijk, Hanneke, dat had niet mogen gebeuren.', 'nl', ['acknowledges-feeling'], []],
  ["You're not wrong to be upset, and I don't disagree with any of it.", 'en', [], ['blames']],
  ["I wouldn't say it wasn't my call, Sarah.", 'en', ['takes-ownership'], ['defensive']],
  ['Ik zou niet zeggen dat het niet mijn fout was, Joris.', 'nl', ['takes-ownership'], ['defensive']],
];

const NO_OUT_OF_REACH: Row[] = [
  // Unable to refuse is a yes; refusing to refuse, softened or not, leaves it open.
  ['Ik kan geen nee tegen je zeggen, Erik.', 'nl', ['gives-in'], ['hedges', 'clear-no']],
  ['Ik kan echt geen nee tegen jullie zeggen.', 'nl', ['gives-in'], ['clear-no']],
  ["I can't say no to you, Steve.", 'en', ['gives-in'], ['clear-no']],
  ['Ik kan niet meteen nee zeggen, maar ik moet het narekenen.', 'nl', ['hedges'], ['gives-in']],
  ['Ik zeg geen nee tegen jou, Erik, maar ook nog geen ja.', 'nl', ['hedges'], ['gives-in']],
  ["I won't say no to you outright, but I need to check the numbers.", 'en', ['hedges'], ['gives-in']],
];

const CLAUSE_SCOPE: Row[] = [
  // A clause put first keeps its negation to itself, with or without the comma: Dutch ends it on its verb.
  ['Dat je de cijfers niet op tijd kreeg ligt aan mij, Ruben.', 'nl', ['takes-ownership'], ['defensive']],
  [
    'Omdat ik de planning niet had nagekeken is het mijn fout dat het misging.',
    'nl',
    ['takes-ownership'],
    ['defensive'],
  ],
  [
    'Dat ik je niet eerder heb teruggebeld spijt me echt.',
    'nl',
    ['apology-with-responsibility'],
    ['defensive'],
  ],
  [
    'Because I never checked the figures I owe you an apology.',
    'en',
    ['apology-with-responsibility'],
    ['defensive'],
  ],
  ["When you didn't answer I was worried sick about you.", 'en', ['self-disclosure'], []],
  // A negation of the main clause's own still denies it; one in a clause that has not ended still reaches on.
  [
    'Omdat het niet mijn fout was hoef ik ook geen sorry te zeggen.',
    'nl',
    ['defensive'],
    ['apology-with-responsibility'],
  ],
  ['Dat het zo gelopen is spijt me niet.', 'nl', ['defensive'], ['apology-with-responsibility']],
  ['Dat het aan mij lag, ga ik niet zeggen.', 'nl', [], ['takes-ownership']],
  ["Because it wasn't my fault I won't apologise.", 'en', ['defensive'], ['apology-with-responsibility']],
  // Not finding out leaves what one did not find out true; not thinking or seeing it so denies it.
  ['Ik had niet door dat het mijn fout was, Ruben.', 'nl', ['takes-ownership'], ['defensive']],
  ['Ik was me er niet van bewust dat het mijn schuld was.', 'nl', ['takes-ownership'], ['defensive']],
  ["I hadn't noticed it was my mistake until Tom pointed it out.", 'en', ['takes-ownership'], ['defensive']],
  ["I didn't realise it was my call to make, and I should have.", 'en', ['takes-ownership'], ['defensive']],
  ['Ik vind niet dat het jouw schuld was.', 'nl', [], ['blames']],
  ["I don't think it was your fault, Tom.", 'en', [], ['blames']],
  ["I don't see that it's your fault.", 'en', [], ['blames']],
  ["I didn't realise you were upset with me.", 'en', ['acknowledges-feeling'], ['dismisses']],
  ["I don't think you were upset with me.", 'en', [], ['acknowledges-feeling']],
  // A relative clause after a whole clause is one of its own; after the "nobody" it describes it is not.
  ['Nobody warned you which is my fault.', 'en', ['takes-ownership'], ['defensive']],
  ['Nobody who was in that meeting blames you.', 'en', [], ['blames']],
  // A view denied in the saying is not given; one given, or refused to be feigned, is.
  ["I'm not saying I disagree, I just want to hear more.", 'en', [], ['candour']],
  ["I disagree, Tom, and I'm saying so.", 'en', ['candour'], []],
  ["I won't pretend I agree with it.", 'en', ['candour'], []],
];

describe.each([
  ['a negation ends at its clause', CLAUSE_SCOPE],
  ['unable to refuse', NO_OUT_OF_REACH],
  ['litotes and a reluctant double negation', LITOTES],
  ["a negator in a rule's word slot", NEGATOR_IN_A_SLOT],
  ['a hedge word named, not used', HEDGE_NAMED],
  ['a feeling in a Dutch main clause', FEELING_IN_THE_MAIN_CLAUSE],
  ['sarcasm cues of their own', MORE_CUES],
  ['charges denied and acts put first', CHARGES_DENIED],
  ['pseudo-negations negate nothing', PSEUDO_NEGATION],
  ['a question that asks for agreement', ASKS_AGREEMENT],
  ['a never that promises', NEVER_AGAIN],
  ['no world in which', NO_WORLD_WHERE],
  ['a no where the speaker would decide', UP_TO_ME],
  ['a negated saying reaches into its that-clause', NEGATED_SAYING],
  ['double negation', DOUBLE_NEGATION],
  ['a question left open', LEFT_OPEN],
  ['a condition and its consequence', CONDITIONS],
  ['Dutch word order', DUTCH_ORDER],
  ['"not X but Y"', CONTRAST],
  ['questions', QUESTIONS],
  ['refusals and denials', REFUSALS],
  ['a no in other words', NO_IN_OTHER_WORDS],
  ['waved away', WAVED_AWAY],
  ['acts said through a negation', THROUGH_A_NEGATION],
  ['reported speech', REPORTED],
  ['sarcasm against its sincere look-alikes', SARCASM],
] as const)('%s', (_name, rows) => {
  it.each(rows)('"%s" (%s)', (reply, language, has, lacks) => {
    const found = ids(reply, language);
    for (const id of has) expect(found, `reads ${id}`).toContain(id);
    for (const id of lacks) expect(found, `does not read ${id}`).not.toContain(id);
  });
});

describe('work put before a loss, said to someone who just told of one', () => {
  const loss = {
    en: [{ role: 'persona' as const, content: 'My dad has been moved to a hospice.' }],
    nl: [{ role: 'persona' as const, content: 'Mijn vader ligt sinds gisteren in het hospice.' }],
  };
  it.each(WORK_FIRST)('"%s" (%s)', (reply, language, has, lacks) => {
    const found = new Set(detectSignals(analysisText(reply), [language], loss[language]).map((s) => s.id));
    for (const id of has) expect(found, `reads ${id}`).toContain(id);
    for (const id of lacks) expect(found, `does not read ${id}`).not.toContain(id);
  });
});
