import {
  createVault,
  deriveRowKeyKey,
  exportDataKey,
  hmacRowKey,
  importDataKey,
  rewrapVault,
  unlockVault,
  unlockWithRecoveryCode,
  type VaultHeader,
} from '../crypto/vault';
import { DokazError } from '../errors';
import { text } from '../i18n/translate';
import type { DokazDb } from './db';
import type { KeyMode } from './signing-key';
import { createResealer } from './reseal';
import { createVaultCodec, LockedError, type VaultKeys } from './vault-codec';

export { ACTIVE_CASE, PENDING, PENDING_CASE } from './reseal';

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
/**
 * Set once every row is in the form this version keeps while locked (catalogue rows keyed by HMAC, custody events
 * sealed); a store sealed by an earlier version is re-sealed whole once, at its next unlock.
 */
const ROW_KEYS = 'catalogueRowKeys';
const ROW_KEYS_VERSION = 'hmac-sha256 v1, custody sealed with its hashes';

export function createLock(
  db: DokazDb,
  session: KeySession,
  hooks: {
    /** While the passphrase is removed, before the data key is forgotten: what else it seals goes back to plain form. */
    beforeForget?: () => Promise<void>;
  } = {},
) {
  let header: Promise<VaultHeader | null> | null = null;
  let dataKey: { raw: string; key: Promise<CryptoKey> } | null = null;
  session.watch?.(() => {
    header = null;
    dataKey = null;
  });

  /**
   * Whether a re-sealing is under way, and whether every catalogue row is keyed by HMAC: asked on every seal and
   * every catalogue lookup, so kept for a second, as the session's key is, and forgotten at once where this lock
   * changes them (a read begun before a change does not keep what it read).
   */
  let state: { migration: 'sealed' | 'plain' | undefined; rowKeys: boolean; until: number } | null = null;
  let generation = 0;
  const resealState = async () => {
    if (state && state.until > Date.now()) return state;
    const asked = generation;
    const [migration, rowKeys] = await Promise.all([db.meta.get(MIGRATION), db.meta.get(ROW_KEYS)]);
    const read = {
      migration: migration?.value as 'sealed' | 'plain' | undefined,
      rowKeys: rowKeys?.value === ROW_KEYS_VERSION,
      until: Date.now() + 1000,
    };
    if (asked === generation) state = read;
    return read;
  };
  const changed = () => {
    generation += 1;
    state = null;
  };
  const migrationOf = async () => (await resealState()).migration;
  const keys: VaultKeys = {
    sealingEnds: async () => (await migrationOf()) === 'plain',
    header: () => (header ??= db.meta.get(VAULT).then((row) => (row?.value as VaultHeader | undefined) ?? null)),
    async dataKey() {
      const raw = await session.get();
      if (!raw) return null;
      if (dataKey?.raw !== raw) dataKey = { raw, key: importDataKey(raw) };
      return dataKey.key;
    },
  };
  const sealing = createVaultCodec(keys);

  let rowKeyKey: { raw: string; key: Promise<CryptoKey> } | null = null;
  /**
   * The key a catalogue row is stored under (the victim-safety issue): with a
   * passphrase, the HMAC of its catalogue key ("peer:…", "username:…") under a
   * key derived from the data key, so that the locked store's keys do not say
   * whom she documents; else the catalogue key itself. LockedError while locked
   * or while the rows are being re-keyed (the catalogue work of a capture made
   * then waits in `pendingCaseWork` for catchUp).
   */
  async function rowKey(plain: string, to: 'sealed' | 'plain' | 'current' = 'current'): Promise<string> {
    if (to === 'current') {
      if (!(await keys.header())) return plain;
      // While the rows are re-keyed, a row could be under either key: catalogue work waits, as for an unlock.
      const { migration, rowKeys } = await resealState();
      if (migration !== undefined || !rowKeys) {
        throw new LockedError(text('error.locked'));
      }
    }
    if (to === 'plain') return plain;
    const raw = await session.get();
    if (!raw) throw new LockedError(text('error.locked'));
    if (rowKeyKey?.raw !== raw) rowKeyKey = { raw, key: deriveRowKeyKey(raw) };
    return hmacRowKey(await rowKeyKey.key, plain);
  }

  async function remember(key: CryptoKey | null): Promise<void> {
    await session.set(key ? await exportDataKey(key) : null);
    dataKey = null;
  }

  const { resealAll, resealMeta, resealCapturedWhileLocked } = createResealer({
    db,
    sealing,
    rowKey,
    hasDataKey: async () => (await keys.dataKey()) !== null,
  });

  return {
    codec: sealing,
    keys,
    rowKey: (plain: string) => rowKey(plain),

    async isLocked(): Promise<boolean> {
      return (await keys.header()) !== null && (await keys.dataKey()) === null;
    },

    async hasPassphrase(): Promise<boolean> {
      return (await keys.header()) !== null;
    },

    /**
     * With a passphrase set, the rows of `meta` that are kept sealed and are still plain (a store of an earlier
     * version) are sealed now: under the data key, or while locked to the capture public key, which the unlock turns.
     */
    async sealPlainMeta(serially: <T>(work: () => Promise<T>) => Promise<T>): Promise<void> {
      if (!(await keys.header()) || (await migrationOf()) === 'plain') return;
      await resealMeta('sealed', serially);
    },

    /** How the signing key is kept now (utils/store/signing-key.ts). */
    async keyMode(): Promise<KeyMode> {
      if (!(await keys.header())) return 'plain';
      if (!(await keys.dataKey())) return 'locked';
      return (await keys.sealingEnds?.()) ? 'plain' : 'wrapped';
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
      changed();
      header = null;
      await remember(made.dataKey);
      await resealAll('sealed', serially);
      await db.transaction('rw', db.meta, async () => {
        await db.meta.delete(MIGRATION);
        await db.meta.put({ key: ROW_KEYS, value: ROW_KEYS_VERSION });
      });
      changed();
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
        await serially(async () => hooks.beforeForget?.());
        await db.transaction('rw', db.meta, async () => {
          await db.meta.delete(VAULT);
          await db.meta.delete(MIGRATION);
          await db.meta.delete(ROW_KEYS);
        });
        changed();
        header = null;
        await remember(null);
        return;
      }
      if (migration === 'sealed' || (await db.meta.get(ROW_KEYS))?.value !== ROW_KEYS_VERSION) {
        // An interrupted sealing goes on; a store sealed before its catalogue rows were keyed by HMAC is re-keyed once.
        await resealAll('sealed', serially);
        await db.transaction('rw', db.meta, async () => {
          await db.meta.delete(MIGRATION);
          await db.meta.put({ key: ROW_KEYS, value: ROW_KEYS_VERSION });
        });
        changed();
        return;
      }
      await resealCapturedWhileLocked(serially);
      // An active case chosen while locked (through the test API: every page is locked then) was sealed to the public key.
      await resealMeta('sealed', serially);
    },

    async lock(): Promise<void> {
      await remember(null);
    },

    /** Removes the passphrase: every row back in plain form, then the vault forgotten. Needs Dokaz unlocked. */
    async removePassphrase(serially: <T>(work: () => Promise<T>) => Promise<T>): Promise<void> {
      if (!(await keys.header())) return;
      if (!(await keys.dataKey())) throw new LockedError(text('error.locked'));
      await db.meta.put({ key: MIGRATION, value: 'plain' });
      changed();
      await this.finish(serially);
    },
  };
}

export type StoreLock = ReturnType<typeof createLock>;
