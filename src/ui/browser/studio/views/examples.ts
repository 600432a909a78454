// The golden examples as the latest check scored them: expected against got, in band or not (said in words
// and with a sign, not by colour alone), the per-principle scores and the scenario's acts met or missed.
// Drawn whole from each check answer; while the text cannot be read (a typo in the YAML), the last readable
// text's examples stay, marked as such, rather than the panel emptying at each keystroke.

import { PRINCIPLE_IDS } from '../../../../rubric/ids.ts';
import { h } from '../../dom.ts';
import type { ExampleCheck } from '../api.ts';
import type { StudioContext } from '../context.ts';
import { isStudioKey } from '../i18n.ts';

export function renderExamples(
  ctx: StudioContext,
  root: HTMLElement,
  /** `empty`: no text to check; `checking`: the first answer is on its way. */
  examples: readonly ExampleCheck[] | 'empty' | 'checking',
  jump: (line: number) => void,
  /** The examples are the last readable text's: the text as it stands could not be read. */
  stale = false,
) {
  const { t } = ctx;
  const heading = h('h2', { id: 'examples-heading', text: t('examples') });
  root.setAttribute('aria-labelledby', 'examples-heading');
  if (typeof examples === 'string') {
    root.replaceChildren(
      heading,
      h('p', { class: 'muted', text: t(examples === 'empty' ? 'fileNone' : 'checking') }),
    );
    return;
  }
  if (examples.length === 0) {
    root.replaceChildren(heading, h('p', { class: 'muted', text: t('examplesNone') }));
    return;
  }
  const inBand = examples.filter((example) => example.inBand).length;
  const rating = (value: string) => {
    const key = `rating.${value}`;
    return isStudioKey(key) ? t(key) : value;
  };
  const list = (items: readonly string[]) => (items.length ? [...new Set(items)].join(', ') : t('none'));
  const out = examples.filter((example) => !example.inBand);
  // The ones out of their band first, as links to their cards: the list is long, the problem is what matters.
  const outLinks = out.length
    ? h(
        'p',
        { class: 'examples-out' },
        `${t('outOfBandList')} `,
        ...out.flatMap((example, i) => [
          i > 0 ? ', ' : '',
          h('a', {
            href: `#example-${example.index}`,
            text: t('exampleTitle', { n: example.index + 1 }),
            onclick: (event: Event) => {
              event.preventDefault();
              const card = root.querySelector<HTMLElement>(`#example-${example.index}`);
              card?.scrollIntoView({ block: 'nearest' });
              card?.focus();
            },
          }),
        ]),
      )
    : null;
  const row = (term: string, ...detail: (Node | string)[]) => [
    h('dt', { text: term }),
    h('dd', {}, ...detail),
  ];

  root.replaceChildren(
    heading,
    stale ? h('p', { class: 'examples-stale muted', role: 'status', text: t('examplesStale') }) : '',
    h('p', { class: 'examples-summary', text: t('examplesSummary', { inBand, count: examples.length }) }),
    outLinks ?? '',
    h(
      'ol',
      { class: 'example-list' },
      ...examples.map((example) =>
        h(
          'li',
          {
            id: `example-${example.index}`,
            tabindex: -1,
            class: `example ${example.inBand ? 'example-in' : 'example-out'}`,
            'data-index': example.index,
            'data-in-band': String(example.inBand),
          },
          h(
            'div',
            { class: 'example-head' },
            h('h3', { text: t('exampleTitle', { n: example.index + 1 }) }),
            h('button', {
              type: 'button',
              class: 'button-link',
              text: t('exampleLine', { line: example.line }),
              onclick: () => jump(example.line),
            }),
            h('span', {
              class: `band ${example.inBand ? 'band-in' : 'band-out'}`,
              text: t(example.inBand ? 'inBand' : 'outOfBand'),
            }),
          ),
          h(
            'dl',
            { class: 'example-facts' },
            ...row(t('expected'), rating(example.expected)),
            ...row(
              t('got'),
              `${rating(example.got)} · ${t('scoreOf', { score: Math.round(example.score) })}`,
            ),
            ...row(t('principleScores'), ...principleScores(ctx, example)),
            ...row(t('movesFound'), list(example.moves.map(ctx.moveName))),
            ...row(t('actsMet'), list(example.actsMet)),
            ...row(t('actsMissed'), list(example.actsMissed)),
            ...row(t('mustNotDone'), list(example.mustNotDone ?? [])),
          ),
        ),
      ),
    ),
  );
}

/**
 * Got per principle, beside what the example expects where it declares a score; one the strict check would fail
 * (the server says which) is marked in words and with a sign.
 */
function principleScores(ctx: StudioContext, example: ExampleCheck): (Node | string)[] {
  const { t } = ctx;
  const expected: Partial<Record<string, number>> = example.expectedPrinciples;
  const got: Partial<Record<string, number>> = example.principles;
  const ids = PRINCIPLE_IDS.filter((id) => got[id] !== undefined || expected[id] !== undefined);
  if (ids.length === 0) return [t('none')];
  return ids.flatMap((id, i) => {
    const vars = { name: ctx.principleName(id), got: got[id] ?? '–', expected: expected[id] ?? '' };
    const off = example.principlesOff.includes(id);
    const text =
      expected[id] === undefined
        ? `${vars.name} ${vars.got}`
        : t(off ? 'principleOff' : 'principleExpected', vars);
    return [
      i > 0 ? ' · ' : '',
      h('span', {
        class: `principle-score${off ? ' principle-off' : ''}`,
        'data-principle': id,
        ...(off ? { 'data-off': 'true' } : {}),
        text,
      }),
    ];
  });
}
