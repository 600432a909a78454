import { ApiError, api, streamTurn } from '../api.ts';
import { type AppContext, href, type View } from '../context.ts';
import { clear, h, uid } from '../dom.ts';
import { notifyParent, principleMeans, principleScores } from '../embed.ts';
import type { RubricResult, ScenarioDetail, Session, Turn } from '../types.ts';
import { errorMessageKey, errorPanel, heading, loading } from './common.ts';
import { feedbackCard, highlightedReply } from './feedback.ts';
import { moodPanel } from './mood.ts';

export function renderConversation(ctx: AppContext, root: HTMLElement, sessionId: string): View {
  const title = heading(ctx.t('conversation'));
  const body = h('div', { class: 'conversation-body' }, loading(ctx));
  root.append(h('section', { class: 'conversation' }, title, body));
  const view: View = { title: ctx.t('conversation'), focus: title };
  let disposed = false;
  view.dispose = () => {
    disposed = true;
  };

  const show = async () => {
    try {
      const session = await api.session(sessionId);
      const scenario = await api.scenario(session.scenarioId).catch(() => null);
      if (disposed) return;
      clear(body);
      mount(ctx, { title, body, session, scenario, isDisposed: () => disposed });
    } catch (error) {
      clear(body);
      body.append(errorPanel(ctx, error, () => void show()));
    }
  };
  void show();
  return view;
}

type Parts = {
  title: HTMLElement;
  body: HTMLElement;
  session: Session;
  scenario: ScenarioDetail | null;
  isDisposed: () => boolean;
};

function mount(ctx: AppContext, { title, body, session, scenario, isDisposed }: Parts) {
  const personaName = scenario?.persona.name ?? '…';
  const scenarioTitle = scenario?.title ?? session.scenarioTitle;
  if (scenarioTitle) {
    title.textContent = scenarioTitle;
    document.title = `${scenarioTitle} · ${ctx.t('appName')}`;
  }
  const practice = session.mode === 'practice';

  const chat = h('ol', { class: 'chat', 'aria-label': ctx.t('conversation') });
  const status = h('div', { class: 'turn-status' });
  const mood = moodPanel(ctx, personaName);
  mood.update(session.mood);

  const addMessage = (role: Turn['role']) => {
    const item = h(
      'li',
      { class: `msg msg-${role}` },
      h('p', { class: 'who', text: role === 'learner' ? ctx.t('you') : personaName }),
    );
    const bubble = h('div', { class: 'bubble' });
    item.append(bubble);
    chat.append(item);
    return { item, bubble };
  };
  const renderLearner = (content: string, feedback: RubricResult | null | undefined, pending = false) => {
    const { item, bubble } = addMessage('learner');
    if (pending) item.classList.add('pending');
    bubble.append(highlightedReply(content, feedback, ctx));
    if (practice && feedback) item.append(feedbackCard(ctx, feedback));
    return { item, bubble };
  };
  const markStatus = (item: HTMLElement, turn: Turn) => {
    if (turn.status === 'complete') return;
    item.classList.add(`msg-${turn.status}`);
    item.append(
      h('p', { class: 'muted small', text: ctx.t(turn.status === 'failed' ? 'failedTurn' : 'interrupted') }),
    );
  };

  for (const turn of session.turns) {
    if (turn.role === 'learner') {
      const { item } = renderLearner(turn.content, turn.feedback);
      item.dataset.turnId = turn.id;
      markStatus(item, turn);
    } else {
      const { item, bubble } = addMessage('persona');
      bubble.append(h('p', { class: 'bubble-text', text: turn.content }));
      markStatus(item, turn);
    }
  }

  // The composer. The draft is saved on every keystroke and only cleared once the whole turn is done,
  // so neither a reload nor a broken connection loses what the learner wrote.
  const replyId = uid('reply');
  const hintId = uid('reply-hint');
  const textarea = h('textarea', {
    id: replyId,
    name: 'reply',
    rows: 3,
    'aria-describedby': hintId,
    autocomplete: 'off',
    // The server's limit: better to stop typing than to be refused after sending.
    maxlength: 4000,
  });
  textarea.value = ctx.store.draft(session.id);
  const send = h('button', { type: 'submit', class: 'button button-primary', text: ctx.t('send') });
  const composer = h(
    'form',
    { class: 'composer' },
    h('label', { for: replyId, class: 'composer-label', text: ctx.t('yourReply') }),
    textarea,
    h(
      'div',
      { class: 'composer-row' },
      h('p', { id: hintId, class: 'hint', text: ctx.t('replyHint') }),
      send,
    ),
  );
  textarea.addEventListener('input', () => ctx.store.setDraft(session.id, textarea.value));
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  const endButton = h('button', { type: 'button', class: 'button', text: ctx.t('endConversation') });
  const endedPanel = () =>
    h(
      'div',
      { class: 'notice ended', role: 'status' },
      h('p', { text: ctx.t('sessionEnded') }),
      h('button', {
        type: 'button',
        class: 'button button-primary',
        text: ctx.t('seeReport'),
        onclick: () => void finish(),
      }),
    );
  const composerSlot = h(
    'div',
    { class: 'composer-slot' },
    session.status === 'ended' ? endedPanel() : composer,
  );
  if (session.status === 'ended') endButton.hidden = true;

  const goal = scenario
    ? h(
        'section',
        { class: 'goal' },
        h('h2', { class: 'side-title', text: ctx.t('yourGoal') }),
        h('p', { text: scenario.briefing.goal }),
      )
    : null;
  body.append(
    h(
      'div',
      { class: 'conversation-grid' },
      h(
        'div',
        { class: 'chat-column' },
        chat,
        practice ? null : h('p', { class: 'muted small', text: ctx.t('assessmentNote') }),
        status,
        composerSlot,
      ),
      h('aside', { class: 'side' }, mood.element, goal, h('div', { class: 'side-actions' }, endButton)),
    ),
  );
  const cards = chat.querySelectorAll('details.feedback');
  cards.forEach((card, i) => {
    if (i < cards.length - 1) card.removeAttribute('open');
  });
  chat.lastElementChild?.scrollIntoView({ block: 'end' });

  let busy = false;
  const takeTurn = async (content: string) => {
    busy = true;
    send.disabled = true;
    send.textContent = ctx.t('sending');
    clear(status);
    textarea.value = '';
    // Shown at once; replaced by the stored turn (with its highlights) when the server confirms it.
    let learner: { item: HTMLElement; bubble: HTMLElement } = renderLearner(content, null, true);
    learner.item.scrollIntoView({ block: 'end', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    const persona = addMessage('persona');
    persona.item.classList.add('streaming');
    persona.item.setAttribute('aria-busy', 'true');
    const typing = h('p', { class: 'typing', text: ctx.t('isTyping', { name: personaName }) });
    persona.bubble.append(typing);
    const streamed = h('p', { class: 'bubble-text' });
    let learnerTurn: Turn | null = null;
    let ended = false;
    const pending = ctx.store.pending(session.id);
    const key = pending?.content === content ? pending.key : crypto.randomUUID();
    ctx.store.setPending(session.id, { content, key });

    try {
      await streamTurn(session.id, content, key, {
        learner(turn) {
          learnerTurn = turn;
          // A re-send of a reply the server already stored: keep the bubble that is there, drop the new one.
          const shown = chat.querySelector<HTMLElement>(`[data-turn-id="${CSS.escape(turn.id)}"]`);
          if (shown && shown !== learner.item) {
            learner.item.remove();
            learner = { item: shown, bubble: shown.querySelector<HTMLElement>('.bubble') ?? shown };
          }
          learner.item.dataset.turnId = turn.id;
          learner.item.classList.remove('pending');
        },
        feedback(result) {
          if (!practice) return;
          notifyParent({
            type: 'turn-scored',
            sessionId: session.id,
            overall: result.overall,
            principles: principleScores(result.criteria),
          });
          learner.item.querySelector('details.feedback')?.remove();
          clear(learner.bubble);
          learner.bubble.append(highlightedReply(content, result, ctx));
          for (const earlier of chat.querySelectorAll('details.feedback[open]'))
            earlier.removeAttribute('open');
          learner.item.append(feedbackCard(ctx, result));
          ctx.announce(`${ctx.t('feedback')}: ${ctx.t('overall')} ${Math.round(result.overall)}/100`);
        },
        mood: (next) => mood.update(next),
        delta(text) {
          if (typing.isConnected) typing.replaceWith(streamed);
          streamed.textContent += text;
          // How many pieces arrived before the final text: lets a test see that the answer really streamed.
          persona.item.dataset.deltas = String(Number(persona.item.dataset.deltas ?? 0) + 1);
        },
        persona(turn) {
          // The stored turn is the truth: it replaces whatever was streamed.
          if (typing.isConnected) typing.replaceWith(streamed);
          streamed.textContent = turn.content;
          persona.item.classList.remove('streaming');
          persona.item.removeAttribute('aria-busy');
          markStatus(persona.item, turn);
          ctx.announce(`${personaName}: ${turn.content}`);
        },
        done(result) {
          ended = result.sessionStatus === 'ended';
        },
      });
      ctx.store.setDraft(session.id, textarea.value);
      ctx.store.setPending(session.id, null);
      if (ended) {
        endButton.hidden = true;
        clear(composerSlot);
        composerSlot.append(endedPanel());
        ctx.announce(ctx.t('sessionEnded'));
      }
    } catch (error) {
      if (isDisposed()) return;
      if (!learnerTurn) learner.item.remove();
      else learner.item.classList.remove('pending');
      if (persona.item.classList.contains('streaming')) {
        if (streamed.textContent) {
          persona.item.classList.remove('streaming');
          persona.item.removeAttribute('aria-busy');
          markStatus(persona.item, { status: 'interrupted' } as Turn);
        } else persona.item.remove();
      }
      // The reply goes back into the box (unless the learner already typed something new) to be sent again.
      if (!textarea.value) textarea.value = content;
      ctx.store.setDraft(session.id, textarea.value);
      status.append(failure(ctx, error, () => void submit()));
      if (error instanceof ApiError && errorMessageKey(error) === 'errorEnded') {
        endButton.hidden = true;
        clear(composerSlot);
        composerSlot.append(endedPanel());
      }
    } finally {
      busy = false;
      send.disabled = false;
      send.textContent = ctx.t('send');
    }
  };

  const submit = async () => {
    if (busy) return;
    const content = textarea.value.trim();
    clear(status);
    if (!content) {
      status.append(h('p', { class: 'notice', role: 'alert', text: ctx.t('emptyReply') }));
      textarea.focus();
      return;
    }
    await takeTurn(content);
    if (!isDisposed() && !textarea.disabled && composer.isConnected) textarea.focus();
  };
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  const finish = async () => {
    endButton.disabled = true;
    endButton.textContent = ctx.t('ending');
    try {
      const report = await api.endSession(session.id).catch(async (error: unknown) => {
        // Already ended (the persona closed it, or another tab): the report is there to read.
        if (error instanceof ApiError && error.status === 409) return api.report(session.id);
        throw error;
      });
      ctx.reports.set(session.id, report);
      notifyParent({
        type: 'session-ended',
        sessionId: session.id,
        overall: report.overall,
        principles: principleMeans(report.principles),
      });
      ctx.navigate(href.report(session.id));
    } catch (error) {
      endButton.disabled = false;
      endButton.textContent = ctx.t('endConversation');
      clear(status);
      status.append(errorPanel(ctx, error));
    }
  };
  endButton.addEventListener('click', () => void finish());

  if (session.status === 'active') queueMicrotask(() => textarea.focus());
}

// Only failures that can pass on their own are worth a retry button.
const RETRYABLE = new Set(['errorUpstream', 'errorNetwork', 'errorBusy', 'errorRateLimited', 'errorGeneric']);

function failure(ctx: AppContext, error: unknown, retry: () => void) {
  console.error(error);
  const key = errorMessageKey(error);
  return h(
    'div',
    { class: 'notice notice-error', role: 'alert' },
    h('p', { text: ctx.t(key) }),
    RETRYABLE.has(key)
      ? h('button', { type: 'button', class: 'button', onclick: retry, text: ctx.t('tryAgain') })
      : null,
  );
}

function prefersReducedMotion() {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
