import { barLayout, lineLayout, SCORE_MAX } from '../chart-geometry.ts';
import type { AppContext } from '../context.ts';
import { h, s } from '../dom.ts';
import { formatScore } from './common.ts';

/** What the charts need of a page: its language, the chat's words and the principles' names. */
export type ChartContext = Pick<AppContext, 'language' | 't' | 'principleName' | 'principleStatement'>;

/**
 * Bars of the principles' means (0–4). The SVG is drawn at the width it is shown at, so its text
 * keeps its size on a phone; an ordered list next to it carries the same numbers for screen readers.
 */
export function principleBars(
  ctx: ChartContext,
  items: { id: string; value: number | null; trend?: number | null }[],
  width: number,
) {
  const layout = barLayout(items, Math.max(240, Math.round(width)));
  const svg = s('svg', {
    class: 'chart chart-bars',
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
    role: 'img',
    'aria-label': ctx.t('principlesChart'),
  });
  for (const row of layout.rows) {
    const item = items.find((i) => i.id === row.id);
    const value = row.value === null ? ctx.t('notMeasured') : `${formatScore(row.value, ctx)} / ${SCORE_MAX}`;
    const trend = item?.trend ? (item.trend > 0 ? ' ↗' : ' ↘') : '';
    svg.append(
      s(
        'text',
        { x: 0, y: row.labelY, class: 'chart-label' },
        s('title', { text: ctx.principleStatement(row.id) }),
        ctx.principleName(row.id),
      ),
      s('rect', {
        x: layout.trackX,
        y: row.barY,
        width: layout.trackWidth,
        height: layout.barHeight,
        rx: layout.barHeight / 2,
        class: 'chart-track',
      }),
      s('rect', {
        x: layout.trackX,
        y: row.barY,
        width: row.barWidth,
        height: layout.barHeight,
        rx: layout.barHeight / 2,
        class: `chart-bar fill-${row.id}`,
        'data-point': row.id,
        'data-value': row.value ?? '',
      }),
      // "not measured" is too long for the value column: it sits on the empty track instead.
      s(
        'text',
        {
          x: row.value === null ? layout.trackX + 10 : layout.trackX + layout.trackWidth + 8,
          y: row.barY + layout.barHeight - 3,
          class: 'chart-value',
        },
        item?.trend ? s('title', { text: ctx.t(item.trend > 0 ? 'trendUp' : 'trendDown') }) : null,
        `${value}${trend}`,
      ),
    );
  }
  return svg;
}

/**
 * A small line chart of one principle over the learner's sessions (oldest left); `over` names the points when
 * they are something else (the weeks of the analytics page): the chart's label and each dot's title.
 */
export function principleLine(
  ctx: ChartContext,
  id: string,
  values: (number | null)[],
  width: number,
  over?: { label: string; point: (index: number) => string },
) {
  const box = { width: Math.max(200, Math.round(width)), height: 120, padX: 26, padY: 12 };
  const layout = lineLayout(values, box);
  const svg = s('svg', {
    class: 'chart chart-line',
    viewBox: `0 0 ${box.width} ${box.height}`,
    width: box.width,
    height: box.height,
    role: 'img',
    'aria-label':
      over?.label ?? ctx.t('lineChartLabel', { name: ctx.principleName(id), count: values.length }),
  });
  for (const line of layout.grid) {
    svg.append(
      s('line', { x1: box.padX, x2: box.width - 4, y1: line.y, y2: line.y, class: 'chart-grid' }),
      s('text', { x: 4, y: line.y + 4, class: 'chart-axis', text: String(line.value) }),
    );
  }
  for (const d of layout.paths) svg.append(s('path', { d, class: `chart-path stroke-${id}` }));
  for (const point of layout.points) {
    svg.append(
      s(
        'circle',
        { cx: point.x, cy: point.y, r: 4, class: `chart-dot fill-${id}`, 'data-point': point.index },
        s('title', { text: over?.point(point.index) ?? formatScore(point.value, ctx) }),
      ),
    );
  }
  return svg;
}

/** Redraws a chart when its container changes width; returns the cleanup. */
export function responsiveChart(container: HTMLElement, draw: (width: number) => SVGSVGElement) {
  let lastWidth = -1;
  const render = () => {
    const width = Math.floor(container.clientWidth);
    if (width === lastWidth || width === 0) return;
    lastWidth = width;
    container.replaceChildren(draw(width));
  };
  render();
  const observer = new ResizeObserver(render);
  observer.observe(container);
  return () => observer.disconnect();
}

export function chartFrame(...children: Node[]) {
  return h('div', { class: 'chart-frame' }, ...children);
}
