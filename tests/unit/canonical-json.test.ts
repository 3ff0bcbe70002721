import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from '@/utils/canonical-json';
import { sha256Hex } from '@/utils/hash';

describe('sha256Hex', () => {
  it('matches the standard test vectors', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes bytes, Blobs and text alike', async () => {
    const text = 'Доказ — evidence ✓';
    const bytes = new TextEncoder().encode(text);
    const expected = await sha256Hex(text);
    expect(await sha256Hex(bytes)).toBe(expected);
    expect(await sha256Hex(new Blob([bytes]))).toBe(expected);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('gives the same text for the same value, whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: 'ж' })).toBe(canonicalJson({ y: 'ж', x: 1 }));
  });

  it('sorts by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ é: 1, z: 2, '\u{1F600}': 3, A: 4 })).toBe('{"A":4,"z":2,"é":1,"\u{1F600}":3}');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ n: Infinity })).toThrow(/\$\.n/);
    expect(() => canonicalJson({ d: new Date() })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(CanonicalJsonError);
  });

  it('writes undefined inside arrays as null, as JSON.stringify does', () => {
    expect(canonicalJson([1, undefined, 'a'])).toBe('[1,null,"a"]');
  });
});
