// The analytics page: one consumer's figures per scenario and per principle over the weeks, a period to
// choose, and both as CSV. Everything comes from /v1/analytics with the page's key (the `analytics` scope).
import {
  createRehearseClient,
  type PrincipleTrends,
  RehearseApiError,
  type ScenarioAnalytics,
} from '../../../client/index.ts';
import { h } from '../dom.ts';
import { keyHandingLink, takeKeyFromFragment } from '../embed.ts';
import { isUiLanguage, pickLanguage, translate, type UiLanguage } from '../i18n.ts';
import { navLink, siteHeaderContent } from '../site-header.ts';
import { browserStore } from '../storage.ts';
import { type AnalyticsContext, analyticsContext } from './context.ts';
import { renderScenarios } from './scenarios.ts';
import { renderTrends } from './trends.ts';

const PERIODS = [4, 12, 26, 52];
const DEFAULT_WEEKS = 12;
/** The server's own rule until its first answer says otherwise. */
const DEFAULT_MIN_LEARNERS = 5;

type Table = 'scenarios' | 'principles';
type State =
  | { kind: 'loading' }
  | { kind: 'ready'; scenarios: ScenarioAnalytics; trends: PrincipleTrends }
  | { kind: 'failed'; error: unknown };

/** `?weeks=` as the API takes it (1–104), else the default. */
function weeksFrom(search: string): number {
  const weeks = Number(new URLSearchParams(search).get('weeks'));
  return Number.isInteger(weeks) && weeks >= 1 && weeks <= 104 ? weeks : DEFAULT_WEEKS;
}

async function boot() {
  const apiKey = takeKeyFromFragment(window.location, window.history);
  const api = createRehearseClient('', apiKey ? { apiKey } : {});
  const store = browserStore();
  const saved = store.language();
  let language: UiLanguage = isUiLanguage(saved)
    ? saved
    : pickLanguage(navigator.languages ?? [navigator.language]);
  let weeks = weeksFrom(location.search);
  let state: State = { kind: 'loading' };
  let exportStatus: { file: string } | { error: unknown } | null = null;
  let busy: Table | null = null;
  let cleanups: (() => void)[] = [];
  let loads = 0;

  // The page's parts: drawn once, their contents drawn again as things change.
  const skip = h('a', { class: 'skip-link', href: '#main' });
  const header = h('header', { class: 'site-header' });
  const heading = h('h1', { tabindex: -1 });
  const intro = h('p', { class: 'lead' });
  const controls = h('div', { class: 'analytics-controls' });
  const access = h('p', { class: 'notice notice-error analytics-access', role: 'alert', hidden: true });
  const body = h('div', { class: 'analytics-body' });
  const main = h(
    'main',
    { id: 'main', class: 'analytics', tabindex: -1 },
    heading,
    intro,
    controls,
    access,
    body,
  );
  document.body.replaceChildren(skip, header, main);
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });

  const context = (): AnalyticsContext =>
    analyticsContext(language, state.kind === 'ready' ? state.scenarios.minLearners : DEFAULT_MIN_LEARNERS);

  const describeError = (ctx: AnalyticsContext, error: unknown) => {
    if (error instanceof RehearseApiError) {
      if (error.status === 401) return ctx.t('needsKey');
      if (error.status === 403) return ctx.t('needsAnalytics');
      if (error.status === 0) return ctx.t('unreachable');
      return ctx.t('failed', { message: error.message });
    }
    return ctx.t('failed', { message: error instanceof Error ? error.message : String(error) });
  };
  /** A key that may not read the figures: said once, at the top, and nothing else is offered. */
  const refused = () =>
    state.kind === 'failed' &&
    state.error instanceof RehearseApiError &&
    (state.error.status === 401 || state.error.status === 403);

  async function load() {
    // Only the latest period asked for is drawn, whichever answer comes last.
    const ticket = ++loads;
    state = { kind: 'loading' };
    exportStatus = null;
    render();
    let next: State;
    try {
      const [scenarios, trends] = await Promise.all([
        api.getScenarioAnalytics({ weeks }),
        api.getPrincipleTrends({ weeks }),
      ]);
      next = { kind: 'ready', scenarios, trends };
    } catch (error) {
      next = { kind: 'failed', error };
    }
    if (ticket !== loads) return;
    state = next;
    render();
  }

  async function download(table: Table) {
    busy = table;
    exportStatus = null;
    renderControls(context());
    try {
      const text = await api.getAnalyticsCsv(table, { weeks });
      const file = `rehearse-${table}-${weeks}-weeks.csv`;
      // The key travels in a header, so a plain link could not carry it: the answer is saved from memory.
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const link = h('a', { href: url, download: file, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      exportStatus = { file };
    } catch (error) {
      exportStatus = { error };
    }
    busy = null;
    renderControls(context());
    document.getElementById(`export-${table}`)?.focus();
  }

  const renderHeader = (ctx: AnalyticsContext) => {
    header.replaceChildren(
      siteHeaderContent({
        language,
        appName: ctx.t('appName'),
        languageLabel: ctx.t('language'),
        brandHref: '/',
        links: [
          navLink({ href: '/' }, translate(language, 'navScenarios')),
          navLink(keyHandingLink('/studio', apiKey), ctx.t('navStudio')),
          navLink({ href: '/studio/analytics' }, ctx.t('title'), true),
        ],
        onLanguage: (picked) => {
          language = picked;
          store.setLanguage(language);
          render();
        },
      }),
    );
  };

  const renderControls = (ctx: AnalyticsContext) => {
    const periods = PERIODS.includes(weeks) ? PERIODS : [...PERIODS, weeks].sort((a, b) => a - b);
    const period = h(
      'select',
      { id: 'weeks-select', name: 'weeks' },
      ...periods.map((n) =>
        h('option', { value: n, selected: n === weeks, text: ctx.t('lastWeeks', { weeks: n }) }),
      ),
    );
    period.addEventListener('change', () => {
      weeks = weeksFrom(`?weeks=${period.value}`);
      history.replaceState(history.state, '', `${location.pathname}?weeks=${weeks}${location.hash}`);
      void load().then(() => document.getElementById('weeks-select')?.focus());
    });
    const exportButton = (table: Table, label: string) =>
      h('button', {
        type: 'button',
        id: `export-${table}`,
        class: 'button',
        disabled: busy !== null || state.kind !== 'ready',
        'aria-busy': busy === table ? 'true' : null,
        text: label,
        onclick: () => void download(table),
      });
    const exported = exportStatus
      ? 'file' in exportStatus
        ? ctx.t('csvSaved', { file: exportStatus.file })
        : describeError(ctx, exportStatus.error)
      : '';
    controls.hidden = refused();
    controls.replaceChildren(
      h('div', { class: 'field period' }, h('label', { for: 'weeks-select', text: ctx.t('period') }), period),
      h(
        'div',
        { class: 'export', role: 'group', 'aria-labelledby': 'export-label' },
        h('span', { id: 'export-label', class: 'export-label', text: ctx.t('export') }),
        exportButton('scenarios', ctx.t('csvScenarios')),
        exportButton('principles', ctx.t('csvPrinciples')),
      ),
      h('p', {
        class: `export-status small${exportStatus && 'error' in exportStatus ? ' is-error' : ''}`,
        role: 'status',
        text: exported,
      }),
    );
  };

  const renderBody = (ctx: AnalyticsContext) => {
    for (const done of cleanups) done();
    cleanups = [];
    access.hidden = !refused();
    access.textContent = state.kind === 'failed' && refused() ? describeError(ctx, state.error) : '';
    if (state.kind === 'loading') {
      body.replaceChildren(h('p', { class: 'loading', role: 'status', text: ctx.t('loading') }));
      return;
    }
    if (state.kind === 'failed') {
      body.replaceChildren(
        refused()
          ? ''
          : h(
              'div',
              { class: 'notice notice-error', role: 'alert' },
              h('p', { text: describeError(ctx, state.error) }),
              h('button', {
                type: 'button',
                class: 'button',
                onclick: () => void load(),
                text: ctx.t('tryAgain'),
              }),
            ),
      );
      return;
    }
    const { scenarios, trends } = state;
    const privacy = h('p', {
      class: 'notice privacy-note',
      text: ctx.t('privacy', { min: ctx.minLearners }),
    });
    const nothing =
      scenarios.scenarios.length === 0 &&
      trends.principles.every((principle) => principle.weeks.length === 0);
    if (nothing) {
      body.replaceChildren(
        privacy,
        h('div', { class: 'panel empty analytics-empty' }, h('p', { text: ctx.t('empty') })),
      );
      return;
    }
    body.replaceChildren(
      privacy,
      renderScenarios(ctx, scenarios.scenarios, cleanups),
      renderTrends(ctx, trends.principles, cleanups),
    );
  };

  function render() {
    const ctx = context();
    document.documentElement.lang = language;
    document.title = `${ctx.t('title')} · ${ctx.t('appName')}`;
    skip.textContent = ctx.t('skipToContent');
    heading.textContent = ctx.t('title');
    intro.textContent = ctx.t('intro');
    renderHeader(ctx);
    renderControls(ctx);
    renderBody(ctx);
  }

  await load();
}

void boot();
