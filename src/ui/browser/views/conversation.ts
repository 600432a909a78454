import {
  type Hint,
  type PathTurn,
  RehearseApiError,
  type RubricResult,
  type ScenarioDetail,
  type Session,
  type Turn,
  type TurnEvent,
} from '../../../client/index.ts';
import { MAX_REPLY_CHARS } from '../../../vocabulary.ts';
import { type AppContext, href, type View } from '../context.ts';
import { clear, h, uid } from '../dom.ts';
import { notifyParent, principleMeans, principleScores } from '../embed.ts';
import { errorMessageKey, errorPanel, heading, loading } from './common.ts';
import { feedbackCard, highlightedReply } from './feedback.ts';
import { moodPanel } from './mood.ts';
import { createWhatIf, type WhatIf, whatIfList } from './what-if.ts';

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
      const session = await ctx.api.getSession(sessionId);
      const scenario = await ctx.api.getScenario(session.scenarioId).catch(() => null);
      if (disposed) return;
      clear(body);
      clear(actions);
      mount(ctx, {
        title,
        actions,
        body,
        session,
        scenario,
        isDisposed: () => disposed,
        reload: () => void show(),
      });
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
  /** Reads the session again and shows it anew: after a reply tried again, the path it took. */
  reload: () => void;
};

/** What every part of the view needs to know of the conversation. */
type Scene = {
  ctx: AppContext;
  session: Session;
  personaName: string;
  /** The session's language when the interface speaks another one, else null. */
  contentLang: string | null;
  practice: boolean;
  isDisposed: () => boolean;
};

/** The parts of a mounted conversation that taking a turn works with. */
type Conversation = {
  scene: Scene;
  chat: Chat;
  mood: ReturnType<typeof moodPanel>;
  composer: Composer;
  /** Where a failed turn says what went wrong. */
  status: HTMLElement;
  follow: Follow;
  ending: Ending;
  /** "What could I say?", in practice mode. */
  hints: Hints | null;
  /** Taking a reply back to try another, in practice mode. */
  retry: Retry | null;
  /** "What if I had said…" on each reply, in practice mode. */
  whatIf: WhatIf | null;
  reload: () => void;
};

function mount(ctx: AppContext, parts: Parts) {
  const { session, scenario } = parts;
  const scene: Scene = {
    ctx,
    session,
    personaName: scenario?.persona.name ?? '…',
    // What the session wrote (the persona, the feedback, the goal) stays in the session's language; the
    // markup says so, for screen readers, when the interface speaks another one.
    contentLang: session.language !== ctx.language ? session.language : null,
    practice: session.mode === 'practice',
    isDisposed: parts.isDisposed,
  };
  showTitle(scene, parts.title, scenario?.title ?? session.scenarioTitle);

  const chat = createChat(scene);
  const status = h('div', { class: 'turn-status' });
  const mood = moodPanel(ctx, scene.personaName, { numbers: scene.practice });
  mood.update(session.mood);
  const composer = createComposer(ctx, session.id);
  const practising = scene.practice && session.status === 'active';
  // A hint asked while a reply is taken back is for that reply's point.
  let retry: Retry | null = null;
  const hints = practising ? createHints(scene, composer, () => retry?.current()) : null;
  retry = practising ? createRetry(scene, chat, composer, () => hints?.sent()) : null;
  const whatIf = practising
    ? createWhatIf({
        ctx,
        sessionId: session.id,
        personaName: scene.personaName,
        contentLang: scene.contentLang,
      })
    : null;
  for (const turn of session.turns) {
    const item = chat.showTurn(turn);
    if (turn.role === 'learner') {
      retry?.offer(item, turn);
      whatIf?.offer(item, turn);
    }
  }
  const ending = createEnding(scene, composer.form, status);
  if (session.status === 'active') parts.actions.append(ending.endButton);

  const compose = h('div', { class: 'compose-column' }, status, ending.slot);
  parts.body.append(
    ...notices(ctx, session, scenario, scene.personaName),
    h(
      'div',
      { class: 'conversation-grid' },
      h('div', { class: 'chat-column' }, chat.list),
      compose,
      h('aside', { class: 'side' }, mood.element, goal(scene, scenario)),
    ),
    ending.confirm,
  );
  chat.closeOlderFeedback();

  const follow = createFollow(compose);
  const submit = turnTaking({
    scene,
    chat,
    mood,
    composer,
    status,
    follow,
    ending,
    hints,
    retry,
    whatIf,
    reload: parts.reload,
  });
  composer.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  focusOnOpen(scene, parts.title, composer.textarea, follow);
}

function showTitle({ ctx, contentLang }: Scene, title: HTMLElement, scenarioTitle: string | null) {
  if (!scenarioTitle) return;
  title.textContent = scenarioTitle;
  if (contentLang) title.lang = contentLang;
  document.title = `${scenarioTitle} · ${ctx.t('appName')}`;
}

function goal({ ctx, contentLang }: Scene, scenario: ScenarioDetail | null) {
  if (!scenario) return null;
  return h(
    'section',
    { class: 'goal', lang: contentLang },
    h('h2', { class: 'side-title', text: ctx.t('yourGoal') }),
    h('p', { text: scenario.briefing.goal }),
  );
}

/** A message in the chat: the list item, and the bubble its words go in. */
type Message = { item: HTMLElement; bubble: HTMLElement };
type Chat = ReturnType<typeof createChat>;

function createChat(scene: Scene) {
  const { ctx, personaName, contentLang, practice } = scene;
  const list = h('ol', { class: 'chat', 'aria-label': ctx.t('conversation') });
  const addMessage = (role: Turn['role']): Message => {
    const item = h(
      'li',
      { class: `msg msg-${role}` },
      h('p', { class: 'who', text: role === 'learner' ? ctx.t('you') : personaName }),
    );
    const bubble = h('div', { class: 'bubble', lang: contentLang });
    item.append(bubble);
    list.append(item);
    return { item, bubble };
  };
  const addLearner = (content: string, feedback: RubricResult | null | undefined, pending = false) => {
    const message = addMessage('learner');
    if (pending) message.item.classList.add('pending');
    message.bubble.append(highlightedReply(content, feedback, ctx));
    if (practice && feedback) message.item.append(feedbackCard(ctx, feedback, content));
    return message;
  };
  const showTurn = (turn: PathTurn) => {
    if (turn.role === 'learner') {
      const { item } = addLearner(turn.content, turn.feedback);
      item.dataset.turnId = turn.id;
      if (turn.hint) markHinted(ctx, item);
      markStatus(ctx, item, turn.status);
      if (turn.attempts?.length) item.append(earlierAttempts(ctx, turn.attempts, personaName, contentLang));
      const played = whatIfList({ ctx, sessionId: scene.session.id, personaName, contentLang }, turn);
      if (played) item.append(played);
      return item;
    }
    const { item, bubble } = addMessage('persona');
    bubble.append(h('p', { class: 'bubble-text', text: turn.content }));
    markStatus(ctx, item, turn.status);
    return item;
  };
  /** Only the newest feedback starts open. */
  const closeOlderFeedback = () => {
    const cards = list.querySelectorAll('details.feedback');
    cards.forEach((card, i) => {
      if (i < cards.length - 1) card.removeAttribute('open');
    });
  };
  return { list, addMessage, addLearner, showTurn, closeOlderFeedback };
}

/** The replies tried at this point before, each with the persona's answer and its overall. */
function earlierAttempts(
  ctx: AppContext,
  attempts: NonNullable<PathTurn['attempts']>,
  personaName: string,
  lang: string | null,
) {
  return h(
    'details',
    { class: 'attempts' },
    h('summary', { text: ctx.t('earlierAttempts', { count: attempts.length }) }),
    h(
      'ol',
      { class: 'attempt-list' },
      ...attempts.map((attempt) =>
        h(
          'li',
          { class: 'attempt', 'data-turn-id': attempt.id },
          h(
            'p',
            {},
            h('strong', {
              text: `${ctx.t('you')}${attempt.feedback ? ` · ${ctx.t('overall')} ${Math.round(attempt.feedback.overall)}/100` : ''}: `,
            }),
            h('span', { lang, text: attempt.content }),
          ),
          h(
            'p',
            {},
            h('strong', { text: `${personaName}: ` }),
            h('span', { lang, text: attempt.answer?.content ?? ctx.t('noAnswer') }),
          ),
        ),
      ),
    ),
  );
}

/** A reply written after a hint says so, beside the name above it. */
function markHinted(ctx: AppContext, item: HTMLElement) {
  if (item.querySelector('.after-hint')) return;
  item.querySelector('.who')?.append(h('span', { class: 'after-hint', text: ` · ${ctx.t('afterHint')}` }));
}

function markStatus(ctx: AppContext, item: HTMLElement, status: Turn['status']) {
  if (status === 'complete') return;
  item.classList.add(`msg-${status}`);
  item.append(
    h('p', { class: 'muted small', text: ctx.t(status === 'failed' ? 'failedTurn' : 'interrupted') }),
  );
}

type Composer = ReturnType<typeof createComposer>;

/**
 * The reply box. The draft is saved on every keystroke and only cleared once the whole turn is done, so
 * neither a reload nor a broken connection loses what the learner wrote.
 */
function createComposer(ctx: AppContext, sessionId: string) {
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
  textarea.value = ctx.store.draft(sessionId);
  const send = h('button', { type: 'submit', class: 'button button-primary', text: ctx.t('send') });
  const hintSlot = h('div', { class: 'hint-slot' });
  const retrySlot = h('div', { class: 'retry-slot' });
  const actions = h('div', { class: 'composer-actions' }, send);
  const form = h(
    'form',
    { class: 'composer' },
    retrySlot,
    hintSlot,
    h('label', { for: replyId, class: 'composer-label', text: ctx.t('yourReply') }),
    textarea,
    h(
      'div',
      { class: 'composer-row' },
      touch ? null : h('p', { id: hintId, class: 'hint', text: ctx.t('replyHint') }),
      actions,
    ),
  );
  textarea.addEventListener('input', () => ctx.store.setDraft(sessionId, textarea.value));
  textarea.addEventListener('keydown', (event) => {
    if (touch) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  const setSending = (sending: boolean) => {
    send.disabled = sending;
    send.textContent = ctx.t(sending ? 'sending' : 'send');
  };
  return { form, textarea, setSending, hintSlot, retrySlot, actions };
}

type Retry = ReturnType<typeof createRetry>;

/**
 * Taking a reply back: each reply of the conversation offers "Try another reply". Chosen, that reply and all
 * after it are shown as taken back, its words come back into the box, and the next reply sent takes its
 * place. Nothing is lost: the server keeps what was taken back as an earlier attempt.
 */
function createRetry({ ctx, session }: Scene, chat: Chat, composer: Composer, moved: () => void) {
  let replacing: { turnId: string; item: HTMLElement } | null = null;
  const cancel = () => {
    // A hint shown was for the point the next reply was going to: that point moves.
    if (replacing) moved();
    replacing = null;
    for (const item of chat.list.querySelectorAll('.taken-back')) item.classList.remove('taken-back');
    clear(composer.retrySlot);
  };
  const choose = (item: HTMLElement, turn: Turn) => {
    cancel();
    moved();
    replacing = { turnId: turn.id, item };
    const items = [...chat.list.children];
    for (const later of items.slice(items.indexOf(item))) later.classList.add('taken-back');
    const n = [...chat.list.querySelectorAll('.msg-learner')].indexOf(item) + 1;
    const back = h('button', { type: 'button', class: 'button button-quiet', text: ctx.t('cancelRetry') });
    back.addEventListener('click', () => {
      cancel();
      composer.textarea.focus();
    });
    composer.retrySlot.append(
      h(
        'div',
        { class: 'notice notice-retry', role: 'status' },
        h('p', { text: ctx.t('retrying', { n }) }),
        back,
      ),
    );
    if (!composer.textarea.value.trim()) {
      composer.textarea.value = turn.content;
      ctx.store.setDraft(session.id, turn.content);
    }
    composer.textarea.focus();
  };
  return {
    /** A learner reply of the conversation as it stands can be taken back. */
    offer(item: HTMLElement, turn: Turn) {
      if (turn.role !== 'learner' || turn.status !== 'complete' || item.querySelector('.retry-reply')) return;
      const button = h('button', {
        type: 'button',
        class: 'button button-quiet retry-reply',
        text: ctx.t('retryReply'),
      });
      button.addEventListener('click', () => choose(item, turn));
      item.querySelector('.bubble')?.after(button);
    },
    /** The reply the next one takes the place of, if one was taken back. */
    current: () => replacing?.turnId,
    cancel,
  };
}

type Hints = ReturnType<typeof createHints>;

/**
 * "What could I say?": asks for a hint before the next reply and shows it above the reply box, with a button
 * that puts its example opening in the box. The hint stays until the reply is sent.
 */
function createHints(
  { ctx, session, contentLang }: Scene,
  composer: Composer,
  /** The reply being taken back, if one is: the hint is for its point. */
  replacing: () => string | undefined,
) {
  const ask = h('button', { type: 'button', class: 'button button-quiet ask-hint', text: ctx.t('askHint') });
  composer.actions.prepend(ask);
  let asked: Hint | null = null;
  const show = (hint: Hint) => {
    asked = hint;
    const titleId = uid('hint-title');
    const use = h('button', { type: 'button', class: 'button', text: ctx.t('useOpening') });
    use.addEventListener('click', () => {
      const { textarea } = composer;
      const draft = textarea.value.trim();
      textarea.value = draft ? `${hint.opening} ${draft}` : `${hint.opening} `;
      ctx.store.setDraft(session.id, textarea.value);
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    });
    clear(composer.hintSlot);
    composer.hintSlot.append(
      h(
        'section',
        { class: 'hint-panel', 'aria-labelledby': titleId },
        h('h2', { id: titleId, class: 'hint-title', text: ctx.t('hintTitle') }),
        h('p', { class: 'hint-text', lang: contentLang, text: hint.text }),
        use,
      ),
    );
    ctx.announce(`${ctx.t('hintTitle')}: ${hint.text}`);
  };
  ask.addEventListener('click', async () => {
    ask.disabled = true;
    ask.textContent = ctx.t('askingHint');
    try {
      const replaces = replacing();
      show(await ctx.api.askHint(session.id, replaces ? { replaces } : {}));
    } catch (error) {
      clear(composer.hintSlot);
      const key =
        error instanceof RehearseApiError && error.code === 'conflict'
          ? 'errorHintNotNow'
          : errorMessageKey(error);
      composer.hintSlot.append(
        h('div', { class: 'notice notice-error', role: 'alert' }, h('p', { text: ctx.t(key) })),
      );
    } finally {
      ask.disabled = false;
      ask.textContent = ctx.t('askHint');
    }
  });
  return {
    /** The hint shown for the reply being written, if one was asked for. */
    current: () => asked,
    /** The reply went out: its hint goes with it. */
    sent: () => {
      asked = null;
      clear(composer.hintSlot);
    },
  };
}

type Ending = ReturnType<typeof createEnding>;

/** Ending the conversation: the button and its dialog, and the panel that takes the reply box's place. */
function createEnding({ ctx, session }: Scene, composer: HTMLElement, status: HTMLElement) {
  const seeReport = h('button', {
    type: 'button',
    class: 'button button-primary',
    text: ctx.t('seeReport'),
    onclick: () => void finish(),
  });
  const endedPanel = () =>
    h('div', { class: 'notice ended', role: 'status' }, h('p', { text: ctx.t('sessionEnded') }), seeReport);
  const slot = h('div', { class: 'composer-slot' }, session.status === 'ended' ? endedPanel() : composer);
  const { endButton, confirm } = endControls(ctx, () => void finish());
  const finish = () => endAndShowReport(ctx, session.id, { endButton, seeReport, status });
  const showEnded = () => {
    endButton.remove();
    clear(slot);
    slot.append(endedPanel());
  };
  return { slot, endButton, confirm, seeReport, showEnded };
}

async function endAndShowReport(
  ctx: AppContext,
  sessionId: string,
  {
    endButton,
    seeReport,
    status,
  }: { endButton: HTMLButtonElement; seeReport: HTMLButtonElement; status: HTMLElement },
) {
  endButton.disabled = true;
  endButton.textContent = ctx.t('ending');
  seeReport.disabled = true;
  try {
    const report = await ctx.api.endSession(sessionId).catch(async (error: unknown) => {
      // Already ended (the persona closed it, or another tab): the report is there to read.
      if (error instanceof RehearseApiError && error.status === 409) return ctx.api.getReport(sessionId);
      throw error;
    });
    ctx.reports.set(sessionId, report);
    notifyParent({
      type: 'session-ended',
      sessionId,
      overall: report.overall,
      principles: principleMeans(report.principles),
    });
    ctx.navigate(href.report(sessionId));
  } catch (error) {
    endButton.disabled = false;
    endButton.textContent = ctx.t('endConversation');
    seeReport.disabled = false;
    clear(status);
    status.append(errorPanel(ctx, error));
  }
}

type Follow = ReturnType<typeof createFollow>;

/**
 * The newest persona words sit right above the reply box: showing the box's lower edge shows both. While
 * the answer streams the page follows it, unless the learner has scrolled away to read.
 */
function createFollow(compose: HTMLElement) {
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
  return { reveal, keepInView };
}

const REVEAL_MARGIN = 12;
const FOLLOW_SLACK = 48;

/** Sending replies, one at a time: resolves the submit handler of the reply box. */
function turnTaking(conversation: Conversation) {
  const { scene, composer, status } = conversation;
  let busy = false;
  const submit = async () => {
    if (busy) return;
    const { textarea, form } = composer;
    const content = textarea.value.trim();
    clear(status);
    if (!content) {
      status.append(h('p', { class: 'notice', role: 'alert', text: scene.ctx.t('emptyReply') }));
      textarea.focus();
      return;
    }
    // Focus comes back to the reply box only if it was there and nobody moved it: a learner who went
    // to read earlier feedback while the persona answered stays where they are.
    const hadFocus = form.contains(document.activeElement);
    busy = true;
    try {
      await takeTurn(conversation, content, () => void submit());
    } finally {
      busy = false;
    }
    if (scene.isDisposed() || !hadFocus) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || form.contains(active);
    if (!lost) return;
    if (form.isConnected) textarea.focus({ preventScroll: true });
    else if (conversation.ending.seeReport.isConnected)
      conversation.ending.seeReport.focus({ preventScroll: true });
  };
  return submit;
}

/** One reply on its way: its bubbles, and what the server has said of it so far. */
type Exchange = {
  content: string;
  learner: Message;
  learnerTurn: Turn | null;
  persona: Message;
  typing: HTMLElement;
  streamed: HTMLElement;
  ended: boolean;
};

async function takeTurn(conversation: Conversation, content: string, retry: () => void) {
  const { scene, composer, status, follow, ending } = conversation;
  const { ctx, session } = scene;
  composer.setSending(true);
  clear(status);
  composer.textarea.value = '';
  const exchange = beginExchange(conversation, content);
  if (conversation.hints?.current()) markHinted(ctx, exchange.learner.item);
  follow.reveal();
  try {
    const replaces = conversation.retry?.current();
    const turn = ctx.api.streamTurn(session.id, content, {
      idempotencyKey: idempotencyKey(scene, content),
      ...(replaces ? { replaces } : {}),
    });
    for await (const event of turn) showEvent(conversation, exchange, event);
    conversation.hints?.sent();
    ctx.store.setDraft(session.id, composer.textarea.value);
    ctx.store.setPending(session.id, null);
    if (exchange.ended) {
      follow.keepInView(() => ending.showEnded());
      ctx.announce(ctx.t('sessionEnded'));
    }
    // The conversation now runs through the new reply: shown anew, with what was taken back as an attempt.
    if (replaces) conversation.reload();
  } catch (error) {
    if (!scene.isDisposed()) recover(conversation, exchange, error, retry);
  } finally {
    composer.setSending(false);
  }
}

/** The reply shows at once; the persona's bubble waits for the answer. */
function beginExchange({ scene, chat }: Conversation, content: string): Exchange {
  // Replaced by the stored turn (with its highlights) when the server confirms it.
  const learner = chat.addLearner(content, null, true);
  const persona = chat.addMessage('persona');
  persona.item.classList.add('streaming');
  persona.item.setAttribute('aria-busy', 'true');
  const typing = h('p', { class: 'typing', text: scene.ctx.t('isTyping', { name: scene.personaName }) });
  persona.bubble.append(typing);
  const streamed = h('p', { class: 'bubble-text' });
  return { content, learner, learnerTurn: null, persona, typing, streamed, ended: false };
}

/** The same key on a re-send of the same reply: the server does not store it twice, it asks the persona again. */
function idempotencyKey({ ctx, session }: Scene, content: string): string {
  const pending = ctx.store.pending(session.id);
  const key = pending?.content === content ? pending.key : crypto.randomUUID();
  ctx.store.setPending(session.id, { content, key });
  return key;
}

function showEvent(conversation: Conversation, exchange: Exchange, event: TurnEvent) {
  const { follow, mood } = conversation;
  switch (event.type) {
    case 'learner':
      return confirmLearner(conversation, exchange, event.data);
    case 'feedback':
      return showFeedback(conversation, exchange, event.data);
    case 'mood':
      return follow.keepInView(() => mood.update(event.data));
    case 'delta':
      return showDelta(conversation, exchange, event.data.text);
    case 'persona':
      return showPersona(conversation, exchange, event.data);
    case 'done':
      exchange.ended = event.data.sessionStatus === 'ended';
      return;
    case 'error':
      throw new RehearseApiError(502, event.data.code, event.data.message, null);
  }
}

function confirmLearner({ chat, retry, whatIf, follow }: Conversation, exchange: Exchange, turn: Turn) {
  exchange.learnerTurn = turn;
  // A re-send of a reply the server already stored: keep the bubble that is there, drop the new one.
  const shown = chat.list.querySelector<HTMLElement>(`[data-turn-id="${CSS.escape(turn.id)}"]`);
  if (shown && shown !== exchange.learner.item) {
    exchange.learner.item.remove();
    exchange.learner = { item: shown, bubble: shown.querySelector<HTMLElement>('.bubble') ?? shown };
  }
  exchange.learner.item.dataset.turnId = turn.id;
  exchange.learner.item.classList.remove('pending');
  // The reply's own actions come in under it: the page keeps following the answer.
  follow.keepInView(() => {
    retry?.offer(exchange.learner.item, turn);
    whatIf?.offer(exchange.learner.item, turn);
  });
}

function showFeedback({ scene, chat, follow }: Conversation, exchange: Exchange, result: RubricResult) {
  const { ctx, session, practice } = scene;
  if (!practice) return;
  notifyParent({
    type: 'turn-scored',
    sessionId: session.id,
    overall: result.overall,
    principles: principleScores(result.criteria),
  });
  const { item, bubble } = exchange.learner;
  follow.keepInView(() => {
    item.querySelector('details.feedback')?.remove();
    clear(bubble);
    bubble.append(highlightedReply(exchange.content, result, ctx));
    for (const earlier of chat.list.querySelectorAll('details.feedback[open]'))
      earlier.removeAttribute('open');
    item.append(feedbackCard(ctx, result, exchange.content));
  });
  ctx.announce(`${ctx.t('feedback')}: ${ctx.t('overall')} ${Math.round(result.overall)}/100`);
}

function showDelta({ follow }: Conversation, { typing, streamed, persona }: Exchange, text: string) {
  follow.keepInView(() => {
    if (typing.isConnected) typing.replaceWith(streamed);
    streamed.textContent += text;
  });
  // How many pieces arrived before the final text: lets a test see that the answer really streamed.
  persona.item.dataset.deltas = String(Number(persona.item.dataset.deltas ?? 0) + 1);
}

function showPersona({ scene, follow }: Conversation, { typing, streamed, persona }: Exchange, turn: Turn) {
  // The stored turn is the truth: it replaces whatever was streamed.
  follow.keepInView(() => {
    if (typing.isConnected) typing.replaceWith(streamed);
    streamed.textContent = turn.content;
    stopStreaming(persona);
    markStatus(scene.ctx, persona.item, turn.status);
  });
  // Read out once, complete: the streamed pieces are not announced.
  scene.ctx.announce(`${scene.personaName}: ${turn.content}`);
}

function stopStreaming(persona: Message) {
  persona.item.classList.remove('streaming');
  persona.item.removeAttribute('aria-busy');
}

/** A failed turn: what the server kept stays, the rest goes, and the reply is back in the box to send again. */
function recover(conversation: Conversation, exchange: Exchange, error: unknown, retry: () => void) {
  const { scene, composer, status, follow, ending } = conversation;
  const { ctx, session } = scene;
  const { learner, persona, streamed } = exchange;
  if (!exchange.learnerTurn) learner.item.remove();
  else learner.item.classList.remove('pending');
  if (persona.item.classList.contains('streaming')) {
    if (streamed.textContent) {
      stopStreaming(persona);
      markStatus(ctx, persona.item, 'interrupted');
    } else persona.item.remove();
  }
  // Unless the learner already typed something new.
  if (!composer.textarea.value) composer.textarea.value = exchange.content;
  ctx.store.setDraft(session.id, composer.textarea.value);
  follow.keepInView(() => status.append(failure(ctx, error, retry)));
  if (errorMessageKey(error) === 'errorEnded') ending.showEnded();
}

/**
 * Opened or reloaded, the conversation shows its newest words and the reply box takes the focus, unless
 * the learner is busy elsewhere (the language they just chose keeps the focus, and the page its place).
 */
function focusOnOpen({ session, isDisposed }: Scene, title: HTMLElement, reply: HTMLElement, follow: Follow) {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (isDisposed() || (active && active !== document.body && active !== title)) return;
    if (session.turns.some((turn) => turn.role === 'learner')) follow.reveal();
    if (session.status === 'active') reply.focus({ preventScroll: true });
  });
}

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
