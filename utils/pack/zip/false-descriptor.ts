import { crc32, crc32Range } from './crc32';

/**
 * A file whose CRC-32 and sizes follow its data (flag bit 3, as every file of
 * a pack in the legacy form, written before December 2026) has no end that a
 * reader streaming the ZIP, without its central directory, can know for sure.
 * (The writer now gives them in the local header: zip/reader.ts applies these
 * rules to the legacy form alone.) Two kinds of reader look for it in
 * the data:
 *
 * - libarchive (bsdtar reading a pipe) ends a stored file at the first
 *   "PK\7\8" whose next four bytes are the CRC-32 of the data before it, its
 *   sizes unchecked (archive_read_support_format_zip.c, zip_read_data_none);
 *   a deflated file ends where zlib's inflate ends, which the strict reader
 *   holds to the end of the data (zip.deflateEnd);
 * - simpler streaming readers (node-unzipper's Parse, for one) end any file,
 *   stored or deflated, at the first "PK\7\8" alone, skip 16 bytes as its
 *   descriptor and read the next entry there.
 *
 * Either reads what follows as further entries. A stored file's bytes are a
 * server's media, hostile ones included: a JPEG can carry such a descriptor
 * and a whole local entry after it (a forged report.html) that only a
 * streaming reader sees. So a file is refused if, at some offset, "PK\7\8" is
 * followed by the CRC-32 of the data before it (a stored file), or by a local
 * header 16 or 24 bytes on (any file: a descriptor of 32- or 64-bit sizes).
 * Random bytes match either about once in 2^63 offsets. "PK\7\8" alone is not
 * refused: a 500 MB pack of photos holds it by chance about once in nine.
 *
 * One pass: candidates are found by a native search, and the CRC-32 goes on
 * from one to the next, so that data full of "PK\7\8" costs one pass too.
 */
const [P, K, SEVEN, EIGHT] = [0x50, 0x4b, 0x07, 0x08];
const SIGNATURE = new Uint8Array([P, K, SEVEN, EIGHT]);
const LOCAL_HEADER = 0x04034b50;
/** Shorter gaps are searched and summed here: a call into native code costs more than a few bytes. */
const SHORT = 256;

interface NodeBuffer {
  from(buffer: ArrayBufferLike, offset: number, length: number): { indexOf(value: Uint8Array, from: number): number };
}
const nodeBuffer = (
  globalThis as { process?: { getBuiltinModule?: (name: string) => { Buffer?: NodeBuffer } | undefined } }
).process?.getBuiltinModule?.('node:buffer')?.Buffer;

/** A search for the signature in `data`: Node's Buffer looks for its four bytes at once; elsewhere, the first byte. */
function finder(data: Uint8Array): (from: number) => number {
  if (nodeBuffer) {
    const view = nodeBuffer.from(data.buffer, data.byteOffset, data.length);
    return (from) => view.indexOf(SIGNATURE, from);
  }
  return (from) => {
    for (let at = data.indexOf(P, from); at >= 0; at = data.indexOf(P, at + 1)) {
      if (data[at + 1] === K && data[at + 2] === SEVEN && data[at + 3] === EIGHT) return at;
    }
    return -1;
  };
}

/**
 * The offset in the data `zip[start, end)` of the first false descriptor, or
 * -1; the CRC-32 is compared for a `stored` file only. What follows a
 * signature is read from the ZIP, past `end` if need be, as a streaming
 * reader reads it.
 */
export function falseDescriptorAt(zip: Uint8Array, start: number, end: number, stored: boolean): number {
  const data = zip.subarray(start, end);
  const u32 = (at: number) =>
    at + 4 > zip.length ? -1 : (zip[at]! | (zip[at + 1]! << 8) | (zip[at + 2]! << 16) | (zip[at + 3]! << 24)) >>> 0;
  const find = finder(data);
  let crc = 0;
  let summed = 0;
  for (let at = find(0); at >= 0;) {
    const after = start + at + 4;
    if (u32(after + 12) === LOCAL_HEADER || u32(after + 20) === LOCAL_HEADER) return at;
    if (stored) {
      crc = at - summed < SHORT ? crc32Range(data, summed, at, crc) : crc32(data.subarray(summed, at), crc);
      summed = at;
      if (u32(after) === crc) return at;
    }
    // The next few bytes are searched here: data of one signature after another would cost a call each.
    const near = Math.min(at + SHORT, data.length - 3);
    let next = at + 1;
    while (
      next < near &&
      !(data[next] === P && data[next + 1] === K && data[next + 2] === SEVEN && data[next + 3] === EIGHT)
    )
      next++;
    at = next < near ? next : find(near);
  }
  return -1;
}
