import { type ProgressReport, RehearseApiError } from '../../../client/index.ts';
import { PRINCIPLE_IDS } from '../../../rubric/ids.ts';
import { type AppContext, href, type View } from '../context.ts';
import { clear, h } from '../dom.ts';
import { principleLine, responsiveChart } from './charts.ts';
import { errorPanel, formatDate, heading, loading } from './common.ts';

export function renderProgress(ctx: AppContext, root: HTMLElement): View {
  const title = heading(ctx.t('progressTitle'));
  const body = h('div', { class: 'progress-body' }, loading(ctx));
  root.append(
    h('section', { class: 'progress' }, title, h('p', { class: 'lead', text: ctx.t('progressIntro') }), body),
  );
  const cleanups: (() => void)[] = [];

  const show = async () => {
    try {
      // A learner the server has not met yet (no session started) simply has no progress.
      const progress = await ctx.api.getLearnerProgress(ctx.store.learnerId()).catch((error: unknown) => {
        if (error instanceof RehearseApiError && error.status === 404) return { reports: [] };
        throw error;
      });
      clear(body);
      body.append(...content(ctx, progress.reports, cleanups));
    } catch (error) {
      clear(body);
      body.append(errorPanel(ctx, error, () => void show()));
    }
  };
  void show();
  return {
    title: ctx.t('progressTitle'),
    focus: title,
    dispose: () => {
      for (const done of cleanups) done();
    },
  };
}

function content(ctx: AppContext, reports: ProgressReport[], cleanups: (() => void)[]): HTMLElement[] {
  if (reports.length === 0) {
    return [
      h(
        'div',
        { class: 'panel empty' },
        h('p', { text: ctx.t('noSessions') }),
        h('a', { class: 'button button-primary', href: href.picker(), text: ctx.t('navScenarios') }),
      ),
    ];
  }
  const sessions = [...reports].sort((a, b) => a.endedAt.localeCompare(b.endedAt));
  // A list rather than a table: on a phone each conversation keeps its title whole and its score in view.
  const list = h(
    'ol',
    { class: 'session-list', role: 'list' },
    ...[...sessions].reverse().map((session) =>
      h(
        'li',
        { class: 'session-item' },
        h(
          'span',
          { class: 'session-title' },
          h('a', { href: href.report(session.sessionId), text: session.scenarioTitle || session.scenarioId }),
          session.mode === 'assessment' ? h('span', { class: 'tag', text: ctx.t('modeTag') }) : null,
        ),
        h('span', { class: 'session-date', text: formatDate(ctx.language, session.endedAt) }),
        h('span', {
          class: 'session-overall',
          text: `${ctx.t('overall')} ${Math.round(session.overall)}/100`,
        }),
      ),
    ),
  );

  const charts = PRINCIPLE_IDS.map((id) => {
    const values = sessions.map(
      (session) => session.principles.find((principle) => principle.id === id)?.mean ?? null,
    );
    const box = h('div', { class: 'chart-box' });
    cleanups.push(responsiveChart(box, (width) => principleLine(ctx, id, values, width)));
    return h(
      'li',
      { class: 'panel line-card', 'data-principle': id },
      h('h3', { text: ctx.principleName(id) }),
      h('p', { class: 'muted small statement', text: ctx.principleStatement(id) }),
      box,
    );
  });

  return [
    h('section', { class: 'panel' }, h('h2', { text: ctx.t('pastSessions') }), list),
    h(
      'section',
      { class: 'over-time' },
      h('h2', { text: ctx.t('overTime') }),
      h('ul', { class: 'line-grid', role: 'list' }, ...charts),
    ),
    h('p', { class: 'muted small', text: ctx.t('learnerNote') }),
  ];
}
