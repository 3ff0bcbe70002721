import { m } from './check-list';
import type { EarlyHashes } from './early-hashes';
import type { InflatedDigest } from '../zip/inflated-digest';
import type { PackHasher } from './pack-input';
import type { ReadLimits } from './read-limits';
import { PACK_FILES, type CheckMessage } from '../types';
import { crc32 } from '../zip/crc32';
import { checkCrc, entryBytes, entryDigest, entryParts, ZipEntryError, type ZipEntry } from '../zip/reader';

/**
 * The pack reader's reading of one entry (pack-reader.ts): within the limits
 * of read-limits.ts, hashed (or its hash taken while the pack arrived,
 * early-hashes.ts), its CRC-32 checked, and its bytes held if it is one of
 * the files the verifier reads.
 */

/** The kept files parsed whole, which cost several times their bytes once read (read-limits.ts). */
const PARSED: ReadonlySet<string> = new Set([PACK_FILES.manifest, PACK_FILES.custody, PACK_FILES.sums]);

/** The files the verifier reads: their bytes are held (within limits) for the checks. */
const KEPT: ReadonlySet<string> = new Set([
  PACK_FILES.manifest,
  PACK_FILES.signature,
  PACK_FILES.sums,
  PACK_FILES.sumsSignature,
  PACK_FILES.publicKey,
  PACK_FILES.custody,
]);
const RECORD = /^captures\/[^/]+\/record\.json$/;
/** The most bytes of record.json files held from the reading of the pack to their check. */
const HELD_RECORDS = 8 * 1024 * 1024;
/**
 * A deflated file only hashed (an MHTML snapshot, the report) that inflates
 * to more than this is hashed in parts as it is inflated, where the hasher
 * can (incremental): whole, it and WebCrypto's copy of it would be in memory
 * together, twice the 56 MB a 10 MB pack may inflate one file to.
 */
const HASHED_IN_PARTS = 4 * 1024 * 1024;

/** A file of the pack: its size and SHA-256, and its bytes while a check needs them. */
export interface PackFile {
  size: number;
  sha256: string;
  bytes?: Uint8Array<ArrayBuffer>;
}

export type Report = (subject: string, message: CheckMessage, values?: { expected: string; actual: string }) => void;

/**
 * Reads entries within the limits: each deflated entry's declared size is
 * taken from a budget, in the order entries are read, before it is inflated;
 * the bytes being read and hashed at once are held under a ceiling.
 */
export function createEntryReader(limits: ReadLimits, report: Report, hasher: PackHasher, early: EarlyHashes) {
  let [kept, parsed, inflated, inFlight, heldRecords] = [0, 0, 0, 0, 0];
  // The records' bytes are held while they come to little; past that each is read again when it is compared, so
  // that 20 MB of them are never in memory beside the parsed manifest. Reading them all again costs 50 ms a thousand.
  const hold = (name: string, size: number): boolean => {
    if (!RECORD.test(name)) return true;
    if (heldRecords + size > HELD_RECORDS) return false;
    heldRecords += size;
    return true;
  };
  /** The entries of the files kept, to read again those whose bytes were let go (or never held: the records). */
  const keptEntries = new Map<string, ZipEntry>();
  const waiting: (() => void)[] = [];
  const admit = async (size: number) => {
    while (inFlight > 0 && inFlight + size > limits.inFlight) await new Promise<void>((go) => waiting.push(go));
    inFlight += size;
  };
  const release = (size: number) => {
    inFlight -= size;
    for (const go of waiting.splice(0)) go();
  };
  /**
   * A deflated file that is only hashed, hashed and its CRC-32 taken part by
   * part as it is inflated: off this thread where the hasher can, else here.
   */
  const inParts = async (
    entry: ZipEntry,
    cap: number,
    files: Map<string, PackFile | null>,
  ): Promise<PackFile | null | undefined> => {
    let digest: InflatedDigest;
    try {
      if (hasher.inflatedDigest) digest = await entryDigest(entry, cap, hasher.inflatedDigest);
      else {
        const hash = hasher.incremental?.();
        if (!hash) return undefined;
        let crc = 0;
        entryParts(entry, cap, (part) => {
          hash.update(part);
          crc = crc32(part, crc);
        });
        digest = { sha256: hash.hex(), crc32: crc };
      }
      if (digest.crc32 !== entry.crc32) {
        throw new ZipEntryError({ key: 'zip.crc' }, { expected: hex(entry.crc32), actual: hex(digest.crc32) });
      }
    } catch (error) {
      if (!(error instanceof ZipEntryError)) throw error;
      report(entry.name, error.problem, error.values);
      return null;
    }
    const file: PackFile = { size: entry.size, sha256: digest.sha256 };
    files.set(entry.name, file);
    return file;
  };
  return {
    async read(entry: ZipEntry, files: Map<string, PackFile | null>): Promise<PackFile | null> {
      const keep = KEPT.has(entry.name) || RECORD.test(entry.name);
      const deflated = entry.method === 8;
      const whole = PARSED.has(entry.name);
      const cap = keep ? limits.textFile : deflated ? limits.inflatedFile : Infinity;
      if (entry.size > cap) {
        report(entry.name, m('zip.tooLarge', { count: entry.size, limit: cap }));
        return null;
      }
      // Each budget the entry counts against, as [its limit, what is used of it].
      const budgets: [number, number][] = [];
      if (keep) budgets.push([limits.kept, kept]);
      else if (deflated) budgets.push([limits.inflated, inflated]);
      if (whole) budgets.push([limits.parsed, parsed]);
      // The one with the least left is named: the budget of files parsed whole, for manifest.json.
      const [tightest] = budgets.sort(([a, aUsed], [b, bUsed]) => a - aUsed - (b - bUsed));
      if (tightest && entry.size > tightest[0] - tightest[1]) {
        report(entry.name, m('zip.budget', { limit: tightest[0] }));
        return null;
      }
      if (keep) kept += entry.size;
      else if (deflated) inflated += entry.size;
      if (whole) parsed += entry.size;
      if (!keep && deflated && entry.size > HASHED_IN_PARTS) {
        const file = await inParts(entry, cap, files);
        // undefined: this hasher takes no parts, and the file is read whole.
        if (file !== undefined) return file;
      }
      await admit(entry.size);
      let hashing: Promise<string> | undefined;
      try {
        const bytes = entryBytes(entry, cap);
        const known = early.of(bytes);
        if (known) {
          const { sha256, crc32 } = await known;
          if (crc32 !== entry.crc32) {
            throw new ZipEntryError({ key: 'zip.crc' }, { expected: hex(entry.crc32), actual: hex(crc32) });
          }
          hashing = Promise.resolve(sha256);
        } else {
          // WebCrypto hashes on another thread while this one computes the CRC-32.
          hashing = hasher.sha256(bytes);
          checkCrc(entry, bytes);
        }
        const file: PackFile = {
          size: bytes.length,
          sha256: await hashing,
          ...(keep && hold(entry.name, bytes.length) ? { bytes: unshared(bytes) } : {}),
        };
        if (keep) keptEntries.set(entry.name, entry);
        files.set(entry.name, file);
        return file;
      } catch (error) {
        if (!(error instanceof ZipEntryError)) throw error;
        report(entry.name, error.problem, error.values);
        return null;
      } finally {
        // WebCrypto holds a copy of the bytes until it is done: only then are they out of flight.
        await hashing?.catch(() => undefined);
        release(entry.size);
      }
    },
    /** A kept file's bytes once more, as they were read the first time: the same stream, inflated the same way. */
    reread(path: string): Uint8Array<ArrayBuffer> {
      const entry = keptEntries.get(path);
      if (!entry) throw new Error(`The pack reader did not keep the bytes of ${path}.`);
      const bytes = entryBytes(entry, limits.textFile);
      checkCrc(entry, bytes);
      return unshared(bytes);
    },
  };
}

/**
 * A kept file's bytes in memory of their own when they are a view of shared
 * memory (the CLI reads the pack into a SharedArrayBuffer, for its hashing
 * thread): WebCrypto, which checks the signatures, refuses shared memory.
 */
function unshared(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  return typeof SharedArrayBuffer !== 'undefined' && (bytes.buffer as unknown) instanceof SharedArrayBuffer
    ? bytes.slice()
    : bytes;
}

const hex = (crc: number) => crc.toString(16).padStart(8, '0');
