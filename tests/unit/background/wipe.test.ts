import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wipeEverything } from '@/utils/background/wipe';
import { createStore } from '@/utils/store';
import { openDb } from '@/utils/store/db';
import { makeCapture } from '../../factories';

/** "Delete everything" on a real store (fake IndexedDB), and Dokaz working again afterwards. */
let name: string;

beforeEach(() => {
  fakeBrowser.reset();
  name = `wipe-${crypto.randomUUID()}`;
});
afterEach(async () => {
  await Dexie.delete(name);
});

describe('wipeEverything', () => {
  it('deletes the database, every setting and the unlocked key; a new store starts afresh', async () => {
    const store = createStore({ db: openDb(name) });
    const first = await makeCapture();
    await store.saveCapture(first.record, first.data);
    const oldInstallId = await store.installId();
    // A page holding its own connection does not hold the deletion up.
    const page = createStore({ db: openDb(name) });
    expect(await page.countCaptures()).toBe(1);
    await browser.storage.local.set({ language: 'mk', discreetMode: true, blurMedia: false });
    await browser.storage.session.set({ dokazDataKey: { raw: 'key', at: 0 } });

    await wipeEverything(store);

    expect(await Dexie.exists(name)).toBe(false);
    expect(await browser.storage.local.get()).toEqual({});
    expect(await browser.storage.session.get()).toEqual({});
    // The old store is closed for good: nothing can be written through it after the wipe.
    await expect(store.countCaptures()).rejects.toThrow();

    const fresh = createStore({ db: openDb(name) });
    expect(await fresh.countCaptures()).toBe(0);
    expect(await fresh.custodyLog()).toEqual([]);
    expect(await fresh.installId()).not.toBe(oldInstallId);
    const next = await makeCapture();
    await fresh.saveCapture(next.record, next.data);
    const [event] = await fresh.custodyLog();
    expect(event).toMatchObject({ seq: 1, type: 'captured', captureId: next.record.id, prevHash: '0'.repeat(64) });
    expect((await fresh.verifyCustody()).intact).toBe(true);
    fresh.db.close();
    page.db.close();
  });
});
