// How far to trust the open scenario's scores, from its saved file: the golden examples against the ratings
// their authors gave, and the judge against the rules per principle over this organisation's real replies —
// or, in plain words, why a figure is not there. Text only; drawn whole from each answer.
import type { ScenarioAgreement } from '../../../../client/index.ts';
import { MIN_AGREEMENT_PAIRS } from '../../../../vocabulary.ts';
import { h } from '../../dom.ts';
import type { StudioContext } from '../context.ts';
import type { StudioKey } from '../i18n.ts';

export type AgreementState =
  | { kind: 'none' }
  | { kind: 'loading' }
  /** The file is not saved in the library (yet). */
  | { kind: 'unsaved' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; agreement: ScenarioAgreement };

/** Below this many paired scores the server gives no kappa (MIN_AGREEMENT_PAIRS in src/analytics/agreement.ts). */
const REASON_KEYS: Record<string, StudioKey> = {
  'no-judge': 'agreementNoJudge',
  'too-few': 'agreementTooFew',
  'no-variation': 'agreementNoVariation',
};

export function renderAgreement(ctx: StudioContext, root: HTMLElement, state: AgreementState) {
  const { t } = ctx;
  root.setAttribute('aria-labelledby', 'agreement-heading');
  const heading = h('h2', { id: 'agreement-heading', text: t('agreement') });
  const say = (text: string) => h('p', { class: 'muted', text });
  if (state.kind !== 'ready') {
    const text = {
      none: t('fileNone'),
      loading: t('loading'),
      unsaved: t('agreementUnsaved'),
      failed: state.kind === 'failed' ? t('failed', { message: state.message }) : '',
    }[state.kind];
    root.replaceChildren(heading, say(text));
    return;
  }
  const { golden, judge } = state.agreement;
  const kappa = new Intl.NumberFormat(ctx.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const row = (term: string, detail: string) => [h('dt', { text: term }), h('dd', { text: detail })];

  const goldenPart = (() => {
    if (!golden) return [say(t('agreementGoldenInvalid'))];
    if (golden.examples === 0) return [say(t('examplesNone'))];
    const principles = golden.principles.filter((p) => p.n > 0);
    return [
      h(
        'dl',
        { class: 'agreement-facts agreement-golden' },
        ...row(t('agreementInBand'), t('examplesSummary', { inBand: golden.inBand, count: golden.examples })),
        ...row(
          t('agreementRatingKappa'),
          golden.rating.kappa === null ? t('agreementSameRating') : kappa.format(golden.rating.kappa),
        ),
        ...principles.flatMap((p) =>
          row(
            ctx.principleName(p.principle),
            t('agreementPrincipleGolden', { exact: p.exact, withinOne: p.withinOne, n: p.n }),
          ),
        ),
      ),
      ...(principles.length === 0 ? [say(t('agreementNoExpectedScores'))] : []),
    ];
  })();

  const judgePart =
    judge.verdicts === 0
      ? [say(t('agreementNoJudgeYet'))]
      : [
          h(
            'dl',
            { class: 'agreement-facts agreement-judge' },
            ...judge.principles.flatMap((p) =>
              row(
                ctx.principleName(p.principle),
                p.kappa === null
                  ? t(REASON_KEYS[p.reason ?? ''] ?? 'agreementNoVariation', {
                      n: p.n,
                      min: MIN_AGREEMENT_PAIRS,
                    })
                  : t('agreementKappa', { kappa: kappa.format(p.kappa), n: p.n }),
              ),
            ),
          ),
        ];

  root.replaceChildren(
    heading,
    say(t('agreementIntro')),
    h('h3', { text: t('agreementGolden') }),
    ...goldenPart,
    h('h3', { text: t('agreementJudge') }),
    ...judgePart,
  );
}
