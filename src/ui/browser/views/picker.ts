import type { ScenarioSummary } from '../../../client/index.ts';
import type { Difficulty } from '../../../vocabulary.ts';
import { CATEGORIES, DIFFICULTIES } from '../../../vocabulary.ts';
import { type AppContext, href, type View } from '../context.ts';
import { clear, h, uid } from '../dom.ts';
import { isMessageKey } from '../i18n.ts';
import { errorPanel, heading, loading } from './common.ts';

// Kept across renders so switching language or coming back keeps the learner's filter.
let difficultyFilter: Difficulty | 'all' = 'all';

export function renderPicker(ctx: AppContext, root: HTMLElement): View {
  const title = heading(ctx.t('pickerTitle'));
  const list = h('div', { class: 'scenario-groups' }, loading(ctx));
  const filter = difficultyControl(ctx, () => void show());
  root.append(
    h(
      'section',
      { class: 'picker' },
      title,
      h('p', { class: 'lead', text: ctx.t('pickerIntro') }),
      filter,
      list,
    ),
  );

  let scenarios: ScenarioSummary[] | null = null;
  const show = async () => {
    try {
      scenarios ??= (await ctx.api.listScenarios({ language: ctx.language })).scenarios;
      clear(list);
      list.append(...groups(ctx, scenarios));
    } catch (error) {
      clear(list);
      list.append(errorPanel(ctx, error, () => void show()));
    }
  };
  void show();
  return { title: ctx.t('pickerTitle'), focus: title };
}

function difficultyControl(ctx: AppContext, onChange: () => void) {
  const name = uid('difficulty');
  const options: (Difficulty | 'all')[] = ['all', ...DIFFICULTIES]; // the library's order: easy first
  return h(
    'fieldset',
    { class: 'segmented' },
    h('legend', { text: ctx.t('difficulty') }),
    ...options.map((value) => {
      const id = uid('difficulty-option');
      const input = h('input', {
        type: 'radio',
        name,
        id,
        value,
        checked: value === difficultyFilter,
        onchange: () => {
          difficultyFilter = value;
          onChange();
        },
      });
      const label = value === 'all' ? ctx.t('difficultyAll') : ctx.t(`difficulty.${value}`);
      return h('span', { class: 'segment' }, input, h('label', { for: id, text: label }));
    }),
  );
}

function groups(ctx: AppContext, scenarios: ScenarioSummary[]): HTMLElement[] {
  const shown = scenarios.filter((s) => difficultyFilter === 'all' || s.difficulty === difficultyFilter);
  if (shown.length === 0) return [h('p', { class: 'empty', text: ctx.t('noScenarios') })];
  const byCategory = new Map<string, ScenarioSummary[]>();
  for (const scenario of shown)
    byCategory.set(scenario.category, [...(byCategory.get(scenario.category) ?? []), scenario]);
  const rank = (category: string) => {
    const i = (CATEGORIES as readonly string[]).indexOf(category);
    return i === -1 ? CATEGORIES.length : i;
  };
  return [...byCategory.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, items]) => {
      const headingId = uid('category');
      return h(
        'section',
        { class: 'scenario-group', 'aria-labelledby': headingId },
        h('h2', { id: headingId, text: categoryName(ctx, category) }),
        h('ul', { class: 'cards', role: 'list' }, ...items.map((scenario) => card(ctx, scenario))),
      );
    });
}

export function categoryName(ctx: AppContext, category: string) {
  const key = `category.${category}`;
  return isMessageKey(key) ? ctx.t(key) : category.replaceAll('-', ' ');
}

function card(ctx: AppContext, scenario: ScenarioSummary) {
  return h(
    'li',
    { class: 'card' },
    h(
      'a',
      { href: href.briefing(scenario.id), class: 'card-link' },
      h('h3', { class: 'card-title', text: scenario.title }),
      h('p', { class: 'card-summary', text: scenario.summary }),
      h(
        'span',
        { class: `badge badge-${scenario.difficulty}` },
        h('span', { class: 'visually-hidden', text: `${ctx.t('difficulty')}: ` }),
        ctx.t(`difficulty.${scenario.difficulty}`),
      ),
    ),
  );
}
