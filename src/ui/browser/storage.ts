// What the browser remembers: who the learner is, the chosen language and unsent drafts. Storage can be
// unavailable (private mode, full quota); the UI then works for this visit and forgets afterwards.

const LEARNER_KEY = 'rehearse.learnerId';
const LANGUAGE_KEY = 'rehearse.language';
const draftKey = (sessionId: string) => `rehearse.draft.${sessionId}`;
const pendingKey = (sessionId: string) => `rehearse.pending.${sessionId}`;

/** A reply sent but not yet answered, with the idempotency key its retries must reuse. */
export type PendingReply = { content: string; key: string };

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function createStore(storage: KeyValueStore | null, newId: () => string) {
  const memory = new Map<string, string>();
  const get = (key: string) => {
    try {
      return storage ? storage.getItem(key) : (memory.get(key) ?? null);
    } catch {
      return memory.get(key) ?? null;
    }
  };
  const set = (key: string, value: string) => {
    memory.set(key, value);
    try {
      storage?.setItem(key, value);
    } catch {
      // Quota or privacy settings: the in-memory copy still serves this visit.
    }
  };
  const remove = (key: string) => {
    memory.delete(key);
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing to do: the value just stays behind.
    }
  };

  return {
    /** Created once, then the same id on every visit: the learner's progress hangs on it. */
    learnerId(): string {
      let id = get(LEARNER_KEY);
      if (!id) {
        id = newId();
        set(LEARNER_KEY, id);
      }
      return id;
    },
    language: () => get(LANGUAGE_KEY),
    setLanguage: (language: string) => set(LANGUAGE_KEY, language),
    draft: (sessionId: string) => get(draftKey(sessionId)) ?? '',
    setDraft(sessionId: string, text: string) {
      if (text) set(draftKey(sessionId), text);
      else remove(draftKey(sessionId));
    },
    pending(sessionId: string): PendingReply | null {
      try {
        const value = JSON.parse(get(pendingKey(sessionId)) ?? 'null') as PendingReply | null;
        return value && typeof value.content === 'string' && typeof value.key === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    setPending(sessionId: string, value: PendingReply | null) {
      if (value) set(pendingKey(sessionId), JSON.stringify(value));
      else remove(pendingKey(sessionId));
    },
  };
}

export type Store = ReturnType<typeof createStore>;

/** Long enough to be read out; short enough that a live region stays small. */
export const ANNOUNCEMENT_MS = 30_000;

/** The page's store in the browser's local storage; in memory where the browser refuses it (private mode, a sandboxed frame). */
export function browserStore(): Store {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // Reading localStorage throws where the browser refuses it.
  }
  return createStore(storage, () => crypto.randomUUID());
}
