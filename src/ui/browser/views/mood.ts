import type { Mood } from '../../../client/index.ts';
import type { AppContext } from '../context.ts';
import { h, uid } from '../dom.ts';

/**
 * The persona's mood in words and two small gauges; update() moves them as the conversation goes. In
 * assessment mode (`numbers: false`) only the words show, as the persona would let it show: live trust
 * and tension figures would give the score away.
 */
export function moodPanel(ctx: AppContext, personaName: string, { numbers }: { numbers: boolean }) {
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
  const trust = numbers ? gauge('trust', 100) : null;
  const tension = numbers ? gauge('tension', 0) : null;
  const element = h(
    'section',
    { class: 'mood', 'aria-label': ctx.t('mood') },
    h('h2', { class: 'side-title', text: ctx.t('mood') }),
    words,
    trust && tension ? h('div', { class: 'meters' }, trust.row, tension.row) : null,
  );
  let last: string | null = null;
  return {
    element,
    update(mood: Mood) {
      const label = ctx.t(`mood.${mood.label}`).toLowerCase();
      words.textContent = ctx.t(numbers ? 'moodNow' : 'moodSeems', { name: personaName, mood: label });
      element.dataset.mood = mood.label;
      for (const [part, value] of [
        [trust, mood.trust],
        [tension, mood.tension],
      ] as const) {
        if (!part) continue;
        part.meter.value = value;
        part.value.textContent = String(Math.round(value));
      }
      if (last !== null && last !== mood.label) ctx.announce(words.textContent);
      last = mood.label;
    },
  };
}
