// @vitest-environment node
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPack } from '@/utils/pack/verify';
import type { PackVerdict } from '@/utils/pack/types';
import { readZipEntries } from '@/utils/pack/zip-reader';
import { bytesOf, makeTestPack, textOf, zipPack, type TestPack } from './test-pack';

/** The failed checks as "id subject", the way a reader finds them. */
function failures(verdict: PackVerdict): string[] {
  return verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject}`);
}

interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Extra fields of the central directory entry, as [id, bytes]. */
  extra?: [number, Uint8Array][];
  /** A Unix mode, as a ZIP made on Unix gives it. */
  mode?: number;
  /** The local header's name, when it is not the central directory's. */
  localName?: string;
}

/**
 * A stored-only ZIP written by hand, for what JSZip will not write: ZIP64 records and sizes,
 * Unicode Path fields, names it would rewrite.
 */
function rawZip(entries: RawEntry[], { zip64 = false } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const block = (size: number, fill: (view: DataView) => void, tail: Uint8Array[] = []) => {
    const head = new Uint8Array(size);
    fill(new DataView(head.buffer));
    return concat([head, ...tail]);
  };
  for (const { name, data, extra = [], mode, localName = name } of entries) {
    const nameBytes = bytesOf(name);
    const localNameBytes = bytesOf(localName);
    const local = block(
      30,
      (v) => {
        v.setUint32(0, 0x04034b50, true);
        v.setUint32(18, data.length, true);
        v.setUint32(22, data.length, true);
        v.setUint16(26, localNameBytes.length, true);
      },
      [localNameBytes, data],
    );
    const fields = [...extra];
    if (zip64) fields.push([0x0001, le(8, data.length, data.length, offset)]);
    const extraBytes = concat(fields.map(([id, bytes]) => concat([le(2, id, bytes.length), bytes])));
    central.push(
      block(
        46,
        (v) => {
          v.setUint32(0, 0x02014b50, true);
          if (mode !== undefined) v.setUint8(5, 3);
          if (mode !== undefined) v.setUint32(38, mode * 0x10000, true);
          v.setUint32(20, zip64 ? 0xffffffff : data.length, true);
          v.setUint32(24, zip64 ? 0xffffffff : data.length, true);
          v.setUint16(28, nameBytes.length, true);
          v.setUint16(30, extraBytes.length, true);
          v.setUint32(42, zip64 ? 0xffffffff : offset, true);
        },
        [nameBytes, extraBytes],
      ),
    );
    parts.push(local);
    offset += local.length;
  }
  const directory = concat(central);
  const records: Uint8Array[] = [];
  if (zip64) {
    records.push(
      block(56, (v) => {
        v.setUint32(0, 0x06064b50, true);
        v.setBigUint64(4, 44n, true);
        v.setBigUint64(24, BigInt(entries.length), true);
        v.setBigUint64(32, BigInt(entries.length), true);
        v.setBigUint64(40, BigInt(directory.length), true);
        v.setBigUint64(48, BigInt(offset), true);
      }),
      block(20, (v) => {
        v.setUint32(0, 0x07064b50, true);
        v.setBigUint64(8, BigInt(offset + directory.length), true);
        v.setUint32(16, 1, true);
      }),
    );
  }
  records.push(
    block(22, (v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, zip64 ? 0xffff : entries.length, true);
      v.setUint16(10, zip64 ? 0xffff : entries.length, true);
      v.setUint32(12, zip64 ? 0xffffffff : directory.length, true);
      v.setUint32(16, zip64 ? 0xffffffff : offset, true);
    }),
  );
  return concat([...parts, directory, ...records]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Little-endian values, as a ZIP holds them. */
function le(size: 2 | 4 | 8, ...values: number[]): Uint8Array {
  const view = new DataView(new ArrayBuffer(size * values.length));
  values.forEach((value, i) => {
    if (size === 2) view.setUint16(i * 2, value, true);
    else if (size === 4) view.setUint32(i * 4, value, true);
    else view.setBigUint64(i * 8, BigInt(value), true);
  });
  return new Uint8Array(view.buffer);
}

/** A Unicode Path extra field (0x7075) giving `name` to the entry whose raw name is `raw`. */
function unicodePath(raw: string, name: string): [number, Uint8Array] {
  const crc = crc32(bytesOf(raw));
  return [0x7075, concat([new Uint8Array([1]), le(4, crc), bytesOf(name)])];
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Where an entry's local header starts in a ZIP, found by its name. */
function localHeader(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = bytesOf(name);
  for (let at = 0; at + 30 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50 || view.getUint16(at + 26, true) !== wanted.length) continue;
    if (wanted.every((byte, i) => zip[at + 30 + i] === byte)) return at;
  }
  throw new Error(`no local header of ${name}`);
}

/** Where an entry's data starts and how long it is, from its local header. */
function dataOf(zip: Uint8Array, name: string): { start: number; length: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = localHeader(zip, name);
  return {
    start: at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true),
    length: view.getUint32(at + 18, true),
  };
}

/** Where `part` first occurs in `bytes` from `from` on. */
function indexOf(bytes: Uint8Array, part: Uint8Array, from: number): number {
  for (let at = from; at + part.length <= bytes.length; at++) {
    if (part.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  throw new Error('not found');
}

async function readAll(zip: Uint8Array): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of readZipEntries(zip)) files.set(entry.name, textOf(await entry.read()));
  return files;
}

describe('readZipEntries', () => {
  it('gives a stored entry as a view of the ZIP, without a copy, and inflates a deflated one', async () => {
    const jszip = new JSZip();
    jszip.file('stored.bin', bytesOf('stored bytes'), { compression: 'STORE' });
    jszip.file('deflated.txt', 'deflated '.repeat(100), { compression: 'DEFLATE' });
    jszip.folder('folder');
    const zip = await jszip.generateAsync({ type: 'uint8array' });
    const entries = readZipEntries(zip);
    expect(entries.map((entry) => entry.name)).toEqual(['stored.bin', 'deflated.txt', 'folder/']);
    const stored = await entries[0]!.read();
    expect(textOf(stored)).toBe('stored bytes');
    expect(stored.buffer).toBe(zip.buffer);
    expect(textOf(await entries[1]!.read())).toBe('deflated '.repeat(100));

    // Deflated data that inflates to more than the central directory says is not cut to that size.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const name = bytesOf('deflated.txt');
    const central = indexOf(zip, name, indexOf(zip, name, 0) + 1) - 46; // the second time: in the central directory
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    expect(view.getUint32(central + 24, true)).toBe(900);
    view.setUint32(central + 24, 899, true);
    await expect(readZipEntries(zip)[1]!.read()).rejects.toThrow(/900 bytes where the central directory says 899/);
  });

  it('reads ZIP64 records, sizes and offsets', async () => {
    const zip = rawZip(
      [
        { name: 'a.txt', data: bytesOf('first') },
        { name: 'b.txt', data: bytesOf('second') },
      ],
      { zip64: true },
    );
    expect(await readAll(zip)).toEqual(
      new Map([
        ['a.txt', 'first'],
        ['b.txt', 'second'],
      ]),
    );
  });

  it('names an entry by its Unicode Path field while that still belongs to the name beside it', async () => {
    const zip = rawZip([
      { name: 'report.html', data: bytesOf('a'), extra: [unicodePath('report.html', '../report.html')] },
      { name: 'other.html', data: bytesOf('b'), extra: [unicodePath('renamed.html', '../other.html')] },
    ]);
    expect(readZipEntries(zip).map((entry) => entry.name)).toEqual(['../report.html', 'other.html']);
  });

  it('reads a ZIP with bytes before it, as unzip does', async () => {
    const zip = concat([bytesOf('#!/bin/sh\nexit 0\n'), rawZip([{ name: 'a.txt', data: bytesOf('first') }])]);
    expect(await readAll(zip)).toEqual(new Map([['a.txt', 'first']]));
  });

  it('refuses a ZIP cut short anywhere, or that is not one', async () => {
    const zip = rawZip([
      { name: 'a.txt', data: bytesOf('first') },
      { name: 'b.txt', data: bytesOf('second') },
    ]);
    for (let length = 0; length < zip.length; length++) {
      expect(() => readZipEntries(zip.subarray(0, length)), `cut to ${length} bytes`).toThrow();
    }
    expect(() => readZipEntries(bytesOf('PK not a zip'))).toThrow(/no end of central directory/);

    // An end record that counts fewer entries than the central directory holds, or more.
    for (const told of [1, 3]) {
      const miscounted = zip.slice();
      new DataView(miscounted.buffer).setUint16(miscounted.length - 22 + 8, told, true);
      new DataView(miscounted.buffer).setUint16(miscounted.length - 22 + 10, told, true);
      expect(() => readZipEntries(miscounted), `${told} entries`).toThrow(/central directory/);
    }
  });

  it('fails one entry whose local header, place or size is wrong, and reads the others', async () => {
    const zip = rawZip([
      { name: 'a.txt', data: bytesOf('first') },
      { name: 'b.txt', data: bytesOf('second') },
    ]);
    const badHeader = zip.slice();
    badHeader[0] = 0;
    const [a, b] = readZipEntries(badHeader);
    await expect(a!.read()).rejects.toThrow(/no local header/);
    expect(textOf(await b!.read())).toBe('second');

    // The central directory's sizes of b.txt (its entry is the last, before the 22 bytes of the end record).
    const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central = zip.length - 22 - (46 + 'b.txt'.length);
    expect(view(zip).getUint32(central, true)).toBe(0x02014b50);
    const longer = zip.slice();
    view(longer).setUint32(central + 20, 7, true);
    view(longer).setUint32(central + 24, 7, true);
    await expect(readZipEntries(longer)[1]!.read()).resolves.toHaveLength(7);
    view(longer).setUint32(central + 20, 1000, true);
    await expect(readZipEntries(longer)[1]!.read()).rejects.toThrow(/past the end/);
    view(longer).setUint32(central + 20, 6, true);
    await expect(readZipEntries(longer)[1]!.read()).rejects.toThrow(/6 bytes where the central directory says 7/);
  });

  it('fails a file whose local header names it otherwise, and one whose attributes make it a link', async () => {
    const [renamed, link, file, folder] = readZipEntries(
      rawZip([
        { name: 'a.txt', localName: 'b.txt', data: bytesOf('first') },
        { name: 'link.txt', mode: 0o120777, data: bytesOf('/etc/passwd') },
        { name: 'file.txt', mode: 0o100644, data: bytesOf('file') },
        { name: 'folder/', mode: 0o40755, data: new Uint8Array() },
      ]),
    );
    await expect(renamed!.read()).rejects.toThrow(/local header does not agree with the central directory/);
    await expect(link!.read()).rejects.toThrow(/attributes make it a link, a folder or a device/);
    expect(textOf(await file!.read())).toBe('file');
    await expect(folder!.read()).resolves.toHaveLength(0);
  });
});

describe('verifyPack on a damaged ZIP names the file', () => {
  let pack: TestPack;
  let zip: Uint8Array;
  beforeAll(async () => {
    pack = await makeTestPack();
    zip = await zipPack(pack.files);
  });

  it('a flipped byte anywhere in a deflated entry', async () => {
    const { start, length } = dataOf(zip, 'custody.jsonl');
    // Not the last byte, whose last bits may be padding that no reader reads.
    for (let at = start; at < start + length - 1; at += Math.ceil(length / 40)) {
      const damaged = zip.slice();
      damaged[at] = damaged[at]! ^ 0x5a;
      const verdict = await verifyPack(damaged);
      expect(verdict.ok, `byte ${at - start} of ${length}`).toBe(false);
      expect(
        verdict.checks.some((check) => !check.ok && check.subject.startsWith('custody.jsonl')),
        `byte ${at - start}: ${failures(verdict).join(', ')}`,
      ).toBe(true);
    }
  });

  it('a flipped byte in a stored entry', async () => {
    const path = [...pack.files.keys()].find((name) => name.endsWith('.png'))!;
    const flipped = zip.slice();
    const at = dataOf(zip, path).start + 3;
    flipped[at] = flipped[at]! ^ 1;
    expect(failures(await verifyPack(flipped))).toContain(`sha256sums ${path}`);
  });

  it('a flipped byte in a local header: its signature, or its name', async () => {
    for (const at of [0, 30 + 'manifest'.length]) {
      const damaged = zip.slice();
      const byte = localHeader(zip, 'manifest.json') + at;
      damaged[byte] = damaged[byte]! ^ 0x20;
      const verdict = await verifyPack(damaged);
      expect(failures(verdict)).toContain('zip manifest.json');
      const check = verdict.checks.find((c) => c.id === 'zip' && c.subject === 'manifest.json');
      expect(check?.message).toMatch(/^cannot be read from the ZIP: /);
    }
  });

  it("a folder's damaged entry", async () => {
    const folder = zip.slice();
    folder[localHeader(zip, 'captures/')] = 0;
    expect(failures(await verifyPack(folder))).toEqual(['zip captures/']);
  });

  it('a truncated ZIP', async () => {
    for (const length of [zip.length - 1, zip.length - 30, Math.floor(zip.length / 2), 100]) {
      expect(failures(await verifyPack(zip.subarray(0, length)))).toEqual(['zip pack']);
    }
  });

  it('names that are not plain relative paths, folders among them', async () => {
    const names = ['../evil.sh', '/etc/passwd', 'a/../b.txt', 'a\\b.txt', './c.txt', '../up/', 'ok/'];
    const verdict = await verifyPack(rawZip(names.map((name) => ({ name, data: new Uint8Array() }))));
    const zipFailures = failures(verdict).filter((failure) => failure.startsWith('zip '));
    expect(zipFailures).toEqual(names.filter((name) => name !== 'ok/').map((name) => `zip ${JSON.stringify(name)}`));
  });

  it('a name that only its Unicode Path field makes unsafe', async () => {
    const verdict = await verifyPack(
      rawZip([{ name: 'notes.txt', data: bytesOf('x'), extra: [unicodePath('notes.txt', '../notes.txt')] }]),
    );
    expect(failures(verdict)).toContain('zip "../notes.txt"');
  });
});
