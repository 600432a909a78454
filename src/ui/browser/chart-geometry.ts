// Pure geometry for the report and progress charts: numbers in, coordinates out. The views turn
// these into SVG elements; keeping the maths here lets it be tested without a browser.

export const SCORE_MAX = 4;

export type BarInput = { id: string; value: number | null };
export type BarRow = { id: string; value: number | null; labelY: number; barY: number; barWidth: number };
export type BarLayout = {
  width: number;
  height: number;
  trackX: number;
  trackWidth: number;
  barHeight: number;
  rows: BarRow[];
};

const ROW_HEIGHT = 52;
const BAR_HEIGHT = 14;
const VALUE_SPACE = 64;

/** Horizontal bars, one per principle: a label line above each bar, the value to the right of the track. */
export function barLayout(items: readonly BarInput[], width: number): BarLayout {
  const trackWidth = Math.max(40, width - VALUE_SPACE);
  const rows = items.map((item, i) => ({
    id: item.id,
    value: item.value,
    labelY: i * ROW_HEIGHT + 16,
    barY: i * ROW_HEIGHT + 26,
    barWidth: item.value === null ? 0 : round((clamp(item.value, 0, SCORE_MAX) / SCORE_MAX) * trackWidth),
  }));
  return { width, height: items.length * ROW_HEIGHT, trackX: 0, trackWidth, barHeight: BAR_HEIGHT, rows };
}

export type LinePoint = { index: number; value: number; x: number; y: number };
export type LineLayout = { points: LinePoint[]; paths: string[]; grid: { value: number; y: number }[] };
export type LineBox = { width: number; height: number; padX: number; padY: number };

/**
 * A line over time for one principle. Sessions where the principle was not measured (null) break the
 * line instead of pretending a zero; every measured session still gets its dot.
 */
export function lineLayout(values: readonly (number | null)[], box: LineBox): LineLayout {
  const innerWidth = box.width - 2 * box.padX;
  const innerHeight = box.height - 2 * box.padY;
  const xAt = (i: number) =>
    values.length === 1 ? box.padX + innerWidth / 2 : box.padX + (i / (values.length - 1)) * innerWidth;
  const yAt = (value: number) =>
    box.padY + innerHeight - (clamp(value, 0, SCORE_MAX) / SCORE_MAX) * innerHeight;

  const points: LinePoint[] = [];
  const paths: string[] = [];
  let run: LinePoint[] = [];
  const closeRun = () => {
    if (run.length > 1) paths.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '));
    run = [];
  };
  for (const [index, value] of values.entries()) {
    if (value === null || !Number.isFinite(value)) {
      closeRun();
      continue;
    }
    const point = { index, value, x: round(xAt(index)), y: round(yAt(value)) };
    points.push(point);
    run.push(point);
  }
  closeRun();
  const grid = [0, 1, 2, 3, 4].map((value) => ({ value, y: round(yAt(value)) }));
  return { points, paths, grid };
}

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}

function round(value: number) {
  return Math.round(value * 10) / 10;
}
