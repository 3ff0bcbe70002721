import { crc32 } from './crc32';
import { falseDescriptorAt } from './false-descriptor';
import { inflateExactly, inflateInParts, InflateError } from './inflate';
import type { InflatedDigest } from './inflated-digest';
import { outOfOrder } from './order';
import type { CheckMessage, CheckMessageKey, CheckParams } from '../types';

/**
 * A strict reader of the two ZIP forms Dokaz's writer has made (JSZip,
 * utils/pack/zip/stream.ts; docs/PACK-FORMAT.md, "Reading a pack: the strict
 * rules"), one form to a pack: every file with its CRC-32 and sizes in its
 * local header (the writer's form now), or every file with them in a data
 * descriptor after its data (flag bit 3, the legacy form of earlier packs). ZIP readers differ: one trusts the central directory,
 * another the local headers, a third an extra field's name. A pack is only as
 * good as the reader that disagrees with Dokaz, so Dokaz accepts only what
 * leaves no room for two readings: the archive walked from its first byte as
 * local entries that match the central directory one to one, in order and
 * back to back, in the writer's order (zip/order.ts), then the central
 * directory and its end record, and nothing else; each entry exactly as the
 * writer makes it, and, in the legacy form, with no data a streaming reader
 * could end too soon (false-descriptor.ts). In the writer's form a streaming
 * reader takes each file's size from its local header and never looks inside
 * the data for its end, so the data may hold anything.
 *
 * A stored entry's bytes are a view into the ZIP (nothing is copied); a
 * deflated one is inflated to the size its headers give and no further.
 */
export interface ZipEntry {
  /** The name, as UTF-8 (ASCII of a small alphabet in a sound pack; zip/names.ts); a folder's ends in "/". */
  name: string;
  folder: boolean;
  method: number;
  crc32: number;
  compressedSize: number;
  /** The uncompressed size the headers give: the attacker's figure until the entry is read. */
  size: number;
  /** The entry's data as stored in the ZIP: a view, not a copy. */
  data: Uint8Array<ArrayBuffer>;
  /** How the entry departs from the writer's form; an entry with problems is not read. */
  problems: CheckMessage[];
}

/** The archive as a whole is not in the writer's form; `problem` names the first thing found. */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
  constructor(readonly problem: CheckMessage) {
    super(problem.key + (problem.params ? ` ${JSON.stringify(problem.params)}` : ''));
  }
}

/** One entry's bytes are not what its headers give. */
export class ZipEntryError extends ZipFormatError {
  override name = 'ZipEntryError';
  constructor(
    problem: CheckMessage,
    readonly values?: { expected: string; actual: string },
  ) {
    super(problem);
  }
}

const SIGNATURE = { end: 0x06054b50, zip64Locator: 0x07064b50, central: 0x02014b50, local: 0x04034b50 };
const DESCRIPTOR = 0x08074b50;
/** What JSZip writes with platform "UNIX": made by Unix (3), spec version 3.0; needs version 1.0. */
export const WRITER = {
  madeBy: 0x031e,
  needed: 10,
  fileFlags: 0x0000, // CRC-32 and sizes in the local header, no data descriptor (streamFiles: false)
  legacyFileFlags: 0x0008, // earlier packs (streamFiles: true): zeros there, a data descriptor after the data
  fileAttributes: 0o100664 * 0x10000,
  folderAttributes: 0o40775 * 0x10000 + 0x10,
} as const;
/** Names as UTF-8, as most unzip tools now read them; any name outside ASCII is refused anyway (zip/names.ts). */
const UTF8 = new TextDecoder();

const fail = (key: CheckMessageKey, params?: CheckParams): never => {
  throw new ZipFormatError(params ? { key, params } : { key });
};

export function readZip(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const end = zip.length - 22;
  if (end < 0 || u32(end) !== SIGNATURE.end) fail(commentOrNoEnd(zip, u16, u32));
  if (u16(end + 20) !== 0) fail('zip.comment');
  const [disk, directoryDisk, onDisk, count, size, offset] = [
    u16(end + 4),
    u16(end + 6),
    u16(end + 8),
    u16(end + 10),
    u32(end + 12),
    u32(end + 16),
  ];
  if (
    disk !== 0 ||
    directoryDisk !== 0 ||
    onDisk !== count ||
    count === 0xffff ||
    size === 0xffffffff ||
    offset === 0xffffffff ||
    (end >= 20 && u32(end - 20) === SIGNATURE.zip64Locator)
  ) {
    fail('zip.zip64');
  }
  const directory = end - size;
  if (directory < 0) fail('zip.layout', { offset: 0 });
  // A central directory further in than its end record says: something was put before the ZIP.
  if (offset < directory) fail('zip.bytesBefore', { count: directory - offset });
  if (offset > directory) fail('zip.layout', { offset: directory });

  const central: Central[] = [];
  let at = directory;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(at) !== SIGNATURE.central) fail('zip.layout', { offset: at });
    const next = at + 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    if (next > end) fail('zip.layout', { offset: at });
    central.push({ at, nameBytes: zip.subarray(at + 46, at + 46 + u16(at + 28)) });
    at = next;
  }
  if (at !== end) fail('zip.layout', { offset: at });

  // The local entries, from the first byte on, back to back, one for each central directory entry, in its order.
  const entries: ZipEntry[] = [];
  let position = 0;
  // The form of the pack is that of its first file; a file in the other form is refused (zip.flags). Mixing them
  // serves no writer, and the scanning rules of the legacy form must not be escaped by one entry in it.
  const firstFile = central.find(({ nameBytes }) => nameBytes.at(-1) !== 0x2f);
  const fileFlags =
    firstFile && u16(firstFile.at + 8) === WRITER.legacyFileFlags ? WRITER.legacyFileFlags : WRITER.fileFlags;
  for (const { at: c, nameBytes } of central) {
    const local = u32(c + 42);
    if (local !== position) {
      if (position === 0) fail('zip.bytesBefore', { count: local });
      fail('zip.layout', { offset: position });
    }
    if (local + 30 > directory || u32(local) !== SIGNATURE.local) fail('zip.layout', { offset: position });
    const name = UTF8.decode(nameBytes);
    const [flags, method, crc, compressedSize, size] = [u16(c + 8), u16(c + 10), u32(c + 16), u32(c + 20), u32(c + 24)];
    const folder = name.endsWith('/');
    const problems: CheckMessage[] = [];
    const problem = (key: CheckMessageKey, params?: CheckParams) =>
      void problems.push(params ? { key, params } : { key });

    const localNameLength = u16(local + 26);
    const dataStart = local + 30 + localNameLength + u16(local + 28);
    const dataEnd = dataStart + compressedSize;
    const descriptor = flags & 0x0008 ? 16 : 0;
    if (dataEnd + descriptor > directory) fail('zip.layout', { offset: position });
    position = dataEnd + descriptor;

    // Nothing beside the name: an extra field (a Unicode Path, ZIP64 sizes, …) or a comment is a second voice.
    if (u16(c + 30) !== 0 || u16(local + 28) !== 0) {
      const field = u16(c + 30) !== 0 ? u16(c + 46 + nameBytes.length) : u16(local + 30 + localNameLength);
      problem('zip.extraField', { field: `0x${field.toString(16).padStart(4, '0')}` });
    }
    if (u16(c + 32) !== 0) problem('zip.extraField', { field: 'comment' });
    if (
      u16(c + 4) !== WRITER.madeBy ||
      u16(c + 6) !== WRITER.needed ||
      u16(c + 34) !== 0 ||
      u16(c + 36) !== 0 ||
      u32(c + 38) !== (folder ? WRITER.folderAttributes : WRITER.fileAttributes)
    ) {
      problem('zip.attributes');
    }
    const writerFlags = folder ? 0 : fileFlags;
    if (flags !== writerFlags || (folder ? method !== 0 : method !== 0 && method !== 8)) problem('zip.flags');
    const sameName = localNameLength === nameBytes.length && nameBytes.every((byte, i) => zip[local + 30 + i] === byte);
    if (
      !sameName ||
      u16(local + 4) !== u16(c + 6) ||
      u16(local + 6) !== flags ||
      u16(local + 8) !== method ||
      u32(local + 10) !== u32(c + 12) || // time and date
      // The legacy form gives CRC-32 and sizes after the data (bit 3), and zeros here; the writer's form gives the
      // central directory's here, which a streaming reader goes by. A folder's are zeros in both.
      u32(local + 14) !== (descriptor ? 0 : crc) ||
      u32(local + 18) !== (descriptor ? 0 : compressedSize) ||
      u32(local + 22) !== (descriptor ? 0 : size)
    ) {
      problem('zip.localHeader');
    }
    if (descriptor) {
      const d = dataEnd;
      if (u32(d) !== DESCRIPTOR || u32(d + 4) !== crc || u32(d + 8) !== compressedSize || u32(d + 12) !== size) {
        problem('zip.descriptor');
      }
      // Where a reader streaming the ZIP would end the data too soon and find other entries (false-descriptor.ts).
      // Without bit 3 no reader looks for the end in the data: its size is in the local header, which must be the
      // central directory's, so these rules hold for the legacy form alone.
      const falseDescriptor = falseDescriptorAt(zip, dataStart, dataEnd, method === 0);
      if (falseDescriptor >= 0) problem('zip.falseDescriptor', { offset: falseDescriptor });
    }
    if (folder && (crc !== 0 || compressedSize !== 0 || size !== 0)) problem('zip.folderData');
    if (!folder && method === 0 && compressedSize !== size) problem('zip.size');
    entries.push({
      name,
      folder,
      method,
      crc32: crc,
      compressedSize,
      size,
      data: zip.subarray(dataStart, dataEnd) as Uint8Array<ArrayBuffer>,
      problems,
    });
  }
  // Whatever lies between the last entry and the central directory no central directory entry points at.
  if (position !== directory) fail('zip.layout', { offset: position });
  const misplaced = outOfOrder(entries.map((entry) => entry.name));
  if (misplaced) entries[misplaced.index]!.problems.push({ key: 'zip.order', params: { other: misplaced.after } });
  return entries;
}

interface Central {
  at: number;
  nameBytes: Uint8Array;
}

/** Why the last 22 bytes are not an end record: an archive comment after it, or not a ZIP (or bytes after it). */
function commentOrNoEnd(zip: Uint8Array, u16: (at: number) => number, u32: (at: number) => number): CheckMessageKey {
  for (let at = zip.length - 23; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (u32(at) === SIGNATURE.end && at + 22 + u16(at + 20) === zip.length) return 'zip.comment';
  }
  return 'zip.noEnd';
}

/**
 * An entry's bytes, checked against the size its headers give; a deflated
 * entry is inflated only if that size is within `limit`, and to that size at
 * most. Throws a ZipEntryError naming what does not agree. The CRC-32 is
 * checked apart (checkCrc), so that it can be computed while the bytes are
 * being hashed.
 */
export function entryBytes(entry: ZipEntry, limit: number): Uint8Array<ArrayBuffer> {
  if (entry.size > limit) throw new ZipEntryError({ key: 'zip.tooLarge', params: { count: entry.size, limit } });
  if (entry.method !== 8) return entry.data;
  try {
    return inflateExactly(entry.data, entry.size);
  } catch (error) {
    throw entryError(entry, error);
  }
}

/**
 * A deflated entry's bytes in parts, as they are inflated, never whole
 * (inflate.ts, inflateInParts); the same refusals as entryBytes.
 */
export function entryParts(entry: ZipEntry, limit: number, onPart: (part: Uint8Array) => void): void {
  if (entry.size > limit) throw new ZipEntryError({ key: 'zip.tooLarge', params: { count: entry.size, limit } });
  if (entry.method !== 8) throw new Error(`${entry.name} is stored: its bytes are a view, read them whole`);
  try {
    inflateInParts(entry.data, entry.size, onPart);
  } catch (error) {
    throw entryError(entry, error);
  }
}

/**
 * A deflated entry's inflated SHA-256 and CRC-32, taken by `digest` (which
 * may run on another thread), refused as entryParts refuses. The CRC-32 is
 * the caller's to check.
 */
export async function entryDigest(
  entry: ZipEntry,
  limit: number,
  digest: (deflated: Uint8Array, size: number) => Promise<InflatedDigest>,
): Promise<InflatedDigest> {
  if (entry.size > limit) throw new ZipEntryError({ key: 'zip.tooLarge', params: { count: entry.size, limit } });
  if (entry.method !== 8) throw new Error(`${entry.name} is stored: its bytes are a view, read them whole`);
  try {
    return await digest(entry.data, entry.size);
  } catch (error) {
    throw entryError(entry, error);
  }
}

function entryError(entry: ZipEntry, error: unknown): unknown {
  if (!(error instanceof InflateError)) return error;
  if (error.reason === 'trailing') return new ZipEntryError({ key: 'zip.deflateEnd' });
  if (error.reason === 'corrupt') {
    return new ZipEntryError({ key: 'zip.entryUnreadable', params: { reason: error.message } });
  }
  return new ZipEntryError({ key: 'zip.size' }, { expected: String(entry.size), actual: error.message });
}

/** Throws a ZipEntryError unless `bytes` have the CRC-32 the entry's headers give. */
export function checkCrc(entry: ZipEntry, bytes: Uint8Array): void {
  const actual = crc32(bytes);
  if (actual !== entry.crc32) {
    throw new ZipEntryError({ key: 'zip.crc' }, { expected: hex(entry.crc32), actual: hex(actual) });
  }
}

const hex = (crc: number) => crc.toString(16).padStart(8, '0');
