// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withSessionStore } from '../test-store';
import { createStore } from '@/utils/store';
import type { DokazDb } from '@/utils/store/db';
import { memorySession } from '@/utils/store/lock';
import { OUTBOX_PART } from '@/utils/store/outbox';

/**
 * The export outbox (utils/store/outbox.ts): a pack left by the background
 * for the page is never in plain form at rest while a passphrase is set, is
 * there whole or not at all, is gone once taken, and is swept on lock and at
 * the background's start.
 */
const withStore = withSessionStore;

/** Every byte of the meta table's outbox rows, as text. */
async function outboxText(db: DokazDb): Promise<string> {
  const parts: string[] = [];
  for (const row of await db.meta.where('key').startsWith('outbox:').toArray()) {
    const value = row.value;
    if (value instanceof Blob) parts.push(await value.text());
    else if (value instanceof Uint8Array) parts.push(Buffer.from(value).toString('latin1'));
    else parts.push(JSON.stringify(value));
  }
  return parts.join('\n');
}

const outboxRows = (db: DokazDb) => db.meta.where('key').startsWith('outbox:').count();

/** A pack-like blob of `size` bytes that says, in many places, whose it is. */
function packOf(size: number): Blob {
  const marker = new TextEncoder().encode('Ана Петровска, ул. Партизанска 12 | ');
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += marker.length) bytes.set(marker.subarray(0, size - at), at);
  return new Blob([bytes], { type: 'application/zip' });
}

describe('the export outbox', () => {
  it('keeps a pack sealed in parts while a passphrase is set, gives it back whole, and keeps nothing once taken', async () => {
    await withStore(async (db, store) => {
      await store.setPassphrase('четири збора за лозинка');
      const pack = packOf(2 * OUTBOX_PART + 12_345);
      const key = await store.outbox.put(pack);
      expect(await outboxRows(db)).toBe(4); // three parts and the row that lists them
      const raw = await outboxText(db);
      expect(raw.length).toBeGreaterThan(pack.size);
      expect(raw).not.toContain('Партизанска');
      expect(Buffer.from(raw, 'latin1').toString('utf8')).not.toContain('Партизанска');

      const taken = await store.outbox.take(key);
      expect(taken.size).toBe(pack.size);
      expect(Buffer.from(await taken.arrayBuffer()).equals(Buffer.from(await pack.arrayBuffer()))).toBe(true);
      expect(await outboxRows(db)).toBe(0);
      await expect(store.outbox.take(key)).rejects.toThrow(/not found/);
    });
  });

  it('keeps an empty pack and a pack without a passphrase as they are, and gives them back', async () => {
    await withStore(async (_db, store) => {
      for (const pack of [packOf(0), packOf(1000)]) {
        const taken = await store.outbox.take(await store.outbox.put(pack));
        expect(await taken.text()).toBe(await pack.text());
      }
    });
  });

  it('is swept when Dokaz locks, and when the background starts', async () => {
    await withStore(async (db, store) => {
      await store.setPassphrase('четири збора за лозинка');
      const left = await store.outbox.put(packOf(1000));
      await store.lock();
      expect(await outboxRows(db)).toBe(0);
      await expect(store.outbox.take(left)).rejects.toThrow(/not found/);

      await store.unlock('четири збора за лозинка');
      await store.outbox.put(packOf(1000));
      await createStore({ db, session: memorySession() }).resume();
      expect(await outboxRows(db)).toBe(0);
    });
  });

  it('leaves nothing behind when a pack cannot be stored whole', async () => {
    await withStore(async (db, store) => {
      const pack = packOf(3 * OUTBOX_PART);
      let puts = 0;
      const put = db.meta.put.bind(db.meta);
      db.meta.put = ((row: Parameters<typeof put>[0]) => {
        if ((puts += 1) === 3) return Promise.reject(new Error('QuotaExceededError'));
        return put(row);
      }) as typeof db.meta.put;
      await expect(store.outbox.put(pack)).rejects.toThrow('QuotaExceededError');
      expect(await outboxRows(db)).toBe(0);
    });
  });

  it('takes only an outbox key, and nothing of another row', async () => {
    await withStore(async (db, store) => {
      const installId = await store.installId();
      for (const key of ['installId', 'outbox:', 'outbox:x:000000', '']) {
        await expect(store.outbox.take(key)).rejects.toThrow(/not found/);
      }
      expect((await db.meta.get('installId'))?.value).toBe(installId);
    });
  });

  it('leaves nothing behind when Dokaz locks (a quick exit) while a pack is being stored', async () => {
    await withStore(async (db, store) => {
      await store.setPassphrase('четири збора за лозинка');
      const put = db.meta.put.bind(db.meta);
      let parts = 0;
      db.meta.put = (async (row: Parameters<typeof put>[0]) => {
        const key = await put(row);
        // Locked (and swept) right after the first part is written.
        if (String(row.key).startsWith('outbox:') && (parts += 1) === 1) await store.lock();
        return key;
      }) as typeof db.meta.put;
      await expect(store.outbox.put(packOf(3 * OUTBOX_PART))).rejects.toThrow(/locked/i);
      expect(await outboxRows(db)).toBe(0);
    });
  });
});
