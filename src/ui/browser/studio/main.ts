// The scenario studio page: file bar, editor with live check, problems, golden examples and "Play it".
import { createRehearseClient, type Principles, RehearseApiError } from '../../../client/index.ts';
import { h } from '../dom.ts';
import { keyHandingLink, takeKeyFromFragment } from '../embed.ts';
import { isUiLanguage, pickLanguage, translate, type UiLanguage } from '../i18n.ts';
import { navLink, siteHeaderContent } from '../site-header.ts';
import { ANNOUNCEMENT_MS, browserStore } from '../storage.ts';
import { type CheckAnswer, conflictOf, problemsOf, type StudioFile, type TemplateRequest } from './api.ts';
import { createCheckLoop } from './check-loop.ts';
import { type StudioContext, studioContext } from './context.ts';
import type { Problem } from './diagnostics.ts';
import { createScenarioEditor } from './editor.ts';
import type { JsonSchema } from './schema-complete.ts';
import { type AgreementState, renderAgreement } from './views/agreement.ts';
import { type Conflict, renderConflict } from './views/conflict.ts';
import { renderExamples } from './views/examples.ts';
import { type FileBarModel, renderFileBar } from './views/file-bar.ts';
import { createPlayPanel } from './views/play.ts';
import { type ProblemsState, renderProblems } from './views/problems.ts';

/** The categories the schema allows, in its order: each template starts from one. */
function categoriesOf(schema: JsonSchema | null): string[] {
  const category = schema?.properties?.category;
  const values = [...(category?.enum ?? []), ...(category?.anyOf ?? []).map((option) => option.const)];
  return values.filter((value): value is string => typeof value === 'string');
}

async function boot() {
  const apiKey = takeKeyFromFragment(window.location, window.history);
  const api = createRehearseClient('', apiKey ? { apiKey } : {});
  const store = browserStore();
  const saved = store.language();
  let language: UiLanguage = isUiLanguage(saved)
    ? saved
    : pickLanguage(navigator.languages ?? [navigator.language]);
  const nonce = document.querySelector('meta[name="rehearse-style-nonce"]')?.getAttribute('content') ?? null;

  // The page's parts: drawn once, their contents drawn again as things change.
  const announcer = h('div', { class: 'visually-hidden announcer', 'aria-live': 'polite' });
  const skip = h('a', { class: 'skip-link', href: '#editor' });
  const header = h('header', { class: 'site-header' });
  const narrow = h('p', { class: 'studio-narrow notice' });
  const heading = h('h1', { class: 'studio-title' });
  const access = h('p', { class: 'notice notice-error studio-access', role: 'alert', hidden: true });
  const fileBar = h('section', { class: 'file-bar' });
  const conflictRoot = h('section', { class: 'conflict panel', hidden: true });
  const editorHint = h('p', { id: 'editor-hint', class: 'small muted' });
  const editorLabel = h('h2', { id: 'editor-label', class: 'visually-hidden' });
  const editorHost = h('div', { id: 'editor', class: 'editor-host', tabindex: -1 });
  const problemsRoot = h('section', { class: 'problems panel' });
  const examplesRoot = h('section', { class: 'examples panel' });
  const agreementRoot = h('section', { class: 'agreement panel' });
  const playRoot = h('section', { class: 'play panel' });
  const main = h(
    'main',
    { id: 'main', class: 'studio' },
    narrow,
    h(
      'div',
      { class: 'studio-workspace' },
      heading,
      access,
      fileBar,
      conflictRoot,
      h(
        'div',
        { class: 'studio-grid' },
        h('div', { class: 'editor-column' }, editorLabel, editorHint, editorHost, problemsRoot),
        h('div', { class: 'side-column' }, examplesRoot, agreementRoot, playRoot),
      ),
    ),
  );
  document.body.replaceChildren(skip, header, main, announcer);

  const announce = (text: string) => {
    const line = h('p', { text });
    announcer.append(line);
    setTimeout(() => line.remove(), ANNOUNCEMENT_MS);
  };
  let principles: Principles | null = null;
  const method = () => principles;
  let ctx: StudioContext = studioContext(api, language, announce, method);

  let schema: JsonSchema | null = null;
  let files: StudioFile[] = [];
  let current: { file: string | null; baseVersion: string | null; savedText: string } = {
    file: null,
    baseVersion: null,
    savedText: '',
  };
  let problems: ProblemsState = { kind: 'empty' };
  let lastCheck: CheckAnswer | null = null;
  /** The examples of the last answer that could read the text: kept while a typo makes it unreadable. */
  let lastReadable: CheckAnswer['examples'] | null = null;
  let conflict: Conflict | null = null;
  let agreement: AgreementState = { kind: 'none' };
  let fileBarState: Pick<FileBarModel, 'busy' | 'refused' | 'form' | 'status'> = {
    busy: false,
    refused: false,
    form: 'none',
    status: null,
  };

  const describeError = (error: unknown) => {
    if (error instanceof RehearseApiError) {
      if (error.status === 401) return ctx.t('needsKey');
      if (error.status === 403) return ctx.t('needsAuthor');
      if (error.status === 0) return ctx.t('unreachable');
      return ctx.t('failed', { message: error.message });
    }
    return ctx.t('failed', { message: error instanceof Error ? error.message : String(error) });
  };
  /** A refusal of the key itself is said once, at the top: nothing in the studio works without the scope. */
  const refusedAccess = (error: unknown) => {
    if (!(error instanceof RehearseApiError) || (error.status !== 401 && error.status !== 403)) return false;
    access.textContent = describeError(error);
    access.hidden = false;
    fileBarState = { ...fileBarState, refused: true };
    drawFileBar();
    play.render(ctx);
    return true;
  };

  const dirty = () => editor.text() !== current.savedText;

  const jump = (line: number, column = 1) => editor.jumpTo(line, column);

  const drawFileBar = () =>
    renderFileBar(
      ctx,
      fileBar,
      {
        files,
        current: current.file,
        dirty: current.file !== null && dirty(),
        categories: categoriesOf(schema),
        ...fileBarState,
      },
      {
        open: (file) => void openFile(file),
        create: (request) => void create(request),
        save: () => void save(),
        showForm(form) {
          fileBarState = { ...fileBarState, form };
          drawFileBar();
          fileBar.querySelector<HTMLElement>('.template-form select, .template-form input')?.focus();
        },
      },
    );
  const drawProblems = () => renderProblems(ctx, problemsRoot, problems, jump);
  /** An invalid text with no examples scored could not be read at all (a file without examples fails the schema). */
  const unreadable = (answer: CheckAnswer) => !answer.valid && answer.examples.length === 0;
  const drawExamples = () => {
    if (lastCheck && unreadable(lastCheck) && lastReadable?.length) {
      renderExamples(ctx, examplesRoot, lastReadable, jump, true);
      return;
    }
    renderExamples(
      ctx,
      examplesRoot,
      lastCheck ? lastCheck.examples : problems.kind === 'empty' ? 'empty' : 'checking',
      jump,
    );
  };
  const drawAgreement = () => renderAgreement(ctx, agreementRoot, agreement);
  /** Read from the saved file (and the sessions), so asked when a file is opened or saved, not as it is typed. */
  async function refreshAgreement() {
    const file = current.file;
    if (!file || current.baseVersion === null) {
      agreement = { kind: file ? 'unsaved' : 'none' };
      drawAgreement();
      return;
    }
    agreement = { kind: 'loading' };
    drawAgreement();
    const id = (file.split('/').at(-1) ?? '').replace(/\.yaml$/, '');
    let next: AgreementState;
    try {
      next = { kind: 'ready', agreement: await api.getAgreement(id) };
    } catch (error) {
      next =
        error instanceof RehearseApiError && error.status === 404
          ? { kind: 'unsaved' }
          : { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    // Another file may have been opened meanwhile: its own answer is on its way.
    if (current.file !== file) return;
    agreement = next;
    drawAgreement();
  }
  /** A refused save's message says what was true of the text then: the next edit makes it stale. */
  let refusedSave = false;
  const setStatus = (text: string | null, error = false) => {
    refusedSave = false;
    fileBarState = { ...fileBarState, status: text === null ? null : { text, error } };
    drawFileBar();
  };

  const showProblems = (list: Problem[]) => {
    problems = { kind: 'checked', problems: list };
    editor.showProblems(editor.text(), list);
    drawProblems();
  };

  const checks = createCheckLoop<CheckAnswer>({
    check: (text) => api.checkScenarioText(text, current.file ?? undefined),
    onAnswer(answer, text) {
      // Each answer is drawn whole: the underlines (if the text is still the one checked), the problems and
      // the golden examples.
      lastCheck = answer;
      if (!unreadable(answer)) lastReadable = answer.examples;
      problems = { kind: 'checked', problems: answer.problems };
      editor.showProblems(text, answer.problems);
      drawProblems();
      drawExamples();
    },
    onError(error) {
      if (refusedAccess(error)) return;
      problems = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      drawProblems();
    },
  });

  let wasDirty = false;
  const editor = createScenarioEditor({
    parent: editorHost,
    text: '',
    label: ctx.t('editorLabel'),
    nonce,
    schema: () => schema,
    onChange(text) {
      if (refusedSave) {
        refusedSave = false;
        setStatus(null);
      }
      // The check refuses an empty text; there is nothing to say about one either.
      if (text.trim()) checks.schedule(text);
      else {
        checks.cancel();
        problems = { kind: 'empty' };
        lastCheck = null;
        lastReadable = null;
        drawProblems();
        drawExamples();
      }
      // The file bar says whether there are unsaved changes; drawn again only when that flips.
      if (dirty() !== wasDirty) {
        wasDirty = dirty();
        drawFileBar();
      }
    },
  });
  editor.view.contentDOM.setAttribute('aria-describedby', 'editor-hint');

  const play = createPlayPanel(playRoot, {
    text: () => editor.text(),
    onInvalid: showProblems,
    describeError,
    refused: () => fileBarState.refused,
  });

  const load = (file: string | null, text: string, baseVersion: string | null, savedText: string) => {
    current = { file, baseVersion, savedText };
    editor.load(text);
    wasDirty = dirty();
    conflict = null;
    conflictRoot.hidden = true;
    problems = { kind: 'idle' };
    lastCheck = null;
    lastReadable = null;
    drawProblems();
    drawExamples();
    void refreshAgreement();
    checks.now(text);
    if (file)
      history.replaceState(history.state, '', `${location.pathname}?file=${encodeURIComponent(file)}`);
  };

  const leaveChanges = () => !dirty() || window.confirm(ctx.t('leaveUnsaved'));

  async function refreshFiles() {
    try {
      files = (await api.listStudioFiles()).files;
    } catch (error) {
      if (!refusedAccess(error)) setStatus(describeError(error), true);
    }
    drawFileBar();
  }

  async function openFile(file: string) {
    if (!leaveChanges()) return;
    try {
      const opened = await api.getStudioFile(file);
      load(opened.file, opened.text, opened.version, opened.text);
      fileBarState = { ...fileBarState, form: 'none' };
      setStatus(ctx.t('opened', { file: opened.file }));
    } catch (error) {
      if (!refusedAccess(error)) setStatus(describeError(error), true);
    }
  }

  async function create(request: TemplateRequest) {
    if (!leaveChanges()) return;
    try {
      const made = await api.createStudioTemplate(request);
      // Not on disk yet: the first save creates it (and refuses to overwrite a file of that name).
      load(made.file, made.text, null, '');
      fileBarState = { ...fileBarState, form: 'none' };
      setStatus(ctx.t('templateReady', { file: made.file }));
      editor.view.focus();
    } catch (error) {
      const list = problemsOf(error);
      if (list.length > 0) showProblems(list);
      if (!refusedAccess(error)) setStatus(describeError(error), true);
    }
  }

  async function save(text = editor.text(), baseVersion = current.baseVersion) {
    const file = current.file;
    if (!file) return;
    fileBarState = { ...fileBarState, busy: true };
    drawFileBar();
    try {
      const result = await api.saveStudioFile(file, text, baseVersion);
      current = { file: result.file, baseVersion: result.version, savedText: text };
      wasDirty = dirty();
      conflict = null;
      conflictRoot.hidden = true;
      fileBarState = { ...fileBarState, busy: false };
      setStatus(ctx.t('saved', { file: result.file }));
      void refreshAgreement();
      await refreshFiles();
    } catch (error) {
      fileBarState = { ...fileBarState, busy: false };
      const changed = conflictOf(error);
      if (changed) {
        conflict = { file, yours: text, theirs: changed.theirs };
        setStatus(ctx.t('conflictTitle'), true);
        drawConflict()?.focus();
        return;
      }
      const list = problemsOf(error);
      if (error instanceof RehearseApiError && error.status === 422 && list.length > 0) {
        showProblems(list);
        setStatus(ctx.t('notSavedInvalid', { count: list.length }), true);
        refusedSave = true;
        return;
      }
      if (error instanceof RehearseApiError && error.code === ('file_exists' as RehearseApiError['code'])) {
        setStatus(ctx.t('fileExists', { file }), true);
        return;
      }
      if (!refusedAccess(error)) setStatus(describeError(error), true);
    }
  }

  function drawConflict() {
    if (!conflict) {
      conflictRoot.hidden = true;
      return null;
    }
    const shown = conflict;
    return renderConflict(ctx, conflictRoot, shown, {
      keepMine: () => void save(editor.text(), shown.theirs?.version ?? null),
      takeTheirs() {
        if (!shown.theirs) return;
        load(shown.file, shown.theirs.text, shown.theirs.version, shown.theirs.text);
        setStatus(ctx.t('opened', { file: shown.file }));
        editor.view.focus();
      },
      cancel() {
        conflict = null;
        conflictRoot.hidden = true;
        setStatus(null);
        editor.view.focus();
      },
    });
  }

  const renderHeader = () => {
    header.replaceChildren(
      siteHeaderContent({
        language,
        appName: ctx.t('appName'),
        languageLabel: ctx.t('language'),
        brandHref: '/',
        links: [
          navLink({ href: '/' }, translate(language, 'navScenarios')),
          navLink({ href: '/studio' }, ctx.t('title'), true),
          navLink(keyHandingLink('/studio/analytics', apiKey), ctx.t('navAnalytics')),
        ],
        onLanguage: (picked) => {
          language = picked;
          store.setLanguage(language);
          renderAll();
        },
      }),
    );
  };

  function renderAll() {
    ctx = studioContext(api, language, announce, method);
    document.documentElement.lang = language;
    document.title = `${ctx.t('title')} · ${ctx.t('appName')}`;
    skip.textContent = ctx.t('skipToContent');
    narrow.textContent = ctx.t('narrow');
    heading.textContent = ctx.t('title');
    editorLabel.textContent = ctx.t('editorLabel');
    editorHint.textContent = ctx.t('editorHint');
    editor.setLabel(ctx.t('editorLabel'));
    renderHeader();
    drawFileBar();
    drawConflict();
    drawProblems();
    drawExamples();
    drawAgreement();
    play.render(ctx);
  }

  skip.addEventListener('click', (event) => {
    event.preventDefault();
    editor.view.focus();
  });
  window.addEventListener('beforeunload', (event) => {
    if (!dirty()) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  });

  renderAll();
  try {
    [schema, principles] = await Promise.all([
      api.getScenarioSchema() as Promise<JsonSchema>,
      // Move names for the golden examples; without them the ids are shown.
      api.listPrinciples().catch(() => null),
      refreshFiles(),
    ]);
  } catch (error) {
    if (!refusedAccess(error)) setStatus(describeError(error), true);
  }
  drawFileBar();
  const asked = new URLSearchParams(location.search).get('file');
  if (asked) await openFile(asked);
}

void boot();
