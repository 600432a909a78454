import { describe, expect, it } from 'vitest';
import { createStore, type KeyValueStore } from './storage.ts';

function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('createStore', () => {
  it('creates the learner id once and returns the same id on the next visit', () => {
    const storage = memoryStorage();
    let made = 0;
    const newId = () => `id-${++made}`;
    expect(createStore(storage, newId).learnerId()).toBe('id-1');
    expect(createStore(storage, newId).learnerId()).toBe('id-1');
    expect(made).toBe(1);
  });

  it('keeps a draft per session and forgets it when emptied', () => {
    const storage = memoryStorage();
    const store = createStore(storage, () => 'x');
    store.setDraft('s1', 'half a thought');
    store.setDraft('s2', 'another');
    expect(createStore(storage, () => 'x').draft('s1')).toBe('half a thought');
    store.setDraft('s1', '');
    expect(store.draft('s1')).toBe('');
    expect(storage.data.has('rehearse.draft.s1')).toBe(false);
    expect(store.draft('s2')).toBe('another');
  });

  it('still works for the visit when the browser refuses storage', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createStore(refusing, () => 'fresh');
    expect(store.learnerId()).toBe('fresh');
    store.setDraft('s', 'kept in memory');
    expect(store.draft('s')).toBe('kept in memory');
  });
});
