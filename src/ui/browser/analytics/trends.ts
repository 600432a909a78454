// Per principle: the mean per week as the chat's line chart, on one week axis for all five, with the same
// figures as a table beside it for whoever cannot see the chart.
import type { PrincipleTrend } from '../../../client/index.ts';
import { h } from '../dom.ts';
import { principleLine, responsiveChart } from '../views/charts.ts';
import type { AnalyticsContext } from './context.ts';
import { seriesOn, weekAxis } from './weeks.ts';

export function renderTrends(
  ctx: AnalyticsContext,
  principles: readonly PrincipleTrend[],
  cleanups: (() => void)[],
): HTMLElement {
  const axis = weekAxis(principles.flatMap((principle) => principle.weeks.map((week) => week.week)));
  return h(
    'section',
    { class: 'analytics-trends', 'aria-labelledby': 'trends-title' },
    h('h2', { id: 'trends-title', text: ctx.t('principlesTitle') }),
    h('p', { class: 'muted', text: ctx.t('principlesIntro', { min: ctx.minLearners }) }),
    h(
      'ul',
      { class: 'line-grid', role: 'list' },
      ...principles.map((principle) => h('li', {}, trendCard(ctx, principle, axis, cleanups))),
    ),
  );
}

function trendCard(
  ctx: AnalyticsContext,
  principle: PrincipleTrend,
  axis: readonly string[],
  cleanups: (() => void)[],
) {
  const name = ctx.principleName(principle.principle);
  const card = h(
    'article',
    { class: 'panel line-card trend-card', 'data-principle': principle.principle },
    h('h3', { text: name }),
  );
  if (principle.weeks.length === 0) {
    card.append(h('p', { class: 'muted small', text: ctx.t('trendEmpty', { min: ctx.minLearners }) }));
    return card;
  }
  const series = seriesOn(axis, principle.weeks);
  const point = (index: number) => {
    const week = series[index];
    return week
      ? ctx.t('trendPoint', {
          week: ctx.week(week.week),
          mean: ctx.number(week.mean, 2),
          learners: week.learners,
        })
      : '';
  };
  const box = h('div', { class: 'chart-box' });
  cleanups.push(
    responsiveChart(box, (width) =>
      principleLine(
        ctx.chart,
        principle.principle,
        series.map((week) => week?.mean ?? null),
        width,
        {
          label: ctx.t(principle.weeks.length === 1 ? 'trendLabelOne' : 'trendLabel', {
            name,
            count: principle.weeks.length,
          }),
          point,
        },
      ),
    ),
  );
  // The chart has no axis of dates: its first and last week are said under it.
  const [first, last] = [axis[0]!, axis.at(-1)!];
  card.append(
    box,
    h('p', {
      class: 'small muted trend-span',
      text:
        first === last
          ? `${ctx.t('weekOf')} ${ctx.week(first)}`
          : ctx.t('trendSpan', { first: ctx.week(first), last: ctx.week(last) }),
    }),
    h(
      'details',
      { class: 'trend-table' },
      h('summary', { text: ctx.t('trendTable') }),
      h(
        'table',
        {},
        h('caption', { class: 'visually-hidden', text: name }),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', text: ctx.t('weekOf') }),
            h('th', { scope: 'col', text: ctx.t('mean') }),
            h('th', { scope: 'col', text: ctx.t('learners') }),
          ),
        ),
        h(
          'tbody',
          {},
          ...principle.weeks.map((week) =>
            h(
              'tr',
              {},
              h('td', { text: ctx.week(week.week) }),
              h('td', { text: ctx.number(week.mean, 2) }),
              h('td', { text: ctx.number(week.learners, 0) }),
            ),
          ),
        ),
      ),
    ),
  );
  return card;
}
