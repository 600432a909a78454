// The shell: header, language, routing between the views, focus and announcements.
import { createRehearseClient } from '../../client/index.ts';
import { type AppContext, href, parseRoute, type Route, type View } from './context.ts';
import { h } from './dom.ts';
import { takeKeyFromFragment } from './embed.ts';
import { isMessageKey, isUiLanguage, pickLanguage, translate, type UiLanguage } from './i18n.ts';
import { navLink, siteHeaderContent } from './site-header.ts';
import { ANNOUNCEMENT_MS, browserStore } from './storage.ts';
import { renderBriefing } from './views/briefing.ts';
import { renderConversation } from './views/conversation.ts';
import { renderPicker } from './views/picker.ts';
import { renderProgress } from './views/progress.ts';
import { renderReport } from './views/report.ts';

async function boot() {
  const apiKey = takeKeyFromFragment(window.location, window.history);
  // The page's own server, by the address the page came from.
  const api = createRehearseClient('', apiKey ? { apiKey } : {});
  const store = browserStore();
  const saved = store.language();
  let language: UiLanguage = isUiLanguage(saved)
    ? saved
    : pickLanguage(navigator.languages ?? [navigator.language]);
  const principles = await api.listPrinciples().catch(() => null);

  const announcer = h('div', { class: 'visually-hidden announcer', 'aria-live': 'polite' });
  const main = h('main', { id: 'main', tabindex: -1 });
  const header = h('header', { class: 'site-header' });
  const skip = h('a', { class: 'skip-link', href: '#main' });
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  document.body.replaceChildren(skip, header, main, announcer);

  const ctx: AppContext = {
    api,
    get language() {
      return language;
    },
    t: (key, vars) => translate(language, key, vars),
    store,
    principles,
    principleName: (id) => {
      const key = `principle.${id}`;
      return isMessageKey(key) ? translate(language, key) : readable(id);
    },
    principleStatement: (id) =>
      principles?.principles.find((p) => p.id === id)?.name[language] ?? readable(id),
    moveName: (id) => principles?.moves.find((m) => m.id === id)?.name[language] ?? readable(id),
    navigate(target, options) {
      if (options?.replace) location.replace(target);
      else location.hash = target;
    },
    announce(text) {
      // Each message is a new line in the live region, so one quickly after another (the feedback, the
      // mood, the persona's answer) does not replace the one before it unread. Old lines are dropped.
      const line = h('p', { text });
      announcer.append(line);
      setTimeout(() => line.remove(), ANNOUNCEMENT_MS);
    },
    reports: new Map(),
  };

  let current: View | null = null;
  let firstRender = true;

  const renderHeader = (route: Route) => {
    header.replaceChildren(
      siteHeaderContent({
        language,
        appName: ctx.t('appName'),
        languageLabel: ctx.t('language'),
        brandHref: href.picker(),
        links: [
          navLink(
            { href: href.picker() },
            ctx.t('navScenarios'),
            route.name === 'picker' || route.name === 'briefing',
          ),
          navLink({ href: href.progress() }, ctx.t('navProgress'), route.name === 'progress'),
        ],
        onLanguage: (picked) => {
          language = picked;
          store.setLanguage(language);
          render();
        },
      }),
    );
  };

  const render = () => {
    const route = parseRoute(location.hash);
    document.documentElement.lang = language;
    skip.textContent = ctx.t('skipToContent');
    renderHeader(route);
    current?.dispose?.();
    main.replaceChildren();
    const root = h('div', { class: `view view-${route.name}` });
    main.append(root);
    current = renderRoute(ctx, root, route);
    document.title = `${current.title} · ${ctx.t('appName')}`;
    // Moving focus to the new heading tells screen-reader users the page changed; not on first load.
    if (!firstRender) current.focus?.focus({ preventScroll: false });
    firstRender = false;
    window.scrollTo(0, 0);
  };

  window.addEventListener('hashchange', render);
  render();
}

/** An id as words, for when the method's names could not be loaded. */
function readable(id: string) {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function renderRoute(ctx: AppContext, root: HTMLElement, route: Route): View {
  switch (route.name) {
    case 'briefing':
      return renderBriefing(ctx, root, route.id);
    case 'session':
      return renderConversation(ctx, root, route.id);
    case 'report':
      return renderReport(ctx, root, route.id);
    case 'progress':
      return renderProgress(ctx, root);
    default:
      return renderPicker(ctx, root);
  }
}

void boot();
