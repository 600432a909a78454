import type { Language } from '../ids.ts';
import type { SignalId } from './signals.ts';

// Pressure put politely. Each reading is a shape of the sentence with word classes in it, not a wording:
// a consequence for the other's standing said as the speaker's regret ("I'd hate to see that on your
// record"); the other's understanding claimed and pressed with a tag ("You do understand, don't you?");
// the other told how to feel or carry themselves ("You'll be happy for him, I'm sure", "Be a good sport
// about it"); a motive imputed to the other ("It's really about how it looks to the board, isn't it?",
// "you're counting on us not being able to switch"). Sincere look-alikes share the frame but not the
// class: a regret over the other's feelings ("I'd hate for you to feel alone in this"), a claim of what
// the other may do ("you do know you can call me, don't you?"), a forecast of how well they will do
// ("you'll be great in that role, I'm sure").

type Reading = { id: SignalId; test: (sentence: string) => boolean };
type ByLanguage = Record<Language, RegExp>;

/** The speaker's regret or reluctance, said of something that has not happened yet. */
const REGRET: ByLanguage = {
  en: /(?<![\p{L}'])(?:(?:i|we)(?:'d| would) (?:really |so |just )?(?:hate|not want|not like|be sorry|be sad)|(?:i|we) (?:wouldn't|would not|don't|do not) (?:really |ever )?want|(?:it|that)(?:'d| would) be (?:a )?(?:real |such a )?(?:shame|pity)|(?:shame|pity) (?:if|to see))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:ik|we|wij) (?:zou|zouden) (?:het )?(?:\p{L}+ )?(?:jammer|zonde|vervelend|naar|erg|sneu) vinden|(?:ik|we|wij) (?:zou|zouden|wil|willen) (?:\p{L}+ )?niet (?:graag )?(?:willen |zien |hebben )?dat|het zou (?:\p{L}+ )?(?:jammer|zonde|vervelend|sneu) zijn|(?:jammer|zonde) als)(?![\p{L}])/iu,
};
/** The other's standing: their record, review, name, prospects, or a label put on their conduct. */
const STANDING: ByLanguage = {
  en: /(?<![\p{L}])(?:your (?:\p{L}+ )?(?:record|file|review|appraisal|reputation|career|prospects|standing|bonus|promotion|rating|evaluation|contract|references?)|on (?:the|your|a) record|(?:attitude|behaviou?r|conduct|performance) (?:problem|issue)|(?:held|hold|holds|count|counted|used) against you)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:je|jouw|jullie) (?:\p{L}+ )?(?:beoordeling|dossier|functioneringsgesprek|beoordelingsgesprek|reputatie|carrière|loopbaan|naam|bonus|promotie|contract|kansen)|in (?:je|jouw|het) dossier|(?:houdings|gedrags|attitude)probleem|tegen (?:je|jou) (?:gebruikt|werken|pleiten)|(?:je|jou) (?:\p{L}+ )?aangerekend)(?![\p{L}])/iu,
};

/**
 * A benefit of the other's that the speaker finds it hard to keep up, on a condition of the other's: "als
 * we op deze toon verdergaan, wordt het voor mij lastig om jullie nog voorrang te geven", "if this carries
 * on, it'll be hard for me to keep you on the shortlist". Hard for the speaker with nothing of the other's
 * at stake ("it's hard for me to say this") is candour.
 */
const HARD_FOR_ME: ByLanguage = {
  en: /(?<![\p{L}])(?:hard|difficult|tough|tricky) for (?:me|us) to (?:keep|still|continue|justify|defend|go on)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])voor (?:mij|ons) (?:\p{L}+ )?(?:lastig|moeilijk|lastiger|moeilijker|ingewikkeld)(?: (?:worden|zijn))? om (?:\p{L}+ ){0,6}nog(?![\p{L}])/iu,
};
const CONDITION: ByLanguage = {
  en: /(?<![\p{L}])(?:if|unless|as long as|so long as|once)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:als|tenzij|zolang|wanneer|mocht)(?![\p{L}])/iu,
};

/**
 * The other's mind claimed and a tag pressing for the yes: "You do understand, don't you?", "You get that,
 * right?", "Dat wil je toch ook niet?", "Dat begrijp je toch wel?". What it claims the other knows may be
 * a door held open ("you do know you can call me, don't you?"): that is no pressure.
 */
const CLAIMED_MIND: ByLanguage = {
  en: /(?<![\p{L}'])(?:you (?:do |surely |must |of course )?(?:understand|get|see|realise|realize|agree|accept|appreciate|know)(?![\p{L}])[^?]{0,60}?,\s*(?:(?:don't|do|won't|can't|wouldn't|aren't|didn't) you|right|okay|ok|yeah|eh)|you (?:didn't|don't|did|do|really|honestly|seriously|surely)(?: (?:really|honestly|seriously|actually))? (?:think|expect|believe|imagine|suppose) (?:that )?(?:you|you'd|you'll|your)(?![\p{L}])[^?]{0,60}?,\s*(?:did|do|didn't|don't|were|weren't) you|you (?:do|surely) (?:understand|get|see|realise|realize|agree|accept|appreciate)(?![\p{L}])[^?]{0,60}?)\s*\?$/iu,
  nl: /(?<![\p{L}])(?:(?:dat|het|dit) (?:\p{L}+ )?(?:begrijp|snap|zie|weet|wil|vind) (?:je|jij) (?:\p{L}+ ){0,2}?(?:toch|hè|he|nietwaar)|(?:je|jij) (?:begrijpt|snapt|ziet|weet|wilt|vindt) (?:(?:dat|het|dit) (?:\p{L}+ ){0,2}?(?:toch|hè|he|nietwaar)|toch (?:wel |ook |niet )?(?:echt |serieus )?(?:dat|het|dit))|(?:je|jij) (?:dacht|verwachtte|geloofde) (?:nou )?toch (?:niet )?(?:echt |serieus |werkelijk )?dat (?:je|jij|jullie))(?![\p{L}])[^?]{0,60}\?$/iu,
};
const HELD_OPEN: ByLanguage = {
  en: /(?<![\p{L}])(?:you (?:\p{L}+ ){0,2}(?:can|could|may)|you're welcome|you are welcome|i'm here|i am here|we're here|i've got your back|i'm on your side|my door|we value|i value|you're not alone|you are not alone)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:je|jij) (?:\p{L}+ ){0,3}(?:kunt|kan|mag)|ik sta achter je|ik ben er|wij zijn er|we zijn er|mijn deur|je staat er niet alleen|je bent niet alleen|we waarderen|ik waardeer)(?![\p{L}])/iu,
};

/**
 * The other told how to feel about their own loss, or how to carry it: "You'll be happy for him, I'm sure",
 * "I hope you'll take it well", "Be a good sport about it", "laten we het gezellig houden", "je gunt het
 * hem vast wel". A forecast of how they will do ("you'll be great in that role") names no feeling.
 */
const PRESCRIBED: ByLanguage = {
  en: /(?<![\p{L}'])(?:you(?:'ll| will| are|'re| must be| should be) (?:\p{L}+ )?(?:happy|glad|pleased|thrilled|delighted) for (?:him|her|them|\p{Lu}\p{L}+)|(?:i hope|i trust|i expect|i'm sure|i am sure|i know) (?:that )?you(?:'ll| will)? (?:take|handle|accept|carry) (?:it|this|that|the news) (?:well|gracefully|graciously|like a (?:grown-up|professional|pro|adult)|on the chin|in (?:good|the right) spirit)|(?:^|[,;:]\s*|so\s+|just\s+|please\s+)(?:be (?:a good sport|gracious|the bigger person|a grown-up|a team player)|(?:let's )?keep (?:it|this|things) (?:friendly|nice|civil|pleasant|light)))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:je|jij) (?:bent|zult|zal|moet) (?:\p{L}+ ){0,2}(?:blij|gelukkig|trots) (?:zijn )?voor (?:hem|haar|hen|\p{Lu}\p{L}+)|(?:je|jij) gunt (?:het )?(?:hem|haar|hen|\p{Lu}\p{L}+) (?:het )?(?:\p{L}+ )?(?:vast|zeker|toch|wel)|(?:ik hoop|ik verwacht|ik reken erop|ik ga ervan uit) dat (?:je|jij) (?:het|dit|dat) (?:\p{L}+ )?(?:sportief|goed|netjes|volwassen|professioneel) (?:opvat|oppakt|opneemt|draagt)|(?:ik hoop|ik verwacht|ik reken erop|ik ga ervan uit) dat (?:je|jij) (?:er )?(?:\p{L}+ )?(?:sportief|volwassen|professioneel) mee omgaat|(?:^|[,;:]\s*|dus\s+|gewoon\s+)(?:wees (?:nou |maar |even )?(?:sportief|een goede verliezer|de wijste|volwassen)|(?:laten we het|hou het|houd het|houden we het) (?:\p{L}+ )?(?:gezellig|leuk|vriendelijk|netjes)))(?![\p{L}])/iu,
};

/**
 * A motive the speaker lays on the other: what "it's really about" for them (how it looks, their bonus),
 * or that they count on the speaker's weakness. Asking what it is about ("What is it really about for
 * you?") lays nothing: the reading needs the claim.
 */
const IMPUTED: ByLanguage = {
  en: /(?<![\p{L}'])(?:(?:it's|it is|this is|that's|that is) (?:really|just|all|only|actually|mostly) about (?:how (?:it|this|that|you) (?:looks?|come across|comes across)|(?:your|you) (?:\p{L}+ )?(?:bonus|image|reputation|numbers|targets|own|ego|back|looking good)|saving face|covering (?:yourself|your back)|the money|money|politics)|you(?:'re| are) (?:\p{L}+ ){0,2}(?:counting|banking|betting|gambling) on (?:\p{L}+ ){1,4}(?:not|never|being unable|being too))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:het gaat (?:je |jou |jullie )?(?:\p{L}+ ){0,3}(?:om|erom) (?:hoe (?:het|dat|dit|je) (?:eruit ?ziet|overkomt|staat|uitkomt)|(?:je|jouw|jullie) (?:eigen )?(?:bonus|imago|reputatie|cijfers|targets|hachje|straatje)|geld|het geld)|(?:je|jij|jullie) (?:rekent|rekenen|gokt|gokken|speculeert|speculeren) (?:er )?(?:\p{L}+ ){0,2}op dat (?:wij|we|ik) (?:\p{L}+ ){0,4}(?:niet|geen|nooit))(?![\p{L}])/iu,
};

/**
 * An offer that outdoes the other's ask, for them and on top of it: "Shall we throw in a company car for you
 * as well?", "Zullen we er voor jou meteen een leaseauto bij doen?". The offer names a perk no one would
 * give here; a real offer of more ("Shall I send you the figures as well?") names the work.
 */
const OUTDONE: ByLanguage = {
  en: /(?<![\p{L}'])(?:(?:shall|should) (?:we|i)|why don't (?:we|i)|do you want (?:me|us) to|maybe (?:we|i) (?:should|could))(?![\p{L}])[^.!?]{0,40}?(?<![\p{L}])(?:(?:company )?car|holiday|yacht|medal|trophy|statue|red carpet|parade|pony|villa|limo(?:usine)?|crown|knighthood|private jet|corner office)(?![\p{L}])[^.!?]{0,30}?(?:as well|too|while we're at it|on top)\s*\?$/iu,
  nl: /(?<![\p{L}])(?:zal ik|zullen we|zullen wij|moeten we|moeten wij|wil je|wilt u|willen jullie)(?![\p{L}])[^.!?]{0,40}?(?<![\p{L}])(?:leaseauto|auto|vakantie|jacht|medaille|lintje|standbeeld|rode loper|optocht|pony|villa|limousine|kroon|privéjet|hoekkantoor)(?![\p{L}])[^.!?]{0,30}?(?<![\p{L}])(?:bij|erbij|ook|ook nog|meteen|gelijk|cadeau)(?![\p{L}])[^.!?]{0,15}\?$/iu,
};

/**
 * A negator before the match in its own clause: "you don't have to be happy for him". Its clause ends at a
 * comma or where a "but", "and" or "so" opens one with a subject of its own: "I didn't pick you but you'll be
 * happy for him, I'm sure" presses all the same.
 */
const NEGATED_BEFORE: ByLanguage = {
  en: /(?<![\p{L}'])(?:not|never|no|\p{L}+n't|cannot)(?![\p{L}])(?:(?![,;:]|\s(?:but|and|so|because|yet)(?:\s+(?:you|you'll|you're|you've|you'd|i|i'm|i'll|i've|we|we're|we'll|it|it's|that|that's|this|he|she|they)(?![\p{L}'])|\s*$))[^,;:])*$/iu,
  nl: /(?<![\p{L}])(?:niet|nooit|geen|hoeft)(?![\p{L}])(?:(?![,;:]|\s(?:maar|en|want|dus|omdat)(?:\s+(?:je|jij|ik|we|wij|het|dat|dit|hij|zij|ze|u|jullie)(?![\p{L}])|\s*$))[^,;:])*$/iu,
};

const found = (pattern: RegExp, sentence: string, language: Language): boolean => {
  const match = pattern.exec(sentence);
  return match !== null && !NEGATED_BEFORE[language].test(sentence.slice(0, match.index));
};

const READINGS: Record<Language, Reading[]> = {
  en: readings('en'),
  nl: readings('nl'),
};

// Each reading first asks for the words it cannot do without, in either language: most sentences hold
// none of them, and the readings' own expressions (each opening with a look-behind) cost a scan apiece.
const ASKS = /\?\s*$/u;
const STANDING_WORDS =
  /record|file|review|apprais|reputation|career|prospect|standing|bonus|promotion|rating|evaluation|contract|reference|problem|issue|against you|beoordeling|dossier|gesprek|reputatie|carrière|loopbaan|naam|promotie|kansen|probleem|tegen je|tegen jou|aangerekend/iu;
const HARD_WORDS = /hard|difficult|tough|tricky|lastig|moeilijk|ingewikkeld/iu;
const FEELING_WORDS =
  /happy|glad|pleased|thrilled|delighted|take|handle|accept|carry|be |keep|blij|gelukkig|trots|gun|opvat|oppakt|opneemt|draagt|omgaat|wees|hou|laten we het/iu;
const MOTIVE_WORDS = /about|counting|banking|betting|gambling|gaat|rekent|rekenen|gok|specul/iu;

function readings(language: Language): Reading[] {
  return [
    {
      id: 'threatens',
      test: (s) => {
        if (!STANDING_WORDS.test(s)) return false;
        const regret = REGRET[language].exec(s);
        return regret !== null && STANDING[language].test(s.slice(regret.index));
      },
    },
    {
      id: 'threatens',
      test: (s) => HARD_WORDS.test(s) && HARD_FOR_ME[language].test(s) && CONDITION[language].test(s),
    },
    {
      id: 'dismisses',
      test: (s) => ASKS.test(s) && CLAIMED_MIND[language].test(s) && !HELD_OPEN[language].test(s),
    },
    { id: 'dismisses', test: (s) => FEELING_WORDS.test(s) && found(PRESCRIBED[language], s, language) },
    { id: 'contempt', test: (s) => MOTIVE_WORDS.test(s) && found(IMPUTED[language], s, language) },
    { id: 'contempt', test: (s) => ASKS.test(s) && OUTDONE[language].test(s) },
  ];
}

/** Cheap gate: a sentence without any of these words holds none of the readings. */
const MAY_PRESS =
  /hate|want|shame|pity|sorry|sad|hard|difficult|tough|tricky|understand|get|see|reali|agree|accept|apprecia|know|happy|glad|pleased|thrill|delight|hope|trust|expect|sure|be |keep|about|count|bank|bet|gambl|jammer|zonde|vervelend|naar|erg|sneu|wil|lastig|moeilijk|ingewikkeld|begrijp|snap|zie|weet|vind|blij|gelukkig|trots|gun|reken|ga ervan|wees|hou|gaat|gok|specul|think|believe|imagine|suppose|dacht|verwacht|geloof|shall|should|why don|maybe|zal|zullen|moeten/iu;

/** The pressure a sentence puts on the other, read in the reply's languages; undefined: none. */
export function pressureIn(sentence: string, languages: readonly Language[]): SignalId | undefined {
  if (!MAY_PRESS.test(sentence)) return undefined;
  for (const language of languages)
    for (const reading of READINGS[language]) if (reading.test(sentence)) return reading.id;
  return undefined;
}
