import { text } from '../i18n/translate';
import { base64ToBytes, bytesToBase64 } from '../base64';
import { DokazError } from '../errors';
import { sha256Hex } from '../hash';
import type { DokazDb } from '../store/db';
import { derToP1363, p1363ToDer } from './ecdsa-der';

/**
 * The exporter's signing key: ECDSA P-256 with SHA-256, through WebCrypto
 * only, so that the extension and the Node verifier share this file.
 *
 * The private key is created non-extractable and kept as a CryptoKey object in
 * IndexedDB (structured clone keeps it opaque): no code, Dokaz's included, can
 * read its bytes. Signatures are written in DER, the encoding openssl reads.
 * Never log a key, a row of `meta` that holds one, or a signature's input.
 */
export const SIGNING_KEY_META = 'signingKey';

const CURVE = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Signing failed; nothing unsigned may be handed out in its place. */
export class SigningError extends DokazError {
  override name = 'SigningError';
}

/** A public key that is not an ECDSA P-256 key in SPKI PEM. */
export class PublicKeyError extends DokazError {
  override name = 'PublicKeyError';
}

/** A new key pair; WebCrypto always lets the public key of a pair be exported, never this private key. */
export async function createSigningKeys(): Promise<CryptoKeyPair> {
  try {
    const { privateKey, publicKey } = await crypto.subtle.generateKey(CURVE, false, ['sign', 'verify']);
    return { privateKey, publicKey };
  } catch (error) {
    throw new SigningError(text('error.keyCreate'), { cause: error });
  }
}

/**
 * The row of `meta` that holds the key pair. `createdAt` (UTC ISO) is kept
 * since the key card (issue 14); a key made before has none.
 */
interface StoredKeys extends CryptoKeyPair {
  createdAt?: string;
}

/** This install's key pair, created on first use. Concurrent first calls, in any context, end with one key. */
export async function loadOrCreateSigningKey(db: DokazDb): Promise<CryptoKeyPair> {
  const stored = await readStoredKeys(db);
  if (stored) return stored;
  const created = await createSigningKeys();
  // The day the key was made goes on the key card (issue 14); it lives beside the key, written in the same add().
  const value: StoredKeys = { ...created, createdAt: new Date().toISOString() };
  // add() fails if another call or context stored its key first; then that key is the one.
  const addError = await db.meta.add({ key: SIGNING_KEY_META, value }).then(
    () => undefined,
    (error: unknown) => error,
  );
  const kept = await readStoredKeys(db);
  if (!kept) throw new SigningError(text('error.keySave'), { cause: addError });
  return kept;
}

async function readStoredKeys(db: DokazDb): Promise<StoredKeys | undefined> {
  const row = await db.meta.get(SIGNING_KEY_META);
  if (!row) return undefined;
  const value = row.value as Partial<StoredKeys> | null;
  if (isKey(value?.privateKey, 'private') && isKey(value?.publicKey, 'public')) {
    const createdAt = typeof value.createdAt === 'string' ? { createdAt: value.createdAt } : {};
    return { privateKey: value.privateKey, publicKey: value.publicKey, ...createdAt };
  }
  // Replacing it would silently change the key that recipients were told to trust.
  throw new SigningError(text('error.keyDamaged'));
}

function isKey(key: unknown, type: KeyType): key is CryptoKey {
  const candidate = key as CryptoKey | undefined;
  const algorithm = candidate?.algorithm as Partial<EcKeyAlgorithm> | undefined;
  return candidate?.type === type && algorithm?.name === CURVE.name && algorithm.namedCurve === CURVE.namedCurve;
}

export async function publicKeyPem(publicKey: CryptoKey): Promise<string> {
  const base64 = bytesToBase64(await spki(publicKey));
  const lines = base64.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN PUBLIC KEY-----', ...lines, '-----END PUBLIC KEY-----', ''].join('\n');
}

/** SHA-256 of the key's SPKI DER bytes, hex: what `openssl pkey -pubin -outform DER | sha256sum` prints. */
export async function keyFingerprint(publicKey: CryptoKey): Promise<string> {
  return sha256Hex(await spki(publicKey));
}

async function spki(publicKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
}

export async function importPublicKeyPem(pem: string): Promise<CryptoKey> {
  const match = /^-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n-----END PUBLIC KEY-----\s*$/.exec(
    pem.trim(),
  );
  if (!match?.[1]) throw new PublicKeyError(text('error.publicKeyPem'));
  try {
    const der = base64ToBytes(match[1].replace(/\r?\n/g, ''));
    return await crypto.subtle.importKey('spki', der, CURVE, true, ['verify']);
  } catch (error) {
    throw new PublicKeyError(text('error.publicKeyType'), { cause: error });
  }
}

/** Signs the bytes; the signature is DER, as `openssl dgst -sha256 -sign` writes it. Throws rather than return less. */
export async function signDer(privateKey: CryptoKey, bytes: BufferSource): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return p1363ToDer(new Uint8Array(await crypto.subtle.sign(SIGNATURE, privateKey, bytes)));
  } catch (error) {
    throw new SigningError(text('error.signFailed'), { cause: error });
  }
}

/** Whether a DER signature (as openssl writes it) is valid for these bytes; false for a malformed one. */
export async function verifyDer(publicKey: CryptoKey, signatureDer: Uint8Array, bytes: BufferSource): Promise<boolean> {
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = derToP1363(signatureDer);
  } catch {
    return false;
  }
  return crypto.subtle.verify(SIGNATURE, publicKey, signature, bytes);
}

/** The fingerprint of the key this Dokaz signs packs with, or null before the first export made one. */
export async function storedKeyFingerprint(db: DokazDb): Promise<string | null> {
  const keys = await readStoredKeys(db);
  return keys ? keyFingerprint(keys.publicKey) : null;
}

/** What the key card shows of the signing key (issue 14). */
export interface SigningKeyInfo {
  fingerprint: string;
  /** UTC ISO 8601, or null when nothing tells. */
  createdAt: string | null;
  /**
   * `recorded`: the key was made then. `first-export`: a key made before Dokaz recorded the day, which was made at
   * the latest at the first export of the custody log (a key is made at the first export, and deleting everything
   * deletes the key with the log). null: neither is known.
   */
  createdAtSource: 'recorded' | 'first-export' | null;
}

/**
 * The signing key's fingerprint and the day it was made, or null before there
 * is a key. For an older key, `custodyLog` gives the first export's time:
 * shown as "by then at the latest" rather than written into the key's row,
 * since a guess stored beside the key would later read as a record.
 */
export async function signingKeyInfo(
  db: DokazDb,
  custodyLog: () => Promise<readonly { type: string; at: string }[]>,
): Promise<SigningKeyInfo | null> {
  const keys = await readStoredKeys(db);
  if (!keys) return null;
  // Every store read before the hashing: a page follows this through Dexie's liveQuery (use-live-query.ts).
  const firstExport =
    keys.createdAt === undefined ? (await custodyLog()).find((event) => event.type === 'exported') : undefined;
  const fingerprint = await keyFingerprint(keys.publicKey);
  if (keys.createdAt !== undefined) return { fingerprint, createdAt: keys.createdAt, createdAtSource: 'recorded' };
  return firstExport
    ? { fingerprint, createdAt: firstExport.at, createdAtSource: 'first-export' }
    : { fingerprint, createdAt: null, createdAtSource: null };
}
