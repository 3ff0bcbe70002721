import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackManifest } from '../../utils/pack/types';
import { verifyPack } from '../../utils/pack/verify';
import { ARTIFACTS_DIR, captureVia, launchChromium, storeState, type ChromiumSession } from './chromium';
import { mutatePack } from './pack-mutations';
import { startServer, type TestServer } from './server';

/**
 * The evidence pack from the real extension, checked with the real tools a
 * recipient has: unzip, sha256sum, openssl, and Dokaz's own verifier.
 */
const run = promisify(execFile);

let session: ChromiumSession;
let server: TestServer;
let dir: string;
let zipPath: string;
let pack: Buffer;
let manifest: PackManifest;

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), startServer()]);
  for (const [path, selector] of [
    ['/generic/article.html', '#first-text'],
    ['/generic/feed.html', '#photo-2'],
  ] as const) {
    const page = await session.open(`${server.origin}${path}`);
    await page.click(selector, { button: 'right' });
    const { error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
  }
  const base64 = await session.worker.evaluate(() => globalThis.dokaz.exportPack({ all: true }));
  pack = Buffer.from(base64, 'base64');
  dir = await mkdtemp(join(tmpdir(), 'dokaz-pack-'));
  zipPath = join(dir, 'pack.zip');
  await writeFile(zipPath, pack);
  await run('unzip', ['-q', zipPath, '-d', join(dir, 'pack')]);
  manifest = JSON.parse(await readFile(join(dir, 'pack', 'manifest.json'), 'utf8')) as PackManifest;
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the evidence pack, checked with standard tools', () => {
  it('passes sha256sum -c for every file', async () => {
    const { stdout } = await run('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'pack') });
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBe(manifest.files.length + 1); // + manifest.json
    expect(lines.every((line) => line.endsWith(': OK'))).toBe(true);
  });

  it('passes openssl dgst -verify for the manifest and for SHA256SUMS', async () => {
    for (const [signature, file] of [
      ['manifest.sig', 'manifest.json'],
      ['SHA256SUMS.sig', 'SHA256SUMS'],
    ]) {
      const { stdout } = await run(
        'openssl',
        ['dgst', '-sha256', '-verify', 'public-key.pem', '-signature', signature!, file!],
        {
          cwd: join(dir, 'pack'),
        },
      );
      expect(stdout.trim()).toBe('Verified OK');
    }
  });

  it('names the key by the fingerprint openssl computes', async () => {
    const { stdout } = await run('sh', ['-c', 'openssl pkey -pubin -in public-key.pem -outform DER | sha256sum'], {
      cwd: join(dir, 'pack'),
    });
    expect(stdout.split(' ')[0]).toBe(manifest.exporter.keyFingerprint);
  });

  it('passes dokaz-verify, and says so with exit code 0', async () => {
    const { stdout } = await run(join(process.cwd(), 'bin/dokaz-verify'), ['--json', zipPath]);
    const verdict = JSON.parse(stdout) as { ok: boolean; captures: number };
    expect(verdict).toMatchObject({ ok: true, captures: 2 });
  });

  it("holds both captures, their custody events and this export's event, also in the store", async () => {
    expect(manifest.format).toBe('dokaz-pack/1');
    expect(manifest.captures).toHaveLength(2);
    const lines = (await readFile(join(dir, 'pack', 'custody.jsonl'), 'utf8')).trim().split('\n');
    const events = lines.map((line) => JSON.parse(line) as { type: string; seq: number; hash: string });
    expect(events.map((e) => e.type)).toEqual(['captured', 'captured', 'exported']);
    const { chain } = await storeState(session.worker);
    expect(chain).toMatchObject({ intact: true, length: 3, headHash: events[2]!.hash });
  });

  it('has a report that renders in Chromium', async () => {
    const page = await session.context.newPage();
    await page.goto(`file://${join(dir, 'pack', 'report.html')}`);
    expect(await page.locator('img').count()).toBeGreaterThanOrEqual(2);
    expect(await page.content()).toContain(manifest.exporter.keyFingerprint.slice(0, 4));
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'report.png'), fullPage: true });
  });

  it('is identical to what the verifier in the extension accepts', async () => {
    const verdict = await verifyPack(new Uint8Array(pack));
    expect(verdict.ok).toBe(true);
    // Real captures' custody events keep every rule of the event list, and leave nothing to warn of.
    expect(verdict.checks.filter((check) => check.warning)).toEqual([]);
    for (const id of ['custody-event', 'custody-actor', 'custody-order', 'custody-time', 'custody-clock']) {
      expect(verdict.checks).toContainEqual(expect.objectContaining({ id, ok: true }));
    }
  });

  it('detects every one of 1,000 random mutations, naming the file or check', async () => {
    const kinds = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const mutation = await mutatePack(new Uint8Array(pack), i);
      const verdict = await verifyPack(mutation.zip);
      const failed = verdict.checks.filter((c) => !c.ok);
      expect(verdict.ok, `mutation #${i}: ${mutation.description}`).toBe(false);
      expect(
        failed.some((c) => c.subject.length > 0 && c.id.length > 0),
        mutation.description,
      ).toBe(true);
      kinds.set(mutation.kind, (kinds.get(mutation.kind) ?? 0) + 1);
    }
    expect(kinds.size).toBeGreaterThanOrEqual(8);
  }, 600_000);

  it('is saved through the downloads API from the dashboard, and the export is in the custody log', async () => {
    const before = (await storeState(session.worker)).chain;
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await page.getByRole('button', { name: 'Export all as a signed evidence pack' }).click();
    await expect
      .poll(() => page.locator('[data-testid="export-saved"]').textContent(), { timeout: 30_000 })
      .toMatch(/Saved as dokaz-all-\d{4}-\d\d-\d\d\.zip/);
    const download = await session.worker.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        // Playwright saves downloads under its own names, so the file is found by its source, not its name.
        const found = await chrome.downloads.search({ state: 'complete', mime: 'application/zip' });
        const item = found.find((d) => d.byExtensionId === chrome.runtime.id);
        if (item) return { filename: item.filename, bytes: item.fileSize };
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(download).not.toBeNull();
    const saved = new Uint8Array(await readFile(download!.filename));
    expect((await verifyPack(saved)).ok).toBe(true);
    const after = (await storeState(session.worker)).chain;
    expect(after).toMatchObject({ intact: true, length: before.length + 1 });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'dashboard-export.png') });
  });

  it("is checked on the extension's verify page, which names what a tampered copy breaks", async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/verify.html`);
    await page.locator('[data-testid="pack-file"]').setInputFiles(zipPath);
    await expect.poll(() => page.locator('[data-testid="pack-verdict"]').getAttribute('data-ok')).toBe('true');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'verify-page.png'), fullPage: true });

    const tampered = await mutatePack(new Uint8Array(pack), 0); // a flipped byte
    const tamperedPath = join(dir, 'tampered.zip');
    await writeFile(tamperedPath, tampered.zip);
    await page.locator('[data-testid="pack-file"]').setInputFiles(tamperedPath);
    await expect.poll(() => page.locator('[data-testid="pack-verdict"]').getAttribute('data-ok')).toBe('false');
    expect(await page.locator('[data-testid="pack-check"][data-ok="false"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'verify-page-tampered.png'), fullPage: true });
  });

  it("shows the signing key's fingerprint in settings, as the pack names it", async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#/settings`);
    await expect
      .poll(() => page.locator('[data-testid="key-fingerprint"]').textContent())
      .toBe(manifest.exporter.keyFingerprint.match(/.{4}/g)!.join(' '));
  });

  it('exports chosen captures only, and refuses an id it does not have', async () => {
    const error = await session.worker.evaluate(() =>
      globalThis.dokaz.exportPack({ captureIds: ['00000000-0000-4000-8000-000000000000'] }).then(
        () => 'exported',
        (e: unknown) => (e instanceof Error ? e.message : String(e)),
      ),
    );
    expect(error).toBe('There is no capture 00000000-0000-4000-8000-000000000000 to export.');
    const one = manifest.captures[0]!.id;
    const base64 = await session.worker.evaluate((id) => globalThis.dokaz.exportPack({ captureIds: [id] }), one);
    const verdict = await verifyPack(new Uint8Array(Buffer.from(base64, 'base64')));
    expect(verdict).toMatchObject({ ok: true, captures: 1 });
  });
});
