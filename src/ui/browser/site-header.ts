// The header the chat, the studio and the analytics page share: the brand, the links between the pages
// and the interface language. Each page says which links it shows and what a change of language redraws.
import { h } from './dom.ts';
import { isUiLanguage, translate, UI_LANGUAGES, type UiLanguage } from './i18n.ts';

const LANGUAGE_SELECT_ID = 'language-select';

export type SiteHeader = {
  language: UiLanguage;
  /** The page's own words for the brand and the language select's label. */
  appName: string;
  languageLabel: string;
  brandHref: string;
  /** The links between the pages, in order; the current page's link carries aria-current="page". */
  links: HTMLAnchorElement[];
  /** Called with the language picked; the page stores it and redraws, the select keeps the focus. */
  onLanguage: (language: UiLanguage) => void;
};

/** The header's content, to put in the page's `<header class="site-header">`. */
export function siteHeaderContent(header: SiteHeader): HTMLElement {
  const select = h(
    'select',
    { id: LANGUAGE_SELECT_ID, name: 'language' },
    ...UI_LANGUAGES.map((code) =>
      h('option', {
        value: code,
        selected: code === header.language,
        lang: code,
        text: translate(code, 'languageName'),
      }),
    ),
  );
  select.addEventListener('change', () => {
    if (!isUiLanguage(select.value)) return;
    header.onLanguage(select.value);
    // The redraw replaced the select: the focus goes back to the new one.
    document.getElementById(LANGUAGE_SELECT_ID)?.focus();
  });
  return h(
    'div',
    { class: 'header-inner' },
    h(
      'a',
      { class: 'brand', href: header.brandHref },
      h('span', { class: 'brand-mark', 'aria-hidden': 'true' }),
      header.appName,
    ),
    h('nav', { class: 'site-nav', 'aria-label': header.appName }, ...header.links),
    h(
      'div',
      { class: 'language' },
      h('label', { for: LANGUAGE_SELECT_ID, text: header.languageLabel }),
      select,
    ),
  );
}

/** A link of the site's nav: the current page's link says so to assistive technology. */
export function navLink(
  attributes: { href: string; onclick?: (event: Event) => void },
  text: string,
  current = false,
) {
  return h('a', { ...attributes, text, 'aria-current': current ? 'page' : null });
}
