import { afterEach, beforeEach } from 'vitest';
import { createStore, type Store } from '@/utils/store';
import { openDb, type DokazDb } from '@/utils/store/db';
import { memorySession } from '@/utils/store/lock';

/** A fresh store in fake IndexedDB for every test of the file, deleted afterwards. */
export function useTestStore(): { readonly db: DokazDb; readonly store: Store } {
  const current = {} as { db: DokazDb; store: Store };
  beforeEach(() => {
    current.db = openDb(`test-${crypto.randomUUID()}`);
    current.store = createStore({ db: current.db });
  });
  afterEach(async () => {
    current.db.close();
    await current.db.delete();
  });
  return current;
}

/** Runs `test` on a store as the extension makes it (the data key in a session, here in memory), deleted afterwards. */
export async function withSessionStore(test: (db: DokazDb, store: Store) => Promise<void>): Promise<void> {
  const db = openDb(`test-${crypto.randomUUID()}`);
  try {
    await test(db, createStore({ db, session: memorySession() }));
  } finally {
    db.close();
    await db.delete();
  }
}
