import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson, CanonicalJsonError } from '@/utils/canonical-json';
import { canonicalChunks, canonicalUtf8, isCanonicalOf, writeCanonical } from '@/utils/pack/verify/canonical-stream';
import { makeCapture } from '../../factories';

/** canonicalJson in pieces, joined, and the largest piece. */
function pieces(value: unknown): { text: string; largest: number } {
  const parts: string[] = [];
  writeCanonical(value, (part) => void parts.push(part));
  return { text: parts.join(''), largest: Math.max(...parts.map((part) => part.length)) };
}

const PIECE = 16_384;
/** A high surrogate at every place a piece of a long string could end. */
const pairs = 'a' + '\u{1F600}'.repeat(3 * PIECE);
const values: [string, unknown][] = [
  ['a capture record', undefined],
  ['scalars', [null, true, false, 0, -0, 1.5, 1e21, -1e-7, 'x', '']],
  ['escapes and control characters', '"\\\n\t\u0000\u001f\u2028\u2029</script>'],
  ['lone surrogates', ['\ud800', 'a\udc00b', '\udbff\ud800']],
  ['a long string of Cyrillic with one emoji', 'Ж'.repeat(3 * PIECE + 7) + '\u{1F600}'],
  ['surrogate pairs across every piece boundary', pairs],
  ['a long string of escapes', '\u0001'.repeat(2 * PIECE + 3)],
  ['a string ending in a lone high surrogate, past a piece', 'b'.repeat(PIECE) + '\ud83d'],
  ['undefined members and items, holes', { b: undefined, a: [undefined, 1, , 2], c: { d: undefined } }],
  ['keys sorted by UTF-16 code units', { é: 1, z: 2, '\u{1F600}': 3, A: 4, ['k'.repeat(2 * PIECE)]: 5 }],
  ['deep nesting', JSON.parse('['.repeat(30) + '{"x":"ж"}' + ']'.repeat(30))],
  ['an object without prototype', Object.assign(Object.create(null) as object, { b: 1, a: 2 })],
];

describe('canonical JSON in pieces', () => {
  it.each(values)('is canonicalJson, joined: %s', async (_, given) => {
    const value = given ?? (await makeCapture({ post: { ...(await makeCapture()).record.post, html: pairs } })).record;
    const { text, largest } = pieces(value);
    expect(text).toBe(canonicalJson(value));
    // No piece much larger than a piece of a string: a long string is never written whole.
    expect(largest).toBeLessThanOrEqual(6 * PIECE + 2);
    expect(canonicalUtf8(value)).toEqual(canonicalBytes(value));
    expect(isCanonicalOf(canonicalBytes(value), value)).toBe(true);
  });

  it('refuses what canonicalJson refuses', () => {
    for (const value of [{ n: NaN }, { n: Infinity }, { d: new Date() }, { f: () => 1 }, [1n]]) {
      expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
      expect(() => pieces(value)).toThrow(CanonicalJsonError);
    }
  });

  it('is lent in chunks of at most 64 KB, however long the record', () => {
    const sizes: number[] = [];
    canonicalChunks({ html: 'ж'.repeat(1_000_000) }, (chunk) => void sizes.push(chunk.length));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(canonicalBytes({ html: 'ж'.repeat(1_000_000) }).length);
  });

  it('tells bytes that are not the canonical form, by one byte or by length', () => {
    const value = { id: 7, html: 'Објава '.repeat(10_000) };
    const bytes = canonicalBytes(value);
    for (const at of [0, 1, 40_000, bytes.length - 1]) {
      const changed = bytes.slice();
      changed[at]! ^= 1;
      expect(isCanonicalOf(changed, value)).toBe(false);
    }
    expect(isCanonicalOf(bytes.subarray(0, -1), value)).toBe(false);
    expect(isCanonicalOf(new Uint8Array([...bytes, 0x20]), value)).toBe(false);
    // The same record, written otherwise: JSON, but not the canonical form.
    expect(isCanonicalOf(new TextEncoder().encode(JSON.stringify(value)), value)).toBe(false);
  });
});
