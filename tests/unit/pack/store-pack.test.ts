// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExporter } from '@/utils/background/export';
import type { CustodyEvent } from '@/utils/custody';
import { confirmSigner } from '@/utils/pack/verify/signer';
import type { PackSelection, PackVerdict } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { createStore, type Store } from '@/utils/store';
import { openDb, type DokazDb } from '@/utils/store/db';
import { memorySession } from '@/utils/store/lock';
import { makeCapture } from '../../factories';
import { textOf } from './test-pack';
import JSZip from 'jszip';

/**
 * A real store's history, written by the store itself and exported by the
 * extension's own export code: captures in a case (each with its annotated
 * event), annotations made later, a capture deleted, an earlier export, a
 * passphrase set (which replaces the signing key: a key-rotated event), a
 * capture made while locked. The stricter verifier must pass it as it is,
 * warning of nothing; and only warn when the computer's clock went back.
 */
let db: DokazDb;
let store: Store;
let clock: number;
beforeEach(() => {
  db = openDb(`test-store-pack-${crypto.randomUUID()}`);
  clock = Date.parse('2026-11-23T12:00:00.000Z');
  // The store's clock: each reading a second after the last, as a person's clicks would be.
  store = createStore({ db, session: memorySession(), now: () => new Date((clock += 1000)) });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** A capture as the pipeline makes it: begun now, by this install, stored a moment later. */
async function capture(title: string) {
  const { record, data } = await makeCapture({
    actor: await store.installId(),
    capturedAt: new Date(clock + 300).toISOString(),
    page: { url: `https://example.org/${title}`, title, canonicalUrl: null, lang: 'mk', description: null, meta: {} },
  });
  return store.saveCapture(record, data);
}

async function exported(selection: PackSelection): Promise<{ verdict: PackVerdict; events: CustodyEvent[] }> {
  const { blob } = await createExporter(store, '0.1.0').makePack(selection, { language: 'mk' });
  const zip = new Uint8Array(await blob.arrayBuffer());
  const custody = await (await JSZip.loadAsync(zip)).file('custody.jsonl')!.async('uint8array');
  const events = textOf(custody)
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as CustodyEvent);
  return { verdict: await verifyPack(zip), events };
}

const failures = (verdict: PackVerdict) =>
  verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject}: ${check.message}`);
const warnings = (verdict: PackVerdict) =>
  verdict.checks.filter((check) => check.warning).map((check) => `${check.id} ${check.subject}: ${check.message}`);

describe('a pack of a real store’s history', () => {
  it('verifies, every custody rule passing, with no warning', async () => {
    const smokva = await store.createCase({ name: 'Smokva' });
    await store.setActiveCase(smokva.id);
    const a = await capture('first');
    await store.setActiveCase(null);
    const b = await capture('second');
    const gone = await capture('duplicate');
    await store.annotate(b.id, { tags: ['threat'], note: 'Адресата е објавена' });
    await store.deleteCapture(gone.id, 'a duplicate of the second');
    // An earlier export: its event is in the store's log, about no capture. Its key is the one on the victim's card.
    const { verdict: before } = await exported({ all: true });
    expect(before.format).toBe('dokaz-pack/1');
    const oldKey = before.keyFingerprint!;

    await store.setPassphrase('четири збора за лозинка');
    await store.lock();
    const locked = await capture('while locked');
    await store.unlock('четири збора за лозинка');
    await store.annotate(a.id, { categories: ['threat', 'doxxing'] });

    const { verdict, events } = await exported({ all: true });
    expect(failures(verdict)).toEqual([]);
    expect(warnings(verdict)).toEqual([]);
    expect(verdict.ok).toBe(true);
    for (const id of [
      'custody-event',
      'custody-actor',
      'custody-order',
      'custody-time',
      'custody-clock',
      'key-rotation',
    ]) {
      expect(verdict.checks).toContainEqual(expect.objectContaining({ id, ok: true }));
    }
    // What the store wrote, and the pack holds: no deletion, no earlier export, the key's hand-over, this export last.
    expect(events.map((e) => [e.type, e.captureId])).toEqual([
      ['captured', a.id],
      ['annotated', a.id],
      ['captured', b.id],
      ['annotated', b.id],
      ['key-rotated', null],
      ['captured', locked.id],
      ['annotated', a.id],
      ['exported', null],
    ]);
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set([await store.installId()]));
    // Left out: the deleted capture's two events (#4, #6) and the earlier export (#7).
    const gaps = verdict.checks.filter((check) => check.id === 'custody-gap').map((check) => check.params?.range);
    expect(gaps).toEqual(['#4', '#6–#7']);
    // The passphrase replaced the key: the pack is a dokaz-pack/2, and the card of the old key confirms it.
    expect(verdict.format).toBe('dokaz-pack/2');
    expect(verdict.keyFingerprint).not.toBe(oldKey);
    expect(verdict.keyHistory).toEqual([expect.objectContaining({ fingerprint: oldKey, to: verdict.keyFingerprint })]);
    expect(confirmSigner(verdict, [{ fingerprint: oldKey, label: 'Ana' }]).signer).toMatchObject({
      status: 'confirmed',
      rotatedFrom: oldKey,
      handOvers: 1,
    });

    const ofCase = await exported({ caseId: smokva.id });
    expect(failures(ofCase.verdict)).toEqual([]);
    expect(warnings(ofCase.verdict)).toEqual([]);
  });

  it('verifies with a warning where the computer’s clock went back between two events', async () => {
    const a = await capture('first');
    clock -= 3_600_000; // an hour back: a clock corrected, or set by hand
    const b = await capture('second');
    await store.annotate(a.id, { note: 'seen again' });
    const { verdict } = await exported({ all: true });
    expect(failures(verdict)).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(warnings(verdict)).toEqual([
      expect.stringMatching(
        /^custody-clock custody.jsonl event #2: was written at .* the computer's clock was set back$/,
      ),
    ]);
    expect(b.capturedAt < a.capturedAt).toBe(true);
  });
});
