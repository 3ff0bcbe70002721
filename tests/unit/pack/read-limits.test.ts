// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { limitsFor } from '@/utils/pack/verify/read-limits';
import type { PackVerdict } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { readZip } from '@/utils/pack/zip/reader';
import { makeGenuinePack } from './genuine-pack';
import { parseZip, text, writeZip } from './hostile-zips';
import { makeHtmlHeavyPack } from './html-heavy-pack';
import { fillKept, longString, manifestWith, padTo, TEN_MB } from './kept-packs';

/**
 * The budgets of the files the verifier keeps and parses (issue 14). Nothing
 * is timed here (bin/bench-hostile.ts measures time and memory): what is
 * asserted is what the budgets let in, hostile and genuine.
 */
const TIMEOUT = 120_000;
const MiB = 1024 * 1024;

/** What the kept files were allowed before: 32 MB + 2 P, all of them together, parsed or not. */
const oldKept = (packSize: number) => 32 * MiB + 2 * packSize;

/** The failed checks as "id subject key". */
const failures = (verdict: PackVerdict) =>
  verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject} ${check.key}`);

/** A 10 MB pack whose file `name` is made by `make` for all the room the old kept budget left it. */
async function filledAsBefore(name: string, make: (room: number, old: Uint8Array) => Uint8Array) {
  const raw = parseZip(await makeGenuinePack());
  fillKept(raw, name, make, { budgets: { kept: oldKept(TEN_MB), parsed: Infinity } });
  padTo(raw, TEN_MB);
  return writeZip(raw);
}

describe('the budget of the files parsed whole', () => {
  it.each([
    ["one record's post.html, with one Cyrillic letter at its end", 'ж'],
    ['the same in ASCII', ''],
  ])(
    "refuses the adversarial review's manifest unread: 52 MB, %s",
    async (_, last) => {
      const zip = await filledAsBefore('manifest.json', (room, old) => longString(manifestWith(old, '@@'), room, last));
      expect(readZip(zip).find((entry) => entry.name === 'manifest.json')!.size).toBeGreaterThan(50 * MiB);
      const verdict = await verifyPack(zip);
      expect(failures(verdict)).toContain('zip manifest.json zip.budget');
      expect(verdict.checks).toContainEqual(
        expect.objectContaining({ subject: 'manifest.json', params: { limit: limitsFor(zip.length).parsed } }),
      );
      // Unread, so unparsed: no check of its JSON ran.
      expect(verdict.checks.some((check) => check.id === 'manifest-json')).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'refuses a custody log as large unread',
    async () => {
      const zip = await filledAsBefore('custody.jsonl', (room, old) => {
        const line = text(old).split('\n')[0]!;
        return longString(line.replace(/"actor":"[^"]*"/, '"actor":"@@"'), room, 'ж');
      });
      expect(failures(await verifyPack(zip))).toContain('zip custody.jsonl zip.budget');
    },
    TIMEOUT,
  );

  it('is at most 30 MB for a pack of 10 MB, and the kept files 50 MB (some 240 MB at the peak)', () => {
    const limits = limitsFor(TEN_MB);
    expect(limits.parsed).toBeLessThanOrEqual(30 * MiB);
    expect(limits.kept).toBeLessThanOrEqual(50 * MiB);
  });
});

describe('genuine packs at the edge of what Dokaz makes', () => {
  it(
    'a pack whose every capture holds a chat of 2,000,000 characters of HTML: within the budgets, and verified',
    async () => {
      const zip = await makeHtmlHeavyPack(14);
      const sizes = new Map(readZip(zip).map((entry) => [entry.name, entry.size]));
      const manifest = sizes.get('manifest.json')!;
      const kept = [...sizes].filter(([name]) =>
        /^(manifest\.json|custody\.jsonl|SHA256SUMS|.*record\.json)$/.test(name),
      );
      const keptBytes = kept.reduce((sum, [, size]) => sum + size, 0);
      // Past the 30 MB every pack has, and past all the old budget allowed: what admits it is 3 P and 5 P.
      expect(manifest).toBeGreaterThan(30 * MiB);
      expect(keptBytes).toBeGreaterThan(oldKept(zip.length));
      const verdict = await verifyPack(zip);
      expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
      expect(verdict.ok).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "a pack of 1,000 captures: the export's custody line names them all, past the 64 KB any pack has",
    async () => {
      const zip = await makeGenuinePack({ captures: 1000, artifacts: [] });
      const verdict = await verifyPack(zip);
      expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
      const custody = readZip(zip).find((entry) => entry.name === 'custody.jsonl')!;
      expect(custody.size).toBeGreaterThan(64 * 1024);
    },
    TIMEOUT,
  );
});
