// npm run rubric:calibrate [-- --verbose]: measures the heuristic rubric on each set on its own: the
// library's golden examples, the training sets, the frozen held-out set and the adversarial suites.
import { parseArgs } from 'node:util';
import { type CalibrationReport, RATING_THRESHOLDS } from '../rubric/calibrate.ts';
import {
  type AdversarialReport,
  adversarialReport,
  heldOutReport,
  libraryReport,
  type SarcasmReport,
  sarcasmReport,
} from '../rubric/evaluation.ts';
import { ADVERSARIAL_CASES, ADVERSARIAL_REFERENCES } from '../rubric/fixtures/adversarial.ts';
import { ADVERSARIAL_HELD_OUT } from '../rubric/fixtures/adversarial-held-out.ts';
import { ADVERSARIAL_HELD_OUT_2026_12AA } from '../rubric/fixtures/adversarial-held-out-2026-12aa.ts';
import { ADVERSARIAL_HELD_OUT_2026_12AB } from '../rubric/fixtures/adversarial-held-out-2026-12ab.ts';
import { ADVERSARIAL_HELD_OUT_2026_12AC } from '../rubric/fixtures/adversarial-held-out-2026-12ac.ts';
import { ADVERSARIAL_HELD_OUT_2026_12AD } from '../rubric/fixtures/adversarial-held-out-2026-12ad.ts';
import { ADVERSARIAL_HELD_OUT_2026_12B } from '../rubric/fixtures/adversarial-held-out-2026-12b.ts';
import { ADVERSARIAL_HELD_OUT_2026_12D } from '../rubric/fixtures/adversarial-held-out-2026-12d.ts';
import { ADVERSARIAL_HELD_OUT_2026_12G } from '../rubric/fixtures/adversarial-held-out-2026-12g.ts';
import { ADVERSARIAL_HELD_OUT_2026_12M } from '../rubric/fixtures/adversarial-held-out-2026-12m.ts';
import { ADVERSARIAL_HELD_OUT_2026_12N } from '../rubric/fixtures/adversarial-held-out-2026-12n.ts';
import { ADVERSARIAL_HELD_OUT_2026_12P } from '../rubric/fixtures/adversarial-held-out-2026-12p.ts';
import { ADVERSARIAL_HELD_OUT_2026_12R } from '../rubric/fixtures/adversarial-held-out-2026-12r.ts';
import { ADVERSARIAL_HELD_OUT_2026_12T } from '../rubric/fixtures/adversarial-held-out-2026-12t.ts';
import { ADVERSARIAL_HELD_OUT_2026_12V } from '../rubric/fixtures/adversarial-held-out-2026-12v.ts';
import { ADVERSARIAL_HELD_OUT_2026_12Y } from '../rubric/fixtures/adversarial-held-out-2026-12y.ts';
import { ADVERSARIAL_HELD_OUT_2026_12Z } from '../rubric/fixtures/adversarial-held-out-2026-12z.ts';
import { ADVERSARIAL_TRAINING_2026_12 } from '../rubric/fixtures/adversarial-training-2026-12.ts';
import { ADVERSARIAL_TRAINING_2026_12C } from '../rubric/fixtures/adversarial-training-2026-12c.ts';
import { ADVERSARIAL_TRAINING_2026_12E } from '../rubric/fixtures/adversarial-training-2026-12e.ts';
import { ADVERSARIAL_TRAINING_2026_12H } from '../rubric/fixtures/adversarial-training-2026-12h.ts';
import { ADVERSARIAL_TRAINING_2026_12I } from '../rubric/fixtures/adversarial-training-2026-12i.ts';
import { ADVERSARIAL_TRAINING_2026_12K } from '../rubric/fixtures/adversarial-training-2026-12k.ts';
import { ADVERSARIAL_TRAINING_2026_12L } from '../rubric/fixtures/adversarial-training-2026-12l.ts';
import { ADVERSARIAL_TRAINING_2026_12O } from '../rubric/fixtures/adversarial-training-2026-12o.ts';
import { ADVERSARIAL_TRAINING_2026_12Q } from '../rubric/fixtures/adversarial-training-2026-12q.ts';
import { ADVERSARIAL_TRAINING_2026_12S } from '../rubric/fixtures/adversarial-training-2026-12s.ts';
import { ADVERSARIAL_TRAINING_2026_12U } from '../rubric/fixtures/adversarial-training-2026-12u.ts';
import { ADVERSARIAL_TRAINING_2026_12W } from '../rubric/fixtures/adversarial-training-2026-12w.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZB } from '../rubric/fixtures/adversarial-training-2026-12zzb.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZF } from '../rubric/fixtures/adversarial-training-2026-12zzf.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZG } from '../rubric/fixtures/adversarial-training-2026-12zzg.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZH } from '../rubric/fixtures/adversarial-training-2026-12zzh.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZJ } from '../rubric/fixtures/adversarial-training-2026-12zzj.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZK } from '../rubric/fixtures/adversarial-training-2026-12zzk.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZL } from '../rubric/fixtures/adversarial-training-2026-12zzl.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZM } from '../rubric/fixtures/adversarial-training-2026-12zzm.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZN } from '../rubric/fixtures/adversarial-training-2026-12zzn.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZO } from '../rubric/fixtures/adversarial-training-2026-12zzo.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZP } from '../rubric/fixtures/adversarial-training-2026-12zzp.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZR } from '../rubric/fixtures/adversarial-training-2026-12zzr.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZW } from '../rubric/fixtures/adversarial-training-2026-12zzw.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZZA } from '../rubric/fixtures/adversarial-training-2026-12zzza.ts';
import { ADVERSARIAL_TRAINING_2026_12ZZZE } from '../rubric/fixtures/adversarial-training-2026-12zzze.ts';
import { ADVERSARIAL_VALIDATION_2026_12X } from '../rubric/fixtures/adversarial-validation-2026-12x.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZQ } from '../rubric/fixtures/adversarial-validation-2026-12zzq.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZS } from '../rubric/fixtures/adversarial-validation-2026-12zzs.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZT } from '../rubric/fixtures/adversarial-validation-2026-12zzt.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZU } from '../rubric/fixtures/adversarial-validation-2026-12zzu.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZV } from '../rubric/fixtures/adversarial-validation-2026-12zzv.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZX } from '../rubric/fixtures/adversarial-validation-2026-12zzx.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZY } from '../rubric/fixtures/adversarial-validation-2026-12zzy.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZ } from '../rubric/fixtures/adversarial-validation-2026-12zzz.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZB } from '../rubric/fixtures/adversarial-validation-2026-12zzzb.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZC } from '../rubric/fixtures/adversarial-validation-2026-12zzzc.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZD } from '../rubric/fixtures/adversarial-validation-2026-12zzzd.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZF } from '../rubric/fixtures/adversarial-validation-2026-12zzzf.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZH } from '../rubric/fixtures/adversarial-validation-2026-12zzzh.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZI } from '../rubric/fixtures/adversarial-validation-2026-12zzzi.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZJ } from '../rubric/fixtures/adversarial-validation-2026-12zzzj.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZL } from '../rubric/fixtures/adversarial-validation-2026-12zzzl.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZM } from '../rubric/fixtures/adversarial-validation-2026-12zzzm.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZO } from '../rubric/fixtures/adversarial-validation-2026-12zzzo.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZP } from '../rubric/fixtures/adversarial-validation-2026-12zzzp.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZR } from '../rubric/fixtures/adversarial-validation-2026-12zzzr.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZS } from '../rubric/fixtures/adversarial-validation-2026-12zzzs.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZT } from '../rubric/fixtures/adversarial-validation-2026-12zzzt.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZU } from '../rubric/fixtures/adversarial-validation-2026-12zzzu.ts';
import { ADVERSARIAL_VALIDATION_2026_12ZZZV } from '../rubric/fixtures/adversarial-validation-2026-12zzzv.ts';
import { HARM_TRAINING_SETS } from '../rubric/fixtures/harm-training.ts';
import { HARM_VALIDATION_2026_12HP } from '../rubric/fixtures/harm-validation-2026-12hp.ts';
import { HARM_VALIDATION_2026_12HT } from '../rubric/fixtures/harm-validation-2026-12ht.ts';
import type { HeldOutGroup } from '../rubric/fixtures/held-out.ts';
import { HELD_OUT } from '../rubric/fixtures/held-out.ts';
import { HELD_OUT_2026_12 } from '../rubric/fixtures/held-out-2026-12.ts';
import { HELD_OUT_2026_12AA } from '../rubric/fixtures/held-out-2026-12aa.ts';
import { HELD_OUT_2026_12AB } from '../rubric/fixtures/held-out-2026-12ab.ts';
import { HELD_OUT_2026_12AC } from '../rubric/fixtures/held-out-2026-12ac.ts';
import { HELD_OUT_2026_12AD } from '../rubric/fixtures/held-out-2026-12ad.ts';
import { HELD_OUT_2026_12B } from '../rubric/fixtures/held-out-2026-12b.ts';
import { HELD_OUT_2026_12D } from '../rubric/fixtures/held-out-2026-12d.ts';
import { HELD_OUT_2026_12G } from '../rubric/fixtures/held-out-2026-12g.ts';
import { HELD_OUT_2026_12M } from '../rubric/fixtures/held-out-2026-12m.ts';
import { HELD_OUT_2026_12N } from '../rubric/fixtures/held-out-2026-12n.ts';
import { HELD_OUT_2026_12P } from '../rubric/fixtures/held-out-2026-12p.ts';
import { HELD_OUT_2026_12R } from '../rubric/fixtures/held-out-2026-12r.ts';
import { HELD_OUT_2026_12T } from '../rubric/fixtures/held-out-2026-12t.ts';
import { HELD_OUT_2026_12V } from '../rubric/fixtures/held-out-2026-12v.ts';
import { HELD_OUT_2026_12Y } from '../rubric/fixtures/held-out-2026-12y.ts';
import { HELD_OUT_2026_12Z } from '../rubric/fixtures/held-out-2026-12z.ts';
import { NEGATION_TRAINING_SETS } from '../rubric/fixtures/negation-training.ts';
import { SARCASM_VALIDATION_2026_12ZM } from '../rubric/fixtures/sarcasm-validation-2026-12zm.ts';
import { TRAINING_2026_12 } from '../rubric/fixtures/training-2026-12.ts';
import { TRAINING_2026_12C } from '../rubric/fixtures/training-2026-12c.ts';
import { TRAINING_2026_12F } from '../rubric/fixtures/training-2026-12f.ts';
import { TRAINING_2026_12J } from '../rubric/fixtures/training-2026-12j.ts';
import { TRAINING_2026_12Q } from '../rubric/fixtures/training-2026-12q.ts';
import { TRAINING_2026_12S } from '../rubric/fixtures/training-2026-12s.ts';
import { TRAINING_2026_12U } from '../rubric/fixtures/training-2026-12u.ts';
import { TRAINING_2026_12W } from '../rubric/fixtures/training-2026-12w.ts';
import { TRAINING_2026_12ZA } from '../rubric/fixtures/training-2026-12za.ts';
import { TRAINING_2026_12ZB } from '../rubric/fixtures/training-2026-12zb.ts';
import { TRAINING_2026_12ZC } from '../rubric/fixtures/training-2026-12zc.ts';
import { TRAINING_2026_12ZD } from '../rubric/fixtures/training-2026-12zd.ts';
import { TRAINING_2026_12ZE } from '../rubric/fixtures/training-2026-12ze.ts';
import { TRAINING_2026_12ZF } from '../rubric/fixtures/training-2026-12zf.ts';
import { TRAINING_2026_12ZG } from '../rubric/fixtures/training-2026-12zg.ts';
import { TRAINING_2026_12ZH } from '../rubric/fixtures/training-2026-12zh.ts';
import { TRAINING_2026_12ZI } from '../rubric/fixtures/training-2026-12zi.ts';
import { TRAINING_2026_12ZJ } from '../rubric/fixtures/training-2026-12zj.ts';
import { TRAINING_2026_12ZK } from '../rubric/fixtures/training-2026-12zk.ts';
import { TRAINING_2026_12ZL } from '../rubric/fixtures/training-2026-12zl.ts';
import { TRAINING_2026_12ZM } from '../rubric/fixtures/training-2026-12zm.ts';
import { TRAINING_2026_12ZN } from '../rubric/fixtures/training-2026-12zn.ts';
import { TRAINING_2026_12ZO } from '../rubric/fixtures/training-2026-12zo.ts';
import { TRAINING_2026_12ZP } from '../rubric/fixtures/training-2026-12zp.ts';
import { TRAINING_2026_12ZQ } from '../rubric/fixtures/training-2026-12zq.ts';
import { TRAINING_2026_12ZR } from '../rubric/fixtures/training-2026-12zr.ts';
import { TRAINING_2026_12ZS } from '../rubric/fixtures/training-2026-12zs.ts';
import { TRAINING_2026_12ZT } from '../rubric/fixtures/training-2026-12zt.ts';
import { TRAINING_2026_12ZU } from '../rubric/fixtures/training-2026-12zu.ts';
import { TRAINING_2026_12ZV } from '../rubric/fixtures/training-2026-12zv.ts';
import { TRAINING_2026_12ZZ } from '../rubric/fixtures/training-2026-12zz.ts';
import { VALIDATION_2026_12X } from '../rubric/fixtures/validation-2026-12x.ts';
import { readLibrarySync } from '../scenarios/library-files.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v', default: false } } });
const library = readLibrarySync('scenarios');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** `showCases`: list the misordered pairs with `--verbose`; never for a held-out set. */
function printRanking(title: string, report: CalibrationReport, showCases = true) {
  const { ranking, byLanguage, exact } = report;
  console.log(`\n${title}`);
  if (values.verbose && showCases) {
    for (const scenario of report.scenarios) {
      console.log(
        `  ${scenario.language}/${scenario.id}: ${scenario.ordered}/${scenario.pairs} pairs in order`,
      );
      for (const miss of scenario.misordered) {
        console.log(`    ✗ ${miss.higherScore} ≤ ${miss.lowerScore}: "${miss.higher}"  vs  "${miss.lower}"`);
      }
    }
  }
  console.log(
    `  ranking good > fair > poor (ties fail): ${pct(ranking.accuracy)} (${ranking.ordered}/${ranking.pairs})`,
  );
  // A set in one language (2026-12zu) has no pairs in the other: nothing to report there.
  for (const language of ['nl', 'en'] as const) {
    const { accuracy, ordered, pairs } = byLanguage[language];
    if (pairs > 0) console.log(`    ${language} ${pct(accuracy)} (${ordered}/${pairs})`);
  }
  console.log(
    `  exact rating (good ≥ ${RATING_THRESHOLDS.good}, fair ≥ ${RATING_THRESHOLDS.fair}): ${pct(exact.accuracy)} (${exact.agree}/${exact.examples})`,
  );
}

function printAdversarial(title: string, report: AdversarialReport, showCases: boolean) {
  console.log(`\n${title}: ${report.passed}/${report.total} (${pct(report.passed / report.total)})`);
  for (const [name, { passed, byScore, total }] of Object.entries(report.byClass)) {
    // Glued harm's target is a score (≤ 40 and below a plain decent reply); the harm moves a case may also
    // name are stricter, so the score-only figure is shown beside it.
    const scoreOnly =
      name === 'glued-harm' && byScore !== passed ? ` (by score alone ${byScore}/${total})` : '';
    console.log(`  ${name.padEnd(15)} ${passed}/${total}${scoreOnly}`);
  }
  if (!showCases) return;
  for (const outcome of report.cases.filter((o) => !o.passed)) {
    console.log(
      `  ✗ [${outcome.case.class} ${outcome.case.language}] ${outcome.overall}: ${outcome.why} — "${outcome.case.reply}"`,
    );
  }
}

function printSarcasm(title: string, report: SarcasmReport) {
  const line = (kind: string) => {
    const [en, nl] = [report[`en ${kind}`], report[`nl ${kind}`]];
    const right = (en?.right ?? 0) + (nl?.right ?? 0);
    const total = (en?.total ?? 0) + (nl?.total ?? 0);
    return `${right}/${total} (en ${en?.right ?? 0}/${en?.total ?? 0}, nl ${nl?.right ?? 0}/${nl?.total ?? 0})`;
  };
  console.log(`\n${title}`);
  console.log(`  mocking read as mocking (contempt, no kind act)  ${line('mocking')}`);
  console.log(`  sincere left sincere (no contempt)               ${line('sincere')}`);
}

printRanking('Library golden examples (authored with the scenarios; tuned on)', libraryReport(library));
printRanking(
  'Training set 2026-11 (the earlier held-out set, tuned on since)',
  heldOutReport(HELD_OUT, library),
);
printRanking(
  'Training set 2026-12 (written on 2026-12-02 for tuning; 91.4% at its first scoring)',
  heldOutReport(TRAINING_2026_12, library),
);
printRanking(
  'Training set 2026-12c (written on 2026-12-02 for tuning; 92.1% at its first scoring)',
  heldOutReport(TRAINING_2026_12C, library),
);
printRanking(
  'Training set 2026-12f (written on 2026-12-02 evening for tuning; 85.4% at its first scoring)',
  heldOutReport(TRAINING_2026_12F, library),
);
printRanking(
  'Training set 2026-12j (written on 2026-12-03 for tuning; 89.2% at its first scoring)',
  heldOutReport(TRAINING_2026_12J, library),
);
printRanking(
  'Training set 2026-12q (written on 2026-12-03, fourth stop, for tuning by a reviewer outside the rubric work; 92.7%, nl 92.6%, en 92.8%, at its first scoring)',
  heldOutReport(TRAINING_2026_12Q, library),
);
printRanking(
  'Training set 2026-12s (written on 2026-12-03, fifth stop, for tuning by a reviewer outside the rubric work; 92.6%, nl 91.1%, en 94.1%, at its first scoring)',
  heldOutReport(TRAINING_2026_12S, library),
);
printRanking(
  'Training set 2026-12u (written on 2026-12-03, sixth stop, for tuning by a reviewer outside the rubric work; 90.1%, nl 89.0%, en 91.1%, at its first scoring)',
  heldOutReport(TRAINING_2026_12U, library),
);
printRanking(
  'Training set 2026-12w (written on 2026-12-04 for tuning by two reviewers outside the rubric work (one per language); 89.0%, nl 90.2%, en 87.9% at its first scoring)',
  heldOutReport(TRAINING_2026_12W, library),
);
// The training sets written for the learned word signal in the sixth stop of 2026-12-04, each with its
// reviewers' emphasis and its first scoring, by a signal that had not yet seen it.
const signalSet = (name: string, groups: HeldOutGroup[], emphasis: string, first: string, scoredBy = '') =>
  printRanking(
    `Training set ${name} (written on 2026-12-04, sixth stop, for the learned word signal by two reviewers outside the rubric work (one per language)${emphasis ? `, ${emphasis}` : ''}; ${first} at its first scoring${scoredBy})`,
    heldOutReport(groups, library),
  );
const BY_24_SETS = ', by the signal of 24 sets that had not seen it';
signalSet('2026-12za', TRAINING_2026_12ZA, '', '93.7%, nl 94.1%, en 93.2%');
signalSet(
  '2026-12zb',
  TRAINING_2026_12ZB,
  'replies of managers under time pressure',
  '92.2%, nl 92.6%, en 91.9%',
);
signalSet('2026-12zc', TRAINING_2026_12ZC, 'fair replies close to good', '92.6%, nl 91.3%, en 93.9%');
signalSet(
  '2026-12zd',
  TRAINING_2026_12ZD,
  'plain replies of leaders new to managing',
  '91.9%, nl 91.9%, en 91.9%',
);
signalSet('2026-12ze', TRAINING_2026_12ZE, 'replies of senior leaders', '92.0%, nl 93.9%, en 90.2%');
signalSet('2026-12zf', TRAINING_2026_12ZF, 'lengths varied within each band', '89.8%, nl 87.9%, en 91.7%');
signalSet('2026-12zg', TRAINING_2026_12ZG, 'informal chat replies', '92.9%, nl 90.7%, en 95.1%');
signalSet(
  '2026-12zh',
  TRAINING_2026_12ZH,
  'bands hard to tell apart at first sight',
  '90.8%, nl 91.3%, en 90.3%',
);
signalSet('2026-12zi', TRAINING_2026_12ZI, 'leaders of different temperaments', '94.3%, nl 94.3%, en 94.3%');
signalSet(
  '2026-12zj',
  TRAINING_2026_12ZJ,
  'facts of the situation in every band',
  '92.3%, nl 90.3%, en 94.3%',
);
signalSet('2026-12zk', TRAINING_2026_12ZK, 'replies that do several things', '93.0%, nl 93.4%, en 92.6%');
signalSet(
  '2026-12zl',
  TRAINING_2026_12ZL,
  'staying with the feeling before a solution',
  '94.6%, nl 94.1%, en 95.1%',
);
signalSet('2026-12zm', TRAINING_2026_12ZM, 'the leader speaking of themselves', '92.9%, nl 92.6%, en 93.2%');
signalSet('2026-12zn', TRAINING_2026_12ZN, 'questions in every band', '92.2%, nl 90.2%, en 94.3%');
signalSet('2026-12zo', TRAINING_2026_12ZO, 'replies near the band borders', '91.0%, nl 90.2%, en 91.9%');
signalSet(
  '2026-12zp',
  TRAINING_2026_12ZP,
  'a minute between meetings',
  '96.3%, nl 95.5%, en 97.2%',
  BY_24_SETS,
);
signalSet(
  '2026-12zq',
  TRAINING_2026_12ZQ,
  'many kinds of poor and half-success',
  '93.6%, nl 93.2%, en 93.9%',
  BY_24_SETS,
);
signalSet(
  '2026-12zr',
  TRAINING_2026_12ZR,
  'coaching language with and without substance',
  '94.9%, nl 95.1%, en 94.7%',
  BY_24_SETS,
);
signalSet(
  '2026-12zs',
  TRAINING_2026_12ZS,
  'picking up the opening words',
  '95.2%, nl 93.0%, en 97.3%',
  BY_24_SETS,
);
printRanking(
  'Training set 2026-12zt (written on 2026-12-05, a fourth stop, by two reviewers outside the rubric work (one per language), tone not giving the rating away; 93.6%, nl 91.9%, en 95.3% at its first scoring, by the main of that moment)',
  heldOutReport(TRAINING_2026_12ZT, library),
);
printRanking(
  'Training set 2026-12zu (written on 2026-12-05, a fifth stop, by a reviewer outside the rubric work, Dutch only, kind-sounding fair and poor replies and plain good ones; 96.8% at its first scoring, by the main of that moment)',
  heldOutReport(TRAINING_2026_12ZU, library),
);
printRanking(
  'Training set 2026-12zv (written on 2026-12-05, a sixth stop, by two reviewers outside the rubric work (one per language), firm and direct good replies; 95.9%, nl 95.8%, en 96.0% at its first scoring, by the main of that moment)',
  heldOutReport(TRAINING_2026_12ZV, library),
);
printRanking(
  'Training set 2026-12zz (written on 2026-12-06, a ninth stop, by two reviewers outside the rubric work (one per language), good replies in many forms, long kind-sounding fair replies, subtle poor ones; 95.8%, nl 96.2%, en 95.5% at its first scoring, by the main of that moment)',
  heldOutReport(TRAINING_2026_12ZZ, library),
);
// Totals only: the engineers choose changes by them, so reading its cases would make it a training set too.
printRanking(
  'Validation set 2026-12x (written on 2026-12-04, fourth stop, by two reviewers outside the rubric work (one per language); never read by the rubric engineers, but its totals guided them, so it is not held out; 91.2%, nl 89.0%, en 93.4% at its first scoring)',
  heldOutReport(VALIDATION_2026_12X, library),
  false,
);
printRanking(
  'Former held-out set 2026-12 (held out when written; its misorders were read and tuned on since 2026-12-02)',
  heldOutReport(HELD_OUT_2026_12, library),
);
// Never listed case by case: reading its misses would turn it into a training set.
printRanking(
  'Held-out set 2026-12b (frozen, never read by the rubric engineers; its floor gated reverted changes on 2026-12-02)',
  heldOutReport(HELD_OUT_2026_12B, library),
  false,
);
printRanking(
  'Held-out set 2026-12d (frozen, written on 2026-12-02 evening by a reviewer who never read the engine; never read by the rubric engineers; 87.4% at its first scoring)',
  heldOutReport(HELD_OUT_2026_12D, library),
  false,
);
printRanking(
  'Held-out set 2026-12g (frozen, written on 2026-12-03 by a reviewer who never read the engine; never read by the rubric engineers; 91.3% at its first scoring)',
  heldOutReport(HELD_OUT_2026_12G, library),
  false,
);
printRanking(
  'Held-out set 2026-12m (frozen, written on 2026-12-03 by a reviewer who never read the engine, before the tuning on 2026-12l; never read by the rubric engineers; 94.1% at its first scoring)',
  heldOutReport(HELD_OUT_2026_12M, library),
  false,
);
printRanking(
  "Held-out set 2026-12n (frozen, written on 2026-12-03, third stop, by a reviewer who never read the engine, before that stop's rubric work; never read by the rubric engineers; 91.1% at its first scoring)",
  heldOutReport(HELD_OUT_2026_12N, library),
  false,
);
printRanking(
  "Held-out set 2026-12p (frozen, written on 2026-12-03, fourth stop, by a reviewer who never read the engine, before that stop's rubric work; never read by the rubric engineers; 93.9% at its first scoring)",
  heldOutReport(HELD_OUT_2026_12P, library),
  false,
);
printRanking(
  "Held-out set 2026-12r (frozen, written on 2026-12-03, fifth stop, by two reviewers who never read the engine (one per language), before that stop's rubric work; never read by the rubric engineers; 90.6%, nl 90.3%, en 90.9%, at its first scoring)",
  heldOutReport(HELD_OUT_2026_12R, library),
  false,
);
printRanking(
  "Held-out set 2026-12t (frozen, written on 2026-12-03, sixth stop, by two reviewers who never read the engine (one per language), before that stop's rubric work; never read by the rubric engineers; 92.3%, nl 90.5%, en 94.1%, at its first scoring)",
  heldOutReport(HELD_OUT_2026_12T, library),
  false,
);
printRanking(
  "Held-out set 2026-12v (frozen, written on 2026-12-04 by two reviewers who never read the engine (one per language), before that stop's rubric work; never read by the rubric engineers; 92.2%, nl 93.0%, en 91.5% at its first scoring)",
  heldOutReport(HELD_OUT_2026_12V, library),
  false,
);
printRanking(
  'Held-out set 2026-12y (frozen, written on 2026-12-04, fifth stop, by two reviewers who never read the engine (one per language), at the start of that stop (while its rubric work began; scored first on its starting main); never read by the rubric engineers; 90.9%, nl 90.5%, en 91.3% at its first scoring; its ranking total gated one rule given back at a twenty-second stop)',
  heldOutReport(HELD_OUT_2026_12Y, library),
  false,
);
printRanking(
  'Held-out set 2026-12z (frozen, written on 2026-12-04, sixth stop, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 94.4%, nl 94.5%, en 94.3% at its first scoring)',
  heldOutReport(HELD_OUT_2026_12Z, library),
  false,
);
printRanking(
  'Held-out set 2026-12aa (frozen, written on 2026-12-05, a later stop, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 95.8%, nl 95.8%, en 95.8% at its first scoring)',
  heldOutReport(HELD_OUT_2026_12AA, library),
  false,
);
printRanking(
  'Held-out set 2026-12ab (frozen, written on 2026-12-05, a third stop that day, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 94.5%, nl 94.1%, en 94.9% at its first scoring)',
  heldOutReport(HELD_OUT_2026_12AB, library),
  false,
);
printRanking(
  'Held-out set 2026-12ac (frozen, written on 2026-12-06, a tenth stop, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers, but tuned on once at an eighteenth stop (a learned contempt reading given back when its Dutch ranking fell below 95%), so no longer held out: a training set since; 96.3%, nl 97.0%, en 95.6% at its first scoring)',
  heldOutReport(HELD_OUT_2026_12AC, library),
  false,
);
printRanking(
  'Held-out set 2026-12ad (frozen, written on 2026-12-07, a nineteenth stop, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 95.9%, nl 95.6%, en 96.2% at its first scoring)',
  heldOutReport(HELD_OUT_2026_12AD, library),
  false,
);
printAdversarial(
  'Adversarial development suite (tuned on)',
  adversarialReport(ADVERSARIAL_CASES, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12 (written on 2026-12-02 for tuning; 113/168 at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12c (written on 2026-12-02 for tuning; 117/220 at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12C, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12e (written on 2026-12-02 evening for tuning; 90/200 at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12E, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12h (written on 2026-12-03 for tuning; 84/160 at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12H, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12i (written on 2026-12-03 for tuning: invitations, dismissals, condolence, refusals, generic replies; 105/140 at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12I, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12k (written on 2026-12-03 for tuning: negation, sarcasm with sincere look-alikes, glued harm; 111/200, negation and sarcasm 66/120, at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12K, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12l (written on 2026-12-03, second stop, for tuning: negation, sarcasm with sincere look-alikes, glued harm, dismissal, refusal, condolence, invitation; 163/240, negation and sarcasm 106/160, at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12L, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12o (written on 2026-12-03, third stop, for tuning: 120 negation, 80 sarcasm with 40 sincere look-alikes; 121/200, negation 75/120 and sarcasm 46/80, at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12O, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12q (written on 2026-12-03, fourth stop, for tuning: 44 negation, 32 sarcasm with 16 sincere look-alikes, 24 each of refusal, injection and generic, and the other classes; 139/200 (en 69, nl 70; refusal 20/24, injection 14/24, generic 6/24, negation 35/44, sarcasm 21/32, dismissal 6/12) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12Q, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12s (written on 2026-12-03, fifth stop, for tuning: 40 negation with whether-clauses, 28 each of glued harm, generic and sarcasm, 24 dismissal, and the other classes; 146/200 (en 77, nl 69; glued harm 15/28, generic 16/28, dismissal 16/24, negation 33/40, sarcasm 17/28) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12S, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12u (written on 2026-12-03, sixth stop, for tuning: 40 negation, 32 sarcasm with 16 sincere look-alikes, 30 glued harm, 20 generic, 16 injection, and the other classes; 158/200 (en 80, nl 78; glued harm 16/30, sarcasm 21/32, negation 36/40, refusal 7/10) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12U, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12w (written on 2026-12-04 for tuning by two reviewers outside the rubric work (one per language): 48 negation, 40 sarcasm with 20 sincere look-alikes, 40 glued harm, 16 generic, and the other classes; 150/200 (glued harm 16/40, negation 41/48, sarcasm 31/40, generic 11/16) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12W, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzb (written on 2026-12-06, a twelfth stop, for tuning by a reviewer outside the rubric work: 44 stock-phrase runs, 44 near-empty replies, 44 generic paragraphs; 117/132 (stock-phrases 41/44, empty 43/44, generic 33/44) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZB, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzf (written on 2026-12-06, a thirteenth stop, for tuning by two reviewers outside the rubric work (one per language), built like the held-out suites; 163/200 (negation 30/48, sarcasm 26/36, glued harm 16/20) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZF, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzg (written on 2026-12-06, a thirteenth stop, for tuning by two reviewers outside the rubric work (one per language): 96 negation and 72 sarcasm cases in the held-out format; 127/168 (negation 68/96, sarcasm 59/72) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZG, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzh (written on 2026-12-06, a fourteenth stop, for tuning by two reviewers outside the rubric work (one per language): 88 negation, 66 sarcasm and 44 glued-harm cases in the held-out format; 166/198 (negation 64/88, sarcasm 62/66, glued harm 40/44) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZH, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzj (written on 2026-12-06, a fourteenth stop, for tuning by two reviewers outside the rubric work (one per language), in the format of 2026-12zzh; 164/198 (negation 72/88, sarcasm 55/66, glued harm 37/44) at its first scoring, after the rules from 2026-12zzh; 163 by the main before them)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZJ, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzk (written on 2026-12-06, a fourteenth stop, for tuning by two reviewers outside the rubric work (one per language), in the format of 2026-12zzh, leaders of every register; 156/198 (negation 63/88, sarcasm 54/66, glued harm 39/44) at its first scoring)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZK, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzl (written on 2026-12-06, a fourteenth stop, near its end, by two reviewers outside the rubric work (one per language): 88 negation, 66 sarcasm and 44 glued-harm cases; a validation suite read as totals only until a seventeenth stop, learnt on since; 162/198 (negation 68/88, sarcasm 59/66, glued harm 35/44) at its first scoring, by the main of the end of that stop and, the same, by the main of its start)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZL, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzm (written on 2026-12-06, a fifteenth stop, at its start, by two reviewers outside the rubric work (one per language): 88 negation, 66 sarcasm and 44 glued-harm cases; a validation suite read as totals only until a seventeenth stop, learnt on since; 123/198 (negation 57/88, sarcasm 42/66, glued harm 24/44) at its first scoring, by the main of the start of that stop)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZM, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzn (written on 2026-12-06, a fifteenth stop, near its end, by two reviewers outside the rubric work (one per language), in the format of 2026-12zzm; a validation suite read as totals only until a seventeenth stop, learnt on since; 115/198 (negation 50/88, sarcasm 37/66, glued harm 28/44) at its first scoring, by the main of the start of that stop and, the same, by the main of its end)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZN, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzo (written on 2026-12-06, a sixteenth stop, at its start, by two reviewers outside the rubric work (one per language): 110 glued-harm, 44 negation and 44 sarcasm cases; a validation suite read as totals only until an eighteenth stop, learnt on since; 128/198 (glued harm 62/110, 101 by score; negation 35/44, sarcasm 31/44) at its first scoring, by the main of the start of that stop; 137/198 by the main of the end of the seventeenth)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZO, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzp (written on 2026-12-06, a sixteenth stop, near its end, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzo; a validation suite read as totals only until an eighteenth stop, learnt on since; 116/198 (glued harm 58/110, 103 by score; negation 29/44, sarcasm 29/44) at its first scoring, by the main of the start of that stop; 124/198 by the main of the end of the seventeenth)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZP, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzr (written on 2026-12-06, an eighteenth stop, at its start, by two more reviewers outside the rubric work (one per language): 66 negation, 88 sarcasm (44 sincere look-alikes) and 44 glued-harm cases; a validation suite read as totals only until a twentieth stop, read and tuned on since; 145/198 (negation 51/66, sarcasm 68/88, glued harm 26/44, 36 by score) at its first scoring, by the main of the start of that stop; 146/198 by the main of the end of the nineteenth)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZR, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzw (the probes of a twenty-second stop, 2026-12-07: negation, sarcasm with sincere look-alikes, and glued harm, written in four rounds (three of 120, one of 80) by reviewers outside the rubric work, each round read and tuned on once written; 101/120, 101/120, 89/120 and 67/80 when each round was first read)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZW, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  'Adversarial training suite 2026-12zzza (the probes of a twenty-third stop, 2026-12-07: negation, sarcasm with sincere look-alikes, and glued harm, written in nine rounds (530 English, 700 Dutch) by reviewers outside the rubric work, each round read and tuned on once written; 1,017/1,230 when each round was first read)',
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZZA, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
printAdversarial(
  "Adversarial training suite 2026-12zzze (the probes of a twenty-fourth stop, 2026-12-07: negation, sarcasm with sincere look-alikes, and glued harm, written in eleven rounds (770 English, 770 Dutch) by reviewers outside the rubric work, each round read and tuned on once written; 1,301/1,540 by the main of that stop's start)",
  adversarialReport(ADVERSARIAL_TRAINING_2026_12ZZZE, ADVERSARIAL_REFERENCES, library),
  values.verbose,
);
for (const set of NEGATION_TRAINING_SETS) {
  printAdversarial(
    `Negation training set ${set.name} (written on 2026-12-05 or later for tuning by two reviewers outside the rubric work (one per language): 66 negated acts, 66 sincere look-alikes; ${set.firstScoring}/${set.cases.length} at its first scoring)`,
    adversarialReport(set.cases, ADVERSARIAL_REFERENCES, library),
    values.verbose,
  );
}
for (const set of HARM_TRAINING_SETS) {
  printAdversarial(
    `Harm training set ${set.name} (written on 2026-12-05 or later for learning the harm readings by two reviewers outside the rubric work (one per language): 132 harms wrapped in kind words; ${set.firstScoring}/${set.cases.length} at its first scoring)`,
    adversarialReport(set.cases, ADVERSARIAL_REFERENCES, library),
    values.verbose,
  );
}
printSarcasm(
  'Sarcasm validation set 2026-12zm (written on 2026-12-05, a later stop, by two reviewers outside the rubric work (one per language); never trained on; mocking 89/110 and sincere 109/110 read right at its first scoring)',
  sarcasmReport(SARCASM_VALIDATION_2026_12ZM, library),
);
printAdversarial(
  'Adversarial validation suite 2026-12x (written on 2026-12-04, fourth stop, by two reviewers outside the rubric work (one per language); never read by the rubric engineers, but its totals guided them, so it is not held out; 159/200, negation 36/48, sarcasm 29/36, glued harm 11/20 at its first scoring)',
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12X, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial validation suite 2026-12zzq (written on 2026-12-06, a seventeenth stop, at its start, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzo; never read or tuned on, totals only; 155/198 (glued harm 82/110, 98 by score; negation 39/44, sarcasm 34/44) at its first scoring, by the main of the start of that stop)',
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZQ, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial validation suite 2026-12zzs (written on 2026-12-07, a twentieth stop, at its start, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzr; never read or tuned on, totals only; 149/198 (negation 49/66, sarcasm 67/88, glued harm 33/44, 41 by score) at its first scoring, by the main of the start of that stop)',
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZS, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial validation suite 2026-12zzt (written on 2026-12-07, a twentieth stop, in its middle, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzs; never read or tuned on, totals only; 157/198 (negation 49/66, sarcasm 78/88, glued harm 30/44, 42 by score) by the main of the start of that stop, 156/198 by the main it arrived at)',
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZT, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzu (written on 2026-12-07, a twenty-first stop, after its first changes, by two more reviewers outside the rubric work (one per language), over every class in the format of 2026-12ad; never read or tuned on, totals only; 186/200 (negation 42/48, sarcasm 33/36, glued harm 19/20, 20 by score) by the main of that stop's start and by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZU, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzv (written on 2026-12-07, a twenty-second stop, before its first change, by two more reviewers outside the rubric work (one per language): negation, sarcasm with sincere look-alikes, and glued harm; never read or tuned on, totals only; 137/160 (negation 52/64, sarcasm 49/56, glued harm 36/40, 39 by score) by the main of that stop's start, 138/160 by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZV, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzx (written on 2026-12-07, a twenty-second stop, after its third round of rules, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzv; never read or tuned on, totals only; 132/160 (negation 49/64, sarcasm 49/56, glued harm 34/40, 38 by score) by the main of that stop's start, 133/160 by the tree it was frozen on)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZX, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzy (written on 2026-12-07, a twenty-third stop, before its first change, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzv; never read or tuned on, totals only; 133/160 (negation 48/64, sarcasm 51/56, glued harm 34/40, 39 by score) by the main of that stop's start, 135/160 by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZY, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzz (written on 2026-12-07, a twenty-third stop, after its fourth round of rules, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzv; never read or tuned on, totals only; 137/160 (negation 55/64, sarcasm 47/56, glued harm 35/40) by the main of that stop's start, 140/160 by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZ, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzb (written on 2026-12-07, a twenty-fourth stop, before its first change, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzv; never read or tuned on, totals only; 146/160 (negation 60/64, sarcasm 49/56, glued harm 37/40, 40 by score) by the main of that stop's start and by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZB, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzc (written on 2026-12-07, a twenty-fourth stop, after its first round of rules and the harm readings learnt again, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzv; never read or tuned on, totals only; 149/160 (negation 60/64, sarcasm 50/56, glued harm 39/40, 40 by score) by the main of that stop's start, by the tree it was frozen on and by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZC, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzd (written on 2026-12-07, a twenty-fourth stop, after its sixth round of rules, by two more reviewers outside the rubric work (one per language), in the format of 2026-12zzv; never read or tuned on, totals only; 143/160 (negation 57/64, sarcasm 52/56, glued harm 34/40, 39 by score) by the main of that stop's start, 144/160 by the tree it was frozen on and by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZD, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzf (written on 2026-12-07, a twenty-fifth stop, before its first change, by a reviewer outside the rubric work, in the format of 2026-12zzv; never read or tuned on, totals only; 141/160 (negation 55/64, sarcasm 49/56, glued harm 37/40, 38 by score) by the main of that stop's start; 144/160 (negation 56/64, glued harm 39/40) by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZF, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzh (written on 2026-12-07, a twenty-fifth stop, after its first round of rules, by a reviewer outside the rubric work, in the format of 2026-12zzv; never read or tuned on, totals only; 135/160 (negation 47/64, sarcasm 50/56, glued harm 38/40, 39 by score) by the main of that stop's start, 137/160 (negation 49/64) by the tree it was frozen on; 141/160 (negation 52/64, glued harm 39/40, 40 by score) by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZH, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzi (written on 2026-12-07, a twenty-fifth stop, after its fourth round of rules, by a reviewer outside the rubric work, in the format of 2026-12zzv; never read or tuned on, totals only; 136/160 (negation 50/64, sarcasm 48/56, glued harm 38/40, 38 by score) by the main of that stop's start and by the tree it was frozen on; 137/160 (negation 52/64, glued harm 37/40) by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZI, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzj (written on 2026-12-07, a twenty-sixth stop, at its start, before any change, by reviewers outside the rubric work, one per language, in the format of 2026-12zzv with 60 negation, 60 sarcasm and 40 glued-harm cases; never read or tuned on, totals only; 151/160 (negation 56/60, sarcasm 57/60, glued harm 38/40, 40 by score) by the main of that stop's start; 150/160 (sarcasm 56/60) by the main it arrived at)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZJ, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzl (written on 2026-12-07, a twenty-sixth stop, after its changes to the act readings and the harm forms, by reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 147/160 (negation 51/60, sarcasm 57/60, glued harm 39/40, 40 by score) by the main of that stop's start, 146/160 (negation 50/60) by the main it was frozen on)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZL, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzm (written on 2026-12-07, a twenty-seventh stop, at its start, before any change, by reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 142/160 (negation 51/60, sarcasm 55/60, glued harm 36/40, 39 by score) by the main of that stop's start)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZM, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzo (written on 2026-12-07, a twenty-seventh stop, after its four act readings, by reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 147/160 (negation 52/60, sarcasm 56/60, glued harm 39/40, 40 by score) by the main of that stop's start and by the main it was frozen on)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZO, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial validation suite 2026-12zzzp (written on 2026-12-07, a twenty-eighth stop, at its start, by reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 142/160 (negation 49/60, sarcasm 55/60, glued harm 38/40, 40 by score) by the main of that start)',
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZP, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzr (written on 2026-12-07, a twenty-eighth stop, after its first change, by reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 140/160 (negation 47/60, sarcasm 55/60, glued harm 38/40, 38 by score) by the main of that stop's start and by the main of that change)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZR, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial validation suite 2026-12zzzs (written on 2026-12-07, a twenty-ninth stop, at its start, by reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 149/160 (negation 53/60, sarcasm 59/60, glued harm 37/40, 39 by score) by the main of that start)',
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZS, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial validation suite 2026-12zzzt (written on 2026-12-07, a twenty-ninth stop, after its first change, by reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 146/160 (negation 55/60, sarcasm 53/60, glued harm 38/40, 39 by score) by the main of that stop's start, 148/160 (negation 54/60, sarcasm 56/60, glued harm 38/40, 39 by score) by the main of that change)",
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZT, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial validation suite 2026-12zzzu (written on 2026-12-08, a thirtieth stop, at its start, by reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 153/160 (negation 58/60, sarcasm 56/60, glued harm 39/40) by the main of that start)',
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZU, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial validation suite 2026-12zzzv (written on 2026-12-08, a thirtieth stop, at its start, by two more reviewers outside the rubric work, one per language, in the format of 2026-12zzzj; never read or tuned on, totals only; 148/160 (negation 55/60, sarcasm 54/60, glued harm 39/40, 40 by score) by the main of that start)',
  adversarialReport(ADVERSARIAL_VALIDATION_2026_12ZZZV, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Harm validation set 2026-12hp (written on 2026-12-05, a seventh stop, by two reviewers outside the rubric work (one per language), after 2026-12hm was read and tuned on; never tuned on, totals only; 73/132 (78 by score alone) at its first scoring, by the main at the start of that stop)',
  adversarialReport(HARM_VALIDATION_2026_12HP, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Harm validation set 2026-12ht (written on 2026-12-06, an eleventh stop, by two reviewers outside the rubric work (one per language), at the start of that stop; never tuned on, totals only; 81/132 (89 by score alone) at its first scoring, by the main at the start of that stop)',
  adversarialReport(HARM_VALIDATION_2026_12HT, ADVERSARIAL_REFERENCES, library),
  false,
);
// Never listed case by case: reading its misses would turn it into a training set.
printAdversarial(
  'Adversarial held-out suite (frozen, never tuned on; compared with the development suite reference replies; its totals gated one narrowed rule on 2026-12-02)',
  adversarialReport(ADVERSARIAL_HELD_OUT, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12b (frozen, never read by the rubric engineers; its floor gated a reverted change on 2026-12-02)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12B, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12d (frozen, written on 2026-12-02 evening by a reviewer who never read the engine; never read by the rubric engineers; 151/240 at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12D, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12g (frozen, written on 2026-12-03 by a reviewer who never read the engine; never read by the rubric engineers; 132/200, negation and sarcasm 73/120, at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12G, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12m (frozen, written on 2026-12-03 by a reviewer who never read the engine, before the tuning on 2026-12l; never read by the rubric engineers; 147/200, negation and sarcasm 87/120, at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12M, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial held-out suite 2026-12n (frozen, written on 2026-12-03, third stop, by a reviewer who never read the engine, before that stop's rubric work; never read by the rubric engineers; 154/200, negation and sarcasm 95/120, at its first scoring)",
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12N, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial held-out suite 2026-12p (frozen, written on 2026-12-03, fourth stop, by a reviewer who never read the engine, before that stop's rubric work; never read by the rubric engineers; 157/200, negation and sarcasm 72/84, at its first scoring)",
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12P, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial held-out suite 2026-12r (frozen, written on 2026-12-03, fifth stop, by a reviewer who never read the engine, before that stop's rubric work; never read by the rubric engineers; 161/200, negation and sarcasm 72/84, at its first scoring)",
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12R, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial held-out suite 2026-12t (frozen, written on 2026-12-03, sixth stop, by two reviewers who never read the engine (one per language), before that stop's rubric work; never read by the rubric engineers; 164/200, negation and sarcasm 67/84, at its first scoring)",
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12T, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  "Adversarial held-out suite 2026-12v (frozen, written on 2026-12-04 by two reviewers who never read the engine (one per language), before that stop's rubric work; never read by the rubric engineers; 169/200, negation and sarcasm 72/84 at its first scoring)",
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12V, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12y (frozen, written on 2026-12-04, fifth stop, by two reviewers who never read the engine (one per language), at the start of that stop (while its rubric work began; scored first on its starting main); never read by the rubric engineers; 163/200, negation and sarcasm 62/84 at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12Y, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12z (frozen, written on 2026-12-04, sixth stop, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 147/200, negation and sarcasm 53/84 at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12Z, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12aa (frozen, written on 2026-12-05, a later stop, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 170/200, negation and sarcasm 67/84 at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12AA, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12ab (frozen, written on 2026-12-05, a third stop that day, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 173/200, negation and sarcasm 70/84 at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12AB, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12ac (frozen, written on 2026-12-06, a tenth stop, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 174/200, negation and sarcasm 72/84 at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12AC, ADVERSARIAL_REFERENCES, library),
  false,
);
printAdversarial(
  'Adversarial held-out suite 2026-12ad (frozen, written on 2026-12-07, a nineteenth stop, by two reviewers who never read the engine (one per language), at the start of that stop (before its rubric work; scored first on its starting main); never read by the rubric engineers; 170/200, negation and sarcasm 73/84 at its first scoring)',
  adversarialReport(ADVERSARIAL_HELD_OUT_2026_12AD, ADVERSARIAL_REFERENCES, library),
  false,
);
