import type { Comparison, CounterfactualComparison } from '../../../client/index.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';

// The report's side-by-side view of the replies taken back: at each point, the reply taken back beside the
// one kept, the persona's answer to each, the scores per principle with the difference, and the evidence the
// rubric read differently. Two columns on a wide screen, one under the other on a phone. The alternatives played
// at a reply ("What if I had said…") are set beside it the same way, with the mood each left.

/** What the two sides are called. */
type Labels = { before: string; after: string; columns: [string, string] };

export function comparisonsPanel(
  ctx: AppContext,
  comparisons: Comparison[],
  lang: string | null,
  replyNumber: (seq: number) => number,
) {
  if (comparisons.length === 0) return null;
  return h(
    'section',
    { class: 'panel comparisons', 'aria-labelledby': 'report-comparisons-title' },
    h('h2', { id: 'report-comparisons-title', text: ctx.t('comparisonsTitle') }),
    h('p', { class: 'muted', text: ctx.t('comparisonsIntro') }),
    ...comparisons.map((comparison) =>
      comparisonCard(ctx, comparison, lang, replyNumber(comparison.seq), {
        before: ctx.t('takenBack'),
        after: ctx.t('kept'),
        columns: [ctx.t('scoreBefore'), ctx.t('scoreAfter')],
      }),
    ),
  );
}

export function counterfactualsPanel(
  ctx: AppContext,
  played: CounterfactualComparison[],
  lang: string | null,
  replyNumber: (seq: number) => number,
) {
  if (played.length === 0) return null;
  const labels: Labels = {
    before: ctx.t('youSaid'),
    after: ctx.t('whatIfSide'),
    columns: [ctx.t('youSaid'), ctx.t('whatIfSide')],
  };
  const mood = (
    from: CounterfactualComparison['mood']['before'],
    to: CounterfactualComparison['mood']['before'],
  ) =>
    ctx.t('moodChange', {
      trustFrom: from.trust,
      trustTo: to.trust,
      tensionFrom: from.tension,
      tensionTo: to.tension,
    });
  return h(
    'section',
    { class: 'panel comparisons counterfactuals', 'aria-labelledby': 'report-counterfactuals-title' },
    h('h2', { id: 'report-counterfactuals-title', text: ctx.t('counterfactualsTitle') }),
    h('p', { class: 'muted', text: ctx.t('counterfactualsIntro') }),
    ...played.map((one) =>
      comparisonCard(ctx, one, lang, replyNumber(one.seq), labels, {
        after: ` (${ctx.t(`whatIfFrom.${one.source}`)})`,
        moods: {
          before: one.mood.said ? mood(one.mood.before, one.mood.said) : null,
          after: mood(one.mood.before, one.mood.alternative),
        },
      }),
    ),
  );
}

function comparisonCard(
  ctx: AppContext,
  comparison: Comparison,
  lang: string | null,
  n: number,
  labels: Labels,
  extra: { after?: string; moods?: { before: string | null; after: string } } = {},
) {
  const side = (label: string, item: Comparison['before'], kind: 'before' | 'after') => {
    const mood = extra.moods?.[kind];
    return h(
      'div',
      { class: `comparison-side comparison-${kind}` },
      h('h4', {
        text: `${label}${kind === 'after' ? (extra.after ?? '') : ''} · ${ctx.t('overall')} ${Math.round(item.overall)}/100`,
      }),
      h('p', { class: 'comparison-reply', lang, text: item.reply }),
      h(
        'p',
        { class: 'comparison-answer' },
        h('strong', { text: `${ctx.t('theirAnswer')}: ` }),
        h('span', { lang, text: item.answer ?? ctx.t('noAnswer') }),
      ),
      mood
        ? h('p', { class: 'comparison-mood' }, h('strong', { text: `${ctx.t('whatIfMood')}: ` }), mood)
        : null,
    );
  };
  const signed = (value: number | null) =>
    value === null ? '–' : value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
  const score = (value: number | null) => (value === null ? '–' : String(value));
  return h(
    'article',
    { class: 'comparison' },
    h('h3', { text: ctx.t('replyN', { n }) }),
    h(
      'div',
      { class: 'comparison-sides' },
      side(labels.before, comparison.before, 'before'),
      side(labels.after, comparison.after, 'after'),
    ),
    h(
      'table',
      { class: 'comparison-scores' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col', text: ctx.t('principleLabel') }),
          h('th', { scope: 'col', text: labels.columns[0] }),
          h('th', { scope: 'col', text: labels.columns[1] }),
          h('th', { scope: 'col', text: ctx.t('difference') }),
        ),
      ),
      h(
        'tbody',
        {},
        ...comparison.principles.map((principle) =>
          h(
            'tr',
            { 'data-principle': principle.id },
            h('th', { scope: 'row', text: ctx.principleName(principle.id) }),
            h('td', { text: score(principle.before) }),
            h('td', { text: score(principle.after) }),
            h('td', {
              class:
                principle.difference && principle.difference > 0
                  ? 'up'
                  : principle.difference && principle.difference < 0
                    ? 'down'
                    : null,
              text: signed(principle.difference),
            }),
          ),
        ),
      ),
    ),
    comparison.evidence.length > 0
      ? h(
          'div',
          { class: 'comparison-evidence' },
          h('h4', { text: ctx.t('evidenceChanged') }),
          h(
            'ul',
            { role: 'list' },
            ...comparison.evidence.map((changed) =>
              h(
                'li',
                {},
                h('strong', { text: `${ctx.principleName(changed.id)}: ` }),
                quotes(ctx, labels.before, changed.before, lang),
                ' ',
                quotes(ctx, labels.after, changed.after, lang),
              ),
            ),
          ),
        )
      : null,
  );
}

function quotes(
  ctx: AppContext,
  label: string,
  list: Comparison['evidence'][number]['before'],
  lang: string | null,
) {
  return h(
    'span',
    { class: 'evidence-side' },
    `${label}: `,
    ...(list.length === 0
      ? [ctx.t('nothingRead')]
      : list.flatMap((item, i) => [
          i > 0 ? ', ' : '',
          h('q', {
            class: item.polarity === 'earned' ? 'evidence-earned' : 'evidence-cost',
            lang,
            text: item.quote,
          }),
          h('span', { class: 'visually-hidden', text: ` (${ctx.t(`evidence.${item.polarity}`)})` }),
        ])),
    '.',
  );
}
