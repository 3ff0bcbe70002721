import { sha256 } from '@noble/hashes/sha2.js';
import { sha256Hex, toHex } from '../../hash';
import type { InflatedDigest } from '../zip/inflated-digest';

/**
 * What the pack verifier reads and how it hashes, given by whoever calls it.
 * The verify page hands over a `File`'s bytes whole and hashes with WebCrypto
 * (the defaults). The dokaz-verify command reads the pack from disk while the
 * verifier hashes what has arrived, and hashes with node:crypto, which reads
 * a view where it lies: WebCrypto in Node copies every input on the main
 * thread first, which cost more than the hashing (bin/pack-file.ts,
 * docs/BENCHMARKS.md). Only the CLI touches `node:*`; the pure verifier takes
 * these two interfaces.
 */
export interface PackInput {
  /**
   * The whole pack, as the strict reader walks it once every byte has arrived.
   * It may be a view of shared memory, for a hasher on another thread.
   */
  bytes: Uint8Array;
  /**
   * Resolves once bytes[start, end) hold the pack's own bytes; absent when all
   * of them do already. It rejects if the pack could not be read.
   */
  arrived?: (start: number, end: number) => Promise<void>;
}

export interface PackHasher {
  /** The SHA-256 of `bytes`, in hex; the bytes stay unchanged until it resolves. */
  sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string>;
  /** A SHA-256 fed in parts, each only lent for the call, where the platform has one; WebCrypto has not. */
  incremental?(): IncrementalSha256;
  /**
   * The SHA-256 and CRC-32 of what a deflate stream inflates to, taken part by
   * part off this thread (inflated-digest.ts), where the caller can: the verify
   * page, in workers. It rejects with inflateInParts' InflateError. Without
   * it, such a file is inflated and hashed here, with `incremental`.
   */
  inflatedDigest?(deflated: Uint8Array, size: number): Promise<InflatedDigest>;
  /**
   * The SHA-256 and the CRC-32 of `bytes` at once, where the hasher takes both
   * off this thread (the CLI's); otherwise this thread takes the CRC-32 while
   * `sha256` hashes.
   */
  sha256AndCrc32?(bytes: Uint8Array<ArrayBuffer>): Promise<{ sha256: string; crc32: number }>;
}

export interface IncrementalSha256 {
  update(part: Uint8Array): void;
  /** The SHA-256 of every part so far, in hex. */
  hex(): string;
}

/**
 * WebCrypto: the browser's hasher, and the default; with @noble/hashes for a
 * SHA-256 fed in parts, which WebCrypto has not (about a fifth of its speed,
 * so only for what would otherwise be held whole only to be hashed).
 */
export const WEB_CRYPTO: PackHasher = {
  sha256: (bytes) => sha256Hex(bytes),
  incremental() {
    const hash = sha256.create();
    return { update: (part) => void hash.update(part), hex: () => toHex(hash.digest()) };
  },
};

export function inputOf(pack: Uint8Array | PackInput): PackInput {
  return pack instanceof Uint8Array ? { bytes: pack } : pack;
}
