import type { AppContext } from '../context.ts';
import { h, uid } from '../dom.ts';
import type { Mood } from '../types.ts';

/** The persona's mood in words and two small gauges; update() moves them as the conversation goes. */
export function moodPanel(ctx: AppContext, personaName: string) {
  const words = h('p', { class: 'mood-words' });
  const gauge = (labelKey: 'trust' | 'tension', optimum: number) => {
    const id = uid('meter');
    const value = h('span', { class: 'meter-value' });
    const meter = h('meter', { id, min: 0, max: 100, low: 34, high: 66, optimum, value: 50 });
    return {
      value,
      meter,
      row: h(
        'div',
        { class: `meter-row meter-${labelKey}` },
        h('label', { for: id, text: ctx.t(labelKey) }),
        meter,
        value,
      ),
    };
  };
  const trust = gauge('trust', 100);
  const tension = gauge('tension', 0);
  const element = h(
    'section',
    { class: 'mood', 'aria-label': ctx.t('mood') },
    h('h2', { class: 'side-title', text: ctx.t('mood') }),
    words,
    trust.row,
    tension.row,
  );
  let last: string | null = null;
  return {
    element,
    update(mood: Mood) {
      const label = ctx.t(`mood.${mood.label}`);
      words.textContent = ctx.t('moodNow', { name: personaName, mood: label.toLowerCase() });
      element.dataset.mood = mood.label;
      trust.meter.value = mood.trust;
      trust.value.textContent = String(Math.round(mood.trust));
      tension.meter.value = mood.tension;
      tension.value.textContent = String(Math.round(mood.tension));
      if (last !== null && last !== mood.label) ctx.announce(words.textContent);
      last = mood.label;
    },
  };
}
