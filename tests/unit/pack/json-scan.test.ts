import { describe, expect, it } from 'vitest';
import { nestsDeeper, scanJson } from '@/utils/pack/verify/json-scan';

/** The scanner that finds what JSON.parse hides (a member named twice) or pays dearly for (deep nesting). */
const duplicates = (text: string) => scanJson(text, { maxDepth: 64 }).duplicates;

describe('scanJson', () => {
  it('finds nothing in JSON without a member named twice', () => {
    expect(scanJson('{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}', { maxDepth: 64 })).toEqual({
      tooDeep: false,
      duplicates: [],
      duplicateCount: 0,
    });
    expect(duplicates('[1, "a", {"x": "\\"a\\":1,"}, null, true, -1.5e3]')).toEqual([]);
  });

  it('names a member named twice, at the top and deep down, by its JSON path', () => {
    expect(duplicates('{"language":"mk","format":"x","language":"en"}')).toEqual(['$.language']);
    const manifest = '{"captures":[{"id":1},{"record":{"page":{"title":"A","url":"u","title":"B"}}}]}';
    expect(duplicates(manifest)).toEqual(['$.captures[1].record.page.title']);
    expect(duplicates('{"a b":{"x":1,"x":2}}')).toEqual(['$["a b"].x']);
  });

  it('knows two spellings of one name are one member, as JSON.parse does', () => {
    expect(duplicates('{"a":1,"\\u0061":2}')).toEqual(['$.a']);
    expect(JSON.parse('{"a":1,"\\u0061":2}')).toEqual({ a: 2 });
    expect(duplicates('{"\\"":1,"\\u0022":2}')).toEqual(['$["\\""]']);
  });

  it('is not fooled by names in strings, or by a name used again in a sibling object', () => {
    expect(duplicates('{"a":"{\\"a\\":1,\\"a\\":2}","b":"a"}')).toEqual([]);
    expect(duplicates('{"x":{"a":1},"y":{"a":1}}')).toEqual([]);
    expect(duplicates('{"x":[1,2,{"a":1}],"a":[{"a":1,"b":2}]}')).toEqual([]);
  });

  it('counts every duplicate and lists the first few', () => {
    const text = `{${Array.from({ length: 500 }, () => '"a":1').join(',')}}`;
    const scan = scanJson(text, { maxDepth: 4, maxReported: 3 });
    expect(scan.duplicateCount).toBe(499);
    expect(scan.duplicates).toEqual(['$.a', '$.a', '$.a']);
  });

  it('stops at the nesting limit', () => {
    expect(scanJson(`${'['.repeat(33)}${']'.repeat(33)}`, { maxDepth: 32 }).tooDeep).toBe(true);
    expect(scanJson(`${'['.repeat(32)}${']'.repeat(32)}`, { maxDepth: 32 }).tooDeep).toBe(false);
    // 10 MB of "[" (JSON.parse takes seconds and hundreds of MB): refused after 33 characters.
    expect(scanJson('['.repeat(10_000_000), { maxDepth: 32 }).tooDeep).toBe(true);
  });

  it('does not throw on what is not JSON, and cuts long paths', () => {
    for (const text of ['', '{', '}}}]]', '{"a', '{"a":"\\', '"', '[,,,]', '{"a":1,"a"']) {
      expect(() => scanJson(text, { maxDepth: 8 })).not.toThrow();
    }
    const deep = `${'{"k":'.repeat(40)}{"a":1,"a":2}${'}'.repeat(41)}`;
    expect(duplicates(deep)).toEqual([`$${'.k'.repeat(8)}…${'.k'.repeat(8)}.a`]);
  });
});

describe('nestsDeeper', () => {
  it('measures nesting outside strings only', () => {
    expect(nestsDeeper('{"a":[[1]]}', 3)).toBe(false);
    expect(nestsDeeper('{"a":[[[1]]]}', 3)).toBe(true);
    expect(nestsDeeper(`{"a":"${'['.repeat(100)}"}`, 1)).toBe(false);
    expect(nestsDeeper(`{"a":"\\"${'['.repeat(100)}"}`, 1)).toBe(false);
  });
});
