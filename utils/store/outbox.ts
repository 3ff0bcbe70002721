import { DokazError } from '../errors';
import { text } from '../i18n/translate';
import type { StoreCodec } from './codec';
import type { DokazDb } from './db';
import { LockedError } from './vault-codec';

/**
 * The export outbox: where the background leaves a pack for the page that
 * asked for it to download (a pack is too large for a message, and Chrome's
 * service worker can make no object URL). A pack is never at rest in plain
 * form while a passphrase is set: it is kept in parts, each sealed by the
 * store's codec (under the data key: an export needs Dokaz unlocked), under
 * a row that lists them, written last, so that a pack is there whole or not
 * at all. Taking it deletes it. Whatever a closed tab or a quick exit leaves
 * behind is swept when the background starts and whenever Dokaz locks.
 */
export interface Outbox {
  /** Leaves a pack; the key to take it by. */
  put(pack: Blob): Promise<string>;
  /** The pack left under `key`, opened, and deleted from the outbox. */
  take(key: string): Promise<Blob>;
  /** Deletes every pack left, whole or not. */
  sweep(): Promise<void>;
}

const PREFIX = 'outbox:';
/** A pack's key: the prefix and a random UUID; its parts' keys add `:` and their number. */
const KEY = /^outbox:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A part's size: sealed one at a time, so that sealing a 500 MB pack never holds more than a part and its sealed copy. */
export const OUTBOX_PART = 8 * 1024 * 1024;

interface OutboxHead {
  parts: number;
  size: number;
}

const partKey = (key: string, n: number) => `${key}:${String(n).padStart(6, '0')}`;

export function createOutbox(db: DokazDb, codec: StoreCodec, isLocked: () => Promise<boolean>): Outbox {
  /** Every row of the pack under `key`, its parts and its head. */
  const rowsOf = (key: string) => db.meta.where('key').between(key, `${key}:\uffff`, true, true);
  return {
    async put(pack) {
      const key = `${PREFIX}${crypto.randomUUID()}`;
      let parts = 0;
      try {
        // Locked meanwhile (a quick exit): the sweep has run, and what is left must not be written after it.
        const stillOpen = async () => {
          if (await isLocked()) throw new LockedError(text('error.locked'));
        };
        for (let at = 0; at === 0 || at < pack.size; at += OUTBOX_PART, parts++) {
          const value = await codec.sealBytes(pack.slice(at, at + OUTBOX_PART));
          await stillOpen();
          await db.meta.put({ key: partKey(key, parts), value });
        }
        await stillOpen();
        await db.meta.put({ key, value: { parts, size: pack.size } satisfies OutboxHead });
      } catch (error) {
        await rowsOf(key)
          .delete()
          .catch(() => undefined);
        throw error;
      }
      return key;
    },
    async take(key) {
      if (!KEY.test(key)) throw new DokazError(text('error.outboxEmpty'));
      try {
        const head = (await db.meta.get(key))?.value as Partial<OutboxHead> | undefined;
        if (typeof head?.parts !== 'number' || typeof head.size !== 'number') {
          throw new DokazError(text('error.outboxEmpty'));
        }
        // Grown a part at a time: a Blob made of Blobs copies none of them, so only one opened part is held here.
        let pack = new Blob([], { type: 'application/zip' });
        for (let n = 0; n < head.parts; n++) {
          const row = await db.meta.get(partKey(key, n));
          if (!row) throw new DokazError(text('error.outboxEmpty'));
          const part = await codec.openBytesRaw(row.value as Blob | Uint8Array<ArrayBuffer>);
          pack = new Blob([pack, part], { type: 'application/zip' });
        }
        if (pack.size !== head.size) throw new DokazError(text('error.outboxEmpty'));
        return pack;
      } finally {
        await rowsOf(key).delete();
      }
    },
    async sweep() {
      await db.meta.where('key').startsWith(PREFIX).delete();
    },
  };
}
