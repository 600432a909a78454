// The file bar: open a file of SCENARIOS_DIR (drafts marked), start a new one from a category template or the
// other language's file, save. Whatever it creates is only in the editor until saved.
import { h, uid } from '../../dom.ts';
import { UI_LANGUAGES } from '../../i18n.ts';
import type { StudioFile, TemplateRequest } from '../api.ts';
import type { StudioContext } from '../context.ts';
import { studioText } from '../i18n.ts';

export type FileBarModel = {
  files: readonly StudioFile[];
  /** The file in the editor; not in `files` while it has not been saved. */
  current: string | null;
  dirty: boolean;
  busy: boolean;
  /** The key was refused the studio: nothing in the bar could work, so nothing can be pressed. */
  refused: boolean;
  form: 'none' | 'new' | 'translate';
  categories: readonly string[];
  status: { text: string; error?: boolean } | null;
};

export type FileBarActions = {
  open(file: string): void;
  create(request: TemplateRequest): void;
  save(): void;
  showForm(form: FileBarModel['form']): void;
};

const ID_PATTERN = '[a-z0-9]+(-[a-z0-9]+)*';

export function renderFileBar(
  ctx: StudioContext,
  root: HTMLElement,
  model: FileBarModel,
  actions: FileBarActions,
) {
  const { t } = ctx;
  const selectId = 'file-select';
  const optionText = (file: StudioFile) =>
    `${file.file}${file.title ? ` — ${file.title}` : ''}${file.status === 'draft' ? ` · ${t('draftMark')}` : ''}`;
  const known = model.files.some((file) => file.file === model.current);
  const select = h(
    'select',
    { id: selectId, name: 'file' },
    !model.current ? h('option', { value: '', selected: true, text: t('fileNone') }) : null,
    model.current && !known
      ? h('option', { value: model.current, selected: true, text: t('fileUnsaved', { file: model.current }) })
      : null,
    ...UI_LANGUAGES.map((language) =>
      h(
        'optgroup',
        { label: language },
        ...model.files
          .filter((file) => file.language === language)
          .map((file) =>
            h('option', {
              value: file.file,
              selected: file.file === model.current,
              'data-status': file.status ?? '',
              text: optionText(file),
            }),
          ),
      ),
    ),
  );

  const off = model.busy || model.refused;
  const button = (text: string, onclick: () => void, extra: Record<string, string | boolean> = {}) =>
    h('button', { type: 'button', class: 'button', text, onclick, disabled: off, ...extra });

  const bar = h(
    'div',
    { class: 'file-row' },
    h('label', { for: selectId, text: t('fileLabel') }),
    select,
    button(t('open'), () => {
      if (select.value) actions.open(select.value);
    }),
    button(t('newFile'), () => actions.showForm(model.form === 'new' ? 'none' : 'new'), {
      'aria-expanded': String(model.form === 'new'),
    }),
    button(t('translate'), () => actions.showForm(model.form === 'translate' ? 'none' : 'translate'), {
      'aria-expanded': String(model.form === 'translate'),
      disabled: off || !model.current,
    }),
    h('button', {
      type: 'button',
      class: 'button button-primary',
      text: model.busy ? t('saving') : t('save'),
      disabled: off || !model.current,
      onclick: actions.save,
    }),
    h('span', {
      class: `dirty-mark${model.dirty ? ' is-dirty' : ''}`,
      text: model.dirty ? t('dirty') : t('clean'),
    }),
  );

  const status = h('p', {
    class: `file-status${model.status?.error ? ' notice notice-error' : ''}`,
    role: 'status',
    text: model.status?.text ?? '',
  });

  const form =
    model.form === 'new'
      ? newForm(ctx, model, actions)
      : model.form === 'translate' && model.current
        ? translateForm(ctx, model.current, actions)
        : null;
  root.setAttribute('aria-label', t('fileBar'));
  root.replaceChildren(...[bar, form, status].filter((node) => node !== null));
}

function field(label: string, control: HTMLElement) {
  const id = uid('field');
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), control);
}

function formActions(ctx: StudioContext, actions: FileBarActions) {
  return h(
    'div',
    { class: 'form-actions' },
    h('button', { type: 'submit', class: 'button button-primary', text: ctx.t('create') }),
    h('button', {
      type: 'button',
      class: 'button button-quiet',
      text: ctx.t('cancel'),
      onclick: () => actions.showForm('none'),
    }),
  );
}

function newForm(ctx: StudioContext, model: FileBarModel, actions: FileBarActions) {
  const { t } = ctx;
  const category = h(
    'select',
    { name: 'category', required: true },
    ...model.categories.map((id) => h('option', { value: id, text: ctx.categoryName(id) })),
  );
  const language = h(
    'select',
    { name: 'language' },
    ...UI_LANGUAGES.map((code) =>
      h('option', {
        value: code,
        selected: code === ctx.language,
        lang: code,
        text: studioText(code)('languageName'),
      }),
    ),
  );
  const id = h('input', { name: 'id', required: true, pattern: ID_PATTERN, autocomplete: 'off' });
  const title = h('input', { name: 'title', autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'template-form' },
    h(
      'fieldset',
      {},
      h('legend', { text: t('newLegend') }),
      field(t('category'), category),
      field(t('fileLanguage'), language),
      field(t('id'), id),
      field(t('titleOptional'), title),
      formActions(ctx, actions),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Both lists come from the server's own vocabulary (the schema's categories, the languages).
    actions.create({
      kind: 'new',
      category: category.value as Extract<TemplateRequest, { kind: 'new' }>['category'],
      language: language.value as TemplateRequest['language'],
      id: id.value.trim(),
      ...(title.value.trim() ? { title: title.value.trim() } : {}),
    });
  });
  return form;
}

function translateForm(ctx: StudioContext, from: string, actions: FileBarActions) {
  const { t } = ctx;
  const fromLanguage = from.split('/')[0];
  const other = UI_LANGUAGES.find((code) => code !== fromLanguage) ?? 'en';
  const language = h(
    'select',
    { name: 'language' },
    ...UI_LANGUAGES.filter((code) => code !== fromLanguage).map((code) =>
      h('option', {
        value: code,
        selected: code === other,
        lang: code,
        text: studioText(code)('languageName'),
      }),
    ),
  );
  const id = h('input', { name: 'id', required: true, pattern: ID_PATTERN, autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'template-form' },
    h(
      'fieldset',
      {},
      h('legend', { text: t('translateLegend', { file: from }) }),
      field(t('fileLanguage'), language),
      field(t('id'), id),
      formActions(ctx, actions),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    actions.create({
      kind: 'translation',
      from,
      language: language.value as TemplateRequest['language'],
      id: id.value.trim(),
    });
  });
  return form;
}
