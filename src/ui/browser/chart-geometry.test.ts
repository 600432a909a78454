import { describe, expect, it } from 'vitest';
import { barLayout, lineLayout } from './chart-geometry.ts';

describe('barLayout', () => {
  it('scales bars to the track and gives unmeasured principles no bar', () => {
    const layout = barLayout(
      [
        { id: 'a', value: 4 },
        { id: 'b', value: 2 },
        { id: 'c', value: null },
        { id: 'd', value: 9 },
      ],
      364,
    );
    expect(layout.trackWidth).toBe(300);
    expect(layout.rows.map((r) => r.barWidth)).toEqual([300, 150, 0, 300]);
    expect(layout.rows[1]!.barY).toBeGreaterThan(layout.rows[0]!.barY);
    expect(layout.height).toBeGreaterThan(layout.rows[3]!.barY);
  });
});

describe('lineLayout', () => {
  const box = { width: 200, height: 100, padX: 10, padY: 10 };

  it('maps 0 to the bottom and 4 to the top, first and last session to the edges', () => {
    const { points } = lineLayout([0, 4], box);
    expect(points).toEqual([
      { index: 0, value: 0, x: 10, y: 90 },
      { index: 1, value: 4, x: 190, y: 10 },
    ]);
  });

  it('breaks the line at unmeasured sessions but keeps every measured dot', () => {
    const { points, paths } = lineLayout([1, 2, null, 3, 3], box);
    expect(points.map((p) => p.index)).toEqual([0, 1, 3, 4]);
    expect(paths).toHaveLength(2);
    expect(paths[0]).toMatch(/^M10 70 L55 50$/);
  });

  it('centres a single session and draws no line for it', () => {
    const { points, paths } = lineLayout([2], box);
    expect(points).toEqual([{ index: 0, value: 2, x: 100, y: 50 }]);
    expect(paths).toEqual([]);
  });

  it('has grid lines for every score level', () => {
    expect(lineLayout([], box).grid.map((g) => g.y)).toEqual([90, 70, 50, 30, 10]);
  });
});
