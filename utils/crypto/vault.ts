import { base64ToBytes, bytesToBase64 } from '../base64';
import { DokazError } from '../errors';
import { text } from '../i18n/translate';

/**
 * The lock of the store (the victim-safety issue): the keys, nothing else.
 * WebCrypto only; this file never logs, returns or stores a passphrase, a
 * recovery code or a raw key except where its type says so.
 *
 * - The **data key** (AES-256-GCM) encrypts every record and file at rest.
 * - The passphrase gives a **key-encryption key** by PBKDF2-SHA256 (600,000
 *   iterations at least, a random salt); it wraps the data key (AES-GCM, so a
 *   wrong passphrase fails authentication and changes nothing). Changing the
 *   passphrase wraps the same data key again: nothing is re-encrypted.
 * - A **recovery code** (120 random bits, shown once at setup) wraps the data
 *   key a second time, for a forgotten passphrase.
 * - The **capture key pair** (ECDH P-256): its public key is kept in clear so
 *   that the background can encrypt captures made while the store is locked
 *   (an ephemeral ECDH key, HKDF-SHA256, AES-256-GCM), without the passphrase;
 *   its private key is wrapped by the data key and opens them after unlock.
 */
export const VAULT_VERSION = 1;
export const MIN_ITERATIONS = 600_000;

export interface Wrapped {
  iv: string;
  data: string;
}

export interface VaultHeader {
  version: typeof VAULT_VERSION;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** The data key, wrapped by the passphrase's key. */
  dataKey: Wrapped;
  recovery: { iterations: number; salt: string; dataKey: Wrapped };
  /** ECDH P-256, SPKI base64: what captures made while locked are encrypted to. */
  capturePublicKey: string;
  /** Its PKCS #8, wrapped by the data key. */
  capturePrivateKey: Wrapped;
}

/** The passphrase (or recovery code) does not open the vault. Nothing was changed. */
export class WrongPassphraseError extends DokazError {
  override name = 'WrongPassphraseError';
}

const AES = { name: 'AES-GCM', length: 256 } as const;
const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const encoder = new TextEncoder();

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

const iv = () => randomBytes(12);

/** The key a passphrase (or a recovery code) gives. */
export async function deriveKek(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, AES, false, [
    'wrapKey',
    'unwrapKey',
  ]);
}

async function wrap(key: CryptoKey, format: 'raw' | 'pkcs8', wrapper: CryptoKey): Promise<Wrapped> {
  const nonce = iv();
  const data = new Uint8Array(await crypto.subtle.wrapKey(format, key, wrapper, { name: 'AES-GCM', iv: nonce }));
  return { iv: bytesToBase64(nonce), data: bytesToBase64(data) };
}

async function unwrapDataKey(wrapped: Wrapped, wrapper: CryptoKey): Promise<CryptoKey> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      base64ToBytes(wrapped.data),
      wrapper,
      { name: 'AES-GCM', iv: base64ToBytes(wrapped.iv) },
      AES,
      true, // kept in the browser's session storage while unlocked, so that every Dokaz page can read the store
      ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    );
  } catch (error) {
    throw new WrongPassphraseError(text('error.wrongPassphrase'), { cause: error });
  }
}

/** A recovery code: 120 random bits as 24 letters and digits in six groups, without look-alikes. */
export function newRecoveryCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // 32 symbols: 5 bits each
  const bytes = randomBytes(24);
  const symbols = [...bytes].map((byte) => alphabet[byte % 32]!);
  return symbols.join('').replace(/(.{4})(?=.)/g, '$1-');
}

/** Spaces, dashes and case do not matter when a person types the code back. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** A new vault: a data key, a capture key pair and a recovery code, all wrapped as the header says. */
export async function createVault(
  passphrase: string,
  iterations = MIN_ITERATIONS,
): Promise<{ header: VaultHeader; dataKey: CryptoKey; recoveryCode: string }> {
  if (iterations < MIN_ITERATIONS) throw new Error(`PBKDF2 needs at least ${MIN_ITERATIONS} iterations`);
  const dataKey = await crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
  const capture = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const recoveryCode = newRecoveryCode();
  const [salt, recoverySalt] = [randomBytes(16), randomBytes(16)];
  const [kek, recoveryKek] = await Promise.all([
    deriveKek(passphrase, salt, iterations),
    deriveKek(normalizeRecoveryCode(recoveryCode), recoverySalt, iterations),
  ]);
  const header: VaultHeader = {
    version: VAULT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    dataKey: await wrap(dataKey, 'raw', kek),
    recovery: { iterations, salt: bytesToBase64(recoverySalt), dataKey: await wrap(dataKey, 'raw', recoveryKek) },
    capturePublicKey: bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('spki', capture.publicKey))),
    capturePrivateKey: await wrap(capture.privateKey, 'pkcs8', dataKey),
  };
  return { header, dataKey, recoveryCode };
}

function checkHeader(header: VaultHeader): void {
  // A header edited to fewer iterations would make the passphrase cheap to guess: refuse it.
  if (header.version !== VAULT_VERSION || header.kdf.iterations < MIN_ITERATIONS) {
    throw new WrongPassphraseError(text('error.vaultDamaged'));
  }
}

/** The data key, if the passphrase is right; WrongPassphraseError otherwise. */
export async function unlockVault(header: VaultHeader, passphrase: string): Promise<CryptoKey> {
  checkHeader(header);
  const kek = await deriveKek(passphrase, base64ToBytes(header.kdf.salt), header.kdf.iterations);
  return unwrapDataKey(header.dataKey, kek);
}

export async function unlockWithRecoveryCode(header: VaultHeader, code: string): Promise<CryptoKey> {
  checkHeader(header);
  if (header.recovery.iterations < MIN_ITERATIONS) throw new WrongPassphraseError(text('error.vaultDamaged'));
  const kek = await deriveKek(
    normalizeRecoveryCode(code),
    base64ToBytes(header.recovery.salt),
    header.recovery.iterations,
  );
  return unwrapDataKey(header.recovery.dataKey, kek);
}

/** The same data key under a new passphrase (new salt): the records stay as they are. */
export async function rewrapVault(header: VaultHeader, dataKey: CryptoKey, passphrase: string): Promise<VaultHeader> {
  const salt = randomBytes(16);
  const iterations = Math.max(header.kdf.iterations, MIN_ITERATIONS);
  const kek = await deriveKek(passphrase, salt, iterations);
  return {
    ...header,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    dataKey: await wrap(dataKey, 'raw', kek),
  };
}

export async function exportDataKey(dataKey: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', dataKey)));
}

/**
 * The key the catalogue's row keys are made with (HMAC-SHA256; the victim-
 * safety issue): derived from the data key's bytes by HKDF, so that it exists
 * only while Dokaz is unlocked and needs nothing stored of its own.
 */
export async function deriveRowKeyKey(rawDataKey: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', base64ToBytes(rawDataKey), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode('dokaz catalogue row keys v1') },
    material,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

/** A row key that stands for `plain` (a username or a Telegram peer id) without saying it: "h:" and its HMAC. */
export async function hmacRowKey(key: CryptoKey, plain: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(plain)));
  return `${ROW_KEY_PREFIX}${Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** What every row key made by hmacRowKey begins with; no plain catalogue key does ("peer:", "username:"). */
export const ROW_KEY_PREFIX = 'h:';

export async function importDataKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', base64ToBytes(raw), AES, true, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']);
}

async function sharedKey(privateKey: CryptoKey, publicKey: CryptoKey, salt: Uint8Array<ArrayBuffer>) {
  const bits = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode('dokaz sealed capture v1') },
    material,
    AES,
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The capture private key, unwrapped with the data key (only possible while unlocked). */
export async function capturePrivateKey(header: VaultHeader, dataKey: CryptoKey): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'pkcs8',
    base64ToBytes(header.capturePrivateKey.data),
    dataKey,
    { name: 'AES-GCM', iv: base64ToBytes(header.capturePrivateKey.iv) },
    ECDH,
    false,
    ['deriveBits'],
  );
}

/**
 * Bytes sealed for IndexedDB (a file's, a record's): "DKZ" 1, then 1 and
 * iv + ciphertext under the data key, or 2 and the ephemeral public key
 * (65 bytes) + iv + ciphertext for the capture public key. Binary, because
 * base64 would make every screenshot a third larger.
 */
const MAGIC = [0x44, 0x4b, 0x5a, 0x01] as const;
const DATA_KEY_MODE = 1;
const PUBLIC_KEY_MODE = 2;

export function isSealedBytes(bytes: Uint8Array): boolean {
  return bytes.length > 17 && MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Whether sealed bytes need the capture private key (sealed while locked). */
export function sealedToPublic(bytes: Uint8Array): boolean {
  return isSealedBytes(bytes) && bytes[4] === PUBLIC_KEY_MODE;
}

export async function sealBytes(dataKey: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const nonce = iv();
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, dataKey, bytes));
  return concat([Uint8Array.from([...MAGIC, DATA_KEY_MODE]), nonce, ct]);
}

export async function sealBytesToPublicKey(
  publicKeySpki: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const recipient = await crypto.subtle.importKey('spki', base64ToBytes(publicKeySpki), ECDH, false, []);
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const epk = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const nonce = iv();
  const key = await sharedKey(ephemeral.privateKey, recipient, epk);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, bytes));
  return concat([Uint8Array.from([...MAGIC, PUBLIC_KEY_MODE]), epk, nonce, ct]);
}

/** Opens sealed bytes of either kind; `privateKey` is needed for those sealed while locked. */
export async function openBytes(
  sealed: Uint8Array<ArrayBuffer>,
  dataKey: CryptoKey,
  privateKey: () => Promise<CryptoKey>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!isSealedBytes(sealed)) throw new Error('not sealed bytes');
  if (sealed[4] === DATA_KEY_MODE) {
    const nonce = sealed.subarray(5, 17);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce }, dataKey, sealed.subarray(17)));
  }
  const epk = sealed.slice(5, 70);
  const nonce = sealed.subarray(70, 82);
  const sender = await crypto.subtle.importKey('raw', epk, ECDH, false, []);
  const key = await sharedKey(await privateKey(), sender, epk);
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce }, key, sealed.subarray(82)));
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
