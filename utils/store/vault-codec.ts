import {
  capturePrivateKey,
  isSealedBytes,
  openBytes,
  sealBytes,
  sealBytesToPublicKey,
  type VaultHeader,
} from '../crypto/vault';
import { DokazError } from '../errors';
import { text } from '../i18n/translate';
import type { StoreCodec } from './codec';

/**
 * The store's codec once a passphrase is set (see utils/crypto/vault.ts):
 * records and files are sealed under the data key while unlocked, and to the
 * capture public key while locked (so the background can capture without the
 * passphrase); both open only while unlocked. With no passphrase set, values
 * are kept as they are. Plain and sealed rows may live side by side (a store
 * being locked or unlocked for the first time, interrupted): each row says
 * what it is.
 */
export interface VaultKeys {
  /** The vault's header, or null when no passphrase is set. */
  header(): Promise<VaultHeader | null>;
  /** The data key while unlocked, else null. */
  dataKey(): Promise<CryptoKey | null>;
  /**
   * True while the passphrase is being removed: every row is on its way back to plain form, and a row sealed now
   * behind the re-sealing's cursor would be left sealed under a key about to be forgotten.
   */
  sealingEnds?(): Promise<boolean>;
}

/** Dokaz is locked: what was asked needs the passphrase. */
export class LockedError extends DokazError {
  override name = 'LockedError';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function isSealedValue(value: unknown): value is Uint8Array<ArrayBuffer> {
  return value instanceof Uint8Array && isSealedBytes(value);
}

export function createVaultCodec(keys: VaultKeys): StoreCodec {
  let privateKey: { dataKey: CryptoKey; key: Promise<CryptoKey> } | null = null;

  async function unlocked(): Promise<{ header: VaultHeader; dataKey: CryptoKey }> {
    const [header, dataKey] = await Promise.all([keys.header(), keys.dataKey()]);
    if (!header || !dataKey) throw new LockedError(text('error.locked'));
    return { header, dataKey };
  }

  async function open(sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
    const { header, dataKey } = await unlocked();
    if (privateKey?.dataKey !== dataKey) privateKey = { dataKey, key: capturePrivateKey(header, dataKey) };
    const key = privateKey.key;
    return openBytes(sealed, dataKey, () => key);
  }

  async function seal(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | null> {
    const header = await keys.header();
    if (!header || (await keys.sealingEnds?.())) return null;
    const dataKey = await keys.dataKey();
    return dataKey ? sealBytes(dataKey, bytes) : sealBytesToPublicKey(header.capturePublicKey, bytes);
  }

  return {
    async sealRecord(value) {
      return (await seal(encoder.encode(JSON.stringify(value)))) ?? value;
    },
    async openRecord(sealed) {
      return isSealedValue(sealed) ? JSON.parse(decoder.decode(await open(sealed))) : sealed;
    },
    async sealBytes(data) {
      return (await seal(new Uint8Array(await data.arrayBuffer()))) ?? data;
    },
    async openBytesRaw(sealed) {
      return sealed instanceof Blob ? sealed : open(sealed);
    },
    async openBytes(sealed) {
      // A file is kept as a Blob, whatever its bytes say; only the codec ever keeps a Uint8Array.
      if (sealed instanceof Blob) return sealed;
      return new Blob([await open(sealed)]);
    },
  };
}
