import { RehearseApiError } from '../../../client/index.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import type { MessageKey } from '../i18n.ts';

const MESSAGE_BY_CODE: Record<string, MessageKey> = {
  network: 'errorNetwork',
  session_ended: 'errorEnded',
  turn_in_progress: 'errorBusy',
  turn_limit_reached: 'errorTurnLimit',
  reply_too_long: 'errorTooLong',
  rate_limited: 'errorRateLimited',
  token_budget_exceeded: 'errorRateLimited',
  not_found: 'errorNotFound',
  hints_not_offered: 'errorNoHints',
};

/** The sentence a learner sees for a failure: never the raw server text. */
export function errorMessageKey(error: unknown): MessageKey {
  if (!(error instanceof RehearseApiError)) return 'errorGeneric';
  const known = MESSAGE_BY_CODE[error.code];
  if (known) return known;
  if (error.status === 0) return 'errorNetwork';
  if (error.status === 404) return 'errorNotFound';
  if (error.status >= 500 || error.code.startsWith('upstream')) return 'errorUpstream';
  return 'errorGeneric';
}

export function errorPanel(ctx: AppContext, error: unknown, retry?: () => void) {
  console.error(error);
  return h(
    'div',
    { class: 'notice notice-error', role: 'alert' },
    h('p', { text: ctx.t(errorMessageKey(error)) }),
    retry ? h('button', { type: 'button', class: 'button', onclick: retry, text: ctx.t('tryAgain') }) : null,
  );
}

export function loading(ctx: AppContext) {
  return h('p', { class: 'loading', role: 'status', text: ctx.t('loading') });
}

/** The view's main heading: focusable from script so navigation can move focus to it. */
export function heading(text: string) {
  return h('h1', { tabindex: -1, text });
}

export function formatDate(language: string, iso: string) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatScore(value: number | null, ctx: Pick<AppContext, 'language' | 't'>) {
  if (value === null) return ctx.t('notMeasured');
  return value.toLocaleString(ctx.language === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}
