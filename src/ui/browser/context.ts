// What every view gets from the shell: the API client, the language, text lookup, names from the method,
// navigation and a polite live region for screen readers.

import type { Principles, RehearseClient, Report } from '../../client/index.ts';
import type { MessageKey, UiLanguage } from './i18n.ts';
import type { Store } from './storage.ts';

export type AppContext = {
  /** The API, as the page's key (if it was given one) opens it. */
  api: RehearseClient;
  language: UiLanguage;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  store: Store;
  principles: Principles | null;
  /** The short name of a principle (one word), for charts, scores and highlights. */
  principleName(id: string): string;
  /** The method's own wording of the principle, e.g. "Courage over comfort; right over quick or simple". */
  principleStatement(id: string): string;
  moveName(id: string): string;
  navigate(hash: string, options?: { replace?: boolean }): void;
  announce(text: string): void;
  /** Reports just produced by ending a session, so the report view does not ask for them again. */
  reports: Map<string, Report>;
};

export type Route =
  | { name: 'picker' }
  | { name: 'briefing'; id: string }
  | { name: 'session'; id: string }
  | { name: 'report'; id: string }
  | { name: 'progress' };

/** A rendered view; dispose runs when the view is replaced. */
export type View = { title: string; focus?: HTMLElement; dispose?: () => void };

export function parseRoute(hash: string): Route {
  const [name, raw] = hash.replace(/^#\/?/, '').split('/');
  const id = raw ? decodeURIComponent(raw) : '';
  if (name === 'scenario' && id) return { name: 'briefing', id };
  if (name === 'session' && id) return { name: 'session', id };
  if (name === 'report' && id) return { name: 'report', id };
  if (name === 'progress') return { name: 'progress' };
  return { name: 'picker' };
}

export const href = {
  picker: () => '#/',
  briefing: (id: string) => `#/scenario/${encodeURIComponent(id)}`,
  session: (id: string) => `#/session/${encodeURIComponent(id)}`,
  report: (id: string) => `#/report/${encodeURIComponent(id)}`,
  progress: () => '#/progress',
};
