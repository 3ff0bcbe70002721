import { inflateSync } from 'fflate';
import { crc32 } from '../../../utils/pack/zip/crc32';
import { walkDeflate } from '../../../utils/pack/zip/deflate-walk';
import { bytes, concat } from './hostile-zips';

/**
 * A model of libarchive reading a ZIP from a pipe (`cat pack.zip | bsdtar
 * -xf -`; archive_read_support_format_zip.c): local entries from the first
 * byte, one after another (what lies between them skipped), up to the
 * central directory, which it does not read. A file whose sizes follow
 * its data (flag bit 3) ends, if stored, at the first "PK\7\8" followed by
 * the CRC-32 of the data before it; if deflated, where its deflate stream
 * ends; its 16-byte descriptor is skipped. The tests show with it what such a
 * reader would unpack from a hostile pack.
 */
export interface StreamedEntry {
  name: string;
  content: Uint8Array;
}

export function streamedEntries(zip: Uint8Array): StreamedEntry[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const [u16, u32] = [(at: number) => v.getUint16(at, true), (at: number) => v.getUint32(at, true)];
  const entries: StreamedEntry[] = [];
  for (let at = 0; at + 30 <= zip.length && u32(at) !== 0x02014b50;) {
    // Anything else before the central directory is skipped, as libarchive looks for the next entry.
    if (u32(at) !== 0x04034b50) {
      at++;
      continue;
    }
    const [flags, method, size] = [u16(at + 6), u16(at + 8), u32(at + 18)];
    const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + u16(at + 26)));
    const start = at + 30 + u16(at + 26) + u16(at + 28);
    let end = start + size;
    if (flags & 8 && method === 8) end = start + walkDeflate(zip.subarray(start), Infinity).end;
    else if (flags & 8) {
      for (end = start; end + 8 <= zip.length; end++) {
        if (u32(end) === 0x08074b50 && u32(end + 4) === crc32(zip.subarray(start, end))) break;
      }
    }
    const data = zip.subarray(start, end);
    entries.push({ name, content: method === 8 ? inflateSync(data) : data });
    at = end + (flags & 8 ? 16 : 0);
  }
  return entries;
}

/**
 * A "PNG" as a hostile server could serve it: some bytes, a data descriptor
 * that fits them, a whole local entry named `name` holding `forged`, and the
 * rest of the picture. Every byte is ASCII, so that it can pass as the text
 * the test factories make artifacts of (makeCapture).
 */
export function hostileMedia(name: string, forged: string): string {
  let nonce = 0;
  // Some bytes, and a forgery, whose CRC-32 are ASCII too: a nonce is counted up until they are.
  const ascii = (make: (nonce: number) => string) => {
    for (; ; nonce++) {
      const text = make(nonce);
      if (le32(crc32(bytes(text))).every((byte) => byte < 0x80)) return text;
    }
  };
  const before = ascii((n) => `PNG picture data ${n} `);
  const content = ascii((n) => `${forged}<!-- ${n} -->`);
  const length = le32(content.length);
  const header = [
    ...[0x50, 0x4b, 3, 4, 10, 0, 0, 0, 0, 0, 0x00, 0x60, 0x77, 0x5b],
    ...le32(crc32(bytes(content))),
    ...length,
    ...length,
    ...[name.length, 0, 0, 0],
  ];
  const descriptor = [0x50, 0x4b, 7, 8, ...le32(crc32(bytes(before))), ...le32(before.length), ...le32(before.length)];
  const media = concat([
    bytes(before),
    Uint8Array.from(descriptor),
    Uint8Array.from(header),
    bytes(name + content),
    bytes(' the rest of the picture'),
  ]);
  if (media.some((byte) => byte >= 0x80)) throw new Error('the hostile media is not ASCII');
  return String.fromCharCode(...media);
}

const le32 = (value: number): number[] => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24];
