import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../hash';
import { crc32 } from './crc32';
import { inflateInParts } from './inflate';

/** What the verifier needs of a deflated file it only hashes. */
export interface InflatedDigest {
  sha256: string;
  crc32: number;
}

/**
 * The SHA-256 and CRC-32 of the `size` bytes a deflate stream inflates to,
 * taken part by part as it is inflated (inflateInParts, whose InflateError
 * it throws): the file is never whole in memory. Pure, so that the verify
 * page runs it in its workers (entrypoints/verify/digest-worker.ts), where
 * its 70 MB/s of SHA-256 does not hold up the rest of the pack.
 */
export function inflatedDigest(deflated: Uint8Array, size: number): InflatedDigest {
  const hash = sha256.create();
  let crc = 0;
  inflateInParts(deflated, size, (part) => {
    hash.update(part);
    crc = crc32(part, crc);
  });
  return { sha256: toHex(hash.digest()), crc32: crc };
}
