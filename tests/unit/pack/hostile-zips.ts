import { deflateSync } from 'fflate';
import { crc32 } from '../../../utils/pack/zip/crc32';

/**
 * Hostile ZIPs, made by the tests from a genuine pack: the pack's ZIP taken
 * apart into its records (every header field, name, extra field, data and
 * data descriptor), changed, and written back with the offsets made right
 * again, so that each attack is exactly the one change it names. Nothing here
 * is a stored binary.
 */
export interface Header {
  needed: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  name: Uint8Array;
  extra: Uint8Array;
}

export interface CentralHeader extends Header {
  madeBy: number;
  comment: Uint8Array;
  disk: number;
  internal: number;
  external: number;
}

export interface RawEntry {
  central: CentralHeader;
  local: Header;
  data: Uint8Array;
  /** The data descriptor's bytes as they follow the data (16 for a file in the legacy form; none otherwise). */
  descriptor: Uint8Array;
  /** Bytes written after this entry's descriptor, before the next local header. */
  after?: Uint8Array;
  /** Written as a local entry only, with no central directory entry. */
  localOnly?: boolean;
}

export interface RawZip {
  entries: RawEntry[];
  before?: Uint8Array;
  /** The end record's comment. */
  comment?: Uint8Array;
  /** Bytes after the end record. */
  trailing?: Uint8Array;
  /** Changes the end record's fields after they are computed: [offset in the record, 16 or 32 bits, value]. */
  end?: [number, 16 | 32, number][];
}

const encoder = new TextEncoder();
export const bytes = (text: string): Uint8Array => encoder.encode(text);
export const text = (data: Uint8Array): string => new TextDecoder().decode(data);

export function parseZip(zip: Uint8Array): RawZip {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const [u16, u32] = [(at: number) => v.getUint16(at, true), (at: number) => v.getUint32(at, true)];
  const end = zip.length - 22;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const entries: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    const [nameLength, extraLength, commentLength] = [u16(at + 28), u16(at + 30), u16(at + 32)];
    const central: CentralHeader = {
      madeBy: u16(at + 4),
      needed: u16(at + 6),
      flags: u16(at + 8),
      method: u16(at + 10),
      time: u16(at + 12),
      date: u16(at + 14),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      disk: u16(at + 34),
      internal: u16(at + 36),
      external: u32(at + 38),
      name: zip.slice(at + 46, at + 46 + nameLength),
      extra: zip.slice(at + 46 + nameLength, at + 46 + nameLength + extraLength),
      comment: zip.slice(at + 46 + nameLength + extraLength, at + 46 + nameLength + extraLength + commentLength),
    };
    const l = u32(at + 42);
    const local: Header = {
      needed: u16(l + 4),
      flags: u16(l + 6),
      method: u16(l + 8),
      time: u16(l + 10),
      date: u16(l + 12),
      crc: u32(l + 14),
      compressedSize: u32(l + 18),
      size: u32(l + 22),
      name: zip.slice(l + 30, l + 30 + u16(l + 26)),
      extra: zip.slice(l + 30 + u16(l + 26), l + 30 + u16(l + 26) + u16(l + 28)),
    };
    const start = l + 30 + local.name.length + local.extra.length;
    const dataEnd = start + central.compressedSize;
    entries.push({
      central,
      local,
      data: zip.slice(start, dataEnd),
      descriptor: zip.slice(dataEnd, dataEnd + (central.flags & 8 ? 16 : 0)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

export function writeZip(raw: RawZip): Uint8Array {
  const parts: Uint8Array[] = [raw.before ?? new Uint8Array()];
  const central: Uint8Array[] = [];
  let offset = parts[0]!.length;
  for (const entry of raw.entries) {
    const { local: h, central: c } = entry;
    const header = record(30 + h.name.length + h.extra.length, (v) => {
      v.setUint32(0, 0x04034b50, true);
      headerFields(v, 4, h);
    });
    header.set(h.name, 30);
    header.set(h.extra, 30 + h.name.length);
    if (!entry.localOnly) {
      const row = record(46 + c.name.length + c.extra.length + c.comment.length, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, c.madeBy, true);
        headerFields(v, 6, c);
        v.setUint16(32, c.comment.length, true);
        v.setUint16(34, c.disk, true);
        v.setUint16(36, c.internal, true);
        v.setUint32(38, c.external, true);
        v.setUint32(42, offset, true);
      });
      row.set(c.name, 46);
      row.set(c.extra, 46 + c.name.length);
      row.set(c.comment, 46 + c.name.length + c.extra.length);
      central.push(row);
    }
    const written = [header, entry.data, entry.descriptor, entry.after ?? new Uint8Array()];
    parts.push(...written);
    offset += written.reduce((sum, part) => sum + part.length, 0);
  }
  const directory = concat(central);
  const comment = raw.comment ?? new Uint8Array();
  const end = record(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, central.length, true);
    v.setUint16(10, central.length, true);
    v.setUint32(12, directory.length, true);
    v.setUint32(16, offset, true);
    v.setUint16(20, comment.length, true);
    for (const [at, bits, value] of raw.end ?? []) {
      if (bits === 16) v.setUint16(at, value, true);
      else v.setUint32(at, value, true);
    }
  });
  return concat([...parts, directory, end, comment, raw.trailing ?? new Uint8Array()]);
}

function headerFields(v: DataView, at: number, h: Header): void {
  v.setUint16(at, h.needed, true);
  v.setUint16(at + 2, h.flags, true);
  v.setUint16(at + 4, h.method, true);
  v.setUint16(at + 6, h.time, true);
  v.setUint16(at + 8, h.date, true);
  v.setUint32(at + 10, h.crc, true);
  v.setUint32(at + 14, h.compressedSize, true);
  v.setUint32(at + 18, h.size, true);
  v.setUint16(at + 22, h.name.length, true);
  v.setUint16(at + 24, h.extra.length, true);
}

function record(size: number, fill: (view: DataView) => void): Uint8Array {
  const out = new Uint8Array(size);
  fill(new DataView(out.buffer));
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The entry of that name. */
export function entryOf(raw: RawZip, name: string): RawEntry {
  const found = raw.entries.find((entry) => text(entry.central.name) === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
}

/** The data descriptor the writer puts after a file's data. */
export function descriptorOf(crc: number, compressedSize: number, size: number): Uint8Array {
  return record(16, (v) => {
    v.setUint32(0, 0x08074b50, true);
    v.setUint32(4, crc, true);
    v.setUint32(8, compressedSize, true);
    v.setUint32(12, size, true);
  });
}

/**
 * A file entry in the writer's form holding `content` (deflated unless `store`),
 * or, with `deflated` given, those compressed bytes as they are, under headers that say `content`;
 * with `legacy`, in the legacy form of earlier packs (flag bit 3, zeros in the local header, a data descriptor).
 */
export function fileEntry(
  name: string,
  content: Uint8Array,
  { store = false, deflated, legacy = false }: { store?: boolean; deflated?: Uint8Array; legacy?: boolean } = {},
): RawEntry {
  const data = store ? content : (deflated ?? deflateSync(content));
  const crc = crc32(content);
  const header = {
    needed: 10,
    flags: legacy ? 8 : 0,
    method: store ? 0 : 8,
    time: 0x6000,
    date: 0x5d77,
    crc,
    compressedSize: data.length,
    size: content.length,
    name: bytes(name),
    extra: new Uint8Array(),
  };
  return {
    local: legacy ? { ...header, crc: 0, compressedSize: 0, size: 0 } : header,
    central: {
      ...header,
      madeBy: 0x031e,
      comment: new Uint8Array(),
      disk: 0,
      internal: 0,
      external: 0o100664 * 0x10000,
    },
    data,
    descriptor: legacy ? descriptorOf(crc, data.length, content.length) : new Uint8Array(),
  };
}

/** A folder entry, the same in either form. */
export function folderEntry(name: string): RawEntry {
  const file = fileEntry(name, new Uint8Array(), { store: true });
  const header = { ...file.local, flags: 0, method: 0 };
  return {
    local: header,
    central: { ...file.central, ...header, external: 0o40775 * 0x10000 + 0x10 },
    data: new Uint8Array(),
    descriptor: new Uint8Array(),
  };
}

/** A Unicode Path extra field (0x7075) giving `name` to the entry whose raw name is `raw`, as Info-ZIP writes it. */
export function unicodePath(raw: string, name: string): Uint8Array {
  const field = new Uint8Array(4 + 5 + bytes(name).length);
  const v = new DataView(field.buffer);
  v.setUint16(0, 0x7075, true);
  v.setUint16(2, field.length - 4, true);
  v.setUint8(4, 1);
  v.setUint32(5, crc32(bytes(raw)), true);
  field.set(bytes(name), 9);
  return field;
}

/** A ZIP64 extended information extra field (0x0001) with the entry's sizes. */
export function zip64Field(size: number, compressedSize: number): Uint8Array {
  return record(20, (v) => {
    v.setUint16(0, 0x0001, true);
    v.setUint16(2, 16, true);
    v.setBigUint64(4, BigInt(size), true);
    v.setBigUint64(12, BigInt(compressedSize), true);
  });
}

/** A deflate stream of `size` zero bytes: about a thousand bytes of output for each byte of input. */
export function deflateBomb(size: number): Uint8Array {
  return deflateSync(new Uint8Array(size), { level: 9 });
}

/** The ZIP in the legacy form of earlier packs: each file's CRC-32 and sizes in a data descriptor (flag bit 3). */
export function inLegacyForm(raw: RawZip): RawZip {
  return {
    ...raw,
    entries: raw.entries.map((entry) => {
      if (text(entry.central.name).endsWith('/')) return entry;
      const { crc, compressedSize, size } = entry.central;
      return {
        ...entry,
        central: { ...entry.central, flags: entry.central.flags | 8 },
        local: { ...entry.local, flags: entry.local.flags | 8, crc: 0, compressedSize: 0, size: 0 },
        descriptor: descriptorOf(crc, compressedSize, size),
      };
    }),
  };
}

/**
 * Makes the entry's other header agree with its central directory entry's CRC-32 and sizes: its data descriptor in
 * the legacy form, its local header in the writer's form; so that a change to the central entry is the one change.
 */
export function agree(entry: RawEntry): void {
  const { crc, compressedSize, size } = entry.central;
  if (entry.central.flags & 8) entry.descriptor = descriptorOf(crc, compressedSize, size);
  else Object.assign(entry.local, { crc, compressedSize, size });
}
