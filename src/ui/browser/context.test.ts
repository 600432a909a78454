import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './context.ts';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'picker' }],
    ['#/', { name: 'picker' }],
    ['#/nowhere', { name: 'picker' }],
    ['#/scenario/saying-no-extra-project', { name: 'briefing', id: 'saying-no-extra-project' }],
    ['#/scenario/', { name: 'picker' }],
    ['#/session/3f1c5a3e', { name: 'session', id: '3f1c5a3e' }],
    ['#/report/3f1c5a3e', { name: 'report', id: '3f1c5a3e' }],
    ['#/progress', { name: 'progress' }],
  ])('%s → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads back every link it makes, odd characters included', () => {
    expect(parseRoute(href.briefing('a b/c'))).toEqual({ name: 'briefing', id: 'a b/c' });
    expect(parseRoute(href.report('r-1'))).toEqual({ name: 'report', id: 'r-1' });
  });
});
