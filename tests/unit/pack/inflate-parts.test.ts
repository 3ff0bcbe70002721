import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@/utils/hash';
import { inflateExactly, inflateInParts, InflateError } from '@/utils/pack/zip/inflate';
import { inflatedDigest } from '@/utils/pack/zip/inflated-digest';
import { WEB_CRYPTO, type PackHasher } from '@/utils/pack/verify/pack-input';
import { PACK_FILES } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { makeTestPack, zipPack } from './test-pack';

/** Every part inflateInParts hands on, joined, and the largest of them. */
function inParts(data: Uint8Array, size: number): { bytes: Uint8Array; largest: number } {
  const parts: Uint8Array[] = [];
  inflateInParts(data, size, (part) => parts.push(part.slice()));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) bytes.set(part, (at += part.length) - part.length);
  return { bytes, largest: Math.max(0, ...parts.map((part) => part.length)) };
}

/** Why inflating failed, or null. */
function refusal(inflate: () => unknown): string | null {
  try {
    inflate();
    return null;
  } catch (error) {
    if (error instanceof InflateError) return error.reason;
    throw error;
  }
}

function pseudoRandom(size: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0, x = seed; i < size; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}

const text = new TextEncoder().encode('Јавна соба: фотографија без согласност, име, телефон. '.repeat(20_000));

describe('inflateInParts', () => {
  it.each([
    ['text', text],
    ['incompressible bytes', pseudoRandom(300_000)],
    ['20 MB of zeros, a bomb', new Uint8Array(20 * 1024 * 1024)],
    ['nothing', new Uint8Array(0)],
  ])('gives the bytes inflateExactly gives, never more than about a megabyte at once: %s', (_, original) => {
    const deflated = deflateSync(original, { level: 9 });
    const { bytes, largest } = inParts(deflated, original.length);
    // Compared as buffers: Vitest's deep equality of 20 MB arrays runs out of memory.
    expect(Buffer.compare(bytes, inflateExactly(deflated, original.length))).toBe(0);
    expect(Buffer.compare(bytes, original)).toBe(0);
    expect(largest).toBeLessThanOrEqual(1024 * 1024);
  });

  it('refuses what inflateExactly refuses, for the same reason', () => {
    const original = text.subarray(0, 100_000);
    const deflated = deflateSync(original);
    const trailing = new Uint8Array([...deflated, 0]);
    const flipped = deflated.slice();
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    const cases: [Uint8Array, number][] = [
      [deflated, original.length - 1], // claims less than it makes: a bomb's lie
      [deflated, original.length + 1], // claims more
      [trailing, original.length],
      [flipped, original.length],
      [deflated.subarray(0, deflated.length - 10), original.length],
    ];
    for (const [data, size] of cases) {
      const reason = refusal(() => inflateExactly(data, size));
      expect(reason).not.toBeNull();
      expect(refusal(() => inParts(data, size))).toBe(reason);
    }
  });
});

describe('a deflated file hashed in parts by the verifier', () => {
  // Larger than the 4 MB beyond which a file only hashed is hashed as it is inflated (entry-reader.ts).
  const report = new TextEncoder().encode(
    Array.from({ length: 120_000 }, (_, i) => `<p>Порака ${i}: ${i * 7919}</p>`).join('\n'),
  );

  /** WebCrypto, noting the size of every buffer it is asked to hash whole. */
  function watched(): { hasher: PackHasher; whole: number[] } {
    const whole: number[] = [];
    return {
      whole,
      hasher: {
        ...WEB_CRYPTO,
        sha256: (bytes) => {
          whole.push(bytes.length);
          return WEB_CRYPTO.sha256(bytes);
        },
      },
    };
  }

  it('is never held whole, and has the SHA-256 the pack lists', async () => {
    expect(report.length).toBeGreaterThan(4 * 1024 * 1024);
    const pack = await makeTestPack({ report });
    const { hasher, whole } = watched();
    const verdict = await verifyPack(await zipPack(pack.files), { hasher });
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(whole).not.toContain(report.length);
    expect(Math.max(...whole)).toBeLessThan(4 * 1024 * 1024);
    const sums = new TextDecoder().decode(pack.files.get(PACK_FILES.sums));
    expect(sums).toContain(`${await sha256Hex(report)}  ${PACK_FILES.report}`);
  });

  it('fails when its bytes disagree with the CRC-32 its headers give', async () => {
    const pack = await makeTestPack({ report });
    const zip = await zipPack(pack.files);
    // The report's CRC-32, changed alike in its local header and in the central directory.
    const name = new TextEncoder().encode(PACK_FILES.report);
    let changed = 0;
    for (let i = 0; i + name.length <= zip.length; i++) {
      if (!name.every((byte, j) => zip[i + j] === byte)) continue;
      const view = new DataView(zip.buffer, zip.byteOffset);
      const local = view.getUint32(i - 30, true) === 0x04034b50;
      const central = view.getUint32(i - 46, true) === 0x02014b50;
      const at = local ? i - 16 : central ? i - 30 : -1;
      if (at < 0) continue;
      view.setUint32(at, view.getUint32(at, true) ^ 1, true);
      changed += 1;
    }
    expect(changed).toBe(2);
    const verdict = await verifyPack(zip);
    expect(verdict.ok).toBe(false);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ ok: false, subject: PACK_FILES.report, key: 'zip.crc' }),
    );
  });

  /** WebCrypto, with the inflated files' digests taken "elsewhere" as the verify page's workers take them. */
  function offThread(digest = inflatedDigest): { hasher: PackHasher; asked: number[]; whole: number[] } {
    const { hasher, whole } = watched();
    const asked: number[] = [];
    return {
      asked,
      whole,
      hasher: {
        ...hasher,
        inflatedDigest: async (deflated, size) => {
          asked.push(size);
          // As a worker's answer: a copy of the stream went, and the work is done after this turn.
          const copy = deflated.slice();
          await new Promise((resolve) => setTimeout(resolve, 0));
          return digest(copy, size);
        },
      },
    };
  }

  it('is handed to a hasher that digests it elsewhere, where the hasher can, with the same verdict', async () => {
    const pack = await makeTestPack({ report });
    const { hasher, asked, whole } = offThread();
    const verdict = await verifyPack(await zipPack(pack.files), { hasher });
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(asked).toEqual([report.length]);
    expect(whole).not.toContain(report.length);
  });

  it('fails as the file it is when the digest elsewhere finds the stream longer than its headers say', async () => {
    const pack = await makeTestPack({ report });
    const { hasher } = offThread(() => {
      throw new InflateError('longer', 'more than the bytes the walk found');
    });
    const verdict = await verifyPack(await zipPack(pack.files), { hasher });
    expect(verdict.ok).toBe(false);
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ ok: false, subject: PACK_FILES.report, key: 'zip.size' }),
    );
  });

  it('fails the CRC-32 the digest elsewhere takes when it disagrees with the headers', async () => {
    const pack = await makeTestPack({ report });
    const { hasher } = offThread((deflated, size) => ({ ...inflatedDigest(deflated, size), crc32: 1 }));
    const verdict = await verifyPack(await zipPack(pack.files), { hasher });
    expect(verdict.checks).toContainEqual(
      expect.objectContaining({ ok: false, subject: PACK_FILES.report, key: 'zip.crc' }),
    );
  });
});
