// A save refused because the file changed on disk: both versions side by side, the differing lines marked
// (with ≠, not by colour alone), and the author's choice.
import { h } from '../../dom.ts';
import type { StudioContext } from '../context.ts';
import { changedLines } from '../line-diff.ts';

export type Conflict = { file: string; yours: string; theirs: { text: string; version: string } | null };

export function renderConflict(
  ctx: StudioContext,
  root: HTMLElement,
  conflict: Conflict,
  actions: { keepMine(): void; takeTheirs(): void; cancel(): void },
) {
  const { t } = ctx;
  const changed = changedLines(conflict.yours, conflict.theirs?.text ?? '');
  const side = (id: string, title: string, text: string | null, marks: boolean[]) =>
    h(
      'section',
      { class: 'conflict-side', 'aria-labelledby': id },
      h('h3', { id, text: title }),
      text === null
        ? h('p', { class: 'notice', text: t('conflictRemoved') })
        : h(
            'pre',
            { class: 'conflict-text', tabindex: 0, 'aria-labelledby': id },
            ...text
              .split('\n')
              .map((line, i) =>
                h(
                  'span',
                  { class: marks[i] ? 'conflict-line changed' : 'conflict-line' },
                  marks[i] ? '≠ ' : '  ',
                  line,
                ),
              ),
          ),
    );
  const heading = h('h2', { id: 'conflict-heading', tabindex: -1, text: t('conflictTitle') });
  root.hidden = false;
  root.setAttribute('aria-labelledby', 'conflict-heading');
  root.replaceChildren(
    heading,
    h('p', { text: t('conflictIntro', { file: conflict.file }) }),
    h(
      'div',
      { class: 'conflict-sides' },
      side('conflict-yours', t('yours'), conflict.yours, changed.a),
      side('conflict-theirs', t('theirs'), conflict.theirs?.text ?? null, changed.b),
    ),
    h(
      'div',
      { class: 'conflict-actions' },
      h('button', {
        type: 'button',
        class: 'button button-primary',
        text: t('keepMine'),
        onclick: actions.keepMine,
      }),
      conflict.theirs
        ? h('button', { type: 'button', class: 'button', text: t('takeTheirs'), onclick: actions.takeTheirs })
        : null,
      h('button', {
        type: 'button',
        class: 'button button-quiet',
        text: t('cancel'),
        onclick: actions.cancel,
      }),
    ),
  );
  return heading;
}
