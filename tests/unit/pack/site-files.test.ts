// @vitest-environment node
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExporter } from '@/utils/background/export';
import { sha256Hex } from '@/utils/hash';
import type { PackManifest, PackVerdict } from '@/utils/pack/types';
import { verifyPack } from '@/utils/pack/verify';
import { createStore, type Store } from '@/utils/store';
import { openDb, type DokazDb } from '@/utils/store/db';
import { memorySession } from '@/utils/store/lock';
import { makeCapture, telegramMessage } from '../../factories';
import { bytesOf, makeTestPack, signPack, textOf, zipPack, type PackFiles } from './test-pack';

/**
 * dokaz-pack/3: a pack of Telegram messages holds each chat's result.json in
 * Telegram Desktop's export format, made by the extension's own export code
 * from a real store, and the verifier makes it again from the records. A
 * signer who writes anything else into it (a faulty or hostile exporter,
 * whose every signature is sound) fails the pack.
 */
let db: DokazDb;
let store: Store;
beforeEach(() => {
  db = openDb(`test-site-files-${crypto.randomUUID()}`);
  store = createStore({ db, session: memorySession() });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const PHOTO = 'blob:https://web.telegram.org/5c1e7a4e';

/** A Telegram message with a photo, kept, as the capture pipeline stores it. */
async function telegramCapture(messageId: number, text: string) {
  const { record, data } = await makeCapture({ actor: await store.installId(), capturedAt: new Date().toISOString() }, [
    'viewport',
    'post',
    `photo of ${messageId}`,
  ]);
  const photo = record.artifacts[2]!;
  Object.assign(photo, { kind: 'media', name: 'media-01.jpg', sourceUrl: PHOTO });
  const post = telegramMessage({ messageId, text });
  post.media = [
    {
      kind: 'photo',
      messageId,
      src: PHOTO,
      width: 1280,
      height: 960,
      duration: null,
      fileName: null,
      fileSizeText: null,
      thumbnail: false,
    },
  ];
  record.post = { ...record.post, extractor: 'telegram-web-k@1', structured: post };
  return (await store.saveCapture(record, data)).id;
}

async function unpack(zip: Uint8Array): Promise<PackFiles> {
  const files: PackFiles = new Map();
  const opened = await JSZip.loadAsync(zip);
  for (const entry of Object.values(opened.files)) {
    if (!entry.dir) files.set(entry.name, (await entry.async('uint8array')) as Uint8Array<ArrayBuffer>);
  }
  return files;
}

const failures = (verdict: PackVerdict) =>
  verdict.checks.filter((check) => !check.ok).map((check) => `${check.id} ${check.subject}: ${check.message}`);

describe("a pack's Telegram Desktop export", () => {
  it("is a dokaz-pack/3 that holds each chat's result.json, listed, signed and verified", async () => {
    const ids = [await telegramCapture(2047, 'прва'), await telegramCapture(2048, 'втора')];
    const { blob } = await createExporter(store, '0.1.0').makePack({ captureIds: ids }, { language: 'mk' });
    const zip = new Uint8Array(await blob.arrayBuffer());
    const files = await unpack(zip);
    const manifest = JSON.parse(textOf(files.get('manifest.json'))) as PackManifest;
    expect(manifest.format).toBe('dokaz-pack/3');
    const path = 'telegram/-1001987654321/result.json';
    const result = JSON.parse(textOf(files.get(path)));
    expect(result).toMatchObject({ name: 'Smokva', type: 'public_supergroup', id: 1987654321 });
    expect(result.messages.map((m: { id: number; text: string }) => [m.id, m.text])).toEqual([
      [2047, 'прва'],
      [2048, 'втора'],
    ]);
    // Each photo is the pack's own file, where result.json's path leads.
    for (const message of result.messages) {
      const photo = new URL(message.photo, `file:///pack/${path}`).pathname.slice('/pack/'.length);
      expect(files.has(photo)).toBe(true);
    }
    const sha256 = await sha256Hex(files.get(path)!);
    expect(manifest.files).toContainEqual({ path, size: files.get(path)!.length, sha256 });
    expect(textOf(files.get('SHA256SUMS'))).toContain(`${sha256}  ${path}\n`);
    const verdict = await verifyPack(zip);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.checks).toContainEqual(expect.objectContaining({ id: 'site-file', ok: true, subject: path }));
  });

  it('keeps a pack with no Telegram message in dokaz-pack/1', async () => {
    const { record, data } = await makeCapture({
      actor: await store.installId(),
      capturedAt: new Date().toISOString(),
    });
    const { id } = await store.saveCapture(record, data);
    const { blob } = await createExporter(store, '0.1.0').makePack({ captureIds: [id] });
    const files = await unpack(new Uint8Array(await blob.arrayBuffer()));
    expect(JSON.parse(textOf(files.get('manifest.json'))).format).toBe('dokaz-pack/1');
    expect([...files.keys()].filter((p) => p.startsWith('telegram/'))).toEqual([]);
  });

  it('fails a pack whose result.json says what its records do not, every signature sound', async () => {
    const ids = [await telegramCapture(2047, 'прва')];
    const { blob } = await createExporter(store, '0.1.0').makePack({ captureIds: ids });
    const files = await unpack(new Uint8Array(await blob.arrayBuffer()));
    const path = 'telegram/-1001987654321/result.json';
    const forged = bytesOf(textOf(files.get(path)).replace('"text": "прва"', '"text": "нешто друго"'));
    expect(forged).not.toEqual(files.get(path));
    // The exporter's own key re-signs it, manifest and SHA256SUMS updated: only the remaking can find it.
    const keys = await store.signingKeys();
    const manifest = JSON.parse(textOf(files.get('manifest.json'))) as PackManifest;
    const entry = manifest.files.find((f) => f.path === path)!;
    Object.assign(entry, { size: forged.length, sha256: await sha256Hex(forged) });
    files.set(path, forged);
    files.set('manifest.json', bytesOf(JSON.stringify(manifest, null, 2) + '\n'));
    await signPack(files, keys);
    const verdict = await verifyPack(await zipPack(files));
    expect(failures(verdict)).toEqual([
      `site-file ${path}: is not what the records of manifest.json make: it says something the verified captures do not`,
    ]);
  });

  it("fails a pack that leaves a chat's result.json out, or holds one no capture makes", async () => {
    const ids = [await telegramCapture(2047, 'прва')];
    const { blob } = await createExporter(store, '0.1.0').makePack({ captureIds: ids });
    const files = await unpack(new Uint8Array(await blob.arrayBuffer()));
    const path = 'telegram/-1001987654321/result.json';
    const keys = await store.signingKeys();
    const manifest = JSON.parse(textOf(files.get('manifest.json'))) as PackManifest;
    const stray = 'telegram/-1002/result.json';
    files.set(stray, files.get(path)!);
    files.delete(path);
    manifest.files = manifest.files.map((f) => (f.path === path ? { ...f, path: stray } : f));
    files.set('manifest.json', bytesOf(JSON.stringify(manifest, null, 2) + '\n'));
    await signPack(files, keys);
    expect(failures(await verifyPack(await zipPack(files)))).toEqual([
      `site-file ${path}: is not in the pack, though its captures make it`,
      `extra-file ${stray}: is none of the pack's own files and no capture of manifest.json makes it`,
    ]);
  });

  it("keeps a run's shared screen once, under shared/, listed by each capture, and it verifies", async () => {
    const run = { id: crypto.randomUUID(), chatKey: 'peer:-1001987654321', messageId: 0 };
    const ids: string[] = [];
    for (const messageId of [2047, 2048, 2049]) {
      const { record, data } = await makeCapture(
        { actor: await store.installId(), capturedAt: new Date().toISOString(), run: { ...run, messageId } },
        ['the one screen', `the crop of ${messageId}`],
      );
      ids.push((await store.saveCapture(record, data)).id);
    }
    const { blob } = await createExporter(store, '0.1.0').makePack({ captureIds: ids });
    const zip = new Uint8Array(await blob.arrayBuffer());
    const files = await unpack(zip);
    const manifest = JSON.parse(textOf(files.get('manifest.json'))) as PackManifest;
    expect(manifest.format).toBe('dokaz-pack/3');
    const screen = manifest.captures[0]!.record.artifacts.find((a) => a.kind === 'viewport-screenshot')!;
    const path = `shared/${screen.sha256}.png`;
    expect([...files.keys()].filter((p) => p.startsWith('shared/'))).toEqual([path]);
    for (const capture of manifest.captures) {
      const own = capture.record.artifacts.find((a) => a.kind === 'viewport-screenshot')!;
      expect(capture.files[own.id]).toBe(path);
      expect(files.has(`captures/${capture.id}/viewport.png`)).toBe(false);
    }
    expect(failures(await verifyPack(zip))).toEqual([]);
    // The report gives each capture's files from its folder: a shared one is up there.
    expect(textOf(files.get('report.html'))).toContain(`../../${path}`);

    // Listed by one capture only, every signature sound: the writer never shares such a file.
    const keys = await store.signingKeys();
    const [first, ...rest] = manifest.captures;
    for (const capture of rest) {
      const own = capture.record.artifacts.find((a) => a.kind === 'viewport-screenshot')!;
      capture.files[own.id] = `captures/${capture.id}/viewport.png`;
      files.set(`captures/${capture.id}/viewport.png`, files.get(path)!);
    }
    expect(first!.files[screen.id]).toBe(path);
    manifest.files = await Promise.all(
      [...files.keys()]
        .filter((p) => !['manifest.json', 'manifest.sig', 'SHA256SUMS', 'SHA256SUMS.sig'].includes(p))
        .sort()
        .map(async (p) => ({ path: p, size: files.get(p)!.length, sha256: await sha256Hex(files.get(p)!) })),
    );
    files.set('manifest.json', bytesOf(JSON.stringify(manifest, null, 2) + '\n'));
    await signPack(files, keys);
    expect(failures(await verifyPack(await zipPack(files)))).toEqual([
      `extra-file ${path}: lies under shared/, but fewer than two captures of manifest.json list it: a file of one capture lies in its own folder`,
    ]);
  });

  it('shares by path: the same bytes under two extensions, or in a right-click capture, keep their own folders', async () => {
    const run = { id: crypto.randomUUID(), chatKey: 'peer:-1001987654321', messageId: 1 };
    const made = async (name: string, withRun: boolean) => {
      const { record, data } = await makeCapture(
        { actor: await store.installId(), capturedAt: new Date().toISOString(), run: withRun ? run : null },
        ['the same bytes', `crop ${crypto.randomUUID()}`],
      );
      record.artifacts[0]!.name = name;
      return (await store.saveCapture(record, data)).id;
    };
    // Only the two .jpg run captures share; the .bin one and the right-click one keep theirs.
    const ids = [await made('media-01.jpg', true), await made('media-01.jpg', true), await made('media-01.bin', true)];
    ids.push(await made('media-01.jpg', false));
    const { blob } = await createExporter(store, '0.1.0').makePack({ captureIds: ids });
    const zip = new Uint8Array(await blob.arrayBuffer());
    const files = await unpack(zip);
    expect([...files.keys()].filter((p) => p.startsWith('shared/'))).toHaveLength(1);
    expect(files.has(`captures/${ids[2]}/media-01.bin`)).toBe(true);
    expect(files.has(`captures/${ids[3]}/media-01.jpg`)).toBe(true);
    expect(failures(await verifyPack(zip))).toEqual([]);
  });

  it('fails a file of a site in a pack of an earlier format, listed and signed', async () => {
    const pack = await makeTestPack();
    const stray = 'telegram/1/result.json';
    pack.files.set(stray, bytesOf('{}'));
    pack.manifest.files.push({ path: stray, size: 2, sha256: await sha256Hex(bytesOf('{}')) });
    pack.manifest.files.sort((a, b) => (a.path < b.path ? -1 : 1));
    pack.files.set('manifest.json', bytesOf(JSON.stringify(pack.manifest, null, 2) + '\n'));
    await signPack(pack.files, pack.keys);
    expect(failures(await verifyPack(await zipPack(pack.files)))).toEqual([
      `extra-file ${stray}: has no place in a dokaz-pack/1: only the pack's own files and the captures' are`,
    ]);
  });
});
