// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '@/utils/hash';
import { createCheckList } from '@/utils/pack/verify/check-list';
import { hashWhileArriving } from '@/utils/pack/verify/early-hashes';
import { WEB_CRYPTO, type PackHasher, type PackInput } from '@/utils/pack/verify/pack-input';
import { openPack, readText, type OpenedPack } from '@/utils/pack/verify/pack-reader';
import { verifyPack } from '@/utils/pack/verify';
import { makeGenuinePack } from './genuine-pack';

/**
 * What the pack reader holds, and how it reads a pack that is still arriving
 * (the CLI reads the file while the verifier hashes what is in).
 */
const LARGE = 'x'.repeat(300_000);
let genuine: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  // Two captures whose post screenshots are large enough to be hashed as they arrive.
  genuine = await makeGenuinePack({ artifacts: ['viewport', LARGE] });
});

async function opened(): Promise<OpenedPack> {
  return (await openPack(genuine, createCheckList()))!;
}

describe('what the pack reader holds', () => {
  it("record.json's bytes up to 8 MB in all: past that, each is read again, the same, when asked for", async () => {
    // Four records of 3 MB: two are held, two are not.
    const zip = await makeGenuinePack({ captures: 4, postText: 'ж'.repeat(1_500_000) });
    const pack = (await openPack(zip, createCheckList()))!;
    const records = [...pack.files].filter(([path]) => path.endsWith('/record.json'));
    expect(records.map(([, file]) => file!.size > 3_000_000)).toEqual([true, true, true, true]);
    expect(records.filter(([, file]) => file!.bytes).length).toBe(2);
    for (const [path, file] of records) {
      const bytes = pack.bytes(path, createCheckList())!;
      expect(await sha256Hex(bytes)).toBe(file!.sha256);
      pack.release(path);
      // Read again, not kept again.
      expect(await sha256Hex(pack.bytes(path, createCheckList())!)).toBe(file!.sha256);
      expect(pack.files.get(path)!.bytes).toBeUndefined();
    }
    expect((await verifyPack(zip)).ok).toBe(true);
  });

  it("a file's bytes once it is text, but for manifest.json's, which its signature needs", async () => {
    const pack = await opened();
    for (const path of ['custody.jsonl', 'public-key.pem', 'SHA256SUMS', 'manifest.json']) {
      expect(pack.files.get(path)!.bytes).toBeDefined();
      expect(readText(pack, path, createCheckList(), 'test')).not.toBeNull();
    }
    expect(pack.files.get('custody.jsonl')!.bytes).toBeUndefined();
    expect(pack.files.get('SHA256SUMS')!.bytes).toBeUndefined();
    expect(pack.files.get('manifest.json')!.bytes).toBeDefined();
    pack.release('manifest.json');
    expect(pack.files.get('manifest.json')!.bytes).toBeUndefined();
    // Let go, and read again as they were.
    const again = pack.bytes('manifest.json', createCheckList())!;
    expect(await sha256Hex(again)).toBe(pack.files.get('manifest.json')!.sha256);
  });
});

/** The pack as it would arrive from disk: its last 64 KB first, then the rest in chunks of 32 KB, a turn apart. */
function arriving(zip: Uint8Array): PackInput & { arrivedBytes: () => number } {
  const bytes = new Uint8Array(zip.length);
  const tail = Math.max(0, zip.length - 65_536);
  const ranges: [number, number][] = [[tail, zip.length]];
  for (let at = 0; at < tail; at += 32_768) ranges.push([at, Math.min(at + 32_768, tail)]);
  const arrived = new Uint8Array(zip.length);
  let count = 0;
  const filling = (async () => {
    for (const [start, end] of ranges) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      bytes.set(zip.subarray(start, end), start);
      arrived.fill(1, start, end);
      count += end - start;
    }
  })();
  const isIn = (start: number, end: number) => arrived.subarray(start, end).every((byte) => byte === 1);
  return {
    bytes,
    arrivedBytes: () => count,
    arrived: async (start, end) => {
      while (!isIn(start, end)) await Promise.race([filling, new Promise((resolve) => setTimeout(resolve, 1))]);
    },
  };
}

/** WebCrypto, counting what it hashes and when. */
function countingHasher(input?: { arrivedBytes: () => number }) {
  const calls: { size: number; arrivedBytes: number }[] = [];
  const hasher: PackHasher = {
    sha256: (bytes) => {
      calls.push({ size: bytes.length, arrivedBytes: input?.arrivedBytes() ?? -1 });
      return WEB_CRYPTO.sha256(bytes);
    },
  };
  return { hasher, calls };
}

describe('a pack that is still arriving', () => {
  it('verifies as the same pack whole, each file hashed once, the large ones before the pack is all in', async () => {
    const whole = await verifyPack(genuine);
    const input = arriving(genuine);
    const { hasher, calls } = countingHasher(input);
    const verdict = await verifyPack(input, { hasher });
    expect(verdict).toEqual(whole);
    expect(verdict.ok).toBe(true);
    const files = [...(await opened()).files.values()].filter(Boolean).length;
    expect(calls.filter((call) => call.size > 1000).length).toBeLessThanOrEqual(files);
    const large = calls.filter((call) => call.size === LARGE.length);
    expect(large).toHaveLength(2);
    // The first capture's, near the start of the pack, before the rest is in (the second's ends near the end).
    expect(genuine.length - large[0]!.arrivedBytes).toBeGreaterThan(LARGE.length / 2);
  });

  it('hashes no byte twice while it arrives, whatever the central directory says', async () => {
    // Every entry of the central directory made to say it is the same large stored file, at the same place.
    const zip = genuine.slice();
    const view = new DataView(zip.buffer);
    const end = zip.length - 22;
    const [count, directory] = [view.getUint16(end + 10, true), view.getUint32(end + 16, true)];
    const entries: number[] = [];
    for (let at = directory, i = 0; i < count; i++) {
      entries.push(at);
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    const large = entries.find((at) => view.getUint32(at + 20, true) === LARGE.length)!;
    for (const at of entries) {
      view.setUint16(at + 10, 0, true);
      view.setUint32(at + 20, LARGE.length, true);
      view.setUint32(at + 42, view.getUint32(large + 42, true), true);
    }
    const input = arriving(zip);
    const { hasher, calls } = countingHasher();
    await hashWhileArriving(input, hasher).guessed;
    expect(calls.reduce((sum, call) => sum + call.size, 0)).toBeLessThanOrEqual(zip.length);
    expect(calls).toHaveLength(1);
  });

  it('rejects, as reading the file would, when its bytes do not arrive', async () => {
    const failing: PackInput = {
      bytes: new Uint8Array(genuine.length),
      arrived: () => Promise.reject(new Error('the disk failed')),
    };
    await expect(verifyPack(failing)).rejects.toThrow('the disk failed');
  });
});
