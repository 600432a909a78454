// "Play it": the unsaved text rehearsed at once with the scripted persona, beside the editor. Nothing of it is
// saved or listed; the panel says so. The persona's words and the author's are shown as text only.
import { RehearseApiError } from '../../../../client/index.ts';
import { h } from '../../dom.ts';
import { type Preview, type PreviewTurn, problemsOf } from '../api.ts';
import type { StudioContext } from '../context.ts';
import type { Problem } from '../diagnostics.ts';

type Exchange = { reply: string; answer: PreviewTurn | null };

export type PlayPanel = { render(ctx: StudioContext): void };

export function createPlayPanel(
  root: HTMLElement,
  options: {
    text: () => string;
    /** A text the preview refused: its problems, for the problems panel. */
    onInvalid: (problems: Problem[]) => void;
    describeError: (error: unknown) => string;
    /** The key was refused the studio: a preview would be refused too. */
    refused: () => boolean;
  },
): PlayPanel {
  let ctx: StudioContext;
  let preview: Preview | null = null;
  let exchanges: Exchange[] = [];
  let busy = false;
  let error: string | null = null;
  // Kept across renders, so what the author was typing and the focus survive an answer arriving.
  const reply = h('textarea', { id: 'play-reply', name: 'reply', rows: 3 });

  const start = async () => {
    busy = true;
    error = null;
    render(ctx);
    try {
      preview = await ctx.api.startPreview(options.text());
      exchanges = [];
    } catch (failure) {
      const problems = problemsOf(failure);
      if (problems.length > 0) options.onInvalid(problems);
      error =
        failure instanceof RehearseApiError && failure.status === 422
          ? ctx.t('playInvalid')
          : options.describeError(failure);
    }
    busy = false;
    render(ctx);
    if (preview && !error) reply.focus();
  };

  const send = async () => {
    const text = reply.value.trim();
    if (!preview || !text || busy) return;
    const exchange: Exchange = { reply: text, answer: null };
    exchanges.push(exchange);
    reply.value = '';
    busy = true;
    error = null;
    render(ctx);
    try {
      exchange.answer = await ctx.api.previewTurn(preview.previewId, text);
      ctx.announce(`${preview.persona.name}: ${exchange.answer.persona.text}`);
    } catch (failure) {
      exchanges.pop();
      reply.value = text;
      error = options.describeError(failure);
    }
    busy = false;
    render(ctx);
  };

  const bubble = (who: string, text: string, kind: 'persona' | 'learner') =>
    h('li', { class: `play-msg play-${kind}` }, h('span', { class: 'who', text: who }), h('p', { text }));

  const scores = (answer: PreviewTurn) => {
    const criteria = answer.feedback?.criteria ?? [];
    const parts = [
      ctx.t('mood', {
        label: ctx.moodName(answer.mood.label ?? 'neutral'),
        value: Math.round(answer.mood.value),
      }),
      ...(typeof answer.feedback?.overall === 'number'
        ? [ctx.t('overall', { score: Math.round(answer.feedback.overall) })]
        : []),
    ];
    return h(
      'li',
      { class: 'play-scores' },
      h('p', { class: 'play-mood', text: parts.join(' · ') }),
      criteria.length
        ? h(
            'ul',
            { class: 'play-criteria', 'aria-label': ctx.t('principleScores') },
            ...criteria.map((criterion) =>
              h('li', { text: `${ctx.principleName(criterion.id)} ${criterion.score ?? '–'}` }),
            ),
          )
        : null,
    );
  };

  function render(next: StudioContext) {
    ctx = next;
    const { t } = ctx;
    const hadFocus = document.activeElement === reply;
    const ended = exchanges.some((exchange) => exchange.answer?.ended);
    reply.disabled = busy || ended;
    const heading = h('h2', { id: 'play-heading', text: t('play') });
    root.setAttribute('aria-labelledby', 'play-heading');

    const conversation = preview
      ? [
          h('h3', { class: 'play-title', text: preview.title }),
          h('p', {
            class: 'muted',
            text: t('talkingTo', { name: preview.persona.name, role: preview.persona.role }),
          }),
          h(
            'ol',
            { class: 'play-transcript', 'aria-live': 'polite' },
            ...preview.opening.map((line) => bubble(preview!.persona.name, line, 'persona')),
            ...exchanges.flatMap((exchange) => [
              bubble(t('you'), exchange.reply, 'learner'),
              ...(exchange.answer
                ? [
                    bubble(preview!.persona.name, exchange.answer.persona.text, 'persona'),
                    scores(exchange.answer),
                  ]
                : []),
            ]),
          ),
          ended ? h('p', { class: 'notice', text: t('ended') }) : null,
          playForm(),
        ]
      : [];

    root.replaceChildren(
      heading,
      h('p', { text: t('playIntro') }),
      h('p', { class: 'notice play-preview-note', role: 'note', text: t('playPreview') }),
      h('button', {
        type: 'button',
        class: preview ? 'button' : 'button button-primary',
        disabled: busy || options.refused(),
        text: busy && !preview ? t('playStarting') : preview ? t('playRestart') : t('playStart'),
        onclick: () => void start(),
      }),
      error ? h('p', { class: 'notice notice-error', role: 'alert', text: error }) : '',
      ...conversation.filter((node) => node !== null),
    );
    if (hadFocus && !reply.disabled) reply.focus();
  }

  function playForm() {
    const { t } = ctx;
    const form = h(
      'form',
      { class: 'play-form' },
      h('label', { for: reply.id, text: t('yourReply') }),
      reply,
      h(
        'div',
        { class: 'form-actions' },
        h('button', {
          type: 'submit',
          class: 'button button-primary',
          disabled: reply.disabled,
          text: t('send'),
        }),
        busy ? h('span', { class: 'muted', role: 'status', text: t('sending') }) : '',
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void send();
    });
    return form;
  }

  return { render };
}
