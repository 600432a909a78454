import type { RubricResult } from '../../../client/index.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { polarityOf, segmentByHighlights } from '../highlight.ts';

/**
 * The learner's reply with the evidence marked: whole words, one mark where spans overlap. Whether the
 * words earned or cost points shows as an icon and in words (hidden but read out), not by colour alone.
 */
export function highlightedReply(
  content: string,
  feedback: RubricResult | null | undefined,
  ctx: AppContext,
) {
  const highlights = (feedback?.criteria ?? []).flatMap((criterion) =>
    criterion.score === null
      ? []
      : criterion.evidence.map((span) => ({ ...span, label: criterion.id, polarity: polarityOf(span) })),
  );
  const paragraph = h('p', { class: 'bubble-text' });
  for (const segment of segmentByHighlights(content, highlights)) {
    if (!segment.mark) {
      paragraph.append(segment.text);
      continue;
    }
    const { labels, polarity } = segment.mark;
    const meaning = `${ctx.t(`evidence.${polarity}`)}: ${labels.map((id) => ctx.principleName(id)).join(', ')}`;
    paragraph.append(
      h(
        'mark',
        {
          class: `hl hl-${polarity} hl-${labels[0]}`,
          'data-principles': labels.join(' '),
          'data-polarity': polarity,
          title: meaning,
        },
        segment.text,
        h('span', { class: 'visually-hidden', text: ` (${meaning})` }),
      ),
    );
  }
  return paragraph;
}

/**
 * A principle's evidence as quotes from the reply: overlapping pieces joined and widened to whole words
 * as in the highlighted reply, one line for what earned points and one for what cost them.
 */
function evidenceList(
  ctx: AppContext,
  content: string,
  criterion: RubricResult['criteria'][number],
  lang: string | null,
) {
  const marks = segmentByHighlights(
    content,
    criterion.evidence.map((span) => ({ ...span, label: criterion.id, polarity: polarityOf(span) })),
  ).filter((segment) => segment.mark);
  if (marks.length === 0) return null;
  const kinds = (['earned', 'cost'] as const).filter((kind) =>
    marks.some((segment) => segment.mark?.polarity === kind),
  );
  return h(
    'ul',
    { class: 'quotes', role: 'list' },
    ...kinds.map((kind) =>
      h(
        'li',
        { class: `evidence-item evidence-${kind}`, 'data-polarity': kind },
        h('span', { class: 'evidence-kind', text: `${ctx.t(`evidence.${kind}`)}: ` }),
        ...marks
          .filter((segment) => segment.mark?.polarity === kind)
          .map((segment) => h('q', { lang, text: segment.text })),
      ),
    ),
  );
}

/** The feedback on one reply as a disclosure: the newest is open, earlier ones fold away. */
export function feedbackCard(ctx: AppContext, feedback: RubricResult, content: string) {
  return h(
    'details',
    { class: 'feedback', open: true },
    h(
      'summary',
      { class: 'feedback-head' },
      h('span', { class: 'feedback-title', text: ctx.t('feedback') }),
      // Folded away, the card still says its score is a rough estimate.
      feedback.confidence?.level === 'low'
        ? h('span', { class: 'confidence-badge', text: ctx.t('roughEstimate') })
        : null,
      h('span', { class: 'overall', text: `${ctx.t('overall')} ${Math.round(feedback.overall)}/100` }),
    ),
    ...feedbackBody(ctx, feedback, content),
  );
}

/**
 * Per-principle scores with their feedback and evidence, the moves seen and tips, for one learner reply.
 * The rubric's sentences carry its language when the interface speaks another one. How far to trust the
 * scores is said when they are a rough estimate, or at every level with `everyConfidence`.
 */
export function feedbackBody(
  ctx: AppContext,
  feedback: RubricResult,
  content: string,
  options: { everyConfidence?: boolean } = {},
): HTMLElement[] {
  const lang = feedback.language !== ctx.language ? feedback.language : null;
  const scored = feedback.criteria.filter((c) => c.score !== null);
  const unscored = feedback.criteria.filter((c) => c.score === null);
  const parts: (HTMLElement | null)[] = [
    confidenceNote(ctx, feedback, lang, options.everyConfidence ?? false),
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
          criterion.feedback ? h('p', { class: 'criterion-feedback', lang, text: criterion.feedback }) : null,
          evidenceList(ctx, content, criterion, lang),
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
    ...feedback.flags.map((flag) => h('p', { class: 'flag', lang, text: flag.message })),
    ...(feedback.tips ?? [])
      .slice(0, 2)
      .map((tip) =>
        h('p', { class: 'tip' }, h('strong', { text: `${ctx.t('tip')}: ` }), h('span', { lang, text: tip })),
      ),
  ];
  return parts.filter((part): part is HTMLElement => part !== null);
}

/**
 * Said plainly, above the scores, how far to trust them: the main reason in the interface's words, the
 * rubric's own reasons below in its language. The chat says it only when they are a rough estimate; the
 * report says it for every reply.
 */
function confidenceNote(ctx: AppContext, feedback: RubricResult, lang: string | null, every: boolean) {
  const confidence = feedback.confidence;
  if (!confidence || (confidence.level !== 'low' && !every)) return null;
  const ids = new Set(confidence.reasons.map((reason) => reason.id));
  const head =
    confidence.level === 'low'
      ? ctx.t(
          `confidenceLow.${
            ids.has('little-recognised') || ids.has('no-acts')
              ? 'recognised'
              : ids.has('language')
                ? 'language'
                : ids.has('judge-disagrees')
                  ? 'judge'
                  : 'recognised'
          }`,
        )
      : confidence.level === 'medium'
        ? ctx.t(
            `confidenceMedium.${
              ids.has('partly-recognised')
                ? 'recognised'
                : ids.has('unusual-length')
                  ? 'length'
                  : ids.has('judge-disagrees')
                    ? 'judge'
                    : 'recognised'
            }`,
          )
        : ctx.t('confidenceHigh.recognised');
  return h(
    'div',
    {
      class: `confidence-note confidence-${confidence.level}`,
      role: 'note',
      'data-confidence': confidence.level,
    },
    h('p', { class: 'confidence-head', text: head }),
    ...confidence.reasons.map((reason) =>
      h('p', { class: 'muted small', lang, 'data-reason': reason.id, text: reason.message }),
    ),
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
