// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExporter } from '@/utils/background/export';
import { verifyPack } from '@/utils/pack/verify';
import { createStore, type Store } from '@/utils/store';
import { openDb } from '@/utils/store/db';
import { memorySession } from '@/utils/store/lock';
import { isSealedValue } from '@/utils/store/vault-codec';
import { makeCapture } from '../../factories';
import { withSessionStore } from '../test-store';

/**
 * The lock against the moments a person (or the browser) picks: a lock in the middle of a capture, an export while
 * the passphrase is set, two settings tabs at once (from the adversarial review of the signing key's wrapping).
 */
const PASSPHRASE = 'четири збора за лозинка';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** The store as the exporter sees it, whose captures are read only once `release` is called (a large store). */
function slowStore(store: Store, keysRead: () => void, released: Promise<void>): Store {
  return {
    ...store,
    signingKeys: async () => {
      const keys = await store.signingKeys();
      keysRead();
      return keys;
    },
    getCapture: async (id) => {
      await released;
      return store.getCapture(id);
    },
  };
}

describe('the lock at an awkward moment', () => {
  it('stores a capture when Dokaz locks while it is being saved, and puts it in the case at the unlock', async () => {
    await withSessionStore(async (db, store) => {
      await store.setPassphrase(PASSPHRASE);
      const kase = await store.createCase({ name: 'Smokva' });
      await store.setActiveCase(kase.id);
      // A quick exit lands while the capture is prepared: after the store found it open, before the active case.
      const get = db.meta.get.bind(db.meta);
      vi.spyOn(db.meta, 'get').mockImplementation((async (key: string) => {
        if (key === 'activeCaseId') await store.lock();
        return get(key);
      }) as typeof db.meta.get);
      const made = await makeCapture();
      await store.saveCapture(made.record, made.data);
      vi.restoreAllMocks();
      await store.unlock(PASSPHRASE);
      expect((await store.getCapture(made.record.id))!.id).toBe(made.record.id);
      expect((await store.getAnnotation(made.record.id)).caseId).toBe(kase.id);
      expect(await store.verifyCustody()).toMatchObject({ intact: true });
    });
  });

  it('exports a pack that verifies when the key is handed over while the export waits its turn', async () => {
    for (const again of [false, true]) {
      await withSessionStore(async (_db, store) => {
        // Captured now, as the store's clock says: the pack's custody-time check holds the two together.
        const made = await makeCapture({ actor: await store.installId(), capturedAt: new Date().toISOString() });
        await store.saveCapture(made.record, made.data);
        await store.signingKeys();
        if (again) {
          await store.setPassphrase(PASSPHRASE);
          await store.removePassphrase();
        }
        const keysRead = gate();
        const release = gate();
        const making = createExporter(slowStore(store, keysRead.open, release.opened), '0.1.0').makePack(
          { all: true },
          { language: 'en' },
        );
        await keysRead.opened;
        await store.setPassphrase(again ? 'друга лозинка за тест' : PASSPHRASE);
        release.open();
        const { blob } = await making;
        const verdict = await verifyPack(new Uint8Array(await blob.arrayBuffer()));
        expect(verdict.checks.filter((check) => !check.ok).map((check) => check.id)).toEqual([]);
        expect(verdict.format).toBe('dokaz-pack/2');
      });
    }
  });

  it('makes one vault when the passphrase is set from two tabs at once, and the store opens', async () => {
    await withSessionStore(async (_db, store) => {
      const made = await makeCapture({ actor: await store.installId() });
      await store.saveCapture(made.record, made.data);
      await store.signingKeys();
      const [first, second] = await Promise.all([
        store.setPassphrase('прва лозинка за тест'),
        store.setPassphrase('втора лозинка за тест'),
      ]);
      // The first made the vault and its recovery code; the second changed its passphrase.
      expect(first).toMatch(/-/);
      expect(second).toBeNull();
      await store.lock();
      await store.unlock('втора лозинка за тест');
      expect((await store.getCapture(made.record.id))!.id).toBe(made.record.id);
      expect(await store.verifyCustody()).toMatchObject({ intact: true });
      await store.signingKeys();
    });
  });
});

describe('a store of version 3 opened locked', () => {
  it('seals the active case that version 3 kept in the clear, at the start', async () => {
    const session = memorySession();
    const source = openDb(`test-source-${crypto.randomUUID()}`);
    const store = createStore({ db: source, session });
    await store.setPassphrase(PASSPHRASE);
    const kase = await store.createCase({ name: 'Smokva' });
    await store.lock();
    const meta = await source.meta.toArray();
    const cases = await source.cases.toArray();
    source.close();
    await source.delete();

    const name = `test-v3-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old
      .version(1)
      .stores({ captures: 'id, capturedAt', artifacts: 'id, captureId', custody: 'seq, captureId', meta: 'key' });
    old.version(2).stores({
      cases: 'id, createdAt',
      annotations: 'captureId, caseId',
      searchDocs: 'captureId, capturedAt',
      chats: 'key',
      accounts: 'key',
    });
    old.version(3).stores({ cases: 'id, createdAt, seq' });
    await old.table('meta').bulkAdd([...meta, { key: 'activeCaseId', value: kase.id }]);
    await old.table('cases').bulkAdd(cases.map((row) => ({ ...row, createdAt: kase.createdAt })));
    old.close();
    const db = openDb(name);
    try {
      const restarted = createStore({ db, session });
      await restarted.resume();
      expect(await restarted.isLocked()).toBe(true);
      expect(isSealedValue((await db.meta.get('activeCaseId'))!.value)).toBe(true);
      await restarted.unlock(PASSPHRASE);
      expect(await restarted.getActiveCase()).toBe(kase.id);
    } finally {
      db.close();
      await db.delete();
    }
  });
});
