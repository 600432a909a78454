// What every part of the studio page gets: the API, the language and its text, names from the method, and a
// polite live region for screen readers.

import type { Principles } from '../../../client/index.ts';
import { isMessageKey, translate, type UiLanguage } from '../i18n.ts';
import type { StudioApi } from './api.ts';
import { studioText, type Translate } from './i18n.ts';

export type StudioContext = {
  api: StudioApi;
  language: UiLanguage;
  t: Translate;
  /** A principle's short name, as the chat names it. */
  principleName(id: string): string;
  /** A category's name, as the chat's picker names it. */
  categoryName(id: string): string;
  /** A mood's word, as the chat says it. */
  moodName(id: string): string;
  /** A move's name in the page's language, as the chat shows it (the id while the method's names are not in). */
  moveName(id: string): string;
  announce(text: string): void;
};

export function studioContext(
  api: StudioApi,
  language: UiLanguage,
  announce: (text: string) => void,
  /** The method's names from GET /v1/principles, once they are in. */
  principles: () => Principles | null = () => null,
): StudioContext {
  const named = (prefix: string) => (id: string) => {
    const key = `${prefix}.${id}`;
    return isMessageKey(key) ? translate(language, key) : id;
  };
  return {
    api,
    language,
    t: studioText(language),
    principleName: named('principle'),
    categoryName: named('category'),
    moodName: named('mood'),
    moveName: (id) => principles()?.moves.find((move) => move.id === id)?.name[language] ?? id,
    announce,
  };
}
