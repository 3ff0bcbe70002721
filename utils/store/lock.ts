import {
  createVault,
  exportDataKey,
  importDataKey,
  rewrapVault,
  sealedToPublic,
  unlockVault,
  unlockWithRecoveryCode,
  type VaultHeader,
} from '../crypto/vault';
import { DokazError } from '../errors';
import { text } from '../i18n/translate';
import type { StoreCodec } from './codec';
import type { DokazDb } from './db';
import { plainCodec } from './codec';
import { createVaultCodec, isSealedValue, LockedError, type VaultKeys } from './vault-codec';

/**
 * The store's lock (the victim-safety issue). The vault's header (wrapped keys
 * only) lives in `meta`; the unwrapped data key lives only in the browser's
 * session storage (memory, gone when the browser closes, readable by Dokaz's
 * own pages), so locking is forgetting it.
 *
 * Setting or removing a passphrase re-seals every row, a chunk at a time,
 * with the direction written in `meta` first: a browser closed halfway leaves
 * some rows sealed and some plain, both of which the codec reads, and the
 * work goes on at the next unlock. Nothing is lost either way.
 */
export interface KeySession {
  get(): Promise<string | null>;
  set(rawDataKey: string | null): Promise<void>;
  /** Calls back when another context changes the key (locks, unlocks). */
  watch?(onChange: () => void): void;
}

/** A session in memory, for Node and tests. */
export function memorySession(): KeySession {
  let raw: string | null = null;
  return { get: async () => raw, set: async (value) => void (raw = value) };
}

const VAULT = 'vault';
const MIGRATION = 'vaultMigration';
/** Captures made while locked, whose search docs and catalogue wait for the unlock. */
export const PENDING = 'pendingCaseWork';
const SEALED_TABLES = ['captures', 'artifacts', 'cases', 'annotations', 'searchDocs', 'chats', 'accounts'] as const;
const CHUNK = 100;

export function createLock(db: DokazDb, session: KeySession) {
  let header: Promise<VaultHeader | null> | null = null;
  let dataKey: { raw: string; key: Promise<CryptoKey> } | null = null;
  session.watch?.(() => {
    header = null;
    dataKey = null;
  });

  const keys: VaultKeys = {
    header: () => (header ??= db.meta.get(VAULT).then((row) => (row?.value as VaultHeader | undefined) ?? null)),
    async dataKey() {
      const raw = await session.get();
      if (!raw) return null;
      if (dataKey?.raw !== raw) dataKey = { raw, key: importDataKey(raw) };
      return dataKey.key;
    },
  };
  const sealing = createVaultCodec(keys);

  async function remember(key: CryptoKey | null): Promise<void> {
    await session.set(key ? await exportDataKey(key) : null);
    dataKey = null;
  }

  /**
   * Re-seals every row of the sealed tables: `to` "sealed" (under the data key)
   * or "plain". Rows already so are left alone; a row sealed to the public key
   * (captured while locked) is sealed under the data key.
   */
  async function resealAll(to: 'sealed' | 'plain', serially: <T>(work: () => Promise<T>) => Promise<T>) {
    const target: StoreCodec = to === 'sealed' ? sealing : plainCodec;
    for (const name of SEALED_TABLES) {
      const table = db.table(name);
      const primary = table.schema.primKey.keyPath as string;
      let after: unknown = undefined;
      for (;;) {
        const done = await serially(async () => {
          const rows = (
            after === undefined
              ? await table.orderBy(primary).limit(CHUNK).toArray()
              : await table.where(primary).above(after).limit(CHUNK).toArray()
          ) as Record<string, unknown>[];
          if (rows.length === 0) return true;
          after = rows.at(-1)![primary];
          const changed: Record<string, unknown>[] = [];
          for (const row of rows) {
            const next = { ...row };
            let touched = false;
            for (const field of ['body', 'data'] as const) {
              if (!(field in row)) continue;
              const value = row[field];
              const sealedNow = isSealedValue(value);
              if (to === 'plain' ? !sealedNow : sealedNow && !sealedToPublic(value)) continue;
              next[field] =
                field === 'data'
                  ? await target.sealBytes(await sealing.openBytes(value as Blob | Uint8Array<ArrayBuffer>))
                  : await target.sealRecord(await sealing.openRecord(value));
              touched = true;
            }
            if (touched) changed.push(next);
          }
          if (changed.length) await table.bulkPut(changed);
          return rows.length < CHUNK;
        });
        if (done) break;
      }
    }
  }

  return {
    codec: sealing,
    keys,

    async isLocked(): Promise<boolean> {
      return (await keys.header()) !== null && (await keys.dataKey()) === null;
    },

    async hasPassphrase(): Promise<boolean> {
      return (await keys.header()) !== null;
    },

    /**
     * Sets the passphrase: a new vault, every row sealed; or, when one is set
     * and Dokaz is unlocked, the data key wrapped under the new one. Returns
     * the recovery code of a new vault (shown once), or null.
     */
    async setPassphrase(
      passphrase: string,
      serially: <T>(work: () => Promise<T>) => Promise<T>,
    ): Promise<string | null> {
      if (passphrase.length < 8) throw new DokazError(text('error.passphraseShort'));
      const current = await keys.header();
      if (current) {
        const key = await keys.dataKey();
        if (!key) throw new LockedError(text('error.locked'));
        const next = await rewrapVault(current, key, passphrase);
        await db.meta.put({ key: VAULT, value: next });
        header = null;
        return null;
      }
      const made = await createVault(passphrase);
      await db.transaction('rw', db.meta, async () => {
        await db.meta.put({ key: VAULT, value: made.header });
        await db.meta.put({ key: MIGRATION, value: 'sealed' });
      });
      header = null;
      await remember(made.dataKey);
      await resealAll('sealed', serially);
      await db.meta.delete(MIGRATION);
      return made.recoveryCode;
    },

    /** Unlocks, and finishes what was left: a re-sealing cut short, rows sealed while locked. */
    async unlock(
      secret: string,
      serially: <T>(work: () => Promise<T>) => Promise<T>,
      options: { recoveryCode?: boolean } = {},
    ): Promise<void> {
      const current = await keys.header();
      if (!current) return;
      const key = options.recoveryCode
        ? await unlockWithRecoveryCode(current, secret)
        : await unlockVault(current, secret);
      await remember(key);
      await this.finish(serially);
    },

    /** Goes on with an interrupted re-sealing; seals under the data key what was sealed while locked. */
    async finish(serially: <T>(work: () => Promise<T>) => Promise<T>): Promise<void> {
      if (!(await keys.dataKey())) return;
      const migration = (await db.meta.get(MIGRATION))?.value;
      if (migration === 'plain') {
        await resealAll('plain', serially);
        await db.transaction('rw', db.meta, async () => {
          await db.meta.delete(VAULT);
          await db.meta.delete(MIGRATION);
        });
        header = null;
        await remember(null);
        return;
      }
      await resealAll('sealed', serially);
      if (migration === 'sealed') await db.meta.delete(MIGRATION);
    },

    async lock(): Promise<void> {
      await remember(null);
    },

    /** Removes the passphrase: every row back in plain form, then the vault forgotten. Needs Dokaz unlocked. */
    async removePassphrase(serially: <T>(work: () => Promise<T>) => Promise<T>): Promise<void> {
      if (!(await keys.header())) return;
      if (!(await keys.dataKey())) throw new LockedError(text('error.locked'));
      await db.meta.put({ key: MIGRATION, value: 'plain' });
      await this.finish(serially);
    },
  };
}

export type StoreLock = ReturnType<typeof createLock>;
