import { crc32 } from '../zip/crc32';
import type { PackHasher, PackInput } from './pack-input';

/**
 * The SHA-256 and CRC-32 of the large stored entries (the media), taken while
 * the rest of the pack is still arriving from disk, so that reading and
 * hashing overlap. These are guesses made before the strict reader has seen
 * the pack: where the central directory, read first, says an entry's data
 * lies. They decide nothing. Once every byte is in, the strict reader walks
 * the pack as always, and a hash taken here stands for an entry only if the
 * entry's data is exactly the bytes that were hashed (the same buffer, the
 * same offset, the same length): a hash is a function of the bytes, and they
 * do not change once read. A guess that the reader does not confirm is thrown
 * away, and the entry hashed as any other.
 *
 * The guesses are bounded by the pack: only ranges in increasing order that
 * do not overlap are hashed, so no byte is hashed twice here, whatever a
 * hostile central directory says.
 */
/** Settles once the hasher is done (on another thread, for the CLI's). */
export type EarlyHash = Promise<{ sha256: string; crc32: number }>;

export interface EarlyHashes {
  /** Settles once every guess is made (its hashing begun); it never rejects. */
  guessed: Promise<void>;
  /** The hashes of exactly these bytes, if they were taken here. */
  of(data: Uint8Array): EarlyHash | undefined;
}

/** Entries smaller than this are hashed with the others: a guess would cost more than it saves. */
const SMALLEST = 64 * 1024;
const END = 0x06054b50;
const CENTRAL = 0x02014b50;

export function hashWhileArriving(input: PackInput, hasher: PackHasher): EarlyHashes {
  const hashes = new Map<number, { length: number; hash: EarlyHash }>();
  const { bytes, arrived } = input;
  if (!arrived || bytes.length < 22) return { guessed: Promise.resolve(), of: () => undefined };
  const guessed = (async () => {
    for await (const [start, end] of guesses(bytes, arrived)) {
      await arrived(start, end);
      const data = bytes.subarray(start, end) as Uint8Array<ArrayBuffer>;
      const hash = hasher.sha256AndCrc32?.(data) ?? bothHere(data, hasher);
      // Not left unhandled while no entry asks for it; an entry that does hears of its failure.
      hash.catch(() => undefined);
      hashes.set(start, { length: end - start, hash });
    }
  })().catch(() => undefined); // a guess that fails is no hash; reading the pack fails on its own
  return {
    guessed,
    of(data) {
      if (data.buffer !== bytes.buffer) return undefined;
      const known = hashes.get(data.byteOffset - bytes.byteOffset);
      return known?.length === data.length ? known.hash : undefined;
    },
  };
}

/** The CRC-32 on this thread, while the hasher works and the rest of the pack arrives. */
async function bothHere(data: Uint8Array<ArrayBuffer>, hasher: PackHasher): EarlyHash {
  const sha256 = hasher.sha256(data);
  const crc = crc32(data);
  return { sha256: await sha256, crc32: crc };
}

/** Where the central directory says the large stored entries' data lie, in order, as [start, end) of the pack. */
async function* guesses(
  bytes: Uint8Array,
  arrived: NonNullable<PackInput['arrived']>,
): AsyncGenerator<[number, number]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [u16, u32] = [(at: number) => view.getUint16(at, true), (at: number) => view.getUint32(at, true)];
  const end = bytes.length - 22;
  await arrived(end, bytes.length);
  if (u32(end) !== END) return;
  const [count, size, offset] = [u16(end + 10), u32(end + 12), u32(end + 16)];
  if (offset + size !== end) return;
  await arrived(offset, end);
  const entries: [local: number, compressedSize: number][] = [];
  for (let at = offset, i = 0; i < count && at + 46 <= end && u32(at) === CENTRAL; i++) {
    if (u16(at + 10) === 0 && u32(at + 20) >= SMALLEST) entries.push([u32(at + 42), u32(at + 20)]);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  let next = 0;
  for (const [local, compressedSize] of entries) {
    if (local < next || local + 30 > offset) continue;
    await arrived(local, local + 30);
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + compressedSize > offset) continue;
    next = start + compressedSize;
    yield [start, next];
  }
}
