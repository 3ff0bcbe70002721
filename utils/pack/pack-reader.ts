import { sha256Hex } from '../hash';
import { because, m, type CheckList } from './check-list';
import { isPackPath } from './schema';
import { PACK_FILES } from './types';
import { readZipEntries, type ZipEntry } from './zip-reader';

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
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(zipBytes);
  } catch (error) {
    list.fail('zip', 'pack', because('zip.unreadable', error));
    return null;
  }
  const failures = list.failures();
  const names = new Set(entries.map((entry) => entry.name));
  if (names.size !== entries.length) {
    list.fail('zip', 'pack', m('zip.duplicateNames', { entries: entries.length, names: names.size }));
  }
  const files = new Map<string, PackFile | null>();
  // One entry per name, the last of a name as unzip -o keeps it (the pack has failed already).
  const readable = new Map<string, ZipEntry>();
  const folders: ZipEntry[] = [];
  for (const entry of entries) {
    const folder = entry.name.endsWith('/');
    if (!isPackPath(folder ? entry.name.slice(0, -1) : entry.name)) {
      list.fail('zip', JSON.stringify(entry.name), m('zip.unsafePath'));
    } else if (folder) {
      folders.push(entry);
    } else {
      readable.set(entry.name, entry);
      files.set(entry.name, null); // keeps the ZIP's order; filled in below
    }
  }
  for (const { name, read } of folders) {
    // A folder has no bytes to hash, but its entry must be as sound as a file's.
    await read().catch((error: unknown) => list.fail('zip', name, because('zip.entryUnreadable', error)));
  }
  // Hashing runs off the main thread (WebCrypto): a few at once use every core.
  const queue = readable.values();
  const worker = async () => {
    for (const { name, read } of queue) {
      try {
        const bytes = await read();
        const keep = KEPT.has(name) || RECORD.test(name);
        files.set(name, { size: bytes.length, sha256: await sha256Hex(bytes), ...(keep ? { bytes } : {}) });
      } catch (error) {
        files.set(name, null);
        list.fail('zip', name, because('zip.entryUnreadable', error));
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
  if (list.failures() === failures) list.pass('zip', 'pack', m('zip.opens', { count: files.size }));

  const reported = new Set<string>();
  const missing = (path: string, checks: CheckList): void => {
    if (files.has(path) || reported.has(path)) return;
    reported.add(path);
    checks.fail('missing-file', path, m('file.missing'));
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
    list.fail(id, path, m('file.notUtf8'));
    return null;
  }
}
