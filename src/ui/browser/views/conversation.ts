import { MAX_REPLY_CHARS } from '../../../vocabulary.ts';
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
  // Ending sits at the top, away from Send: a slip of the thumb cannot end the conversation.
  const actions = h('div', { class: 'conversation-actions' });
  const body = h('div', { class: 'conversation-body' }, loading(ctx));
  root.append(
    h('section', { class: 'conversation' }, h('div', { class: 'conversation-head' }, title, actions), body),
  );
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
      mount(ctx, { title, actions, body, session, scenario, isDisposed: () => disposed });
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
  actions: HTMLElement;
  body: HTMLElement;
  session: Session;
  scenario: ScenarioDetail | null;
  isDisposed: () => boolean;
};

function mount(ctx: AppContext, { title, actions, body, session, scenario, isDisposed }: Parts) {
  const personaName = scenario?.persona.name ?? '…';
  const scenarioTitle = scenario?.title ?? session.scenarioTitle;
  // What the session wrote (the persona, the feedback, the goal) stays in the session's language; the
  // markup says so, for screen readers, when the interface speaks another one.
  const contentLang = session.language !== ctx.language ? session.language : null;
  if (scenarioTitle) {
    title.textContent = scenarioTitle;
    if (contentLang) title.lang = contentLang;
    document.title = `${scenarioTitle} · ${ctx.t('appName')}`;
  }
  const practice = session.mode === 'practice';

  const chat = h('ol', { class: 'chat', 'aria-label': ctx.t('conversation') });
  const status = h('div', { class: 'turn-status' });
  const mood = moodPanel(ctx, personaName, { numbers: practice });
  mood.update(session.mood);

  const addMessage = (role: Turn['role']) => {
    const item = h(
      'li',
      { class: `msg msg-${role}` },
      h('p', { class: 'who', text: role === 'learner' ? ctx.t('you') : personaName }),
    );
    const bubble = h('div', { class: 'bubble', lang: contentLang });
    item.append(bubble);
    chat.append(item);
    return { item, bubble };
  };
  const renderLearner = (content: string, feedback: RubricResult | null | undefined, pending = false) => {
    const { item, bubble } = addMessage('learner');
    if (pending) item.classList.add('pending');
    bubble.append(highlightedReply(content, feedback, ctx));
    if (practice && feedback) item.append(feedbackCard(ctx, feedback, content));
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
  // On a touch screen Enter makes a new line, as the on-screen keyboard leads people to expect, and the
  // keyboard hint would describe keys that are not there.
  const touch = isTouchScreen();
  const textarea = h('textarea', {
    id: replyId,
    name: 'reply',
    rows: 3,
    'aria-describedby': touch ? null : hintId,
    autocomplete: 'off',
    // The server's limit: better to stop typing than to be refused after sending.
    maxlength: MAX_REPLY_CHARS,
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
      touch ? null : h('p', { id: hintId, class: 'hint', text: ctx.t('replyHint') }),
      send,
    ),
  );
  textarea.addEventListener('input', () => ctx.store.setDraft(session.id, textarea.value));
  textarea.addEventListener('keydown', (event) => {
    if (touch) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });

  const seeReport = h('button', {
    type: 'button',
    class: 'button button-primary',
    text: ctx.t('seeReport'),
    onclick: () => void finish(),
  });
  const endedPanel = () =>
    h('div', { class: 'notice ended', role: 'status' }, h('p', { text: ctx.t('sessionEnded') }), seeReport);
  const composerSlot = h(
    'div',
    { class: 'composer-slot' },
    session.status === 'ended' ? endedPanel() : composer,
  );

  const { endButton, confirm } = endControls(ctx, () => void finish());
  if (session.status === 'active') actions.append(endButton);

  const goal = scenario
    ? h(
        'section',
        { class: 'goal', lang: contentLang },
        h('h2', { class: 'side-title', text: ctx.t('yourGoal') }),
        h('p', { text: scenario.briefing.goal }),
      )
    : null;
  const compose = h('div', { class: 'compose-column' }, status, composerSlot);
  body.append(
    ...notices(ctx, session, scenario, personaName),
    h(
      'div',
      { class: 'conversation-grid' },
      h('div', { class: 'chat-column' }, chat),
      compose,
      h('aside', { class: 'side' }, mood.element, goal),
    ),
    confirm,
  );
  const cards = chat.querySelectorAll('details.feedback');
  cards.forEach((card, i) => {
    if (i < cards.length - 1) card.removeAttribute('open');
  });

  // The newest persona words sit right above the reply box: showing the box's lower edge shows both.
  // While the answer streams the page follows it, unless the learner has scrolled away to read.
  const reveal = () => {
    const overshoot = compose.getBoundingClientRect().bottom - (window.innerHeight - REVEAL_MARGIN);
    if (overshoot > 0) window.scrollBy({ top: overshoot, behavior: 'instant' });
  };
  const following = () => compose.getBoundingClientRect().bottom <= window.innerHeight + FOLLOW_SLACK;
  const keepInView = (change: () => void) => {
    const follow = following();
    change();
    if (follow) reveal();
  };

  let busy = false;
  const takeTurn = async (content: string) => {
    busy = true;
    send.disabled = true;
    send.textContent = ctx.t('sending');
    clear(status);
    textarea.value = '';
    // Shown at once; replaced by the stored turn (with its highlights) when the server confirms it.
    let learner: { item: HTMLElement; bubble: HTMLElement } = renderLearner(content, null, true);
    const persona = addMessage('persona');
    persona.item.classList.add('streaming');
    persona.item.setAttribute('aria-busy', 'true');
    const typing = h('p', { class: 'typing', text: ctx.t('isTyping', { name: personaName }) });
    persona.bubble.append(typing);
    const streamed = h('p', { class: 'bubble-text' });
    reveal();
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
          keepInView(() => {
            learner.item.querySelector('details.feedback')?.remove();
            clear(learner.bubble);
            learner.bubble.append(highlightedReply(content, result, ctx));
            for (const earlier of chat.querySelectorAll('details.feedback[open]'))
              earlier.removeAttribute('open');
            learner.item.append(feedbackCard(ctx, result, content));
          });
          ctx.announce(`${ctx.t('feedback')}: ${ctx.t('overall')} ${Math.round(result.overall)}/100`);
        },
        mood: (next) => keepInView(() => mood.update(next)),
        delta(text) {
          keepInView(() => {
            if (typing.isConnected) typing.replaceWith(streamed);
            streamed.textContent += text;
          });
          // How many pieces arrived before the final text: lets a test see that the answer really streamed.
          persona.item.dataset.deltas = String(Number(persona.item.dataset.deltas ?? 0) + 1);
        },
        persona(turn) {
          // The stored turn is the truth: it replaces whatever was streamed.
          keepInView(() => {
            if (typing.isConnected) typing.replaceWith(streamed);
            streamed.textContent = turn.content;
            persona.item.classList.remove('streaming');
            persona.item.removeAttribute('aria-busy');
            markStatus(persona.item, turn);
          });
          // Read out once, complete: the streamed pieces are not announced.
          ctx.announce(`${personaName}: ${turn.content}`);
        },
        done(result) {
          ended = result.sessionStatus === 'ended';
        },
      });
      ctx.store.setDraft(session.id, textarea.value);
      ctx.store.setPending(session.id, null);
      if (ended) {
        keepInView(() => showEnded());
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
      keepInView(() => status.append(failure(ctx, error, () => void submit())));
      if (error instanceof ApiError && errorMessageKey(error) === 'errorEnded') showEnded();
    } finally {
      busy = false;
      send.disabled = false;
      send.textContent = ctx.t('send');
    }
  };

  const showEnded = () => {
    endButton.remove();
    clear(composerSlot);
    composerSlot.append(endedPanel());
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
    // Focus comes back to the reply box only if it was there and nobody moved it: a learner who went
    // to read earlier feedback while the persona answered stays where they are.
    const hadFocus = composer.contains(document.activeElement);
    await takeTurn(content);
    if (isDisposed() || !hadFocus) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || composer.contains(active);
    if (!lost) return;
    if (composer.isConnected) textarea.focus({ preventScroll: true });
    else if (seeReport.isConnected) seeReport.focus({ preventScroll: true });
  };
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });

  const finish = async () => {
    endButton.disabled = true;
    endButton.textContent = ctx.t('ending');
    seeReport.disabled = true;
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
      seeReport.disabled = false;
      clear(status);
      status.append(errorPanel(ctx, error));
    }
  };

  // Opened or reloaded, the conversation shows its newest words and the reply box takes the focus, unless
  // the learner is busy elsewhere (the language they just chose keeps the focus, and the page its place).
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (isDisposed() || (active && active !== document.body && active !== title)) return;
    if (session.turns.some((turn) => turn.role === 'learner')) reveal();
    if (session.status === 'active') textarea.focus({ preventScroll: true });
  });
}

const REVEAL_MARGIN = 12;
const FOLLOW_SLACK = 48;

/** What the learner should know before the first reply: the mode they chose, and the language kept. */
function notices(
  ctx: AppContext,
  session: Session,
  scenario: ScenarioDetail | null,
  personaName: string,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (session.mode === 'assessment') {
    out.push(
      h(
        'div',
        { class: 'notice notice-mode', role: 'note' },
        h(
          'p',
          {},
          h('strong', { text: `${ctx.t('assessmentTitle')} ` }),
          ctx.t('assessmentNote', { name: personaName }),
        ),
      ),
    );
  }
  if (session.language !== ctx.language) {
    const language = ctx.t(`languageIn.${session.language}`);
    const translation = scenario?.translations[ctx.language];
    out.push(
      h(
        'div',
        { class: 'notice notice-language', role: 'note' },
        h('p', { text: ctx.t('keepsLanguage', { language, name: personaName }) }),
        translation
          ? h(
              'p',
              {},
              h('a', {
                href: href.briefing(translation),
                text: ctx.t('practiseInLanguage', { language: ctx.t(`languageIn.${ctx.language}`) }),
              }),
            )
          : null,
      ),
    );
  }
  return out;
}

/** "End conversation", and the dialog that asks before it ends anything. */
function endControls(ctx: AppContext, end: () => void) {
  const titleId = uid('confirm-title');
  const endButton = h('button', {
    type: 'button',
    class: 'button button-quiet',
    text: ctx.t('endConversation'),
  });
  const keep = h('button', { type: 'button', class: 'button', text: ctx.t('keepTalking') });
  const confirmEnd = h('button', {
    type: 'button',
    class: 'button button-primary',
    text: ctx.t('confirmEndButton'),
  });
  const confirm = h(
    'dialog',
    { class: 'confirm', 'aria-labelledby': titleId },
    h('h2', { id: titleId, text: ctx.t('confirmEnd') }),
    h('p', { text: ctx.t('confirmEndText') }),
    h('div', { class: 'dialog-actions' }, keep, confirmEnd),
  );
  endButton.addEventListener('click', () => {
    confirm.returnValue = '';
    confirm.showModal();
    // The safe choice has the focus: Enter twice does not end a conversation by accident.
    keep.focus();
  });
  keep.addEventListener('click', () => confirm.close());
  confirm.addEventListener('close', () => {
    if (confirm.returnValue !== 'end') endButton.focus();
  });
  confirmEnd.addEventListener('click', () => {
    confirm.close('end');
    end();
  });
  return { endButton, confirm };
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

/** A screen used with a finger, with no mouse or trackpad to hover with. */
function isTouchScreen() {
  return window.matchMedia?.('(pointer: coarse) and (hover: none)').matches ?? false;
}
