// Per scenario: its title and id, its figures, or plainly why they are not shown. Every text from the server
// (the title, the id, a goal's statement, an act's label) goes in as text.
import type { ScenarioFigures } from '../../../client/index.ts';
import { PRINCIPLE_IDS } from '../../../rubric/ids.ts';
import { h } from '../dom.ts';
import { principleBars, responsiveChart } from '../views/charts.ts';
import type { AnalyticsContext } from './context.ts';

/** The scenario cards; the charts' resize watchers go into `cleanups`. */
export function renderScenarios(
  ctx: AnalyticsContext,
  scenarios: readonly ScenarioFigures[],
  cleanups: (() => void)[],
): HTMLElement {
  return h(
    'section',
    { class: 'analytics-scenarios', 'aria-labelledby': 'scenarios-title' },
    h('h2', { id: 'scenarios-title', text: ctx.t('scenariosTitle') }),
    scenarios.length === 0
      ? h('p', { class: 'muted', text: ctx.t('scenariosNone') })
      : h(
          'ul',
          { class: 'scenario-figures', role: 'list' },
          ...scenarios.map((scenario) => h('li', {}, scenarioCard(ctx, scenario, cleanups))),
        ),
  );
}

function scenarioCard(ctx: AnalyticsContext, scenario: ScenarioFigures, cleanups: (() => void)[]) {
  const id = `scenario-${scenario.scenarioId}`;
  const card = h(
    'article',
    {
      class: 'panel scenario-card',
      'data-scenario': scenario.scenarioId,
      'data-shown': String(scenario.shown),
      'aria-labelledby': id,
    },
    // The title in its own language (a Dutch scenario on the English page too); the id beneath it, as the
    // CSV and the API name it. A scenario no longer in the library has only its id.
    h('h3', {
      id,
      class: 'scenario-title',
      lang: scenario.language,
      text: scenario.title ?? scenario.scenarioId,
    }),
    h('p', {
      class: 'scenario-id small muted',
      text: scenario.title === null ? ctx.t('notInLibrary') : scenario.scenarioId,
    }),
  );
  if (!scenario.shown) {
    card.append(h('p', { class: 'withheld', text: ctx.t('withheld', { min: ctx.minLearners }) }));
    return card;
  }
  const withheld = ctx.t('withheldFigure', { min: ctx.minLearners });
  const figure = (value: number | null, digits = 1) =>
    value === null ? withheld : ctx.number(value, digits);
  const figures: [string, string, string][] = [
    ['learners', ctx.t('learners'), figure(scenario.learners, 0)],
    ['started', ctx.t('started'), figure(scenario.sessionsStarted, 0)],
    ['finished', ctx.t('finished'), figure(scenario.sessionsFinished, 0)],
    ['median-turns', ctx.t('medianTurns'), figure(scenario.medianTurns)],
    ['hints', ctx.t('hints'), figure(scenario.hintsPerSession, 2)],
    ['retries', ctx.t('retries'), figure(scenario.retriesPerSession, 2)],
  ];
  card.append(
    h(
      'dl',
      { class: 'figures' },
      ...figures.map(([name, label, value]) =>
        h(
          'div',
          { class: 'figure', 'data-figure': name },
          h('dt', { text: label }),
          h('dd', { text: value }),
        ),
      ),
    ),
  );

  const scores = h('div', { class: 'chart-box' });
  const meanScores = scenario.meanScores;
  if (meanScores) {
    const items = PRINCIPLE_IDS.map((principle) => ({ id: principle, value: meanScores[principle] }));
    cleanups.push(responsiveChart(scores, (width) => principleBars(ctx.chart, items, width)));
  } else scores.append(h('p', { class: 'muted', text: withheld }));

  card.append(
    h(
      'div',
      { class: 'scenario-parts' },
      part('mean-scores', ctx.t('meanScores'), scores),
      part(
        'goals',
        ctx.t('goals'),
        list(
          ctx,
          scenario.success,
          (goal) => [
            h('span', { class: 'item-text', text: goal.statement }),
            h('span', {
              class: 'item-figure',
              text: ctx.t('goalLine', {
                reached: goal.reached,
                sessions: goal.sessions,
                share: ctx.percent(goal.sessions ? goal.reached / goal.sessions : 0),
              }),
            }),
          ],
          withheld,
        ),
      ),
      part(
        'missing-acts',
        ctx.t('missingActs'),
        list(
          ctx,
          scenario.missingActs,
          (act) => [
            h('span', { class: 'item-text', text: act.label }),
            h('span', {
              class: 'item-figure',
              text: ctx.t(act.sessions === 1 ? 'missingLineOne' : 'missingLine', { sessions: act.sessions }),
            }),
          ],
          withheld,
        ),
      ),
      part(
        'mood-drops',
        ctx.t('moodDrops'),
        h('p', { class: 'muted small', text: ctx.t('moodDropsIntro') }),
        list(
          ctx,
          scenario.moodDrops,
          (drop) => [
            h('span', {
              class: 'item-text',
              text: ctx.t(drop.drops === 1 ? 'moodDropLineOne' : 'moodDropLine', {
                reply: drop.reply,
                drops: drop.drops,
                share: ctx.percent(drop.share),
              }),
            }),
          ],
          withheld,
        ),
      ),
    ),
  );
  return card;
}

function part(name: string, title: string, ...content: Node[]) {
  return h('section', { class: `scenario-part part-${name}` }, h('h4', { text: title }), ...content);
}

/** A list of the server's items; null (too few learners finished) and empty each say so. */
function list<T>(
  ctx: AnalyticsContext,
  items: readonly T[] | null,
  line: (item: T) => Node[],
  withheld: string,
): HTMLElement {
  if (items === null) return h('p', { class: 'muted', text: withheld });
  if (items.length === 0) return h('p', { class: 'muted', text: ctx.t('none') });
  return h('ul', { class: 'figure-list', role: 'list' }, ...items.map((item) => h('li', {}, ...line(item))));
}
