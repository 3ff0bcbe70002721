import { base64ToBytes, bytesToBase64 } from '../base64';
import type { CustodyEvent } from '../custody';
import { signRotation, type RotationDetails } from '../crypto/key-rotation';
import {
  createSigningKeys,
  createWrappableKeys,
  exportKeyPair,
  importKeyPair,
  isSigningKey,
  keyFingerprint,
  SigningError,
  type SigningKeyInfo,
} from '../crypto/signing';
import { text } from '../i18n/translate';
import type { StoreCodec } from './codec';
import type { DokazDb } from './db';
import { isSealedValue, LockedError } from './vault-codec';

/**
 * Where the store keeps this install's signing key (the row `signingKey` of
 * `meta`), in one of two forms:
 *
 * - **plain**, with no passphrase: the key pair as CryptoKey objects, the
 *   private key non-extractable. No code can read its bytes, but the browser
 *   writes them into the profile's IndexedDB files (Chromium as PKCS #8).
 * - **wrapped**, once a passphrase is set: the private key's PKCS #8 and the
 *   public key's SPKI, sealed under the data key like any record. It opens
 *   only while Dokaz is unlocked, into a non-extractable key that lives in
 *   memory for one export; while locked nothing can sign.
 *
 * A plain key cannot be wrapped (WebCrypto will not export it), so setting a
 * passphrase replaces it: `prepareRotation` makes a new key, wraps it at once,
 * and has the old one sign the hand-over, which the store writes into the
 * custody log as a `key-rotated` event with the new row (utils/store/index.ts).
 */
export const SIGNING_KEY_META = 'signingKey';

/**
 * The key pair, when it was made (UTC ISO; a key made before issue 14 has none), and the keys it replaced, written
 * with it in the transaction that wrote their `key-rotated` event (none before the first rotation).
 */
export interface SigningKeys extends CryptoKeyPair {
  createdAt?: string;
  previous?: SigningKeyInfo['previous'];
}

/**
 * How a key is kept now: `plain` (no passphrase, or one being removed),
 * `wrapped` (a passphrase, unlocked), `locked` (a passphrase, locked: no key may be read or made).
 */
export type KeyMode = 'plain' | 'wrapped' | 'locked';

/** What a wrapped row holds once opened. */
interface WrappedKeys {
  privateKey: string;
  publicKey: string;
  createdAt: string;
  previous: SigningKeyInfo['previous'];
}

/** A new key ready to be written with the `key-rotated` event whose details are `details`. */
export interface PreparedRotation {
  row: unknown;
  details: RotationDetails;
}

export function createKeyStore(db: DokazDb, codec: StoreCodec, mode: () => Promise<KeyMode>) {
  /** The row's value as it is kept, and in which form; undefined when there is no key yet. */
  async function readRow(): Promise<
    { form: 'plain'; keys: SigningKeys } | { form: 'wrapped'; sealed: unknown } | undefined
  > {
    const row = await db.meta.get(SIGNING_KEY_META);
    if (!row) return undefined;
    if (isSealedValue(row.value)) return { form: 'wrapped', sealed: row.value };
    const value = row.value as Partial<SigningKeys> | null;
    if (isSigningKey(value?.privateKey, 'private') && isSigningKey(value?.publicKey, 'public')) {
      const { privateKey, publicKey, createdAt, previous } = value;
      return { form: 'plain', keys: { privateKey, publicKey, ...dated({ createdAt, previous }) } };
    }
    // Replacing it would silently change the key that recipients were told to trust.
    throw new SigningError(text('error.keyDamaged'));
  }

  async function open(sealed: unknown): Promise<SigningKeys> {
    const opened = (await codec.openRecord(sealed)) as Partial<WrappedKeys> | null;
    if (typeof opened?.privateKey !== 'string' || typeof opened.publicKey !== 'string') {
      throw new SigningError(text('error.keyDamaged'));
    }
    const keys = await importKeyPair({
      pkcs8: base64ToBytes(opened.privateKey),
      spki: base64ToBytes(opened.publicKey),
    });
    return { ...keys, ...dated(opened) };
  }

  /** A new pair as the mode keeps it: wrapped (sealed under the data key) or plain. */
  async function newRow(
    at: string,
    previous: SigningKeyInfo['previous'] = [],
  ): Promise<{ row: unknown; publicKey: CryptoKey }> {
    if ((await mode()) === 'wrapped') {
      const made = await createWrappableKeys();
      const { pkcs8, spki } = await exportKeyPair(made);
      const value: WrappedKeys = {
        privateKey: bytesToBase64(pkcs8),
        publicKey: bytesToBase64(spki),
        createdAt: at,
        previous,
      };
      const row = await codec.sealRecord(value);
      // Locked or unsealed since the mode was read: the bytes are never kept in the open.
      if (!isSealedValue(row)) throw new LockedError(text('error.keyLocked'));
      return { row, publicKey: made.publicKey };
    }
    const made = await createSigningKeys();
    return { row: { ...made, createdAt: at } satisfies SigningKeys, publicKey: made.publicKey };
  }

  async function load(): Promise<SigningKeys | undefined> {
    if ((await mode()) === 'locked') throw new LockedError(text('error.keyLocked'));
    const row = await readRow();
    if (!row) return undefined;
    return row.form === 'plain' ? row.keys : open(row.sealed);
  }

  return {
    /**
     * This install's key pair, made on first use; LockedError while locked.
     * Concurrent first calls, in any context, end with one key.
     */
    async loadOrCreate(): Promise<SigningKeys> {
      const stored = await load();
      if (stored) return stored;
      // The day the key was made goes on the key card (issue 14); it lives beside the key, written in the same add().
      const { row } = await newRow(new Date().toISOString());
      // add() fails if another call or context stored its key first; then that key is the one.
      const addError = await db.meta.add({ key: SIGNING_KEY_META, value: row }).then(
        () => undefined,
        (error: unknown) => error,
      );
      const kept = await load();
      if (!kept) throw new SigningError(text('error.keySave'), { cause: addError });
      return kept;
    },

    /** Whether the key is plain while a passphrase is set and Dokaz unlocked: it is to be replaced by a wrapped one. */
    async needsRotation(): Promise<boolean> {
      return (await mode()) === 'wrapped' && (await readRow())?.form === 'plain';
    },

    /**
     * The new, wrapped key and the old key's signed hand-over to it, or null
     * when there is nothing to replace. Done outside the transaction that
     * writes it (WebCrypto would end it); `commitRotation` writes it.
     */
    async prepareRotation(installId: string, at: string): Promise<PreparedRotation | null> {
      const current = await readRow();
      if (current?.form !== 'plain' || (await mode()) !== 'wrapped') return null;
      const from = await keyFingerprint(current.keys.publicKey);
      const { row, publicKey } = await newRow(at, [
        ...(current.keys.previous ?? []),
        { fingerprint: from, replacedAt: at },
      ]);
      return { row, details: await signRotation(installId, current.keys, publicKey) };
    },

    /** In a transaction on `meta`: the new key in place of the old, unless another rotation came first. */
    async commitRotation(prepared: PreparedRotation): Promise<void> {
      const current = await db.meta.get(SIGNING_KEY_META);
      if (!current || isSealedValue(current.value)) throw new SigningError(text('error.keySave'));
      await db.meta.put({ key: SIGNING_KEY_META, value: prepared.row });
    },

    /**
     * The passphrase is being removed: a wrapped key goes back to the plain
     * form, its private key non-extractable again. Needs the data key.
     */
    async unwrap(): Promise<void> {
      const row = await readRow();
      if (row?.form !== 'wrapped') return;
      const keys = await open(row.sealed);
      await db.meta.put({ key: SIGNING_KEY_META, value: keys });
    },

    /**
     * What the key card shows: the fingerprint, the day the key was made,
     * and the keys it replaced; null before there is a key. For an older key,
     * `custodyLog` gives the first export's time: shown as "by then at the
     * latest" rather than written into the key's row, since a guess stored
     * beside the key would later read as a record.
     */
    async info(
      custodyLog: () => Promise<readonly Pick<CustodyEvent, 'type' | 'at'>[]>,
    ): Promise<SigningKeyInfo | null> {
      const keys = await load();
      if (!keys) return null;
      const previous = keys.previous ?? [];
      // Every store read before the hashing: a page follows this through Dexie's liveQuery (use-live-query.ts).
      const firstExport =
        keys.createdAt === undefined ? (await custodyLog()).find((event) => event.type === 'exported') : undefined;
      const fingerprint = await keyFingerprint(keys.publicKey);
      if (keys.createdAt !== undefined) {
        return { fingerprint, createdAt: keys.createdAt, createdAtSource: 'recorded', previous };
      }
      return firstExport
        ? { fingerprint, createdAt: firstExport.at, createdAtSource: 'first-export', previous }
        : { fingerprint, createdAt: null, createdAtSource: null, previous };
    },
  };
}

export type KeyStore = ReturnType<typeof createKeyStore>;

/** The optional members of a stored pair, kept only when they are what they should be. */
function dated(value: { createdAt?: unknown; previous?: unknown }): Pick<SigningKeys, 'createdAt' | 'previous'> {
  const previous = Array.isArray(value.previous)
    ? value.previous.filter(
        (key): key is { fingerprint: string; replacedAt: string } =>
          typeof key?.fingerprint === 'string' && typeof key?.replacedAt === 'string',
      )
    : [];
  return {
    ...(typeof value.createdAt === 'string' ? { createdAt: value.createdAt } : {}),
    ...(previous.length > 0 ? { previous } : {}),
  };
}
