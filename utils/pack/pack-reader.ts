import JSZip from 'jszip';
import { sha256Hex } from '../hash';
import { messageOf, type CheckList } from './check-list';
import { isPackPath } from './schema';
import { PACK_FILES } from './types';

/**
 * A pack's ZIP, read once: every file's size and SHA-256, and the bytes of the
 * few small files the verifier reads (signing files, public key, custody log,
 * records); artifacts are hashed and let go. A damaged entry is a failed check.
 */
export interface PackFile {
  size: number;
  sha256: string;
  bytes?: Uint8Array<ArrayBuffer>;
}

export interface OpenedPack {
  /** Every file by path (folders left out); null when its entry could not be read. */
  files: Map<string, PackFile | null>;
  /** The bytes of a file the reader kept; null, reported as missing, when the pack has no such file. */
  bytes(path: string, list: CheckList): Uint8Array<ArrayBuffer> | null;
  /** Reports a file as missing, once, unless the pack has it. */
  missing(path: string, list: CheckList): void;
}

const KEPT: ReadonlySet<string> = new Set(Object.values(PACK_FILES).filter((path) => path !== PACK_FILES.report));
const RECORD = /^captures\/[^/]+\/record\.json$/;
const PARALLEL_READS = 4;

export async function openPack(zipBytes: Uint8Array, list: CheckList): Promise<OpenedPack | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipBytes);
  } catch (error) {
    list.fail('zip', 'pack', `is not a ZIP file that can be read: ${messageOf(error)}`);
    return null;
  }
  const failures = list.failures();
  const entries = Object.values(zip.files);
  const declared = zipEntryCount(zipBytes);
  if (declared !== null && declared !== entries.length) {
    list.fail(
      'zip',
      'pack',
      `has ${declared} entries but ${entries.length} names: unzip tools differ on which copy they keep`,
    );
  }
  const files = new Map<string, PackFile | null>();
  const readable: JSZip.JSZipObject[] = [];
  for (const entry of entries) {
    if (entry.dir) continue;
    // JSZip rewrites "a/../b" to "b" and keeps what the ZIP said here.
    const name = entry.unsafeOriginalName ?? entry.name;
    if (name !== entry.name || !isPackPath(name)) {
      list.fail('zip', JSON.stringify(name), 'is not a plain relative path: unzip could write it outside the folder');
      continue;
    }
    readable.push(entry);
    files.set(name, null); // keeps the ZIP's order; filled in below
  }
  // Hashing runs off the main thread (WebCrypto): a few at once use every core.
  let next = 0;
  const worker = async () => {
    while (next < readable.length) {
      const entry = readable[next++]!;
      try {
        const bytes = storedBytes(entry) ?? new Uint8Array(await entry.async('arraybuffer'));
        const keep = KEPT.has(entry.name) || RECORD.test(entry.name);
        files.set(entry.name, { size: bytes.length, sha256: await sha256Hex(bytes), ...(keep ? { bytes } : {}) });
      } catch (error) {
        files.set(entry.name, null);
        list.fail('zip', entry.name, `cannot be read from the ZIP: ${messageOf(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
  if (list.failures() === failures) list.pass('zip', 'pack', `opens as a ZIP of ${files.size} files`);

  const reported = new Set<string>();
  const missing = (path: string, checks: CheckList): void => {
    if (files.has(path) || reported.has(path)) return;
    reported.add(path);
    checks.fail('missing-file', path, 'is not in the pack');
  };
  return {
    files,
    missing,
    bytes(path, checks) {
      const file = files.get(path);
      if (file === undefined) missing(path, checks);
      if (!file) return null;
      if (!file.bytes) throw new Error(`The pack reader did not keep the bytes of ${path}.`);
      return file.bytes;
    },
  };
}

/** A kept file as UTF-8 text; null, with a failed check of this id, when it is missing or not UTF-8. */
export function readText(pack: OpenedPack, path: string, list: CheckList, id: string): string | null {
  const bytes = pack.bytes(path, list);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    list.fail(id, path, 'is not UTF-8 text');
    return null;
  }
}

/**
 * The entry count of the ZIP's end-of-central-directory record, or null for
 * ZIP64 (which stores it elsewhere). JSZip keeps one entry per name, so a
 * count above its own means that some name is in the ZIP twice.
 */
function zipEntryCount(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      const count = view.getUint16(at + 10, true);
      return count === 0xffff ? null : count;
    }
  }
  return null;
}

/**
 * A stored (uncompressed) entry's bytes, straight from the ZIP's buffer
 * without JSZip's 16 KB-step pipeline, which made reading a 500 MB pack four
 * times slower than hashing it. JSZip keeps the loaded entry's raw bytes in
 * `_data.compressedContent` (jszip 3.x, lib/compressedObject.js); when that is
 * not there or not a stored entry, the caller reads the entry the ordinary way.
 * The SHA-256 checked afterwards, not JSZip, vouches for the bytes.
 */
function storedBytes(entry: JSZip.JSZipObject): Uint8Array<ArrayBuffer> | null {
  const raw = (entry as unknown as { _data?: StoredEntry })._data;
  const content = raw?.compressedContent;
  if (raw?.compression?.magic !== '\x00\x00' || !(content instanceof Uint8Array)) return null;
  if (content.length !== raw.uncompressedSize) return null;
  return content as Uint8Array<ArrayBuffer>;
}

interface StoredEntry {
  compression?: { magic?: string };
  compressedContent?: unknown;
  uncompressedSize?: number;
}
