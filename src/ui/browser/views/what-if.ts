import type { Counterfactual, PathTurn, Turn, WhatIfInput } from '../../../client/index.ts';
import { COUNTERFACTUAL_SOURCES, type CounterfactualSource, MAX_REPLY_CHARS } from '../../../vocabulary.ts';
import type { AppContext } from '../context.ts';
import { clear, h, uid } from '../dom.ts';
import { errorMessageKey } from './common.ts';

// "What if I had said…": at a reply of the conversation the learner plays another one — the suggested
// phrasing, a golden example, or their own words — and sees under that reply how the persona would have
// answered and how its mood would have moved, beside what the real reply got. The conversation stays as it
// is: nothing here sends a reply.

type Scene = { ctx: AppContext; sessionId: string; personaName: string; contentLang: string | null };

/** What a reply got, to set each alternative beside: its overall and the mood it left. */
type Said = Pick<PathTurn, 'feedback' | 'mood' | 'counterfactuals'>;

/** The alternatives played at a reply, each beside the reply's own score and mood change. */
export function whatIfList(scene: Scene, said: Said, open = false) {
  const { ctx, personaName, contentLang } = scene;
  const played = said.counterfactuals ?? [];
  if (played.length === 0) return null;
  const moodLine = (from: Counterfactual['moodBefore'], to: Counterfactual['mood']) =>
    ctx.t('moodChange', {
      trustFrom: from.trust,
      trustTo: to.trust,
      tensionFrom: from.tension,
      tensionTo: to.tension,
    });
  return h(
    'details',
    { class: 'what-ifs', open },
    h('summary', { text: ctx.t('whatIfs', { count: played.length }) }),
    h(
      'ol',
      { class: 'what-if-list' },
      ...played.map((one) =>
        h(
          'li',
          { class: 'what-if', 'data-counterfactual-id': one.id },
          h(
            'p',
            {},
            h('strong', {
              text: `${ctx.t('whatIfYouSaid', { source: ctx.t(`whatIfFrom.${one.source}`) })}: `,
            }),
            h('q', { class: 'what-if-reply-text', lang: contentLang, text: one.content }),
          ),
          h('p', {
            class: 'what-if-score',
            text: said.feedback
              ? ctx.t('whatIfScore', {
                  alternative: Math.round(one.feedback.overall),
                  said: Math.round(said.feedback.overall),
                })
              : ctx.t('whatIfScoreOnly', { alternative: Math.round(one.feedback.overall) }),
          }),
          h(
            'p',
            { class: 'what-if-mood' },
            `${ctx.t('whatIfMood')}: ${moodLine(one.moodBefore, one.mood)}`,
            said.mood ? ` · ${ctx.t('yourReplyMood')}: ${moodLine(one.moodBefore, said.mood)}` : '',
          ),
          h(
            'p',
            { class: 'what-if-answer' },
            h('strong', { text: `${personaName}: ` }),
            h('span', { lang: contentLang, text: one.answer }),
          ),
        ),
      ),
    ),
  );
}

export type WhatIf = ReturnType<typeof createWhatIf>;

/**
 * "What if I had said…" on each reply of the conversation: a button that opens a small form under the reply
 * (where the alternative comes from, and the learner's own words), and the alternatives played there.
 */
export function createWhatIf(scene: Scene) {
  const { ctx, sessionId } = scene;
  const open = (item: HTMLElement, turn: Turn, button: HTMLButtonElement) => {
    const shown = item.querySelector<HTMLFormElement>('.what-if-form');
    if (shown) {
      shown.querySelector<HTMLInputElement>('input:checked')?.focus();
      return;
    }
    const form = whatIfForm(scene, turn, {
      close: () => {
        form.remove();
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      },
      played: async () => {
        // The reply as the server has it now: its own score and mood, and every alternative played at it.
        const session = await ctx.api.getSession(sessionId);
        const said = session.turns.find((one) => one.id === turn.id);
        if (!said) return;
        const list = whatIfList(scene, said, true);
        item.querySelector('.what-ifs')?.remove();
        if (list) form.after(list);
        form.remove();
        button.setAttribute('aria-expanded', 'false');
        const newest = said.counterfactuals?.at(-1);
        if (newest) {
          ctx.announce(
            `${ctx.t('whatIfScoreOnly', { alternative: Math.round(newest.feedback.overall) })}. ${scene.personaName}: ${newest.answer}`,
          );
        }
        list?.querySelector<HTMLElement>('summary')?.focus();
      },
    });
    (item.querySelector('.what-ifs') ?? button).after(form);
    button.setAttribute('aria-expanded', 'true');
    form.querySelector<HTMLInputElement>('input:checked')?.focus();
  };
  return {
    /** A reply of the conversation as it stands can be played again with other words. */
    offer(item: HTMLElement, turn: Turn) {
      if (turn.role !== 'learner' || turn.status !== 'complete' || item.querySelector('.what-if-button'))
        return;
      const button = h('button', {
        type: 'button',
        class: 'button button-quiet what-if-button',
        'aria-expanded': 'false',
        text: ctx.t('whatIf'),
      });
      button.addEventListener('click', () => open(item, turn, button));
      (item.querySelector('.retry-reply') ?? item.querySelector('.bubble'))?.after(button);
    },
  };
}

const SOURCE_LABEL = {
  suggested: 'whatIfSuggested',
  golden: 'whatIfGolden',
  own: 'whatIfOwn',
} as const satisfies Record<CounterfactualSource, string>;

function whatIfForm(
  { ctx, sessionId, contentLang }: Scene,
  turn: Turn,
  on: { close: () => void; played: () => Promise<void> },
) {
  const name = uid('what-if-source');
  const legendId = uid('what-if-legend');
  const ownId = uid('what-if-own');
  const radios = COUNTERFACTUAL_SOURCES.map((source) =>
    h('input', {
      type: 'radio',
      class: 'what-if-radio',
      name,
      id: `${name}-${source}`,
      value: source,
      checked: source === 'suggested',
    }),
  );
  const own = h('textarea', {
    id: ownId,
    rows: 3,
    maxlength: MAX_REPLY_CHARS,
    lang: contentLang,
    autocomplete: 'off',
  });
  // Writing one's own words chooses them.
  own.addEventListener('input', () => {
    const mine = radios.find((radio) => radio.value === 'own');
    if (mine && own.value.trim()) mine.checked = true;
  });
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (radio.checked && radio.value === 'own') own.focus();
    });
  }
  const play = h('button', { type: 'submit', class: 'button button-primary', text: ctx.t('whatIfPlay') });
  const cancel = h('button', { type: 'button', class: 'button button-quiet', text: ctx.t('cancelRetry') });
  cancel.addEventListener('click', on.close);
  const status = h('div', { class: 'what-if-status' });
  const form = h(
    'form',
    { class: 'what-if-form', 'aria-labelledby': legendId },
    h(
      'fieldset',
      {},
      h('legend', { id: legendId, text: ctx.t('whatIfLegend') }),
      ...radios.map((radio) =>
        h(
          'div',
          { class: 'what-if-choice' },
          radio,
          h('label', {
            for: radio.id,
            class: 'what-if-label',
            text: ctx.t(SOURCE_LABEL[radio.value as CounterfactualSource]),
          }),
        ),
      ),
    ),
    h('label', { for: ownId, class: 'what-if-own-label', text: ctx.t('whatIfOwnLabel') }),
    own,
    h('div', { class: 'what-if-actions' }, play, cancel),
    status,
  );
  // The same alternative sent again (after a failure) carries the same key: it is played once.
  let pending: { input: string; key: string } | null = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(status);
    const source = (radios.find((radio) => radio.checked)?.value ?? 'suggested') as CounterfactualSource;
    const content = own.value.trim();
    if (source === 'own' && !content) {
      status.append(h('p', { class: 'notice', role: 'alert', text: ctx.t('whatIfEmpty') }));
      own.focus();
      return;
    }
    const input: WhatIfInput = source === 'own' ? { source, content } : { source };
    const asked = JSON.stringify(input);
    if (pending?.input !== asked) pending = { input: asked, key: crypto.randomUUID() };
    play.disabled = true;
    play.textContent = ctx.t('whatIfPlaying');
    try {
      await ctx.api.whatIf(sessionId, turn.id, input, { idempotencyKey: pending.key });
      pending = null;
      await on.played();
    } catch (error) {
      console.error(error);
      status.append(
        h(
          'div',
          { class: 'notice notice-error', role: 'alert' },
          h('p', { text: ctx.t(errorMessageKey(error)) }),
        ),
      );
    } finally {
      play.disabled = false;
      play.textContent = ctx.t('whatIfPlay');
    }
  });
  return form;
}
