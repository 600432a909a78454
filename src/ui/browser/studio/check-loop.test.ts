import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckLoop } from './check-loop.ts';

describe('the check loop', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const deferred = () => {
    const answers = new Map<string, (value: string) => void>();
    const check = vi.fn((text: string) => new Promise<string>((resolve) => answers.set(text, resolve)));
    return { check, answer: (text: string) => answers.get(text)?.(`checked ${text}`) };
  };

  it('checks once, a pause after the last change', async () => {
    const { check, answer } = deferred();
    const onAnswer = vi.fn();
    const loop = createCheckLoop({ check, onAnswer, onError: () => {}, delayMs: 400 });
    loop.schedule('a');
    await vi.advanceTimersByTimeAsync(300);
    loop.schedule('ab');
    await vi.advanceTimersByTimeAsync(300);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(check).toHaveBeenCalledExactlyOnceWith('ab');
    answer('ab');
    await vi.advanceTimersByTimeAsync(0);
    expect(onAnswer).toHaveBeenCalledWith('checked ab', 'ab');
  });

  it('hands on every answer to the newest request and drops older ones, whatever order they come in', async () => {
    const { check, answer } = deferred();
    const onAnswer = vi.fn();
    const loop = createCheckLoop({ check, onAnswer, onError: () => {} });
    loop.now('one');
    loop.now('two');
    answer('two');
    answer('one');
    await vi.advanceTimersByTimeAsync(0);
    expect(onAnswer.mock.calls).toEqual([['checked two', 'two']]);
    // The next text's answer is drawn too: nothing waits for the text to stay unchanged.
    loop.now('three');
    answer('three');
    await vi.advanceTimersByTimeAsync(0);
    expect(onAnswer.mock.calls.at(-1)).toEqual(['checked three', 'three']);
  });

  it('drops the pending check and the answer on its way when cancelled, and checks again after', async () => {
    const { check, answer } = deferred();
    const onAnswer = vi.fn();
    const loop = createCheckLoop({ check, onAnswer, onError: () => {} });
    loop.now('a');
    loop.schedule('ab');
    loop.cancel();
    answer('a');
    await vi.advanceTimersByTimeAsync(1000);
    expect(check).toHaveBeenCalledOnce();
    expect(onAnswer).not.toHaveBeenCalled();
    loop.now('b');
    answer('b');
    await vi.advanceTimersByTimeAsync(0);
    expect(onAnswer).toHaveBeenCalledWith('checked b', 'b');
  });

  it('reports a failed check, and nothing after dispose', async () => {
    const onError = vi.fn();
    const onAnswer = vi.fn();
    const loop = createCheckLoop({ check: () => Promise.reject(new Error('down')), onAnswer, onError });
    loop.now('x');
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledOnce();
    loop.schedule('y');
    loop.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(onError).toHaveBeenCalledOnce();
  });
});
