import { inflateSync } from 'fflate';

/**
 * The entries of a ZIP as unzip tools see them, from its central directory.
 * A stored entry's bytes are a view into the ZIP: nothing is copied and
 * nothing walks the bytes of a 500 MB pack before they are hashed. A deflated
 * entry is inflated by fflate, synchronously: a pack has a thousand small
 * deflated records, and the platform's DecompressionStream takes ten times as
 * long to set up for each. Only what an evidence pack needs: stored and
 * deflated entries, ZIP64, the Unicode Path extra field, bytes before the ZIP.
 *
 * A central directory that cannot be walked throws at once. Damage to one
 * entry is that entry's error when it is read: a local header missing or not
 * agreeing with the central directory (name, method), data past the end, a
 * size other than the central directory's, attributes that make a file a link
 * or a folder. CRC-32s are left to the pack's own SHA-256.
 */
export interface ZipEntry {
  /** The name unzip gives it; a folder's ends in "/". */
  name: string;
  read(): Promise<Uint8Array<ArrayBuffer>>;
}

const SIGNATURE = {
  end: 0x06054b50,
  zip64Locator: 0x07064b50,
  zip64End: 0x06064b50,
  central: 0x02014b50,
  local: 0x04034b50,
};
const MADE_BY_UNIX = 3;
const DOS_FOLDER = 0x10;
const UNIX_TYPE = 0o170000;
const UNIX_FILE = 0o100000;
const utf8 = new TextDecoder();

export function readZipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;

  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff) && end < 0; at--) {
    if (u32(at) === SIGNATURE.end) end = at;
  }
  if (end < 0) throw new Error('no end of central directory');
  if (u16(end + 4) !== 0 || u16(end + 6) !== 0) throw new Error('a ZIP of several disks');
  let [count, size, offset, directoryEnd] = [u16(end + 10), u32(end + 12), u32(end + 16), end];
  if (end >= 20 && u32(end - 20) === SIGNATURE.zip64Locator) {
    const at = u64(end - 12);
    if (at + 56 > end - 20 || u32(at) !== SIGNATURE.zip64End) throw new Error('no ZIP64 end of central directory');
    [count, size, offset, directoryEnd] = [u64(at + 32), u64(at + 40), u64(at + 48), at];
  }
  // Bytes before the ZIP (a self-extractor's) move every offset; unzip allows them, and so does this.
  const extra = directoryEnd - size - offset;
  if (extra < 0) throw new Error(`a central directory ${-extra} bytes larger than the room for it`);
  const shift = extra > 0 && offset + 4 <= zip.length && u32(offset) === SIGNATURE.central ? 0 : extra;

  const entries: ZipEntry[] = [];
  let at = offset + shift;
  for (let i = 0; i < count; i++) {
    const whole = at + 46 <= directoryEnd && u32(at) === SIGNATURE.central;
    const next = whole ? at + 46 + u16(at + 28) + u16(at + 30) + u16(at + 32) : Infinity;
    if (next > directoryEnd) throw new Error(`a central directory that ends after ${i} of its ${count} entries`);
    const [madeBy, flags, method, attributes] = [zip[at + 5], u16(at + 8), u16(at + 10), u32(at + 38)];
    const [nameEnd, extraEnd] = [at + 46 + u16(at + 28), at + 46 + u16(at + 28) + u16(at + 30)];
    const rawName = zip.subarray(at + 46, nameEnd);
    let [compressed, uncompressed, local] = [u32(at + 20), u32(at + 24), u32(at + 42)];
    let name = utf8.decode(rawName);
    for (let field = nameEnd; field + 4 <= extraEnd; field += 4 + u16(field + 2)) {
      const [id, data, dataEnd] = [u16(field), field + 4, Math.min(field + 4 + u16(field + 2), extraEnd)];
      if (id === 0x0001) {
        // ZIP64: 8-byte values for those of the three that hold 0xffffffff, in this order.
        let cursor = data;
        const wide = (narrow: number): number => {
          if (narrow !== 0xffffffff || cursor + 8 > dataEnd) return narrow;
          cursor += 8;
          return u64(cursor - 8);
        };
        [uncompressed, compressed, local] = [wide(uncompressed), wide(compressed), wide(local)];
      } else if (id === 0x7075 && dataEnd - data >= 5 && zip[data] === 1 && u32(data + 1) === crc32(rawName)) {
        // The Unicode Path field, which unzip tools prefer while it still belongs to the name beside it.
        name = utf8.decode(zip.subarray(data + 5, dataEnd));
      }
    }
    at = next;
    const start = local + shift;
    const folder = name.endsWith('/');
    entries.push({
      name,
      read: async () => {
        if (start + 30 > zip.length || u32(start) !== SIGNATURE.local) {
          throw new Error('no local header where it should be');
        }
        const localName = zip.subarray(start + 30, start + 30 + u16(start + 26));
        if (
          u16(start + 8) !== method ||
          localName.length !== rawName.length ||
          localName.some((b, i) => b !== rawName[i])
        ) {
          throw new Error('its local header does not agree with the central directory');
        }
        const type = madeBy === MADE_BY_UNIX ? (attributes >>> 16) & UNIX_TYPE : 0;
        if (!folder && (attributes & DOS_FOLDER || (type !== 0 && type !== UNIX_FILE))) {
          throw new Error('its attributes make it a link, a folder or a device, not a file');
        }
        if (flags & 1) throw new Error('it is encrypted');
        if (method !== 0 && method !== 8) throw new Error(`compression method ${method}, neither stored nor deflated`);
        const from = start + 30 + u16(start + 26) + u16(start + 28);
        if (from + compressed > zip.length) throw new Error('its data runs past the end of the ZIP');
        const data = zip.subarray(from, from + compressed) as Uint8Array<ArrayBuffer>;
        // Room for one byte more than the central directory says, so that longer data is told from data of that size.
        const bytes = method === 0 ? data : inflateSync(data, { out: new Uint8Array(uncompressed + 1) });
        if (bytes.length !== uncompressed) {
          throw new Error(`${bytes.length} bytes where the central directory says ${uncompressed}`);
        }
        return bytes;
      },
    });
  }
  if (at + 4 <= directoryEnd && u32(at) === SIGNATURE.central) {
    throw new Error(`a central directory of more entries than the ${count} its end gives`);
  }
  return entries;
}

let table: Uint32Array | undefined;

/** CRC-32 of a name, to tell whether a Unicode Path field still belongs to it. */
function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
    return n;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
