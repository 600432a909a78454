// What every part of the analytics page gets: its language and text, the words the chat's charts use, the
// principles' names and the number formats.
import { isMessageKey, translate, type UiLanguage } from '../i18n.ts';
import type { ChartContext } from '../views/charts.ts';
import { analyticsText, type Translate } from './i18n.ts';

export type AnalyticsContext = {
  language: UiLanguage;
  t: Translate;
  /** For the chat's charts (views/charts.ts): the chat's own words. */
  chart: ChartContext;
  principleName(id: string): string;
  /** A count or a mean as the language writes it (2,5 in Dutch). */
  number(value: number, digits?: number): string;
  percent(share: number): string;
  /** A week's Monday (`YYYY-MM-DD`) as a date. */
  week(week: string): string;
  /** Below this many learners the server shows no figure. */
  minLearners: number;
};

export function analyticsContext(language: UiLanguage, minLearners: number): AnalyticsContext {
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const principleName = (id: string) => {
    const key = `principle.${id}`;
    return isMessageKey(key) ? translate(language, key) : id;
  };
  return {
    language,
    t: analyticsText(language),
    chart: {
      language,
      t: (key, vars) => translate(language, key, vars),
      principleName,
      // The method's statements come from an API an analytics key may not read: the name stands in.
      principleStatement: principleName,
    },
    principleName,
    number: (value, digits = 1) => value.toLocaleString(locale, { maximumFractionDigits: digits }),
    percent: (share) => share.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 }),
    week: (week) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${week}T00:00:00Z`),
      ),
    minLearners,
  };
}
