import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, artifactBytes, captureVia, getCapture, launchChromium, type ChromiumSession } from './chromium';
import { startServer, type TestServer } from './server';

/**
 * The lock in the real extension: what a passphrase-protected Dokaz leaves in
 * the browser profile's files, capturing while locked, and a browser closed
 * in the middle of encrypting.
 */
const PASSPHRASE = 'четири збора за лозинка';
const TEXT = 'Собранието ги усвои измените на Кривичниот законик';
let server: TestServer;
const profiles: string[] = [];

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
  for (const profile of profiles) await rm(profile, { recursive: true, force: true });
});

async function launch(profile?: string): Promise<ChromiumSession> {
  const session = await launchChromium([], { profile, keepProfile: true });
  if (!profile) profiles.push(session.profile);
  return session;
}

async function captureArticle(session: ChromiumSession): Promise<string> {
  const page = await session.open(`${server.origin}/generic/article.html`);
  await page.click('#first-text', { button: 'right' });
  const { id, error } = await captureVia(session.worker, page);
  expect(error).toBeUndefined();
  return id!;
}

/** Every file of the profile's IndexedDB for the extension, and its blobs. */
async function profileBytes(profile: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/indexeddb/i.test(path)) parts.push(await readFile(path));
    }
  };
  await walk(profile);
  return Buffer.concat(parts);
}

/** A value as IndexedDB may hold it: V8 writes strings as UTF-8-like one-byte text or UTF-16. */
function found(haystack: Buffer, needle: string | Buffer): boolean {
  if (Buffer.isBuffer(needle)) return haystack.includes(needle);
  return [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), Buffer.from(needle, 'latin1')].some((form) =>
    haystack.includes(form),
  );
}

describe('a Dokaz locked with a passphrase', () => {
  it('leaves none of a capture’s text, address or image bytes in the profile’s files', async () => {
    // Control: without a passphrase the same capture is in the files, so the search below can fail.
    const plain = await launch();
    const plainId = await captureArticle(plain);
    const plainRecord = (await getCapture(plain.worker, plainId))!;
    const shot = await artifactBytes(plain.worker, plainRecord.artifacts.find((a) => a.kind === 'post-screenshot')!.id);
    await plain.close();
    const plainFiles = await profileBytes(plain.profile);
    expect(found(plainFiles, TEXT)).toBe(true);

    const session = await launch();
    expect(await session.worker.evaluate((p) => globalThis.dokaz.setPassphrase(p), PASSPHRASE)).toMatch(/-/);
    const id = await captureArticle(session);
    const record = (await getCapture(session.worker, id))!;
    const image = await artifactBytes(session.worker, record.artifacts.find((a) => a.kind === 'post-screenshot')!.id);
    expect(image.length).toBeGreaterThan(1000);
    await session.worker.evaluate(() => globalThis.dokaz.lock());
    expect(await session.worker.evaluate(() => globalThis.dokaz.isLocked())).toBe(true);
    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await expect.poll(() => dashboard.getByTestId('unlock-screen').count()).toBe(1);
    expect(await dashboard.locator('body').textContent()).not.toContain('Собранието');
    await dashboard.screenshot({ path: join(ARTIFACTS_DIR, 'locked.png') });
    await session.close();

    const files = await profileBytes(session.profile);
    expect(files.length).toBeGreaterThan(0);
    expect(found(files, TEXT)).toBe(false);
    expect(found(files, record.post.text.slice(0, 40))).toBe(false);
    expect(found(files, record.page.url)).toBe(false);
    expect(found(files, `${server.origin}/generic`)).toBe(false);
    expect(found(files, image.subarray(image.length / 2, image.length / 2 + 48))).toBe(false);
    expect(shot.length).toBeGreaterThan(0);
  });

  it('captures while locked, and the capture is whole after the unlock', async () => {
    const session = await launch();
    await session.worker.evaluate((p) => globalThis.dokaz.setPassphrase(p), PASSPHRASE);
    await session.worker.evaluate(() => globalThis.dokaz.lock());
    const id = await captureArticle(session);
    await expect(getCapture(session.worker, id)).rejects.toThrow(/locked/i);

    const dashboard = await session.context.newPage();
    await dashboard.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await dashboard.getByTestId('unlock-secret').fill('not the passphrase');
    await dashboard.getByTestId('unlock').click();
    await expect.poll(() => dashboard.locator('[role="alert"]').count()).toBe(1);
    await dashboard.getByTestId('unlock-secret').fill(PASSPHRASE);
    await dashboard.getByTestId('unlock').click();
    await expect.poll(() => dashboard.locator('[data-testid="capture-row"]').count()).toBe(1);
    const record = (await getCapture(session.worker, id))!;
    expect(record.post.text).toContain(TEXT);
    for (const artifact of record.artifacts) {
      const bytes = await artifactBytes(session.worker, artifact.id);
      expect(bytes.length).toBe(artifact.size);
    }
    expect(await session.worker.evaluate(() => globalThis.dokaz.search('sobranieto', {}))).toEqual([id]);
    expect(await session.worker.evaluate(() => globalThis.dokaz.verifyCustody())).toMatchObject({ intact: true });
    await session.close();
  });

  it('loses nothing when the browser closes in the middle of turning the lock on', async () => {
    const session = await launch();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await captureArticle(session));
    const before = await Promise.all(ids.map((id) => getCapture(session.worker, id)));
    // Not awaited: the browser goes while the rows are being sealed.
    void session.worker.evaluate((p) => globalThis.dokaz.setPassphrase(p), PASSPHRASE).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await session.close();

    const again = await launch(session.profile);
    const locked = await again.worker.evaluate(() => globalThis.dokaz.isLocked());
    if (locked) await again.worker.evaluate((p) => globalThis.dokaz.unlock(p), PASSPHRASE);
    expect(await again.worker.evaluate(() => globalThis.dokaz.countCaptures())).toBe(3);
    for (const [i, id] of ids.entries()) expect(await getCapture(again.worker, id)).toEqual(before[i]);
    expect(await again.worker.evaluate(() => globalThis.dokaz.verifyCustody())).toMatchObject({ intact: true });
    await again.close();
  });
});
