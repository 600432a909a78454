import type { ScenarioDetail } from '../../../client/index.ts';
import type { SessionMode } from '../../../vocabulary.ts';
import { type AppContext, href, type View } from '../context.ts';
import { clear, h, uid } from '../dom.ts';
import { notifyParent } from '../embed.ts';
import { errorPanel, heading, loading } from './common.ts';
import { categoryName } from './picker.ts';

export function renderBriefing(ctx: AppContext, root: HTMLElement, scenarioId: string): View {
  const title = heading(ctx.t('briefing'));
  const body = h('div', { class: 'briefing-body' }, loading(ctx));
  root.append(
    h(
      'section',
      { class: 'briefing' },
      h('p', { class: 'crumb' }, h('a', { href: href.picker(), text: `← ${ctx.t('back')}` })),
      title,
      body,
    ),
  );

  const show = async () => {
    try {
      const scenario = await ctx.api.getScenario(scenarioId);
      // Scenarios follow the chosen language: the same scenario in that language when it exists.
      const translated = scenario.language !== ctx.language ? scenario.translations[ctx.language] : undefined;
      if (translated) return ctx.navigate(href.briefing(translated), { replace: true });
      title.textContent = scenario.title;
      document.title = `${scenario.title} · ${ctx.t('appName')}`;
      clear(body);
      body.append(...content(ctx, scenario));
    } catch (error) {
      clear(body);
      body.append(errorPanel(ctx, error, () => void show()));
    }
  };
  void show();
  return { title: ctx.t('briefing'), focus: title };
}

function content(ctx: AppContext, scenario: ScenarioDetail): HTMLElement[] {
  const { briefing, persona } = scenario;
  const block = (label: string, ...children: (Node | string)[]) =>
    h('section', { class: 'brief-block' }, h('h2', { text: label }), ...children);
  const success = scenario.success.map((item) => item.statement);

  return [
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'tag', text: categoryName(ctx, scenario.category) }),
      h('span', {
        class: `badge badge-${scenario.difficulty}`,
        text: ctx.t(`difficulty.${scenario.difficulty}`),
      }),
    ),
    h(
      'div',
      { class: 'brief-grid' },
      block(ctx.t('situation'), h('p', { text: briefing.situation })),
      block(
        ctx.t('talkingTo'),
        h(
          'p',
          { class: 'persona-card' },
          h('strong', { text: persona.name }),
          h('span', { text: ` — ${persona.role}` }),
          h('br'),
          h('span', { class: 'muted', text: persona.relationship }),
        ),
      ),
      block(ctx.t('yourRole'), h('p', { text: briefing.role })),
      block(ctx.t('yourGoal'), h('p', { text: briefing.goal })),
      briefing.keepInMind.length
        ? block(ctx.t('keepInMind'), h('ul', {}, ...briefing.keepInMind.map((text) => h('li', { text }))))
        : null,
      success.length
        ? block(ctx.t('goodOutcome'), h('ul', {}, ...success.map((text) => h('li', { text }))))
        : null,
    ),
    startForm(ctx, scenario),
  ];
}

function startForm(ctx: AppContext, scenario: ScenarioDetail) {
  const name = uid('mode');
  const option = (value: SessionMode, label: string) => {
    const id = uid('mode-option');
    return h(
      'div',
      { class: 'choice' },
      h('input', { type: 'radio', name, id, value, checked: value === 'practice' }),
      h('label', { for: id, text: label }),
    );
  };
  const button = h('button', {
    type: 'submit',
    class: 'button button-primary',
    text: ctx.t('startConversation'),
  });
  const status = h('div', { class: 'form-status' });
  const form = h(
    'form',
    { class: 'start-form' },
    h(
      'fieldset',
      {},
      h('legend', { text: ctx.t('mode') }),
      option('practice', ctx.t('modePractice')),
      option('assessment', ctx.t('modeAssessment')),
    ),
    button,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const mode = new FormData(form).get(name) === 'assessment' ? 'assessment' : 'practice';
    button.disabled = true;
    clear(status);
    try {
      const session = await ctx.api.createSession({
        scenarioId: scenario.id,
        mode,
        learnerId: ctx.store.learnerId(),
      });
      notifyParent({ type: 'session-started', sessionId: session.id, scenarioId: scenario.id, mode });
      ctx.navigate(href.session(session.id));
    } catch (error) {
      status.append(errorPanel(ctx, error));
      button.disabled = false;
    }
  });
  return form;
}
