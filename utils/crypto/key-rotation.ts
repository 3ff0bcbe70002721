import { base64ToBytes, bytesToBase64 } from '../base64';
import { canonicalBytes } from '../canonical-json';
import { importPublicKeyPem, keyFingerprint, publicKeyPem, signDer, verifyDer } from './signing';

/**
 * A key rotation (the victim-safety issue): the old signing key hands over to
 * a new one by signing a statement that names both. It is written into the
 * custody log as a `key-rotated` event whose details are `RotationDetails`,
 * and every later pack carries it, so a recipient who holds the old key's
 * fingerprint (a key card printed before) can follow the hand-over to the key
 * that signed the pack. Pure: the store and both verifiers share it.
 *
 * The signed bytes are the canonical JSON of `{purpose, installId, from, to}`,
 * which anyone can rebuild from the event and check with openssl
 * (docs/PACK-FORMAT.md, "key-rotated").
 */
export const ROTATION_PURPOSE = 'dokaz-key-rotation/1';

export interface RotationDetails {
  /** The old key's fingerprint (SHA-256 of its SPKI DER, hex). */
  from: string;
  /** The new key's fingerprint. */
  to: string;
  /** The old key, SPKI in PEM: what checks the signature, and hashes to `from`. */
  fromPublicKey: string;
  /** ECDSA P-256 SHA-256 signature of `rotationStatement(installId, from, to)` by the old key, DER in base64. */
  signature: string;
}

/** The exact bytes the old key signs. */
export function rotationStatement(installId: string, from: string, to: string): Uint8Array<ArrayBuffer> {
  return canonicalBytes({ purpose: ROTATION_PURPOSE, installId, from, to });
}

/** The details of a hand-over from `old` to `next`, signed by `old`'s private key. */
export async function signRotation(
  installId: string,
  old: { privateKey: CryptoKey; publicKey: CryptoKey },
  next: CryptoKey,
): Promise<RotationDetails> {
  const [from, to, fromPublicKey] = await Promise.all([
    keyFingerprint(old.publicKey),
    keyFingerprint(next),
    publicKeyPem(old.publicKey),
  ]);
  const signature = await signDer(old.privateKey, rotationStatement(installId, from, to));
  return { from, to, fromPublicKey, signature: bytesToBase64(signature) };
}

/**
 * Why a hand-over does not hold, or null when it does: the old key is a P-256
 * key whose fingerprint is `from`, and its signature over the statement is valid.
 */
export async function rotationProblem(
  installId: string,
  details: RotationDetails,
): Promise<'key' | 'fingerprint' | 'signature' | null> {
  let key: CryptoKey;
  try {
    key = await importPublicKeyPem(details.fromPublicKey);
  } catch {
    return 'key';
  }
  if ((await keyFingerprint(key)) !== details.from) return 'fingerprint';
  let signature: Uint8Array;
  try {
    signature = base64ToBytes(details.signature);
  } catch {
    return 'signature';
  }
  const valid = await verifyDer(key, signature, rotationStatement(installId, details.from, details.to));
  return valid ? null : 'signature';
}
