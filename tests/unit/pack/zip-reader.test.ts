// @vitest-environment node
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { deflateSync, inflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { crc32, crc32Js } from '@/utils/pack/zip/crc32';
import { DeflateWalkError, walkDeflate } from '@/utils/pack/zip/deflate-walk';
import { inflateExactly, InflateError } from '@/utils/pack/zip/inflate';
import type { PackVerdict } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { foldName, nameProblems } from '@/utils/pack/zip/names';
import { checkCrc, entryBytes, readZip, WRITER, ZipEntryError, ZipFormatError } from '@/utils/pack/zip/reader';
import { BitWriter, canonicalCodes, dynamicBlock, reencoded } from './deflate-writer';
import { makeGenuinePack } from './genuine-pack';
import { bytes, concat, entryOf, parseZip, text, writeZip } from './hostile-zips';

/** The failed checks as "id subject", the way a reader finds them. */
function failures(verdict: PackVerdict): string[] {
  return verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject}`);
}

/** The problem readZip throws for the archive, as its message key. */
function refusal(zip: Uint8Array): string {
  try {
    readZip(zip);
  } catch (error) {
    if (error instanceof ZipFormatError) return error.problem.key;
    throw error;
  }
  return 'accepted';
}

let genuine: Uint8Array;
beforeAll(async () => {
  genuine = await makeGenuinePack();
});

describe("the writer's form", () => {
  it('is what Dokaz writes: read back entry by entry, with the headers the docs give', () => {
    const raw = parseZip(genuine);
    const folders = raw.entries.filter((entry) => text(entry.central.name).endsWith('/'));
    expect(folders.map((entry) => text(entry.central.name))).toEqual([
      'captures/',
      ...new Set(raw.entries.map((e) => /^captures\/[^/]+\//.exec(text(e.central.name))?.[0]).filter(Boolean)),
    ]);
    for (const { central, local, descriptor } of raw.entries) {
      const folder = text(central.name).endsWith('/');
      expect(central).toMatchObject({ madeBy: WRITER.madeBy, needed: WRITER.needed, disk: 0, internal: 0 });
      expect(central.extra.length + local.extra.length + central.comment.length).toBe(0);
      expect(central.external).toBe(folder ? WRITER.folderAttributes : WRITER.fileAttributes);
      // No data descriptor (flag bit 3 clear, as for a folder): the CRC-32 and sizes in the local header too.
      expect(WRITER.fileFlags).toBe(0);
      expect([central.flags, local.flags]).toEqual([0, 0]);
      expect(local.needed).toBe(WRITER.needed);
      expect([local.crc, local.compressedSize, local.size]).toEqual([
        central.crc,
        central.compressedSize,
        central.size,
      ]);
      if (folder) expect([central.crc, central.compressedSize, central.size]).toEqual([0, 0, 0]);
      expect(descriptor.length).toBe(0);
    }
    const entries = readZip(genuine);
    expect(entries.every((entry) => entry.problems.length === 0)).toBe(true);
    expect(entries.map((entry) => entry.name)).toEqual(raw.entries.map((entry) => text(entry.central.name)));
  });

  it('gives a stored entry as a view of the ZIP, without a copy, and inflates a deflated one', () => {
    const entries = readZip(genuine);
    const png = entries.find((entry) => entry.name.endsWith('viewport.png'))!;
    const stored = entryBytes(png, Infinity);
    expect(stored.buffer).toBe(genuine.buffer);
    checkCrc(png, stored);
    const custody = entries.find((entry) => entry.name === 'custody.jsonl')!;
    expect(custody.method).toBe(8);
    expect(text(entryBytes(custody, Infinity))).toMatch(/"type":"exported"/);
  });

  it('refuses it cut short anywhere', () => {
    for (let length = 0; length < genuine.length; length += 97) {
      expect(refusal(genuine.subarray(0, length)), `cut to ${length} bytes`).not.toBe('accepted');
    }
    expect(refusal(bytes('PK not a zip'))).toBe('zip.noEnd');
  });
});

describe('crc32', () => {
  it('is the CRC-32 of ZIP, at any length and alignment, and continues from a given CRC', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    const data = Uint8Array.from({ length: 1000 }, (_, i) => (i * 131) % 256);
    const bitwise = (input: Uint8Array) => {
      let c = 0xffffffff;
      for (const byte of input) {
        c ^= byte;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      return (c ^ 0xffffffff) >>> 0;
    };
    for (const [from, to] of [
      [0, 1000],
      [3, 999],
      [7, 40],
      [1, 17],
    ] as const) {
      expect(crc32(data.subarray(from, to))).toBe(bitwise(data.subarray(from, to)));
    }
    expect(crc32(data.subarray(500), crc32(data.subarray(0, 500)))).toBe(bitwise(data));
    // Node's own where there is one, this module's in the browser: the two agree.
    for (const [from, to] of [
      [0, 1000],
      [3, 999],
      [5, 21],
    ] as const) {
      expect(crc32Js(data.subarray(from, to))).toBe(bitwise(data.subarray(from, to)));
    }
    expect(crc32Js(data.subarray(500), crc32Js(data.subarray(0, 500)))).toBe(bitwise(data));
    expect(crc32Js(bytes('123456789'))).toBe(0xcbf43926);
  });
});

describe('walkDeflate', () => {
  it('finds the size and the end of what zlib and fflate write, at every level, without inflating', () => {
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 120; n++) {
      const length = Math.floor(random() * 100_000);
      const data = Uint8Array.from(
        { length },
        (_, i) => [random() * 256, 97 + ((i / 7) % 5), 0, random() < 0.9 ? 32 : random() * 256][n % 4]!,
      );
      const level = (n % 10) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
      for (const stream of [deflateSync(data, { level }), new Uint8Array(deflateRawSync(data, { level }))]) {
        expect(walkDeflate(stream, Infinity), `${n}`).toEqual({ size: length, end: stream.length });
      }
    }
  });

  it('refuses the incomplete Huffman codes zlib refuses, which fflate reads', () => {
    const content = bytes('{"seq":1,"type":"captured"}\n'.repeat(40));
    const complete = reencoded(content);
    expect(walkDeflate(complete, Infinity)).toEqual({ size: content.length, end: complete.length });
    expect(text(inflateRawSync(complete))).toBe(text(content));
    const zlibSays = { literal: 'literal/lengths', distance: 'distances', codeLength: 'code lengths' };
    for (const code of ['literal', 'distance', 'codeLength'] as const) {
      const stream = reencoded(content, code);
      // fflate reads the whole content: the verifier would have hashed it, while unzip and Python fail.
      expect(text(inflateSync(stream)), code).toBe(text(content));
      expect(() => inflateRawSync(stream), code).toThrow(`invalid ${zlibSays[code]} set`);
      expect(() => walkDeflate(stream, Infinity), code).toThrow('an incomplete Huffman code');
    }
  });

  it("accepts and refuses a dynamic block's codes as zlib does: complete, incomplete, over-subscribed", () => {
    let seed = 7;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * n);
    const verdicts = new Map<string, number>();
    const cases: [number[], number[], number[]][] = [
      // The incomplete codes zlib allows: a single code of 1 bit, for the end of the block or for one distance.
      [[...new Array<number>(256).fill(0), 1], [1], []],
      [[...new Array<number>(256).fill(0), 1], [0, 0, 1], []],
      // And one it does not: a single code of 2 bits.
      [[...new Array<number>(256).fill(0), 2], [1], []],
      // No distance code at all: a block of literals only.
      [[...new Array<number>(255).fill(8), 9, 9], [0], []],
    ];
    for (let n = 0; n < 3000; n++) {
      // Mostly with a code for the end of the block, without which zlib reads no block.
      const literal = someCode(257 + random(30), 15, random, random(8) ? 256 : undefined);
      cases.push([literal, someCode(1 + random(30), 15, random), []]);
    }
    for (const [n, [literal, distance, given]] of cases.entries()) {
      const used = new Set([...literal, ...distance]);
      const codeLength = given.length ? given : codeLengthsFor(used, random);
      const w = new BitWriter();
      dynamicBlock(w, new Uint8Array(), true, literal, distance, codeLength);
      const stream = w.bytes();
      const zlib = attempt(() => inflateRawSync(stream).length === 0);
      const walk = attempt(() => walkDeflate(stream, Infinity).size === 0);
      expect(walk, `case ${n}: ${literal} | ${distance} | ${codeLength}`).toBe(zlib);
      verdicts.set(String(walk), (verdicts.get(String(walk)) ?? 0) + 1);
    }
    // Both verdicts, many times each: the cases are no one-sided sample.
    expect(verdicts.get('true')).toBeGreaterThan(200);
    expect(verdicts.get('false')).toBeGreaterThan(300);
  });

  it('stops a bomb once it passes the limit, and refuses what is no deflate stream', () => {
    const bomb = deflateSync(new Uint8Array(50_000_000), { level: 9 });
    expect(() => walkDeflate(bomb, 1_000_000)).toThrow(DeflateWalkError);
    expect(walkDeflate(bomb, Infinity).size).toBe(50_000_000);
    // Random bytes: refused, or walked to a size fflate agrees with.
    for (let n = 0; n < 200; n++) {
      const noise = Uint8Array.from({ length: 64 }, (_, i) => (n * 7919 + i * 104729) % 251);
      try {
        const { size, end } = walkDeflate(noise, 1_000_000);
        expect(inflateSync(noise.subarray(0, end)).length).toBe(size);
      } catch (error) {
        if (!(error instanceof DeflateWalkError)) throw error;
      }
    }
  });
});

/** Whether `run` returns true (false when it throws). */
function attempt(run: () => boolean): boolean {
  try {
    return run();
  } catch {
    return false;
  }
}

/**
 * Code lengths for `count` symbols: a random complete code of at most `max`
 * bits over some of them (split from one leaf), then often made incomplete
 * (a code made longer or dropped) or over-subscribed (one made shorter, or
 * one more).
 */
function someCode(count: number, max: number, random: (n: number) => number, must?: number): number[] {
  const leaves = [0];
  const wanted = 1 + random(count);
  while (leaves.length < wanted) {
    const i = random(leaves.length);
    if (leaves[i]! >= max) break;
    leaves.splice(i, 1, leaves[i]! + 1, leaves[i]! + 1);
  }
  if (leaves.length === 1) leaves[0] = 1 + random(2);
  const lengths = new Array<number>(count).fill(0);
  const others = [...lengths.keys()].filter((symbol) => symbol !== must).sort(() => random(3) - 1);
  const symbols = [...(must === undefined ? [] : [must]), ...others].slice(0, leaves.length);
  symbols.forEach((symbol, i) => (lengths[symbol] = leaves[i]!));
  // Left complete five times in eight.
  const change = random(8);
  const some = symbols[random(symbols.length)]!;
  if (change === 5 && lengths[some]! < max) lengths[some]!++;
  else if (change === 6) lengths[some] = random(2) ? 0 : Math.max(1, lengths[some]! - 1);
  else if (change === 7 && symbols.length < count) lengths[lengths.indexOf(0)] = 1 + random(max);
  return lengths;
}

/** Code-length code lengths with a code for each of the `used` lengths: complete, or made incomplete or over-subscribed. */
function codeLengthsFor(used: Set<number>, random: (n: number) => number): number[] {
  for (;;) {
    const lengths = someCode(19, 7, random);
    // Every length used must have a code (the writer sends each one); the code's own completeness is left as drawn.
    const symbols = [...used];
    const coded = lengths.map((length, symbol) => [symbol, length] as const).filter(([, length]) => length > 0);
    if (coded.length < symbols.length) continue;
    const out = new Array<number>(19).fill(0);
    symbols.forEach((symbol, i) => (out[symbol] = coded[i]![1]));
    // Codes beyond those needed stay, on symbols not used, so that over-subscription is kept.
    const free = [...out.keys()].filter((symbol) => !used.has(symbol));
    coded.slice(symbols.length).forEach(([, length], i) => (out[free[i]!] = length));
    if (canonicalCodes(out).every((code, symbol) => code || !used.has(symbol))) return out;
  }
}

describe('inflateExactly', () => {
  const content = bytes('evidence '.repeat(5000));
  const deflated = deflateSync(content);

  it('inflates to the size given', () => {
    expect(text(inflateExactly(deflated, content.length))).toBe(text(content));
  });

  it('refuses more, less, bytes after the stream, and a stream that does not end', () => {
    const reason = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof InflateError) return error.reason;
        throw error;
      }
      return 'accepted';
    };
    expect(reason(() => inflateExactly(deflated, content.length - 1))).toBe('longer');
    expect(reason(() => inflateExactly(deflated, content.length + 1))).toBe('shorter');
    expect(reason(() => inflateExactly(concat([deflated, new Uint8Array([0])]), content.length))).toBe('trailing');
    // A whole second entry after the stream, across the 16 KB steps.
    const hidden = concat([deflated, new Uint8Array(40_000).fill(0x50)]);
    expect(reason(() => inflateExactly(hidden, content.length))).toBe('trailing');
    expect(reason(() => inflateExactly(deflated.subarray(0, deflated.length - 1), content.length))).toBe('corrupt');
  });

  it('stops a deflate bomb at the size given, long before its end', () => {
    const bomb = deflateSync(new Uint8Array(50_000_000), { level: 9 });
    const start = performance.now();
    expect(() => inflateExactly(bomb, 1000)).toThrow(/more than the 1000 bytes/);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('entryBytes and checkCrc', () => {
  it('name what does not agree with the headers', () => {
    const entries = readZip(genuine);
    const custody = entries.find((entry) => entry.name === 'custody.jsonl')!;
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof ZipEntryError) return error.problem.key;
        throw error;
      }
      return 'accepted';
    };
    expect(code(() => entryBytes(custody, custody.size - 1))).toBe('zip.tooLarge');
    expect(code(() => entryBytes({ ...custody, size: custody.size + 1 }, Infinity))).toBe('zip.size');
    expect(code(() => entryBytes({ ...custody, data: custody.data.subarray(1) }, Infinity))).toBe(
      'zip.entryUnreadable',
    );
    const good = entryBytes(custody, Infinity);
    expect(code(() => checkCrc({ ...custody, crc32: custody.crc32 ^ 1 }, good))).toBe('zip.crc');
  });
});

describe('names', () => {
  it('fold every way a common reader merges two names into one', () => {
    const same = [
      ['report.html', 'REPORT.HTML'],
      ['straße.txt', 'STRASSE.txt'],
      ['k.txt', '\u212a.txt'], // the Kelvin sign
      ['\u00e9.txt', 'e\u0301.txt'], // NFC
      ['report.html', '\uff52eport.html'], // NFKC: a fullwidth letter
      ['report.html', 'report.html.'],
      ['report.html', 'report.html  '],
      ['report.html', 'report\u200b.html'], // a zero-width space
      ['captures/a/record.json', 'captures\\a\\record.json'],
      ['report.html', 'C:report.html'],
      ['report.html', 'C:/report.html'],
      ['report.html', '/report.html'],
      ['captures', 'captures/'],
    ];
    for (const [a, b] of same) expect(foldName(b!), `${a} and ${b}`).toBe(foldName(a!));
    expect(foldName('report.html')).not.toBe(foldName('report.htm'));
  });

  it('refuse any name outside the alphabet Dokaz writes, two names of one file, and a file used as a folder', () => {
    const entries = [
      'report.html',
      'Report.html',
      'report.html.',
      'a b.txt',
      '.hidden',
      'captures/',
      'captures/x/record.json',
      'captures/x',
      `${'a'.repeat(241)}`,
    ].map((name) => ({ name, folder: name.endsWith('/') }));
    const problems = nameProblems(entries);
    const keys = (i: number) => (problems.get(i) ?? []).map((problem) => problem.key);
    expect(keys(0)).toEqual([]);
    expect(keys(1)).toEqual(['zip.sameFile']);
    expect(keys(2)).toEqual(['zip.nameForm', 'zip.sameFile']);
    expect(keys(3)).toEqual(['zip.nameForm']);
    expect(keys(4)).toEqual(['zip.nameForm']);
    expect(keys(5)).toEqual([]);
    expect(keys(6)).toEqual([]);
    expect(keys(7)).toEqual(['zip.fileIsFolder']);
    expect(keys(8)).toEqual(['zip.nameForm']);
  });
});

describe('verifyPack on a damaged ZIP names the entry', () => {
  it('a flipped byte anywhere in a deflated entry', async () => {
    const entry = entryOf(parseZip(genuine), 'custody.jsonl');
    const start = indexOf(genuine, entry.data);
    const length = entry.data.length;
    for (let at = start; at < start + length; at += Math.ceil(length / 40)) {
      const damaged = genuine.slice();
      damaged[at] = damaged[at]! ^ 0x5a;
      const verdict = await verifyPack(damaged);
      expect(verdict.ok, `byte ${at - start} of ${length}`).toBe(false);
      expect(failures(verdict), `byte ${at - start}`).toContain('zip custody.jsonl');
    }
  });

  it('a flipped byte in a stored entry: its CRC-32, before its SHA-256', async () => {
    const name = readZip(genuine).find((entry) => entry.name.endsWith('viewport.png'))!.name;
    const flipped = genuine.slice();
    const at = indexOf(genuine, entryOf(parseZip(genuine), name).data) + 3;
    flipped[at] = flipped[at]! ^ 1;
    const verdict = await verifyPack(flipped);
    expect(verdict.checks.find((check) => !check.ok)).toMatchObject({ id: 'zip', subject: name, key: 'zip.crc' });
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  for (let at = 0; at + needle.length <= haystack.length; at++) {
    if (needle.every((byte, i) => haystack[at + i] === byte)) return at;
  }
  throw new Error('not found');
}

// Keeps the genuine pack's ZIP untouched by the tests above, which work on copies.
describe('the genuine pack, written back unchanged', () => {
  it('is byte for byte the same', () => {
    expect(writeZip(parseZip(genuine))).toEqual(genuine);
  });
});
