import { text } from '../i18n/translate';
import { base64ToBytes, bytesToBase64 } from '../base64';
import { DokazError } from '../errors';
import { sha256Hex } from '../hash';
import { derToP1363, p1363ToDer } from './ecdsa-der';

/**
 * The exporter's signing key: ECDSA P-256 with SHA-256, through WebCrypto
 * only, so that the extension and the Node verifier share this file. How the
 * store keeps it (a non-extractable CryptoKey, or wrapped under the data key
 * once a passphrase is set) is utils/store/signing-key.ts.
 *
 * Signatures are written in DER, the encoding openssl reads. Never log a key,
 * a row of `meta` that holds one, or a signature's input.
 */
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
  return generate(false);
}

/**
 * A new key pair whose private key can be exported once, to be wrapped at once
 * (utils/store/signing-key.ts): WebCrypto cannot wrap a non-extractable key.
 */
export async function createWrappableKeys(): Promise<CryptoKeyPair> {
  return generate(true);
}

async function generate(extractable: boolean): Promise<CryptoKeyPair> {
  try {
    const { privateKey, publicKey } = await crypto.subtle.generateKey(CURVE, extractable, ['sign', 'verify']);
    return { privateKey, publicKey };
  } catch (error) {
    throw new SigningError(text('error.keyCreate'), { cause: error });
  }
}

/** A key pair as bytes, to be sealed: the private key's PKCS #8 and the public key's SPKI. */
export async function exportKeyPair(
  keys: CryptoKeyPair,
): Promise<{ pkcs8: Uint8Array<ArrayBuffer>; spki: Uint8Array<ArrayBuffer> }> {
  const [pkcs8, spkiBytes] = await Promise.all([
    crypto.subtle.exportKey('pkcs8', keys.privateKey),
    crypto.subtle.exportKey('spki', keys.publicKey),
  ]);
  return { pkcs8: new Uint8Array(pkcs8), spki: new Uint8Array(spkiBytes) };
}

/** The pair back from those bytes, its private key non-extractable: it lives in memory only, and signs. */
export async function importKeyPair(bytes: {
  pkcs8: Uint8Array<ArrayBuffer>;
  spki: Uint8Array<ArrayBuffer>;
}): Promise<CryptoKeyPair> {
  try {
    const [privateKey, publicKey] = await Promise.all([
      crypto.subtle.importKey('pkcs8', bytes.pkcs8, CURVE, false, ['sign']),
      crypto.subtle.importKey('spki', bytes.spki, CURVE, true, ['verify']),
    ]);
    return { privateKey, publicKey };
  } catch (error) {
    throw new SigningError(text('error.keyDamaged'), { cause: error });
  }
}

export function isSigningKey(key: unknown, type: KeyType): key is CryptoKey {
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
  /**
   * The keys this one replaced, oldest first, each with the time of the `key-rotated` event in which it handed over
   * to the next (utils/crypto/key-rotation.ts): a key card printed before still leads to this key.
   */
  previous: { fingerprint: string; replacedAt: string }[];
}
