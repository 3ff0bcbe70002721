import { afterEach, beforeEach } from 'vitest';
import { createStore, type Store } from '@/utils/store';
import { openDb, type DokazDb } from '@/utils/store/db';

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
