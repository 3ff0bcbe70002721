// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { crc32, crc32Range } from '@/utils/pack/zip/crc32';
import { falseDescriptorAt } from '@/utils/pack/zip/false-descriptor';
import { outOfOrder } from '@/utils/pack/zip/order';
import { bytes, concat, descriptorOf } from './hostile-zips';

const SIGNATURE = [0x50, 0x4b, 7, 8];
const LOCAL = [0x50, 0x4b, 3, 4];

/** Deterministic noise. */
function noise(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
}

/** What falseDescriptorAt finds, the slow way: every offset, its CRC-32 from the start. */
function reference(zip: Uint8Array, start: number, end: number, stored: boolean): number {
  const u32 = (at: number) => (at + 4 > zip.length ? -1 : new DataView(zip.buffer, zip.byteOffset).getUint32(at, true));
  for (let at = start; at + 4 <= end; at++) {
    if (u32(at) !== 0x08074b50) continue;
    if (u32(at + 16) === 0x04034b50 || u32(at + 24) === 0x04034b50) return at - start;
    if (stored && u32(at + 4) === crc32(zip.subarray(start, at))) return at - start;
  }
  return -1;
}

/** `data` with a descriptor that fits data[0, at) written at `at`. */
function withDescriptorAt(data: Uint8Array, at: number): Uint8Array {
  const out = data.slice();
  out.set(descriptorOf(crc32(data.subarray(0, at)), at, at).subarray(0, Math.min(16, out.length - at)), at);
  return out;
}

describe('falseDescriptorAt', () => {
  it('finds a descriptor that fits the data before it, after any number of signatures that do not', () => {
    const data = noise(100_000, 1);
    // Decoys at gaps short and long: the CRC-32 is carried from one to the next, in JS and in zlib.
    for (const at of [0, 3, 10, 300, 301, 5000, 5004, 70_000]) data.set([...SIGNATURE, 1, 2, 3, 4], at);
    const zip = concat([data, descriptorOf(crc32(data), data.length, data.length)]);
    expect(falseDescriptorAt(zip, 0, data.length, true)).toBe(-1);
    for (const at of [0, 4, 5004, 5008, 70_001, 99_900]) {
      const hostile = withDescriptorAt(data, at);
      const hostileZip = concat([hostile, descriptorOf(crc32(hostile), data.length, data.length)]);
      expect(falseDescriptorAt(hostileZip, 0, data.length, true), `at ${at}`).toBe(at);
      // A deflated file: the CRC-32 of its compressed bytes means nothing to any reader.
      expect(falseDescriptorAt(hostileZip, 0, data.length, false), `at ${at}`).toBe(-1);
    }
  });

  it('reads the CRC-32 past the end of the data, into what follows, as a streaming reader does', () => {
    const data = noise(1000, 2);
    data.set(SIGNATURE, 994);
    const crc = crc32(data.subarray(0, 994));
    const zip = new Uint8Array(1100);
    zip.set(data, 50);
    // The last two bytes of the data and the first two after it are the CRC-32 of the bytes before the signature.
    zip.set([crc & 0xff, (crc >>> 8) & 0xff], 50 + 998);
    zip.set([(crc >>> 16) & 0xff, crc >>> 24], 50 + 1000);
    expect(falseDescriptorAt(zip, 50, 1050, true)).toBe(994);
    expect(falseDescriptorAt(zip.subarray(0, 1052), 50, 1050, true)).toBe(994);
    // The ZIP ends before the CRC-32 does: no reader can take it for one.
    expect(falseDescriptorAt(zip.subarray(0, 1051), 50, 1050, true)).toBe(-1);
  });

  it('finds a signature followed by a local header 16 or 24 bytes on, in any file', () => {
    for (const gap of [16, 24]) {
      const data = noise(2000, 3);
      data.set(SIGNATURE, 700);
      data.set(LOCAL, 700 + gap);
      for (const stored of [true, false]) expect(falseDescriptorAt(data, 0, 2000, stored)).toBe(700);
    }
    const data = noise(2000, 4);
    data.set(SIGNATURE, 700);
    data.set(LOCAL, 720);
    expect(falseDescriptorAt(data, 0, 2000, false)).toBe(-1);
  });

  it('agrees with the slow way on data full of signatures, in Node and as the browser runs it', async () => {
    const cases: [Uint8Array, number, number, boolean][] = [];
    for (let n = 0; n < 300; n++) {
      const data = noise(50 + ((n * 7919) % 3000), n);
      // Signatures at random places, some with their data's CRC-32 or a local header after them.
      for (let k = 0; k < 1 + (n % 40); k++) {
        const at = (data[k]! * 7 + k * 131 + n) % data.length;
        data.set(SIGNATURE.slice(0, Math.min(4, data.length - at)), at);
        if (k === 0 && n % 5 === 0) data.set(withDescriptorAt(data, at).subarray(at, at + 8), at);
        if (k === 0 && n % 7 === 0 && at + 20 <= data.length) data.set(LOCAL, at + 16);
      }
      const start = n % 3;
      cases.push([data, start, data.length - (n % 4), n % 2 === 0]);
    }
    const found = cases.map(([zip, start, end, stored]) => falseDescriptorAt(zip, start, end, stored));
    expect(found).toEqual(cases.map(([zip, start, end, stored]) => reference(zip, start, end, stored)));
    expect(found.filter((at) => at >= 0).length).toBeGreaterThan(20);
    // Without Node's Buffer and zlib: a search byte by byte and the CRC-32 in JavaScript.
    vi.resetModules();
    const builtin = vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never);
    try {
      const browser = await import('@/utils/pack/zip/false-descriptor');
      expect(builtin).toHaveBeenCalledWith('node:buffer');
      expect(cases.map(([zip, start, end, stored]) => browser.falseDescriptorAt(zip, start, end, stored))).toEqual(
        found,
      );
    } finally {
      builtin.mockRestore();
      vi.resetModules();
    }
  });

  it('costs one pass over data that is nothing but signatures', () => {
    const data = new Uint8Array(8 * 1024 * 1024);
    for (let at = 0; at < data.length; at += 4) data.set(SIGNATURE, at);
    const start = performance.now();
    expect(falseDescriptorAt(data, 0, data.length, true)).toBe(-1);
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('crc32Range', () => {
  it('is the CRC-32 of the range, continuing from a given CRC', () => {
    const data = noise(1000, 9);
    expect(crc32Range(data, 0, 1000)).toBe(crc32(data));
    expect(crc32Range(data, 13, 700, crc32(data.subarray(0, 13)))).toBe(crc32(data.subarray(0, 700)));
    expect(crc32Range(bytes('123456789'), 0, 9)).toBe(0xcbf43926);
  });
});

describe('outOfOrder', () => {
  const [a, b] = ['captures/aaaa', 'captures/bbbb'];
  const genuine = [
    'captures/',
    `${a}/`,
    `${a}/record.json`,
    `${a}/viewport.png`,
    `${a}/post-1.png`,
    `${b}/`,
    `${b}/record.json`,
    `${b}/viewport.png`,
    // dokaz-pack/3: the files several captures share, then those sites derive, each after its folders, by path.
    'shared/',
    'shared/0a1b.mhtml',
    'shared/9f8e.png',
    'telegram/',
    'telegram/-1001/',
    'telegram/-1001/result.json',
    'telegram/-10012/',
    'telegram/-10012/result.json',
    'telegram/smokva/',
    'telegram/smokva/result.json',
    'custody.jsonl',
    'public-key.pem',
    'report.html',
    'VERIFY.txt',
    'manifest.json',
    'SHA256SUMS',
    'manifest.sig',
    'SHA256SUMS.sig',
  ];
  /** The genuine names with `name` moved to just before `before`: the misplaced entry and the one it comes after. */
  const moved = (name: string, before: string) => {
    const names = genuine.filter((n) => n !== name);
    names.splice(names.indexOf(before), 0, name);
    const found = outOfOrder(names);
    return found && [names[found.index], found.after];
  };

  it("finds nothing in the writer's order", () => {
    expect(outOfOrder(genuine)).toBeUndefined();
    // Names of no place in it are left to the checks that refuse them.
    expect(outOfOrder(['X/', ...genuine, 'REPORT.html', 'captures/a.html', 'Telegram/a/'])).toBeUndefined();
  });

  it('names the first entry that comes after one the writer writes later', () => {
    // The reviewer's reordering: report.html before a capture's media.
    expect(moved('report.html', `${a}/post-1.png`)).toEqual([`${a}/post-1.png`, 'report.html']);
    expect(moved('SHA256SUMS.sig', 'manifest.sig')).toEqual(['manifest.sig', 'SHA256SUMS.sig']);
    expect(moved(`${a}/record.json`, `${a}/post-1.png`)).toEqual([`${a}/record.json`, `${a}/viewport.png`]);
    expect(moved(`${a}/`, `${a}/post-1.png`)).toEqual([`${a}/`, `${a}/viewport.png`]);
    // A capture's files apart: the second part comes after another capture.
    expect(moved(`${a}/post-1.png`, 'shared/')).toEqual([`${a}/post-1.png`, `${b}/viewport.png`]);
    expect(moved('captures/', 'shared/')).toEqual(['captures/', `${b}/viewport.png`]);
    expect(moved('custody.jsonl', `${b}/`)).toEqual([`${b}/`, 'custody.jsonl']);
    // A site's file among the captures, before its folder, or before another chat's; the pack's own before them.
    expect(moved('telegram/', `${b}/`)).toEqual([`${b}/`, 'telegram/']);
    expect(moved('telegram/-1001/result.json', 'telegram/-1001/')).toEqual([
      'telegram/-1001/',
      'telegram/-1001/result.json',
    ]);
    expect(moved('telegram/smokva/', 'telegram/-1001/')).toEqual(['telegram/-1001/', 'telegram/smokva/']);
    expect(moved('custody.jsonl', 'telegram/')).toEqual(['telegram/', 'custody.jsonl']);
    expect(moved('shared/9f8e.png', 'shared/0a1b.mhtml')).toEqual(['shared/0a1b.mhtml', 'shared/9f8e.png']);
    expect(moved('shared/', `${b}/`)).toEqual([`${b}/`, 'shared/']);
    expect(moved('telegram/', 'shared/')).toEqual(['shared/', 'telegram/']);
  });
});
