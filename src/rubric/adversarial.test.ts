import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readLibrarySync } from '../scenarios/library-files.ts';
import { adversarialReport } from './evaluation.ts';
import { ADVERSARIAL_CASES, ADVERSARIAL_REFERENCES } from './fixtures/adversarial.ts';
import { ADVERSARIAL_HELD_OUT } from './fixtures/adversarial-held-out.ts';
import { ADVERSARIAL_HELD_OUT_2026_12B } from './fixtures/adversarial-held-out-2026-12b.ts';
import { ADVERSARIAL_TRAINING_2026_12 } from './fixtures/adversarial-training-2026-12.ts';
import { ADVERSARIAL_TRAINING_2026_12C } from './fixtures/adversarial-training-2026-12c.ts';
import { ADVERSARIAL_TRAINING_2026_12E } from './fixtures/adversarial-training-2026-12e.ts';
import { ADVERSARIAL_TRAINING_2026_12H } from './fixtures/adversarial-training-2026-12h.ts';
import { ADVERSARIAL_TRAINING_2026_12I } from './fixtures/adversarial-training-2026-12i.ts';
import { ADVERSARIAL_TRAINING_2026_12K } from './fixtures/adversarial-training-2026-12k.ts';
import { ADVERSARIAL_TRAINING_2026_12L } from './fixtures/adversarial-training-2026-12l.ts';
import { ADVERSARIAL_TRAINING_2026_12O } from './fixtures/adversarial-training-2026-12o.ts';
import { ADVERSARIAL_TRAINING_2026_12Q } from './fixtures/adversarial-training-2026-12q.ts';
import { ADVERSARIAL_TRAINING_2026_12S } from './fixtures/adversarial-training-2026-12s.ts';
import { ADVERSARIAL_TRAINING_2026_12U } from './fixtures/adversarial-training-2026-12u.ts';
import { ADVERSARIAL_TRAINING_2026_12W } from './fixtures/adversarial-training-2026-12w.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZB } from './fixtures/adversarial-training-2026-12zzb.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZF } from './fixtures/adversarial-training-2026-12zzf.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZG } from './fixtures/adversarial-training-2026-12zzg.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZH } from './fixtures/adversarial-training-2026-12zzh.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZJ } from './fixtures/adversarial-training-2026-12zzj.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZK } from './fixtures/adversarial-training-2026-12zzk.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZL } from './fixtures/adversarial-training-2026-12zzl.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZM } from './fixtures/adversarial-training-2026-12zzm.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZN } from './fixtures/adversarial-training-2026-12zzn.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZO } from './fixtures/adversarial-training-2026-12zzo.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZP } from './fixtures/adversarial-training-2026-12zzp.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZR } from './fixtures/adversarial-training-2026-12zzr.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZW } from './fixtures/adversarial-training-2026-12zzw.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZZA } from './fixtures/adversarial-training-2026-12zzza.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZZE } from './fixtures/adversarial-training-2026-12zzze.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZZG } from './fixtures/adversarial-training-2026-12zzzg.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZZK } from './fixtures/adversarial-training-2026-12zzzk.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZZN } from './fixtures/adversarial-training-2026-12zzzn.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZZQ } from './fixtures/adversarial-training-2026-12zzzq.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZQ } from './fixtures/adversarial-validation-2026-12zzq.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZS } from './fixtures/adversarial-validation-2026-12zzs.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZT } from './fixtures/adversarial-validation-2026-12zzt.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZU } from './fixtures/adversarial-validation-2026-12zzu.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZV } from './fixtures/adversarial-validation-2026-12zzv.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZX } from './fixtures/adversarial-validation-2026-12zzx.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZY } from './fixtures/adversarial-validation-2026-12zzy.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZ } from './fixtures/adversarial-validation-2026-12zzz.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZB } from './fixtures/adversarial-validation-2026-12zzzb.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZC } from './fixtures/adversarial-validation-2026-12zzzc.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZD } from './fixtures/adversarial-validation-2026-12zzzd.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZF } from './fixtures/adversarial-validation-2026-12zzzf.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZH } from './fixtures/adversarial-validation-2026-12zzzh.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZI } from './fixtures/adversarial-validation-2026-12zzzi.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZJ } from './fixtures/adversarial-validation-2026-12zzzj.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZL } from './fixtures/adversarial-validation-2026-12zzzl.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZM } from './fixtures/adversarial-validation-2026-12zzzm.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZO } from './fixtures/adversarial-validation-2026-12zzzo.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZP } from './fixtures/adversarial-validation-2026-12zzzp.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZR } from './fixtures/adversarial-validation-2026-12zzzr.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZS } from './fixtures/adversarial-validation-2026-12zzzs.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZT } from './fixtures/adversarial-validation-2026-12zzzt.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZU } from './fixtures/adversarial-validation-2026-12zzzu.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZV } from './fixtures/adversarial-validation-2026-12zzzv.ts';
import { HARM_TRAINING_SETS } from './fixtures/harm-training.ts';
import { HARM_VALIDATION_2026_12HP } from './fixtures/harm-validation-2026-12hp.ts';
import { HARM_VALIDATION_2026_12HT } from './fixtures/harm-validation-2026-12ht.ts';
import { NEGATION_TRAINING_SETS } from './fixtures/negation-training.ts';

// The adversarial development suite: replies built to fool a scorer that counts phrases. Every case is
// checked against its class's expectation (see evaluation.ts); the floors are the passes per class when
// they were set, so a regression fails here with the cases that broke. The suite is tuned on: figures on
// unseen replies come from the held-out sets. Negation went 189 → 188 at a seventeenth stop, when the sarcasm reading
// was learnt again with three more labelled suites: "Graham, when payroll fell over you had it running by lunch. No
// one else in the building could have done that." reads as mocking, its praise lost.

const library = readLibrarySync(new URL('../../scenarios/', import.meta.url).pathname);
const report = adversarialReport(ADVERSARIAL_CASES, ADVERSARIAL_REFERENCES, library);

const FLOORS: Record<string, number> = {
  'stock-phrases': 50,
  'glued-harm': 293,
  negation: 188,
  sarcasm: 204,
  condolence: 24,
  refusal: 71,
  invitation: 24,
  dismissal: 52,
  empty: 26,
  'wrong-language': 24,
  injection: 76,
  generic: 34,
};

describe('adversarial development suite', () => {
  it.each(Object.entries(FLOORS))('%s: at least %i cases read right', (name, floor) => {
    const failures = report.cases
      .filter((o) => o.case.class === name && !o.passed)
      .map((o) => `${o.overall}: ${o.why} — ${o.case.reply}`)
      .join('\n');
    expect(report.byClass[name]?.passed ?? 0, failures).toBeGreaterThanOrEqual(floor);
  });
});

describe.each([
  ['2026-12', ADVERSARIAL_TRAINING_2026_12, 168, 168],
  ['2026-12c', ADVERSARIAL_TRAINING_2026_12C, 220, 219],
  // 90/200 at its first scoring (2026-12-02 evening), tuned on since.
  ['2026-12e', ADVERSARIAL_TRAINING_2026_12E, 200, 199],
  // 84/160 at its first scoring (2026-12-03), tuned on since.
  // Floor raised from 155 when praise for working through a loss was read for irony (156/160).
  ['2026-12h', ADVERSARIAL_TRAINING_2026_12H, 160, 160],
  // 105/140 at its first scoring (2026-12-03), tuned on since.
  // Floor raised from 136 when naming the one chosen was read as the no in more wordings (139/140).
  ['2026-12i', ADVERSARIAL_TRAINING_2026_12I, 140, 140],
  // 111/200 at its first scoring (2026-12-03: negation 41/60, sarcasm 25/60), tuned on since.
  ['2026-12k', ADVERSARIAL_TRAINING_2026_12K, 200, 198],
  // 163/240 at its first scoring (2026-12-03, second stop: negation 55/80, sarcasm 51/80), tuned on since.
  ['2026-12l', ADVERSARIAL_TRAINING_2026_12L, 240, 240],
  // 121/200 at its first scoring (2026-12-03, third stop: negation 75/120, sarcasm 46/80), tuned on since.
  // Floor raised from 187 when a closing quote stayed with its sentence (188/200); 199 since blame was learnt again
  // at a twenty-fourth stop: "…instead of just ringing round other suppliers" reads as blame, and the feeling granted
  // beside it is lost.
  ['2026-12o', ADVERSARIAL_TRAINING_2026_12O, 200, 199],
  // 139/200 at its first scoring (2026-12-03, fourth stop: refusal 20/24, injection 14/24, generic 6/24), tuned on since;
  // floor raised from 185 when generic replies reached 24/24; from 193 when regret over the other's habit was
  // read as contempt (199/200); 198 since praise is read at a lower bar in a reply plainly meant (act-reading.ts): "I
  // wouldn't call it a strong piece, to be honest…" now reads as praise.
  ['2026-12q', ADVERSARIAL_TRAINING_2026_12Q, 200, 198],
  // 146/200 at its first scoring (2026-12-03, fifth stop: glued harm 15/28, generic 16/28, dismissal 16/24, sarcasm 17/28), before tuning on it.
  // Floor raised from 140 when glued harm reached 26/28, dismissal 23/24 and generic 25/28 (174/200).
  // Raised again from 180 with refusal 12/12 and shouted sympathy to a loss read as sympathy (184/200).
  // Raised again from 184 when a Dutch "niet" late in the middle field was read as the no (185/200).
  ['2026-12s', ADVERSARIAL_TRAINING_2026_12S, 200, 195],
  // 158/200 at its first scoring (2026-12-03, sixth stop: glued harm 16/30, sarcasm 21/32, negation 36/40,
  // refusal 7/10), before tuning on it. Floor raised from 158 when a failure the reply states was read in any
  // inflection ("een tikfout", "cijfers die niet kloppen", "don't add up") beside praise (174/200); from 174
  // when regret over the other's habit and the other called invisible were read as contempt (176/200); from 176
  // when a record of badness ("het slordigste rapport dat ik in tijden heb gezien") was (177/200).
  // With the Dutch reading of the same stop ("ik kan er niet achter staan" as the no, "dat leg je zelf maar aan
  // Ingrid uit" as blame) merged in: 179/200.
  ['2026-12u', ADVERSARIAL_TRAINING_2026_12U, 200, 196],
  // 150/200 at its first scoring (2026-12-04: glued harm 16/40, negation 41/48, sarcasm 31/40, generic 11/16),
  // before tuning on it. Floor raised from 150 when a sanction on a condition of the other's conduct or on an
  // "or" was read as a threat (154/200); from 154 when the other measured against a better someone was read as
  // blame (155/200); from 155 when the other called replaceable, not worth explaining to or unnoticed was read as
  // contempt (159/200); from 159 when only a bare 'really original' was read as mockery (160/200); from 160 when
  // the leave refused or grief sent home after sympathy for a loss was read as dismissal (162/200); from 162 when
  // regret over what it took, after thanks for the deed, was read as mockery (163/200).
  // With the Dutch reading of the same stop (praise with "vinden" second, a sanction after "als … nog een keer",
  // a yes with the subject left out) merged in: 170/200.
  ['2026-12w', ADVERSARIAL_TRAINING_2026_12W, 200, 193],
  // 117/132 at its first scoring (2026-12-06, a twelfth stop: stock-phrases 41/44, empty 43/44, generic 33/44);
  // 120 once coach-speak was read as formulas and fragments of a word or two as a word list.
  ['2026-12zzb', ADVERSARIAL_TRAINING_2026_12ZZB, 132, 120],
  // 163/200 at its first scoring (2026-12-06, a thirteenth stop: negation 30/48, sarcasm 26/36), tuned on since.
  ['2026-12zzf', ADVERSARIAL_TRAINING_2026_12ZZF, 200, 187],
  // 127/168 at its first scoring (2026-12-06, a thirteenth stop: negation 68/96, sarcasm 59/72), tuned on since.
  // Floor lowered from 155 when the harm readings' thresholds were lowered at a fifteenth stop: "It's not really my
  // place to say before HR does... but between us, I wouldn't get your hopes up." reads as a defence, not a hedge.
  ['2026-12zzg', ADVERSARIAL_TRAINING_2026_12ZZG, 168, 158],
  // 166/198 at its first scoring (2026-12-06, a fourteenth stop: negation 64/88, sarcasm 62/66, glued harm 40/44),
  // tuned on since.
  ['2026-12zzh', ADVERSARIAL_TRAINING_2026_12ZZH, 198, 190],
  // 164/198 at its first scoring (2026-12-06, a fourteenth stop, after the rules from 2026-12zzh: negation 72/88,
  // sarcasm 55/66, glued harm 37/44).
  ['2026-12zzj', ADVERSARIAL_TRAINING_2026_12ZZJ, 198, 192],
  // 156/198 at its first scoring (2026-12-06, a fourteenth stop: negation 63/88, sarcasm 54/66, glued harm 39/44),
  // tuned on since. 182 since blame was learnt again at a twenty-fourth stop ("I'm not blaming anyone for what the pen
  // test turned up" and "You didn't go to Martin out of nowhere…" read as blame).
  ['2026-12zzk', ADVERSARIAL_TRAINING_2026_12ZZK, 198, 182],
  // Validation suites until a seventeenth stop (2026-12-06), made training sets then: their totals had guided two
  // stops' changes (2026-12zzl 162 → 170, zzm 123 → 133, zzn 115 → 118 of 198), so they were no longer unseen. The
  // harm, act and sarcasm readings learn from them since: 187, 170 and 164 once four harm readings, the sarcasm
  // reading and the act readings were learnt again with them; 174 for 2026-12zzm after the eighteenth stop's rules.
  ['2026-12zzl', ADVERSARIAL_TRAINING_2026_12ZZL, 198, 190],
  ['2026-12zzm', ADVERSARIAL_TRAINING_2026_12ZZM, 198, 175],
  ['2026-12zzn', ADVERSARIAL_TRAINING_2026_12ZZN, 198, 172],
  // Validation suites until an eighteenth stop (2026-12-06), made training sets then: their totals had guided two
  // stops' changes (2026-12zzo 128 → 137, zzp 116 → 124 of 198), so they were no longer unseen. 138 and 132 once
  // the rules for a no refused, a "nobody" that praises, an answer left open and a load taken over were written and
  // a defence was learnt again with them.
  ['2026-12zzo', ADVERSARIAL_TRAINING_2026_12ZZO, 198, 147],
  ['2026-12zzp', ADVERSARIAL_TRAINING_2026_12ZZP, 198, 142],
  // A validation suite until a twentieth stop (2026-12-07), read then and made a training set: 145 at its first
  // scoring, 146 by the end of the nineteenth stop.
  ['2026-12zzr', ADVERSARIAL_TRAINING_2026_12ZZR, 198, 165],
  // The probes of a twenty-second stop (2026-12-07), four rounds, each read and tuned on once written.
  ['2026-12zzw', ADVERSARIAL_TRAINING_2026_12ZZW, 440, 415],
  // The probes of a twenty-third stop (2026-12-07), nine rounds, each read and tuned on once written: 1,017 at first reading.
  ['2026-12zzza', ADVERSARIAL_TRAINING_2026_12ZZZA, 1230, 1182],
  // The probes of a twenty-fourth stop (2026-12-07), eleven rounds, each read and tuned on once written: 1,301 by the
  // main of that stop's start.
  ['2026-12zzze', ADVERSARIAL_TRAINING_2026_12ZZZE, 1540, 1444],
  // The probes of a twenty-fifth stop (2026-12-07), eleven rounds, each read and tuned on once written: 1,283 by the main
  // of that stop's start.
  ['2026-12zzzg', ADVERSARIAL_TRAINING_2026_12ZZZG, 1540, 1430],
  // The probes of a twenty-sixth stop (2026-12-07), two rounds, written as material for the learned readings: 252 by the
  // main they arrived at, 256 once that stop's harm forms were written (harm-forms.ts).
  ['2026-12zzzk', ADVERSARIAL_TRAINING_2026_12ZZZK, 280, 256],
  // The probes of a twenty-seventh stop (2026-12-07) for the four acts then learnt: 121 by the main they arrived at, 129
  // by the act readings learnt without them, 155 once learnt from (read only in replies of more than one part).
  ['2026-12zzzn', ADVERSARIAL_TRAINING_2026_12ZZZN, 200, 155],
  // The probes of a thirtieth stop (2026-12-08): sincere praise and sympathy said in ways that look ironic, and their
  // mocking twins, for the readings of praise and of a feeling named: 151 by the main they arrived at, 166 once a feeling
  // named was learnt again with them (praise learnt again with them read the older validation suites one case worse).
  ['2026-12zzzq', ADVERSARIAL_TRAINING_2026_12ZZZQ, 200, 166],
] as const)('adversarial training suite %s', (_name, suite, total, floor) => {
  it(`reads at least ${floor} of its ${total} cases right`, () => {
    const training = adversarialReport(suite, ADVERSARIAL_REFERENCES, library);
    const failures = training.cases
      .filter((o) => !o.passed)
      .map((o) => `${o.overall}: ${o.why} — ${o.case.reply}`)
      .join('\n');
    expect(training.cases).toHaveLength(total);
    expect(training.passed, failures).toBeGreaterThanOrEqual(floor);
  });
});

// The negation and harm training sets (tuned or learnt on): cases read right now, against the first scoring
// in the set's list. 2026-12hd and hk gave up four cases in all when a defence, a dismissal, giving in and a threat were
// learnt again with 2026-12zza: the harm validation sets read 110 and 84 of 132 with them, 108 and 81 before.
// 2026-12zf gave up one when the act readings read an act in one sentence of a longer reply (a fifteenth stop):
// "Dat jullie in de coronatijd op zaterdag doorreden is leuk, maar daar koop ik nu niks voor" reads as praise.
// 2026-12za gave up one when the act readings were learnt again in that stop: "Who told you? Honestly, I'm not sure
// it's final. Maybe they'll reconsider; it's not really up to me." reads as a no. 2026-12zw gave up one when the harm
// readings' thresholds for blame, giving in and contempt came down at a sixteenth stop: "Het is niet zo dat ik daar
// zelf geen idee over heb, maar ik ben benieuwder naar het jouwe" reads as blame and a defence. At a seventeenth
// stop, when blame, a defence, dismissal, contempt and the sarcasm reading were learnt again with three more labelled
// suites (the training sets gained 153 cases and 29 ranking pairs in all), these gave up one or two each:
// 2026-12zg three and gained one ("Who wouldn't be gutted after nine years as the best specialist we've got?" and
// "You know these systems better than anyone here, Graham. Shame, isn't it, if…" lose their praise, "That's a board
// promise and a booked campaign on your back, isn't it?" its acknowledgement), 2026-12zh and 2026-12zu a dismissal
// read in a reassurance ("Geen probleem dat je niet weet wat je moet zeggen…", "The go-live is the last thing you
// should be worrying about."), 2026-12zu "I refuse to carry your promise to Helen for you" read as support, 2026-12zz
// "I get you're stressed, but that's a mess you made yourself…" as an acknowledgement, 2026-12hq a dismissal and a
// contempt left unread in long replies. When the act readings were learnt again with those suites (the suites +28,
// the negation sets −2, the ranking −1 pair), 2026-12zk lost the acknowledgement in "Ik hoor hoe kwaad je bent, en
// terecht. Maar sorry zeggen voor een machine die stukgaat, dat ga ik niet doen…" and 2026-12zw the no in "Die raad
// van commissarissen is jouw probleem, niet het mijne… Met twee kritieke lekken in de betaalmodule gaat er niks live."
// With the sarcasm reading learnt again, 2026-12ha left unread the contempt of "I did, thank you! You've clearly put
// so much into it… I'll go through the tables and conclusions myself tonight, so you don't need to worry about it".
// At an eighteenth stop, when a defence was learnt again with 2026-12zzo and zzp made training sets, 2026-12zd lost the
// blame in "Look, I didn't call you sloppy to hurt you. If you'd double-checked the mapping, we'd never have been in
// that spot." (read as a defence instead), and 2026-12hi the defence in "Josh, I'm really sorry about Monday. For
// context, Catherine had asked me twice that morning…", while harm as a whole gained one. At a twenty-fourth stop,
// when blame and a defence were learnt again with the probe suites 2026-12zzw and zzza, 2026-12zf and zt gave up one
// each: the praise of "Thanks for fixing them so quickly. About Monday: don't expect an apology…" and the dismissal
// of "Ach, het heeft me niks gedaan, hoor. Ik lig er echt niet wakker van…" are left unread. At a twenty-fifth stop, when
// a threat, a defence and giving in were learnt again with the probe suites 2026-12zzze and zzzg and the look-alikes of
// 2026-12ia, 2026-12ze, zg and zy gave up one each: "balen is het zeker, dat ga ik niet wegpraten…" reads as a dismissal,
// "…Dus sorry, maar daar trap ik niet in." as an excuse, and the ownership in "…ga ik je niet aanrekenen, want ik liet je
// weinig keus" is left unread; with contempt learnt again, 2026-12zk and hb lose the dismissal in "…dat interesseert me
// niet: 'gewoon lanceren' met twee kritieke lekken is amateurisme" and the contempt in "…Alleen is dit niet het moment om
// te scoren." 2026-12ia (kind replies in a harm's words, written as other wordings of the unit tables'
// look-alikes when those were read as harms) reads 62 of its 72.
const TRAINING_SET_FLOORS: Record<string, number> = {
  '2026-12za': 127,
  '2026-12zb': 125,
  '2026-12zc': 129,
  '2026-12zd': 123,
  '2026-12ze': 127,
  '2026-12zf': 117,
  '2026-12zg': 118,
  '2026-12zh': 123,
  '2026-12zi': 127,
  '2026-12zj': 120,
  '2026-12zk': 121,
  '2026-12zl': 123,
  '2026-12ha': 130,
  '2026-12hb': 129,
  '2026-12hc': 132,
  '2026-12hd': 132,
  '2026-12he': 132,
  '2026-12hf': 129,
  '2026-12hg': 132,
  '2026-12hh': 132,
  '2026-12hi': 128,
  '2026-12zt': 120,
  '2026-12hj': 131,
  '2026-12zu': 126,
  '2026-12hk': 128,
  '2026-12hl': 130,
  '2026-12zw': 125,
  '2026-12hm': 131,
  '2026-12hn': 121,
  '2026-12ho': 129,
  '2026-12hq': 128,
  '2026-12hr': 130,
  '2026-12zx': 122,
  '2026-12zy': 119,
  '2026-12hs': 130,
  '2026-12zz': 117,
  '2026-12zza': 127,
  '2026-12hu': 127,
  '2026-12zzb': 123,
  '2026-12hv': 127,
  '2026-12zzc': 126,
  '2026-12zzd': 127,
  '2026-12hw': 126,
  '2026-12zze': 115,
  '2026-12hx': 128,
  '2026-12zzi': 122,
  '2026-12hy': 132,
  '2026-12hz': 132,
  '2026-12ia': 62,
  // Written at a twenty-sixth stop as material for blame and a dismissal learnt again, which was not kept (see
  // rubric-learn-harm.ts): what the main they arrived at reads.
  '2026-12ib': 51,
  '2026-12ic': 64,
  '2026-12id': 21,
};

describe.each([...NEGATION_TRAINING_SETS, ...HARM_TRAINING_SETS])(
  'training set $name',
  ({ name, cases, firstScoring }) => {
    const floor = TRAINING_SET_FLOORS[name] ?? cases.length;
    it(`reads at least ${floor} of its ${cases.length} cases right (${firstScoring} at its first scoring)`, () => {
      const training = adversarialReport(cases, ADVERSARIAL_REFERENCES, library);
      const failures = training.cases
        .filter((o) => !o.passed)
        .map((o) => `${o.overall}: ${o.why} — ${o.case.reply}`)
        .join('\n');
      expect(training.passed, failures).toBeGreaterThanOrEqual(floor);
    });
  },
);

// The held-out adversarial suites are never read case by case (that would make them training sets):
// only their totals are held, at the figures reached when the floors were set.
describe.each([
  ['2026-12', ADVERSARIAL_HELD_OUT, 176, 136],
  ['2026-12b', ADVERSARIAL_HELD_OUT_2026_12B, 230, 185],
] as const)('adversarial held-out suite %s', (_name, suite, total, floor) => {
  it(`reads at least ${floor} of its ${total} cases right`, () => {
    const held = adversarialReport(suite, ADVERSARIAL_REFERENCES, library);
    expect(held.total).toBe(total);
    expect(held.passed).toBeGreaterThanOrEqual(floor);
  });
});

// The harm validation sets are never read case by case either: 2026-12hp, written once the earlier one (2026-12hm)
// had been read and tuned on, and 2026-12ht, written at the start of a later stop and made a validation set before
// any of its cases was read. They measure the harm readings on harms nobody tuned on; their totals are held.
describe.each([
  [
    '2026-12hp',
    HARM_VALIDATION_2026_12HP,
    '654407bc5170fd5da625802dc107f7a5973f3fec742c6a921b05e21337984f96',
    81,
    73,
  ],
  [
    '2026-12ht',
    HARM_VALIDATION_2026_12HT,
    '2277f87dd445ef62b3d02b142d56faddb979e5cdbe9bd6f18ba0825a3a41746f',
    81,
    81,
  ],
] as const)('harm validation set %s', (_name, set, pinned, floor, first) => {
  it('is unchanged since it was written', () => {
    const hash = createHash('sha256').update(JSON.stringify(set)).digest('hex');
    expect(hash).toBe(pinned);
  });

  it(`reads at least ${floor} of its 132 harms right (${first} by the engine it was written against)`, () => {
    const report = adversarialReport(set, ADVERSARIAL_REFERENCES, library);
    expect(report.total).toBe(132);
    expect(report.passed).toBeGreaterThanOrEqual(floor);
  });
});

// Validation suites of negation, sarcasm and glued harm (198 cases each): never read or tuned on, so each is frozen
// by its hash and read as a total. 2026-12zzq, in the format of 2026-12zzo (110 glued-harm cases), at the start of
// a seventeenth stop: 155 by the main of that start. 2026-12zzs, weighted to negation and sarcasm in the format of
// 2026-12zzr (a validation suite until then), at the start of a twentieth stop: 149 by the main of that start. 2026-12zzt,
// in the same format, in the middle of that stop: 157 by the main of its start, 156 by the main it arrived at.
// 2026-12zzu, over every class in the format of the held-out set 2026-12ad (200 cases), at a twenty-first stop: 186
// by the main of that stop's start and by the main it arrived at. 2026-12zzv, negation, sarcasm and glued harm
// (160 cases), at the start of a twenty-second stop: 137 by the main of that start, 138 by the main it arrived at.
// 2026-12zzx, in its format, after
// that stop's third round of rules: 132 by the main of that stop's start, 133 by the tree it was frozen on.
// 2026-12zzy, in the same format, at the start of a twenty-third stop: 133 by the main of that start, 135 by the main it
// arrived at. 2026-12zzz, in the same format, after that stop's fourth round of rules: 137 by the main of that stop's start,
// 140 by the main it arrived at. 2026-12zzzb, in the same format, at the start of a twenty-fourth stop: 146 by the main of
// that start. 2026-12zzzc, in the same format, after that stop's first round of rules and the harm readings learnt again:
// 149 by the main of that stop's start and by the tree it was frozen on. 2026-12zzzd, in the same format, after that
// stop's sixth round: 143 by the main of that stop's start, 144 by the tree it was frozen on. 2026-12zzzf, in the same
// format, at the start of a twenty-fifth stop: 141 by the main of that start. 2026-12zzzh, in the same format, after
// that stop's first round of rules: 135 by the main of that stop's start, 137 by the tree it was frozen on. 2026-12zzzi,
// in the same format, after that stop's fourth round of rules: 136 by the main of that stop's start and by the tree it was
// frozen on. 2026-12zzzj, in the same format, at the start of a twenty-sixth stop: 151 by the main of that start.
// 2026-12zzzl, in the same format, after that stop's changes: 147 by the main of that stop's start, 146 by the main it
// was frozen on. 2026-12zzzm, in the same format, at the start of a twenty-seventh stop: 142 by the main of that start.
// 2026-12zzzo, in the same format, after that stop's four act readings: 147 by the main of that stop's start and by the
// main it was frozen on. 2026-12zzzp, in the same format, at the start of a twenty-eighth stop: 142 by the main of that
// start. 2026-12zzzr, in the same format, after that stop's first change: 140 by the main of that stop's start and by
// the main of that change. 2026-12zzzs, in the same format, at the start of a twenty-ninth stop: 149 by the main of
// that start. 2026-12zzzt, in the same format, after that stop's first change: 146 by the main of that stop's start,
// 148 by the main of that change. 2026-12zzzu and zzzv, in the same format, at the start of a thirtieth stop: 153 and
// 148 by the main of that start.
// Each floor is what the main of the last stop's end reads (set anew at a thirtieth stop).
describe.each([
  [
    '2026-12zzq',
    ADVERSARIAL_VALIDATION_2026_12ZZQ,
    'e17c158bd3e4e554da2e904d5b4c2dbc30de54667914517189e872cb04a88580',
    170,
    198,
  ],
  [
    '2026-12zzs',
    ADVERSARIAL_VALIDATION_2026_12ZZS,
    'bac851fbcb90091e64abb6b70d4099aa766304393631f72254a41456f05764eb',
    165,
    198,
  ],
  [
    '2026-12zzt',
    ADVERSARIAL_VALIDATION_2026_12ZZT,
    '7b7c141e365996907daceb5c25b9fdaf2429cdc818a40333f68cbae3c955de4f',
    171,
    198,
  ],
  [
    '2026-12zzu',
    ADVERSARIAL_VALIDATION_2026_12ZZU,
    '133382edfa5a0fd424a49066233d04662cbbcabd45ae66c296976546ea4a66c4',
    187,
    200,
  ],
  [
    '2026-12zzv',
    ADVERSARIAL_VALIDATION_2026_12ZZV,
    'b5b3c04d229687f58a52a177087414494f83c511072cfe466a2d3e69d3557663',
    145,
    160,
  ],
  [
    '2026-12zzx',
    ADVERSARIAL_VALIDATION_2026_12ZZX,
    'd6be9dfec64af3d5c3dbe75a87d1c39e33963ea1ce91afdb56e079a82c74775e',
    146,
    160,
  ],
  [
    '2026-12zzy',
    ADVERSARIAL_VALIDATION_2026_12ZZY,
    'c4a2bb3377685b09d094c5f1e58f56a536323e26cdcaa38a671b901ef3b9bd5f',
    143,
    160,
  ],
  [
    '2026-12zzz',
    ADVERSARIAL_VALIDATION_2026_12ZZZ,
    '37eb3e18c482417d1c406f830e5515728ccf043c3cc38772881e268bbe669cd9',
    145,
    160,
  ],
  [
    '2026-12zzzb',
    ADVERSARIAL_VALIDATION_2026_12ZZZB,
    '8a8f9971b652be342aff9d24c7b9bd36abf75099c6ceacd22616f04304e1e152',
    151,
    160,
  ],
  [
    '2026-12zzzc',
    ADVERSARIAL_VALIDATION_2026_12ZZZC,
    'a31cc236fce8dd3d9ec69307154cff56f9a37479fabd56ae41065ce7c97b1ea6',
    154,
    160,
  ],
  [
    '2026-12zzzd',
    ADVERSARIAL_VALIDATION_2026_12ZZZD,
    '05be66da121a6f56f30e30584f395dc9f4986477a69706b2e9522286fb406e95',
    149,
    160,
  ],
  [
    '2026-12zzzf',
    ADVERSARIAL_VALIDATION_2026_12ZZZF,
    '30fc943cf7eca54da038fc24244519234dd8dafe4ac17df522a2b5e363d00649',
    149,
    160,
  ],
  [
    '2026-12zzzh',
    ADVERSARIAL_VALIDATION_2026_12ZZZH,
    'b0cd8d9f4ff41ec20ce17fa4098ee4721391ec0927a75f3f8d6e3f720a0a611f',
    144,
    160,
  ],
  [
    '2026-12zzzi',
    ADVERSARIAL_VALIDATION_2026_12ZZZI,
    '0368819789e4bb8d3cd48d87f29f001a232480ce821eb9ec73570616d950ef44',
    144,
    160,
  ],
  [
    '2026-12zzzj',
    ADVERSARIAL_VALIDATION_2026_12ZZZJ,
    '2e18d3adb0af7e1f11e88df86fa81bdc6f4d707210c3c9b2d5ec52d7e967d4d9',
    153,
    160,
  ],
  [
    '2026-12zzzl',
    ADVERSARIAL_VALIDATION_2026_12ZZZL,
    'f379b8bfa8d7abb5873adb5c428c20a9a9e39cc2c4dd57d7c2532667f2f59e98',
    151,
    160,
  ],
  [
    '2026-12zzzm',
    ADVERSARIAL_VALIDATION_2026_12ZZZM,
    'ad463edf9ddc0c9ad89a79e4b2a07ec6061f31fd4771ce87ef9103e77a5be07e',
    144,
    160,
  ],
  [
    '2026-12zzzo',
    ADVERSARIAL_VALIDATION_2026_12ZZZO,
    '5333548ff5c6dd4691f6f16607573e5a3a560f3d9e3f599bc54a7924f6f36650',
    148,
    160,
  ],
  [
    '2026-12zzzp',
    ADVERSARIAL_VALIDATION_2026_12ZZZP,
    'da8133fb73b010c7df674889c562bd310beb109ce73303633328b910a73feb39',
    144,
    160,
  ],
  [
    '2026-12zzzr',
    ADVERSARIAL_VALIDATION_2026_12ZZZR,
    '29948bcb6002a7603bb49995a8ad442f985cfa722176d91bd8bd7f96c284e407',
    142,
    160,
  ],
  [
    '2026-12zzzs',
    ADVERSARIAL_VALIDATION_2026_12ZZZS,
    'f0564909fdd0ddd5dec787f5cc37228b3daeb957d9e72a24f0c3c84a6aa81df5',
    149,
    160,
  ],
  [
    '2026-12zzzt',
    ADVERSARIAL_VALIDATION_2026_12ZZZT,
    '0790233ce997614dd397b6b036e511a77740e1dae0401d74e597a8b146ee88a1',
    149,
    160,
  ],
  [
    '2026-12zzzu',
    ADVERSARIAL_VALIDATION_2026_12ZZZU,
    'd3ad18837b4e268d93b1c8c0d98e62ecaf41b601ca8a2bf1d137c9944bf6b560',
    153,
    160,
  ],
  [
    '2026-12zzzv',
    ADVERSARIAL_VALIDATION_2026_12ZZZV,
    '6685c992d86db96f395dd6081f02b062c52e058b990a69d8fe8f2d1f4ed38a97',
    149,
    160,
  ],
] as const)('adversarial validation suite %s', (_name, suite, sha256, floor, size) => {
  it('is unchanged since it was frozen', () => {
    const hash = createHash('sha256').update(JSON.stringify(suite)).digest('hex');
    expect(hash).toBe(sha256);
  });

  it(`reads at least ${floor} of its ${size} cases right (totals only)`, () => {
    const report = adversarialReport(suite, ADVERSARIAL_REFERENCES, library);
    expect(report.total).toBe(size);
    expect(report.passed).toBeGreaterThanOrEqual(floor);
  });
});
