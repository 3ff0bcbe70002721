// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPackFile } from '@/bin/pack-file';
import { sha256Hex } from '@/utils/hash';
import { verifyPack } from '@/utils/pack/verify';
import { makeGenuinePack } from '../pack/genuine-pack';

/**
 * How dokaz-verify reads a pack (bin/pack-file.ts): in chunks, its end
 * first, into shared memory that threads of its own hash. A pack of more than
 * 32 MB, so that the threads do.
 */
const dir = mkdtempSync(join(tmpdir(), 'dokaz-pack-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TIMEOUT = 60_000;

let genuine: Uint8Array<ArrayBuffer>;
const path = join(dir, 'pack.zip');
beforeAll(async () => {
  genuine = await makeGenuinePack({ artifacts: ['viewport', 'x'.repeat(17_000_000)] });
  writeFileSync(path, genuine);
}, TIMEOUT);

describe('a pack read from disk', () => {
  it(
    'is the file, byte for byte, and gives the same verdict as its bytes whole',
    async () => {
      const file = await openPackFile(path);
      try {
        expect(genuine.length).toBeGreaterThan(32 * 1024 * 1024);
        const verdict = await verifyPack(file.input, { hasher: file.hasher, collectGarbage: file.collectGarbage });
        expect(Buffer.compare(file.input.bytes, genuine)).toBe(0);
        expect(verdict).toEqual(await verifyPack(genuine));
        expect(verdict.ok).toBe(true);
      } finally {
        await file.close();
      }
    },
    TIMEOUT,
  );

  it(
    'arrives end first, then from its start',
    async () => {
      const file = await openPackFile(path);
      try {
        const size = genuine.length;
        await file.input.arrived!(size - 22, size);
        expect(Buffer.compare(file.input.bytes.subarray(size - 22), genuine.subarray(size - 22))).toBe(0);
        await file.input.arrived!(0, size);
        expect(Buffer.compare(file.input.bytes, genuine)).toBe(0);
      } finally {
        await file.close();
      }
    },
    TIMEOUT,
  );

  it(
    'is hashed alike on its threads and on this one, with the CRC-32 beside',
    async () => {
      const file = await openPackFile(path);
      try {
        const { bytes, arrived } = file.input;
        await arrived!(0, bytes.length);
        for (const [start, end] of [
          [0, 100],
          [1_000, 5_000_000],
          [bytes.length - 3_000_000, bytes.length],
        ] as const) {
          const part = bytes.subarray(start, end) as Uint8Array<ArrayBuffer>;
          const copy = part.slice();
          const expected = await sha256Hex(copy);
          expect(await file.hasher.sha256(part)).toBe(expected);
          expect(await file.hasher.sha256AndCrc32!(part)).toEqual({ sha256: expected, crc32: crc32(copy) });
        }
        const incremental = file.hasher.incremental!();
        incremental.update(bytes.subarray(0, 10));
        incremental.update(bytes.subarray(10, 1000));
        expect(incremental.hex()).toBe(await sha256Hex(bytes.slice(0, 1000)));
      } finally {
        await file.close();
      }
    },
    TIMEOUT,
  );

  it('cannot be opened: rejects, as reading it whole would', async () => {
    await expect(openPackFile(join(dir, 'none.zip'))).rejects.toThrow(/ENOENT/);
  });
});
