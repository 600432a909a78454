import { B_END, B_START } from './text.ts';
import type { HarmAct } from './types.ts';

// What a part's form says against a harm the models read in its words (harm.ts, `readHarms`).

/** Word boundaries on either side, as the rules read them. */
const word = (source: string) => `${B_START}(?:${source})${B_END}`;
const pattern = (...sources: string[]) => new RegExp(sources.join('|'), 'iu');
/** Turns a part may take against the other ("but…", "maar…"): a form holds only in a part without one. */
const TURNS = word('but|though|maar|alleen');
/** One of `forms` in a part that takes none of the `turns`. */
const withoutTurn = (turns: string, forms: string[]) =>
  new RegExp(`^(?![^]*${turns})[^]*(?:${forms.join('|')})`, 'iu');

/**
 * A past counterfactual on one's own conduct owns the fault, it blames no one: "Als ik je had gebeld, had je het
 * niet van je inkoper hoeven horen", "if we'd flagged the delay ourselves…". Not what one was not told ("if I'd
 * known", "als ik het had geweten") nor a wish ("even if I'd wanted to"): those put it on the other.
 */
const OWN_COUNTERFACTUAL = pattern(
  word(
    "if (?:only )?(?:i|we)(?:'d| had) (?!(?:known|been|heard|seen|realised|realized|understood|wanted|liked|wished|not|never)(?![\\p{L}]))\\p{L}+",
  ),
  word(
    'als (?:ik|wij|we) (?:(?!niet |nooit |geen )\\p{L}+ ){0,5}(?:had|hadden) (?!(?:geweten|gehoord|gezien|begrepen|gevraagd)(?![\\p{L}]))\\p{L}+',
  ),
);

/**
 * The other's act denied in a counterfactual whose outcome is not: thanks, not blame. "If you hadn't spotted it,
 * it would have gone to Catherine", "Als jij het niet had opgemerkt, was het zo naar Anouk gegaan". With the
 * outcome denied too it blames ("if you hadn't rushed it, we wouldn't be…").
 */
const CREDITING_COUNTERFACTUAL = pattern(
  word(
    "if (?:you|your (?:\\p{L}+ ){0,2}\\p{L}+)(?: hadn't| had not| had never|'d not|'d never) [^,.!?;]{1,60}, (?![^.!?]*(?:n't|(?<![\\p{L}])(?:not|never|no)(?![\\p{L}])))[^.!?]*(?:would|could|might)(?:'ve| have)",
  ),
  // Not closed by a word boundary: the outcome follows the comma.
  `${B_START}als (?:jij|je|u) (?:\\p{L}+ ){0,5}(?:niet|nooit) (?:(?:had|hadden) \\p{L}+|\\p{L}+ (?:had|hadden)), (?![^.!?]*(?<![\\p{L}])(?:niet|nooit|geen)(?![\\p{L}]))`,
);

/**
 * A question of what the other would have wanted offers, it does not reproach: "Had je het eerder willen weten?",
 * "Would you rather have heard it from me?". Not a why-question ("Why would you want…").
 */
const WISH_QUESTION = pattern(
  `^(?![^?]*${word('why|waarom')})[^?]*${word('(?:would|do|did|will) you (?:\\p{L}+ ){0,2}(?:want|wanted|like|liked|prefer|preferred|rather)|(?:had|zou|wil|wilde|wou) (?:je|jij|u) (?:\\p{L}+ ){0,4}(?:willen|liever)')}[^?]*\\?`,
);

/**
 * A judgement of the other said only to be denied: "Eén gehaast rapport betekent niet dat je niet geschikt bent
 * voor klantwerk", "that doesn't make you a bad lead", "dat zegt niets over wie je bent".
 */
const DENIED_JUDGEMENT = pattern(
  word(
    "(?:doesn't|does not|didn't|won't|isn't|is not) (?:\\p{L}+ )?(?:mean|say)(?: that)? you(?:'re| are| aren't| were| weren't| lack)",
  ),
  word("(?:doesn't|does not|didn't|won't) make you (?:a|an|any|less|worse|bad)"),
  word(
    '(?:betekent|wil|zegt) (?:\\p{L}+ ){0,2}niet (?:zeggen )?dat (?:je|jij|u) [^.!?,]{0,60}?(?<![\\p{L}])(?:bent|was)',
  ),
  word('maakt (?:je|jou|u) (?:\\p{L}+ )?(?:nog )?geen|zegt (?:niets|niks) over (?:jou|je|wie)'),
);

/**
 * A judgement of the other said not to be what the speaker says, with nothing put in its place in the same part: "I'm
 * not saying you were careless", "ik zeg niet dat jij onverantwoord bezig bent". With "…, just that the mapping looked
 * off" or "…, alleen dat…" the judgement comes back in other words.
 */
const NOT_SAYING = withoutTurn(word('but|just|only|though|maar|alleen|wel'), [
  word("(?:i'm|i am) not (?:\\p{L}+ )?saying (?:that )?you(?:'re| are| were| was| did| had|'ve| have)"),
  word('(?:ik )?zeg (?:\\p{L}+ ){0,2}niet dat (?:je|jij|u) [^.!?,]{0,60}?(?<![\\p{L}])(?:bent|was|hebt|had)'),
]);

/**
 * The other's side acknowledged, with nothing turned against them in the same part: "Ik weet dat je die datum
 * aan de raad hebt beloofd", "I know you promised the board in good faith". A part that turns ("…, but that was
 * your call") or goes on after a colon or semicolon is read as the models read it.
 */
const THEIR_SIDE_ACKNOWLEDGED = pattern(
  `^(?![^]*(?:[;:]|${word('but|though|maar|toch|alleen')}))\\W*(?:(?:and|en|ook|also) )?(?:i|ik) (?:(?:really|truly|do|fully|totally|heus|echt|best|wel|goed|helemaal) )?(?:know|understand|get|see|realise|realize|weet|snap|begrijp|zie|besef)(?: (?:that|dat))? ${word('you|your|je|jij|jouw|u|uw')}`,
);

/**
 * The other's act said not to be groundless defends them: "You didn't go over my head out of nowhere", "Je bent
 * niet zomaar naar Willem gestapt", "not without reason".
 */
const NOT_WITHOUT_CAUSE = pattern(
  word(
    "(?:didn't|did not|wasn't|weren't|never|not) (?:\\p{L}+ ){0,5}(?:out of nowhere|out of the blue|for nothing|without (?:a )?(?:reason|cause))",
  ),
  word('(?:niet|nooit) (?:\\p{L}+ ){0,4}(?:voor niets|voor niks|zonder (?:reden|aanleiding)|uit het niets)'),
  // "niet zomaar" of what was done, not of what may be done ("dat kun je niet zomaar doen" reproaches).
  word(
    '(?:(?:je|jij) (?:bent|hebt|deed|ging|stapte)|(?:bent|hebt|deed|ging|stapte) (?:je|jij)) (?:\\p{L}+ ){0,3}niet zomaar',
  ),
);

/**
 * A belittling named only to be refused: "Nobody on my side is going to call a day and a half a minor hiccup", "I
 * won't play it down", "Niemand hier gaat anderhalve dag stilstand een kleinigheid noemen", "ik ga het niet
 * wegwuiven".
 */
const BELITTLING_REFUSED = pattern(
  word(
    "(?:nobody|no one|i won't|i will not|i'm not going to|i am not going to|i'd never|i would never|i refuse to|let's not) (?:\\p{L}+ ){0,6}(?:call|calling|describe|treat|write (?:it|this|that) off|play (?:it|this|that) down|brush (?:it|this|that) (?:off|aside)|make light of)",
  ),
  word(
    '(?:niemand|ik (?:ga|zal|wil|ben) (?:\\p{L}+ ){0,4}(?:niet|geen|nooit)) (?:\\p{L}+ ){0,8}(?:noemen|afdoen|wegwuiven|bagatelliseren|kleiner maken|kleinmaken|wegzetten)',
  ),
);

/**
 * The loss refused to be called small, as a thing the speaker will not tell the other: "I'm not going to tell you it
 * was only three days", "ik ga je niet vertellen dat het maar drie dagen waren". Neither waves it away nor mocks; "I'd
 * never call it special" (contempt's own) is not of this form.
 */
const TOLD_SMALL_REFUSED = pattern(
  word(
    "(?:i won't|i will not|i'm not going to|i am not going to|i'd never|i would never|i refuse to) (?:\\p{L}+ )?tell you (?:that )?(?:it|this|that)(?:'s| is| was| were) (?:only|just|nothing|no big deal|not a big deal)",
  ),
  word(
    'ik (?:ga|zal|wil) (?:je |jou |u )?(?:\\p{L}+ )?(?:niet|nooit) (?:vertellen|zeggen|wijsmaken) dat (?:het|dit|dat) (?:\\p{L}+ )?(?:maar|slechts|niks|niets)',
  ),
);

/**
 * Blame taken off the other, with nothing turned against them in the same part: "Nobody on this team blames you for
 * Thursday, and nobody will", "it's not on you", "Niemand neemt je iets kwalijk", "dat ligt echt niet aan jou". It
 * reassures: no blame, no feeling waved away, no jibe. A "though" that closes its clause turns nothing ("No one's
 * blaming you for feeling stuck, though; …"); "though you should have…" does.
 */
const BLAME_TAKEN_OFF = withoutTurn(
  `(?:${word('but|although|except|maar|alleen|behalve')}|${word('though')}(?=\\s+\\p{L}))`,
  [
    "(?:nobody|no one|no-one|none of us)(?:'s)?(?: \\p{L}+){0,4} (?:blames|blaming|is blaming|will blame|would blame|holds (?:it|this|that) against|thinks (?:this|it|that) (?:is|was) (?:on )?you)",
    "(?:i|we)(?: don't| do not| won't| will not|'m not| am not|'re not| aren't| are not| never) (?:\\p{L}+ )?(?:blame|blaming|hold (?:it|this|that|anything) against) you",
    "(?:it's|it is|it was|this is|this was|that's|that is|that was) (?:\\p{L}+ )?not (?:on you|your fault|down to you)",
    'none of (?:this|that|it) (?:is|was) (?:\\p{L}+ )?(?:on you|your fault|down to you)',
    "(?:it|this|that) (?:isn't|wasn't|is not|was not) (?:\\p{L}+ )?(?:on you|your fault|down to you)",
    'niemand (?:\\p{L}+ ){0,4}(?:neemt|nam|zal) (?:je|jou|het je|je dat|je dit|jou dat|jou dit|je iets|jou iets|je dat ooit|je ooit) (?:\\p{L}+ ){0,2}kwalijk',
    'niemand (?:\\p{L}+ ){0,4}(?:geeft|gaf|verwijt|verweet) (?:je|jou)',
    'ik (?:neem|verwijt|kwalijk) (?:het |dat |dit )?(?:je|jou) (?:\\p{L}+ )?(?:niks|niets|niet)',
    '(?:het|dit|dat) (?:is|was|ligt|lag) (?:\\p{L}+ ){0,2}niet (?:aan jou|aan je|jouw (?:schuld|fout))',
    '(?:niet|geen) jouw (?:schuld|fout)',
  ],
);

/**
 * The fault said to be shared, not the other's alone: "it wasn't only you who dropped the ball", "het lag niet alleen
 * aan jou". Its own pattern: "alleen" here is no turn.
 */
const FAULT_SHARED = pattern(
  word("(?:it|this|that) (?:isn't|wasn't|is not|was not) (?:only|just) you (?:who|that)"),
  word(
    '(?:het|dit|dat) (?:is|was|ligt|lag) (?:\\p{L}+ )?niet (?:alleen|enkel) (?:aan jou|aan je|jouw (?:schuld|fout))',
  ),
);

/**
 * A platitude refused, with nothing turned against the other: "I won't tell you it's the natural order of things, or
 * that it'll all be fine", "Ik ga je niet vertellen dat het allemaal goedkomt". What would wave the grief away is named
 * only to be left unsaid. Only a platitude: "Ik zal niet doen alsof ik weet wat je doormaakt, en eerlijk gezegd is
 * dit ook niet het moment" goes on to wave it away.
 */
const PLATITUDE_REFUSED = withoutTurn(TURNS, [
  "(?:i won't|i will not|i'm not going to|i am not going to|i'm not gonna|i'd never|i would never|i refuse to|i can't|i cannot|i'm not here to) (?:\\p{L}+ )?(?:tell you|say|pretend|promise you)(?: that)? (?:it's|it is|it'll|it will|this is|everything(?:'s| is| will)?|things will|time) (?:\\p{L}+ ){0,4}(?:fine|okay|ok|all right|alright|for the best|natural|meant to be|part of life|heals|better|easier|a blessing)",
  'ik (?:ga|zal|wil|kan) (?:je |jou |u )?(?:\\p{L}+ )?(?:niet|nooit) (?:\\p{L}+ )?(?:vertellen|zeggen|wijsmaken|beloven|doen alsof)(?: dat)? (?:het|alles|dit|de tijd) (?:\\p{L}+ ){0,4}(?:goedkomt|meevalt|erbij hoort|beter wordt|went|slijt|heelt|zo moest zijn|een zegen|natuurlijk)',
]);

/**
 * The other's way of being said to be fine, with nothing turned against them in the same part: "there's nothing wrong
 * with being someone who thinks before he speaks", "er is niks mis mee dat je weinig zegt". Not what the speaker did
 * ("there's nothing wrong with what I said"): that defends.
 */
const NOTHING_WRONG_WITH_YOU = withoutTurn(TURNS, [
  "(?:there's|there is|there was|nothing's) (?:absolutely |really )?nothing wrong with (?:being|you|how you|the way you|that you|your)",
  '(?:er is|daar is) (?:helemaal |echt )?(?:niks|niets) mis (?:mee dat (?:je|jij)|met (?:jou|je|hoe je|jouw|de manier waarop je))',
]);

/**
 * A sanction named only to be ruled out: "None of it is going anywhere near your review", "ik ga het nergens meenemen,
 * niet in je beoordeling", "I won't hold it against you".
 */
const SANCTION_RULED_OUT = withoutTurn(
  word('but|unless|as long as|so long as|provided|maar|tenzij|als je|zolang|mits'),
  [
    "(?:none of (?:it|this|that)|it|this|that) (?:is|'s|will|'ll) (?:not |never )?(?:going |go )?(?:anywhere )?near your (?:review|appraisal|file|record)",
    "(?:i|we)(?: won't| will not| am not going to|'m not going to| wouldn't| never) (?:\\p{L}+ )?(?:hold (?:it|this|that) against you|put (?:it|this|that) in your (?:review|file|record))",
    'ik (?:ga|zal) (?:het|dit|dat) (?:\\p{L}+ )?(?:nergens|nooit|niet) (?:\\p{L}+ )?(?:meenemen|mee laten wegen|laten meewegen)',
    '(?:niet|nooit) (?:mee )?(?:in|bij) (?:je|jouw) (?:beoordeling|jaargesprek|functioneringsgesprek|dossier)',
    "(?:it|this|that|none of (?:it|this|that))(?: won't| will not| isn't going to| is not going to|'s not going to| will never) (?:go|end up|count|show up|appear) (?:\\p{L}+ )?(?:in|on|against you in) your (?:review|appraisal|file|record)",
    // A job or a place said to be safe: "nobody is losing their job over this", "je baan staat niet op het spel".
    "(?:nobody|no one|no-one)(?:'s| is)? (?:going to )?(?:losing|lose|getting fired|get fired|being fired|be fired|getting sacked|get sacked)(?![\\p{L}])",
    "your (?:job|position|place|role)(?:'s not|'s never| is not| is never| isn't) (?:\\p{L}+ )?(?:at risk|in danger|on the line|in question)",
    '(?:je|jouw) (?:baan|plek|positie|functie) (?:staat|is) (?:\\p{L}+ ){0,2}(?:niet|nooit) (?:op het spel|in gevaar)',
    'niemand (?:\\p{L}+ ){0,2}(?:wordt|gaat) (?:\\p{L}+ ){0,3}(?:ontslagen|eruit|zijn baan kwijt|haar baan kwijt)',
  ],
);

/** What is given instead of what was asked is no giving in: "we doen het per 15 juni in plaats van 1 juni". */
const INSTEAD = pattern(word('instead of|rather than|in plaats van'));

/**
 * Parts whose form says that the harm their words suggest is not there. The models read words and pairs of
 * words, not who a clause is about or whether it is denied; the rules read who a counterfactual blames by its
 * subject and its negation. Lowering the thresholds of blame, giving in and contempt at a sixteenth stop read
 * these forms as harms in the rules' own unit examples; with them read here, the thresholds could come down.
 */
const FORM_DENIES: Partial<Record<HarmAct, RegExp[]>> = {
  blames: [
    OWN_COUNTERFACTUAL,
    CREDITING_COUNTERFACTUAL,
    WISH_QUESTION,
    DENIED_JUDGEMENT,
    THEIR_SIDE_ACKNOWLEDGED,
    NOT_WITHOUT_CAUSE,
    NOT_SAYING,
    BLAME_TAKEN_OFF,
    FAULT_SHARED,
    NOTHING_WRONG_WITH_YOU,
  ],
  defensive: [OWN_COUNTERFACTUAL, NOTHING_WRONG_WITH_YOU],
  dismisses: [BELITTLING_REFUSED, TOLD_SMALL_REFUSED, BLAME_TAKEN_OFF, PLATITUDE_REFUSED],
  contempt: [DENIED_JUDGEMENT, TOLD_SMALL_REFUSED, BLAME_TAKEN_OFF, NOTHING_WRONG_WITH_YOU],
  'gives-in': [INSTEAD],
  threatens: [SANCTION_RULED_OUT],
};

/** Does the part's form deny the harm the models read in its words? */
export function formDenies(act: HarmAct, part: string): boolean {
  return FORM_DENIES[act]?.some((form) => form.test(part)) ?? false;
}
