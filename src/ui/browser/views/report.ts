import type { Report, Session, Turn } from '../../../client/index.ts';
import { PRINCIPLE_IDS } from '../../../rubric/ids.ts';
import { type AppContext, href, type View } from '../context.ts';
import { clear, h } from '../dom.ts';
import { chartFrame, principleBars, responsiveChart } from './charts.ts';
import { errorPanel, formatScore, heading, loading } from './common.ts';
import { comparisonsPanel, counterfactualsPanel } from './comparisons.ts';
import { feedbackBody, highlightedReply } from './feedback.ts';

export function renderReport(ctx: AppContext, root: HTMLElement, sessionId: string): View {
  const title = heading(ctx.t('reportTitle'));
  const body = h('div', { class: 'report-body' }, loading(ctx));
  root.append(h('section', { class: 'report' }, title, body));
  const cleanups: (() => void)[] = [];

  const show = async () => {
    try {
      const report = ctx.reports.get(sessionId) ?? (await ctx.api.getReport(sessionId));
      // The session brings every reply with its scores: the report's reply-by-reply part.
      const [scenario, session] = await Promise.all([
        ctx.api.getScenario(report.scenarioId).catch(() => null),
        ctx.api.getSession(sessionId).catch(() => null),
      ]);
      if (scenario) {
        title.textContent = ctx.t('reportFor', { title: scenario.title });
        if (scenario.language !== ctx.language) title.lang = scenario.language;
        document.title = `${title.textContent} · ${ctx.t('appName')}`;
      }
      clear(body);
      body.append(...content(ctx, report, session, cleanups));
    } catch (error) {
      clear(body);
      body.append(errorPanel(ctx, error, () => void show()));
    }
  };
  void show();
  return {
    title: ctx.t('reportTitle'),
    focus: title,
    dispose: () => {
      for (const done of cleanups) done();
    },
  };
}

type ImageKey = 'strongBack' | 'softFront' | 'wildHeart';
type Moment = Report['strongest'][number];
type ActInSession = NonNullable<Report['acts']>['mustNot'][number];
type ConfidenceLevel = NonNullable<Report['confidence']>['replies'][number]['level'];

function content(
  ctx: AppContext,
  report: Report,
  session: Session | null,
  cleanups: (() => void)[],
): HTMLElement[] {
  // The report's sentences are written in the conversation's language; the markup says so.
  const lang = report.language && report.language !== ctx.language ? report.language : null;
  const replies = learnerReplies(report, session);
  const replyNumber = (seq: number) => replies.findIndex((reply) => reply.seq === seq) + 1;

  const byId = new Map((report.principles ?? []).map((p) => [p.id, p]));
  const items = PRINCIPLE_IDS.map((id) => ({
    id,
    value: byId.get(id)?.mean ?? null,
    trend: byId.get(id)?.trend ?? null,
  }));
  const chartBox = h('div', { class: 'chart-box' });
  cleanups.push(responsiveChart(chartBox, (width) => principleBars(ctx, items, width)));

  const imageCard = (key: ImageKey) => {
    const part = report.summary?.[key];
    if (!part) return null;
    const basis =
      key === 'wildHeart'
        ? ctx.t('wildHeartBasis')
        : ctx.t('imageBasis', {
            names: (part.principles ?? []).map((id) => ctx.principleName(id)).join(', '),
          });
    return h(
      'li',
      { class: `image-card image-${key}` },
      h(
        'div',
        { class: 'image-head' },
        h('h3', { text: ctx.t(key) }),
        part.score === null || part.score === undefined
          ? null
          : h('p', { class: 'image-score', text: `${formatScore(part.score, ctx)} / 4` }),
      ),
      h('p', { class: 'image-means', text: ctx.t(`${key}Means`) }),
      part.principles?.length || key === 'wildHeart' ? h('p', { class: 'image-basis', text: basis }) : null,
      h('p', { class: 'image-text', lang, text: part.text }),
    );
  };

  return [
    lang
      ? h(
          'div',
          { class: 'notice notice-language', role: 'note' },
          h('p', { text: ctx.t('reportKeepsLanguage', { language: ctx.t(`languageIn.${lang}`) }) }),
        )
      : null,
    h(
      'div',
      { class: 'report-top' },
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'report-chart-title' },
        h(
          'div',
          { class: 'panel-head' },
          h('h2', { id: 'report-chart-title', text: ctx.t('principlesChart') }),
          h('p', { class: 'overall-big', text: `${ctx.t('overall')} ${Math.round(report.overall)}/100` }),
        ),
        chartFrame(chartBox),
        h(
          'ul',
          { class: 'visually-hidden' },
          ...items.map((item) =>
            h('li', {
              text: ctx.t('chartSummary', {
                name: `${ctx.principleName(item.id)} (${ctx.principleStatement(item.id)})`,
                value: `${formatScore(item.value, ctx)}${item.trend ? `, ${ctx.t(item.trend > 0 ? 'trendUp' : 'trendDown')}` : ''}`,
              }),
            }),
          ),
        ),
        composition(ctx, report, replies),
        compositionActs(ctx, report, lang, replyNumber),
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'report-image-title' },
        h('h2', { id: 'report-image-title', text: ctx.t('leaderImage') }),
        h(
          'ul',
          { class: 'image-cards', role: 'list' },
          imageCard('strongBack'),
          imageCard('softFront'),
          imageCard('wildHeart'),
        ),
      ),
    ),
    h(
      'div',
      { class: 'moments' },
      momentsPanel(ctx, ctx.t('strongest'), report.strongest ?? [], 'strong', lang, replyNumber),
      momentsPanel(ctx, ctx.t('weakest'), report.weakest ?? [], 'weak', lang, replyNumber),
    ),
    goalsPanel(ctx, report, lang, replyNumber),
    practisePanel(ctx, report, lang, replyNumber),
    comparisonsPanel(ctx, report.comparisons ?? [], lang, replyNumber),
    counterfactualsPanel(ctx, report.counterfactuals ?? [], lang, replyNumber),
    replies.some((reply) => reply.feedback) ? replyBreakdown(ctx, replies, report, lang) : null,
    h(
      'nav',
      { class: 'actions', 'aria-label': ctx.t('reportTitle') },
      h('a', {
        class: 'button button-primary',
        href: href.briefing(report.scenarioId),
        text: ctx.t('practiseAgain'),
      }),
      h('a', { class: 'button', href: href.picker(), text: ctx.t('otherScenario') }),
      h('a', { class: 'button', href: href.progress(), text: ctx.t('seeProgress') }),
    ),
  ].filter((part): part is HTMLElement => part !== null);
}

type Reply = {
  seq: number;
  overall: number | null;
  content: string | null;
  feedback: Turn['feedback'] | null;
  confidence: ConfidenceLevel | null;
};

/** The learner's replies in order: from the session when it could be read, from the report otherwise. */
function learnerReplies(report: Report, session: Session | null): Reply[] {
  // Verdicts stored before confidence existed have it worked out again in the report.
  const levels = new Map((report.confidence?.replies ?? []).map((reply) => [reply.seq, reply.level]));
  const fromSession = (session?.turns ?? [])
    .filter((turn) => turn.role === 'learner')
    .map((turn) => ({
      seq: turn.seq,
      overall: turn.feedback?.overall ?? null,
      content: turn.content,
      feedback: turn.feedback,
      confidence: turn.feedback?.confidence?.level ?? levels.get(turn.seq) ?? null,
    }));
  if (fromSession.length) return fromSession;
  return (report.composition?.replies ?? []).map((reply) => ({
    ...reply,
    content: null,
    feedback: null,
    confidence: levels.get(reply.seq) ?? null,
  }));
}

/** How the overall is made: the mean of the replies' own scores, the principles weighted by the focus. */
function composition(ctx: AppContext, report: Report, replies: Reply[]) {
  const made = report.composition;
  if (!made || made.replies.length === 0) return null;
  const focus = made.focus;
  const weights = focus
    ? PRINCIPLE_IDS.filter((id) => (focus[id] ?? 0) > 0)
        .sort((a, b) => (focus[b] ?? 0) - (focus[a] ?? 0))
        .map((id) => `${ctx.principleName(id)} ×${focus[id]}`)
        .join(', ')
    : null;
  const number = (seq: number) => replies.findIndex((reply) => reply.seq === seq) + 1 || undefined;
  // Reports stored before hints existed have none.
  const hinted = new Set((report.hints ?? []).map((hint) => hint.seq));
  return h(
    'div',
    { class: 'composition' },
    h('h3', { text: ctx.t('compositionTitle') }),
    h(
      'p',
      {},
      ctx.t(made.replies.length === 1 ? 'compositionOne' : 'compositionMany', {
        overall: Math.round(report.overall),
        count: made.replies.length,
      }),
    ),
    h(
      'ol',
      { class: 'composition-replies', role: 'list' },
      ...made.replies.map((reply, i) =>
        h('li', {
          text: `${ctx.t('replyN', { n: number(reply.seq) ?? i + 1 })}: ${Math.round(reply.overall)}${hinted.has(reply.seq) ? ` · ${ctx.t('afterHint')}` : ''}`,
        }),
      ),
    ),
    hinted.size > 0
      ? h('p', {
          class: 'hints-used',
          text: ctx.t('hintsUsedIn', {
            replies: repliesText(ctx, [...hinted], (seq) => number(seq) ?? 0),
          }),
        })
      : null,
    h('p', {
      class: 'muted small',
      text: weights ? ctx.t('compositionFocus', { weights }) : ctx.t('compositionEqual'),
    }),
  );
}

/**
 * The scenario's own acts beside the overall: where the core act came (without it courage and clarity
 * stay at 2 or below) and which replies did what to avoid (capped). This is what ties the goals that
 * ask for those acts to the scores of the replies.
 */
function compositionActs(
  ctx: AppContext,
  report: Report,
  lang: string | null,
  replyNumber: (seq: number) => number,
) {
  const acts = report.acts;
  if (!acts) return null;
  const sentences = [
    acts.core
      ? h(
          'p',
          { class: 'act-core' },
          ...withLabel(
            acts.core.doneIn.length
              ? ctx.t('actCoreIn', { replies: repliesText(ctx, acts.core.doneIn, replyNumber) })
              : ctx.t('actCoreNever'),
            acts.core.label,
            lang,
          ),
        )
      : null,
    ...acts.mustNot
      .filter((act) => act.doneIn.length > 0)
      .map((act) =>
        h(
          'p',
          { class: 'act-must-not' },
          ...withLabel(
            ctx.t('actMustNotIn', { replies: repliesText(ctx, act.doneIn, replyNumber) }),
            act.label,
            lang,
          ),
        ),
      ),
  ].filter((part): part is HTMLParagraphElement => part !== null);
  return sentences.length ? h('div', { class: 'composition-acts' }, ...sentences) : null;
}

/** An interface sentence with the scenario's words for an act in it, quoted and marked in their language. */
function withLabel(text: string, label: string, lang: string | null): (Node | string)[] {
  const [before = '', after = ''] = text.split('{label}');
  return [before, h('q', { class: 'act-label', lang, text: label }), after];
}

/** "reply 2", "replies 2 and 4": the replies as the learner counts them. */
function repliesText(ctx: AppContext, seqs: number[], replyNumber: (seq: number) => number) {
  const numbers = seqs.map(replyNumber).filter((n) => n > 0);
  if (numbers.length === 1) return ctx.t('replyOne', { n: numbers[0]! });
  const list = new Intl.ListFormat(ctx.language, { type: 'conjunction' }).format(numbers.map(String));
  return ctx.t('replyMany', { list });
}

function goalsPanel(
  ctx: AppContext,
  report: Report,
  lang: string | null,
  replyNumber: (seq: number) => number,
) {
  const goals = report.success ?? [];
  const met = goals.filter((goal) => goal.met).length;
  const overall = Math.round(report.overall);
  // Goals ask whether an act happened at all; the overall averages every reply. When the two seem to
  // disagree, the report says why instead of leaving the learner to wonder.
  const share = goals.length ? met / goals.length : null;
  const note =
    share === null
      ? null
      : share >= 0.75 && overall < 60
        ? ctx.t('goalsAboveScore', { met, total: goals.length, overall })
        : share <= 0.25 && overall >= 60
          ? ctx.t('goalsBelowScore', { met, total: goals.length, overall })
          : null;
  return h(
    'section',
    { class: 'panel goals' },
    h('h2', { text: ctx.t('goalReached') }),
    h(
      'ul',
      { class: 'success-list', role: 'list' },
      ...goals.map((item) =>
        h(
          'li',
          { class: item.met ? 'met' : 'not-met' },
          h('span', { class: 'success-mark', 'aria-hidden': 'true', text: item.met ? '✓' : '○' }),
          h(
            'span',
            {},
            h('strong', { text: `${item.met ? ctx.t('met') : ctx.t('notMet')}: ` }),
            h('span', { lang, text: item.statement }),
            item.evidence ? h('q', { class: 'evidence', lang, text: item.evidence }) : null,
            item.met && item.seq !== undefined && replyNumber(item.seq) > 0
              ? h('span', { class: 'goal-reply', text: ctx.t('replyN', { n: replyNumber(item.seq) }) })
              : null,
          ),
        ),
      ),
    ),
    note ? h('p', { class: 'goals-note', text: note }) : null,
  );
}

function practisePanel(
  ctx: AppContext,
  report: Report,
  lang: string | null,
  replyNumber: (seq: number) => number,
) {
  const practice = report.practice;
  return h(
    'section',
    { class: 'panel next' },
    h('h2', { text: ctx.t('practiseNext') }),
    practice
      ? h(
          'div',
          { class: 'practice' },
          h(
            'p',
            { class: 'practice-principle' },
            h('strong', { text: ctx.principleName(practice.principle) }),
            ` — ${ctx.t('weakestThisTime', { mean: formatScore(practice.mean, ctx) })}`,
          ),
          practice.moment ? moment(ctx, practice.moment, lang, replyNumber) : null,
          h('p', { class: 'exercise', lang, text: practice.exercise }),
          practiceActs(ctx, report, lang, replyNumber),
        )
      : h('p', { lang, text: report.nextPractice ?? '' }),
  );
}

/** The acts this session lacked: the core act no reply did, and what to avoid that a reply did. */
function practiceActs(
  ctx: AppContext,
  report: Report,
  lang: string | null,
  replyNumber: (seq: number) => number,
) {
  const acts = report.acts;
  if (!acts) return null;
  const item = (kind: string, sentence: (Node | string)[], act: ActInSession | null) =>
    h(
      'li',
      { class: `practice-act practice-act-${kind}` },
      h('p', { class: 'practice-act-what' }, ...sentence),
      act?.tip ? h('p', { class: 'practice-act-tip', lang, text: act.tip }) : null,
    );
  const missing = acts.core && acts.core.doneIn.length === 0 ? acts.core : null;
  const done = acts.mustNot.filter((act) => act.doneIn.length > 0);
  const items = [
    missing ? item('core', withLabel(ctx.t('practiseCoreMissing'), missing.label, lang), missing) : null,
    ...done.map((act) =>
      item(
        'must-not',
        withLabel(
          ctx.t('practiseMustNot', { replies: repliesText(ctx, act.doneIn, replyNumber) }),
          act.label,
          lang,
        ),
        act,
      ),
    ),
  ];
  if (!missing && done.length === 0 && acts.core) {
    items.push(
      item(
        'kept',
        [ctx.t('practiseActsKept', { replies: repliesText(ctx, acts.core.doneIn, replyNumber) })],
        null,
      ),
    );
  }
  return h(
    'div',
    { class: 'practice-acts' },
    h('h3', { text: ctx.t('actsToPractise') }),
    h('ul', { class: 'practice-act-list', role: 'list' }, ...items),
  );
}

/** Every reply with its scores and evidence: what an assessment keeps back until the end. */
function replyBreakdown(ctx: AppContext, replies: Reply[], report: Report, lang: string | null) {
  const actsOf = (seq: number) => [
    ...(report.acts?.core?.doneIn.includes(seq)
      ? [
          h(
            'p',
            { class: 'reply-act reply-act-core' },
            ...withLabel(ctx.t('replyDidCore'), report.acts.core.label, lang),
          ),
        ]
      : []),
    ...(report.acts?.mustNot ?? [])
      .filter((act) => act.doneIn.includes(seq))
      .map((act) =>
        h(
          'p',
          { class: 'reply-act reply-act-must-not' },
          ...withLabel(ctx.t('replyDidMustNot'), act.label, lang),
        ),
      ),
  ];
  return h(
    'section',
    { class: 'panel reply-breakdown', 'aria-labelledby': 'report-replies-title' },
    h('h2', { id: 'report-replies-title', text: ctx.t('replyByReply') }),
    h(
      'ol',
      { class: 'reply-list', role: 'list' },
      ...replies.map((reply, i) =>
        h(
          'li',
          { class: 'reply-item' },
          h(
            'details',
            { class: 'feedback' },
            h(
              'summary',
              { class: 'feedback-head' },
              h('span', { class: 'feedback-title', text: ctx.t('replyN', { n: i + 1 }) }),
              // Folded away, each reply still says how far to trust its score.
              reply.confidence === null
                ? null
                : h('span', {
                    class: `confidence-badge confidence-badge-${reply.confidence}`,
                    'data-confidence': reply.confidence,
                    text: ctx.t(`confidenceLevel.${reply.confidence}`),
                  }),
              reply.overall === null
                ? null
                : h('span', {
                    class: 'overall',
                    text: `${ctx.t('overall')} ${Math.round(reply.overall)}/100`,
                  }),
            ),
            reply.content === null
              ? null
              : h(
                  'blockquote',
                  { class: 'reply-quote', lang },
                  highlightedReply(reply.content, reply.feedback, ctx),
                ),
            ...actsOf(reply.seq),
            ...(reply.feedback && reply.content !== null
              ? feedbackBody(ctx, reply.feedback, reply.content, { everyConfidence: true })
              : []),
          ),
        ),
      ),
    ),
  );
}

function moment(ctx: AppContext, item: Moment, lang: string | null, replyNumber: (seq: number) => number) {
  const n = replyNumber(item.seq);
  return h(
    'div',
    { class: 'moment' },
    h('blockquote', { class: `hl-border-${item.principle}`, lang }, h('p', { text: item.quote })),
    h(
      'p',
      { class: 'moment-why' },
      h('strong', {
        text: `${n > 0 ? `${ctx.t('replyN', { n })} · ` : ''}${ctx.principleName(item.principle)}. `,
      }),
      h('span', { lang, text: item.why }),
    ),
  );
}

function momentsPanel(
  ctx: AppContext,
  title: string,
  moments: Moment[],
  kind: string,
  lang: string | null,
  replyNumber: (seq: number) => number,
) {
  return h(
    'section',
    { class: `panel moments-${kind}` },
    h('h2', { text: title }),
    moments.length
      ? h(
          'ul',
          { class: 'moment-list', role: 'list' },
          ...moments.map((item) => h('li', {}, moment(ctx, item, lang, replyNumber))),
        )
      : h('p', { class: 'muted', text: ctx.t('noMoments') }),
  );
}
