import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { segmentByHighlights } from '../highlight.ts';
import type { RubricResult } from '../types.ts';

/** The learner's reply with the evidence for each principle marked, built from text segments. */
export function highlightedReply(
  content: string,
  feedback: RubricResult | null | undefined,
  ctx: AppContext,
) {
  const highlights = (feedback?.criteria ?? []).flatMap((criterion) =>
    criterion.score === null ? [] : criterion.evidence.map((span) => ({ ...span, label: criterion.id })),
  );
  const paragraph = h('p', { class: 'bubble-text' });
  for (const segment of segmentByHighlights(content, highlights)) {
    if (segment.labels.length === 0) {
      paragraph.append(segment.text);
      continue;
    }
    const names = segment.labels.map((id) => ctx.principleName(id)).join(', ');
    paragraph.append(
      h('mark', {
        class: `hl hl-${segment.labels[0]}`,
        'data-principles': segment.labels.join(' '),
        title: names,
        text: segment.text,
      }),
    );
  }
  return paragraph;
}

/** Per-principle scores with their feedback, the moves seen and a tip, for one learner reply. */
export function feedbackCard(ctx: AppContext, feedback: RubricResult) {
  const scored = feedback.criteria.filter((c) => c.score !== null);
  const unscored = feedback.criteria.filter((c) => c.score === null);
  // A disclosure: the newest feedback is open, earlier ones fold away so the conversation stays readable.
  return h(
    'details',
    { class: 'feedback', open: true },
    h(
      'summary',
      { class: 'feedback-head' },
      h('span', { class: 'feedback-title', text: ctx.t('feedback') }),
      h('span', { class: 'overall', text: `${ctx.t('overall')} ${Math.round(feedback.overall)}/100` }),
    ),
    h(
      'ul',
      { class: 'criteria', role: 'list' },
      ...scored.map((criterion) =>
        h(
          'li',
          { class: `criterion criterion-${criterion.id}`, 'data-principle': criterion.id },
          h(
            'div',
            { class: 'criterion-head' },
            h('span', {
              class: 'criterion-name',
              title: ctx.principleStatement(criterion.id),
              text: ctx.principleName(criterion.id),
            }),
            scoreDots(ctx, criterion.score ?? 0),
          ),
          criterion.feedback ? h('p', { class: 'criterion-feedback', text: criterion.feedback }) : null,
          criterion.evidence.length
            ? h('p', { class: 'quotes' }, ...criterion.evidence.map((span) => h('q', { text: span.quote })))
            : null,
        ),
      ),
    ),
    unscored.length
      ? h('p', {
          class: 'muted small',
          text: `${capitalise(ctx.t('notApplicable'))}: ${unscored.map((c) => ctx.principleName(c.id)).join(', ')}`,
        })
      : null,
    feedback.moves.length
      ? h(
          'p',
          { class: 'moves' },
          h('span', { class: 'visually-hidden', text: `${ctx.t('movesSeen')}: ` }),
          ...[...new Set(feedback.moves.map((move) => move.id))].map((id) =>
            h('span', { class: 'chip', text: ctx.moveName(id) }),
          ),
        )
      : null,
    ...feedback.flags.map((flag) => h('p', { class: 'flag', text: flag.message })),
    ...(feedback.tips ?? [])
      .slice(0, 2)
      .map((tip) => h('p', { class: 'tip' }, h('strong', { text: `${ctx.t('tip')}: ` }), tip)),
  );
}

function scoreDots(ctx: AppContext, score: number) {
  const label = ctx.t('scoreOf', { score });
  return h(
    'span',
    { class: 'dots', role: 'img', 'aria-label': label, title: label },
    ...[1, 2, 3, 4].map((i) => h('span', { class: i <= score ? 'dot dot-on' : 'dot' })),
  );
}

function capitalise(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
