// The check's problems under the editor: each as `line:column: message`, a button that takes the cursor there.
import { h } from '../../dom.ts';
import type { StudioContext } from '../context.ts';
import { type Problem, problemText } from '../diagnostics.ts';

export type ProblemsState =
  | { kind: 'empty' }
  | { kind: 'idle' }
  | { kind: 'checked'; problems: readonly Problem[] }
  | { kind: 'failed'; message: string };

export function renderProblems(
  ctx: StudioContext,
  root: HTMLElement,
  state: ProblemsState,
  jump: (line: number, column: number) => void,
) {
  const { t } = ctx;
  const problems = state.kind === 'checked' ? state.problems : [];
  const heading = h('h2', {
    id: 'problems-heading',
    text: state.kind === 'checked' ? t('problemsCount', { count: problems.length }) : t('problems'),
  });
  let body: HTMLElement;
  if (state.kind === 'failed') {
    body = h('p', { class: 'notice notice-error', text: t('checkFailed', { message: state.message }) });
  } else if (state.kind === 'empty') {
    body = h('p', { class: 'muted', text: t('fileNone') });
  } else if (state.kind === 'idle') {
    body = h('p', { class: 'muted', text: t('checking') });
  } else if (problems.length === 0) {
    body = h('p', { class: 'problems-none', text: t('noProblems') });
  } else {
    body = h(
      'ul',
      { class: 'problem-list' },
      ...problems.map((problem) =>
        h(
          'li',
          { class: `problem problem-${problem.severity}` },
          h(
            'button',
            {
              type: 'button',
              class: 'problem-jump',
              'aria-label': t('goToLine', {
                line: problem.line,
                column: problem.column,
                message: problem.message,
              }),
              onclick: () => jump(problem.line, problem.column),
            },
            h('span', {
              class: `severity severity-${problem.severity}`,
              text: t(problem.severity === 'error' ? 'error' : 'warning'),
            }),
            h('span', { class: 'problem-text', text: problemText(problem) }),
          ),
        ),
      ),
    );
  }
  root.setAttribute('aria-labelledby', 'problems-heading');
  root.replaceChildren(heading, body);
}
