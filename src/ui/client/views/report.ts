import { PRINCIPLE_IDS } from '../../../rubric/ids.ts';
import { api } from '../api.ts';
import { type AppContext, href, type View } from '../context.ts';
import { clear, h } from '../dom.ts';
import type { Moment, Report } from '../types.ts';
import { chartFrame, principleBars, responsiveChart } from './charts.ts';
import { errorPanel, formatScore, heading, loading } from './common.ts';

export function renderReport(ctx: AppContext, root: HTMLElement, sessionId: string): View {
  const title = heading(ctx.t('reportTitle'));
  const body = h('div', { class: 'report-body' }, loading(ctx));
  root.append(h('section', { class: 'report' }, title, body));
  const cleanups: (() => void)[] = [];

  const show = async () => {
    try {
      const report = ctx.reports.get(sessionId) ?? (await api.report(sessionId));
      const scenario = await api.scenario(report.scenarioId).catch(() => null);
      if (scenario) {
        title.textContent = ctx.t('reportFor', { title: scenario.title });
        document.title = `${title.textContent} · ${ctx.t('appName')}`;
      }
      clear(body);
      body.append(...content(ctx, report, cleanups));
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

function content(ctx: AppContext, report: Report, cleanups: (() => void)[]): HTMLElement[] {
  const byId = new Map((report.principles ?? []).map((p) => [p.id, p]));
  const items = PRINCIPLE_IDS.map((id) => ({
    id,
    value: byId.get(id)?.mean ?? null,
    trend: byId.get(id)?.trend ?? null,
  }));
  const chartBox = h('div', { class: 'chart-box' });
  cleanups.push(responsiveChart(chartBox, (width) => principleBars(ctx, items, width)));

  const summaryCard = (key: 'strongBack' | 'softFront' | 'wildHeart') => {
    const part = report.summary?.[key];
    if (!part) return null;
    return h(
      'li',
      { class: `image-card image-${key}` },
      h('h3', { text: ctx.t(key) }),
      part.score === null || part.score === undefined
        ? null
        : h('p', { class: 'image-score', text: `${formatScore(part.score, ctx)} / 4` }),
      h('p', { text: part.text }),
    );
  };

  return [
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
      ),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 'report-image-title' },
        h('h2', { id: 'report-image-title', text: ctx.t('leaderImage') }),
        h(
          'ul',
          { class: 'image-cards', role: 'list' },
          summaryCard('strongBack'),
          summaryCard('softFront'),
          summaryCard('wildHeart'),
        ),
      ),
    ),
    h(
      'div',
      { class: 'moments' },
      momentsPanel(ctx, ctx.t('strongest'), report.strongest ?? [], 'strong'),
      momentsPanel(ctx, ctx.t('weakest'), report.weakest ?? [], 'weak'),
    ),
    h(
      'section',
      { class: 'panel' },
      h('h2', { text: ctx.t('goalReached') }),
      h(
        'ul',
        { class: 'success-list', role: 'list' },
        ...(report.success ?? []).map((item) =>
          h(
            'li',
            { class: item.met ? 'met' : 'not-met' },
            h('span', { class: 'success-mark', 'aria-hidden': 'true', text: item.met ? '✓' : '○' }),
            h(
              'span',
              {},
              h('strong', { text: `${item.met ? ctx.t('met') : ctx.t('notMet')}: ` }),
              item.statement,
              item.evidence ? h('q', { class: 'evidence', text: item.evidence }) : null,
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'panel next' },
      h('h2', { text: ctx.t('practiseNext') }),
      h('p', { text: report.nextPractice ?? '' }),
    ),
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
  ];
}

function momentsPanel(ctx: AppContext, title: string, moments: Moment[], kind: string) {
  return h(
    'section',
    { class: `panel moments-${kind}` },
    h('h2', { text: title }),
    moments.length
      ? h(
          'ul',
          { class: 'moment-list', role: 'list' },
          ...moments.map((moment) =>
            h(
              'li',
              { class: 'moment' },
              h('blockquote', { class: `hl-border-${moment.principle}` }, h('p', { text: moment.quote })),
              h(
                'p',
                { class: 'moment-why' },
                h('strong', { text: `${ctx.principleName(moment.principle)}. ` }),
                moment.why,
              ),
            ),
          ),
        )
      : h('p', { class: 'muted', text: ctx.t('noMoments') }),
  );
}
