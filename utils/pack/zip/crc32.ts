/**
 * CRC-32 (ISO-HDLC, the ZIP one). The pack reader checks the CRC-32 of every
 * entry, 500 MB of media included, on the main thread while WebCrypto hashes
 * beside it. In Node (the dokaz-verify command) that is zlib's own, about
 * 2 GB/s, found at run time so that the browser's bundle needs no Node module;
 * elsewhere it is computed here, sixteen bytes a step ("slicing by 16", about
 * 1 GB/s; byte by byte is 400 MB/s). fflate keeps its CRC-32 private.
 */
const TABLES = 16;
let table: Int32Array | undefined;

function tables(): Int32Array {
  if (table) return table;
  table = new Int32Array(256 * TABLES);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < TABLES; t++) {
      const previous = table[(t - 1) * 256 + n]!;
      table[t * 256 + n] = (previous >>> 8) ^ table[previous & 0xff]!;
    }
  }
  return table;
}

type Crc32 = (bytes: Uint8Array, crc?: number) => number;
const native = (
  globalThis as { process?: { getBuiltinModule?: (name: string) => { crc32?: Crc32 } | undefined } }
).process?.getBuiltinModule?.('node:zlib')?.crc32;

/** The CRC-32 of `bytes`, continuing from `crc` (the CRC-32 of what came before them). */
export const crc32: Crc32 = native ?? crc32Js;

/** The CRC-32 of `bytes[from, to)`, continuing from `crc`, byte by byte: for a few bytes, cheaper than a view and a call. */
export function crc32Range(bytes: Uint8Array, from: number, to: number, crc = 0): number {
  const t = tables();
  let c = ~crc;
  for (let i = from; i < to; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The same, always computed here: what the browser runs, and what the tests hold zlib's against. */
export function crc32Js(bytes: Uint8Array, crc = 0): number {
  const t = tables();
  let c = ~crc;
  let i = 0;
  const length = bytes.length;
  const end = length - (length % 16);
  for (; i < end; i += 16) {
    const a = (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) ^ c;
    c =
      t[3840 + (a & 0xff)]! ^
      t[3584 + ((a >>> 8) & 0xff)]! ^
      t[3328 + ((a >>> 16) & 0xff)]! ^
      t[3072 + (a >>> 24)]! ^
      t[2816 + bytes[i + 4]!]! ^
      t[2560 + bytes[i + 5]!]! ^
      t[2304 + bytes[i + 6]!]! ^
      t[2048 + bytes[i + 7]!]! ^
      t[1792 + bytes[i + 8]!]! ^
      t[1536 + bytes[i + 9]!]! ^
      t[1280 + bytes[i + 10]!]! ^
      t[1024 + bytes[i + 11]!]! ^
      t[768 + bytes[i + 12]!]! ^
      t[512 + bytes[i + 13]!]! ^
      t[256 + bytes[i + 14]!]! ^
      t[bytes[i + 15]!]!;
  }
  for (; i < length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
