import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredCaptureView } from '@/utils/capture/record';
import {
  ARTIFACTS_DIR,
  artifactBytes,
  captureVia,
  frameIdOf,
  getCapture,
  launchChromium,
  storeState,
  type ChromiumSession,
} from './chromium';
import { FIXTURES, startServer, type TestServer } from './server';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let session: ChromiumSession;
let server: TestServer;
let otherOrigin: TestServer;
let photo: Buffer;

beforeAll(async () => {
  [session, server, otherOrigin, photo] = await Promise.all([
    launchChromium(),
    startServer(),
    startServer(),
    readFile(join(FIXTURES, 'photo.png')),
  ]);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await otherOrigin?.close();
});

function open(path: string): Promise<Page> {
  return session.open(`${server.origin}${path}`);
}

/** Every artifact's stored bytes hash to the SHA-256 in the record. */
async function expectArtifactsRehash(record: StoredCaptureView): Promise<Map<string, Buffer>> {
  const bytes = new Map<string, Buffer>();
  for (const artifact of record.artifacts) {
    const data = await artifactBytes(session.worker, artifact.id);
    expect(data.length, artifact.name).toBe(artifact.size);
    expect(sha256(data), artifact.name).toBe(artifact.sha256);
    bytes.set(artifact.kind === 'media' ? artifact.sourceUrl! : artifact.kind, data);
  }
  return bytes;
}

/** The element's box in device pixels, as the cropped screenshot must have it. */
async function devicePixelSize(page: Page, selector: string, frame = page.mainFrame()) {
  return frame.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { width: Math.round(r.width * devicePixelRatio), height: Math.round(r.height * devicePixelRatio) };
  }, selector);
  void page;
}

function artifact(record: StoredCaptureView, kind: string) {
  return record.artifacts.find((a) => a.kind === kind);
}

describe('capture in real Chromium', () => {
  it('documents an article: the post, the page, screenshots and a snapshot, all hashed', async () => {
    const page = await open('/generic/article.html');
    await page.click('#first-text', { button: 'right' });
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    const record = (await getCapture(session.worker, id!))!;

    expect(record.post.container).toEqual({ tag: 'article', path: '#first' });
    expect(record.post.text).toContain('Собранието ги усвои');
    expect(record.post.text).not.toContain('Another article');
    expect(record.post.html).not.toMatch(/<script|onclick|javascript:/i);
    expect(record.page).toMatchObject({
      url: `${server.origin}/generic/article.html`,
      title: 'Вести — Објава за заштита на жртвите',
      canonicalUrl: `${server.origin}/generic/article.html?canonical=1`,
      lang: 'mk',
      meta: { 'og:title': 'Објава за заштита на жртвите' },
    });
    expect(record.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.now() - Date.parse(record.capturedAt)).toBeLessThan(60_000);
    expect(record.timeZone).toBeTruthy();
    expect(record.environment.browser.name).toMatch(/Chrom/);
    expect(record.environment.extensionVersion).toBe('0.1.0');
    expect(record.recordSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.artifacts.map((a) => a.kind).sort()).toEqual([
      'page-mhtml',
      'post-screenshot',
      'viewport-screenshot',
    ]);

    const bytes = await expectArtifactsRehash(record);
    expect(bytes.get('page-mhtml')!.toString('utf8')).toContain('Content-Type: multipart/related');
    expect(artifact(record, 'post-screenshot')).toMatchObject(await devicePixelSize(page, '#first'));
    expect(await page.evaluate(() => (window as { __articleScriptRan?: boolean }).__articleScriptRan)).toBe(true);
  });

  it("documents a post with a photo, keeping the photo's own bytes", async () => {
    const page = await open('/generic/feed.html');
    await page.click('#photo-2', { button: 'right' });
    const srcUrl = `${server.origin}/photo.png`;
    const { id } = await captureVia(session.worker, page, { srcUrl, mediaType: 'image' });
    const record = (await getCapture(session.worker, id!))!;

    expect(record.post.container?.path).toBe('#post-2');
    expect(record.post.text).toContain('Фотографија без дозволе');
    expect(record.post.mediaUrl).toBe(srcUrl);
    expect(record.trigger).toMatchObject({ source: 'menu', srcUrl, mediaType: 'image' });
    const media = record.artifacts.filter((a) => a.kind === 'media');
    expect(media).toEqual([
      expect.objectContaining({ sourceUrl: srcUrl, mime: 'image/png', fetchedVia: 'page', width: 320, height: 240 }),
    ]);
    const bytes = await expectArtifactsRehash(record);
    expect(sha256(bytes.get(srcUrl)!)).toBe(sha256(photo));
    expect(artifact(record, 'post-screenshot')).toMatchObject(await devicePixelSize(page, '#post-2'));
  });

  it('keeps the selected text', async () => {
    const page = await open('/generic/article.html');
    const selected = await page.evaluate(() => {
      const text = document.querySelector('#first-text')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 40);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    await page.click('#first-text', { button: 'right', position: { x: 5, y: 5 } });
    const { id } = await captureVia(session.worker, page, { selectionText: selected });
    const record = (await getCapture(session.worker, id!))!;
    expect(selected).toHaveLength(40);
    expect(record.post.selection).toBe(selected);
    expect(record.trigger.selectionText).toBe(selected);
    expect(record.post.container?.path).toBe('#first');
  });

  it('keeps a photo the page shows only through a blob: URL', async () => {
    const page = await open('/generic/blob-image.html');
    await page.waitForSelector('body[data-ready="1"]');
    const blobUrl = await page.getAttribute('#blob-photo', 'src');
    expect(blobUrl).toMatch(/^blob:/);
    await page.click('#blob-photo', { button: 'right' });
    const { id } = await captureVia(session.worker, page, { srcUrl: blobUrl!, mediaType: 'image' });
    const record = (await getCapture(session.worker, id!))!;
    const bytes = await expectArtifactsRehash(record);
    expect(sha256(bytes.get(blobUrl!)!)).toBe(sha256(photo));
    expect(artifact(record, 'media')).toMatchObject({ fetchedVia: 'page', mime: 'image/png' });
  });

  it('documents a post inside a cross-origin iframe, cropped where the frame shows it', async () => {
    const embedUrl = `${otherOrigin.origin}/generic/embedded-post.html`;
    const page = await open(`/generic/iframe.html?embed=${encodeURIComponent(embedUrl)}`);
    const frame = page.frameLocator('#embed');
    await frame.locator('#embedded-text').click({ button: 'right' });
    const frameId = await frameIdOf(session.worker, page.url(), embedUrl);
    expect(frameId).not.toBe(0);
    const { id, error } = await captureVia(session.worker, page, { frameId, frameUrl: embedUrl });
    expect(error).toBeUndefined();
    const record = (await getCapture(session.worker, id!))!;

    expect(record.page.url).toBe(page.url());
    expect(record.page.title).toBe('Page with an embedded post');
    expect(record.post.frameUrl).toBe(embedUrl);
    expect(record.post.container?.path).toBe('#embedded-post');
    expect(record.post.text).toContain('Objava unutar okvira');
    const childFrame = page.frames().find((f) => f.url() === embedUrl)!;
    expect(artifact(record, 'post-screenshot')).toMatchObject(
      await devicePixelSize(page, '#embedded-post', childFrame),
    );
    // The crop sits where the frame shows the post: iframe offset + border + the post's offset inside.
    const expected = await page.evaluate(() => {
      const f = document.querySelector('#embed')!.getBoundingClientRect();
      return { x: f.left + 3, y: f.top + 3 };
    });
    const inner = await childFrame.evaluate(() =>
      document.querySelector('#embedded-post')!.getBoundingClientRect().toJSON(),
    );
    expect(record.post.rect!.x).toBeCloseTo(expected.x + inner.x, 0);
    expect(record.post.rect!.y).toBeCloseTo(expected.y + inner.y, 0);
    await expectArtifactsRehash(record);
  });

  it('stitches the screenshot of a post taller than the window from several', async () => {
    const page = await open('/generic/tall-post.html');
    await page.click('#last-band', { button: 'right' });
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    const record = (await getCapture(session.worker, id!))!;
    expect(record.post.tall).toBe(true);
    expect(record.warnings).toEqual([]);
    const shot = artifact(record, 'post-screenshot')!;
    const dpr = await page.evaluate(() => devicePixelRatio);
    expect(shot).toMatchObject({ width: 600 * dpr, height: 2400 * dpr });
    // The middle of each 300 px band has that band's colour: every slice sits where it belongs.
    const colours = await session.worker.evaluate(async (artifactId) => {
      const bitmap = await createImageBitmap((await globalThis.dokaz.getArtifactData(artifactId))!);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const scale = bitmap.width / 600;
      return Array.from({ length: 8 }, (_, band) => {
        const [r, g, b] = context.getImageData(
          Math.round(580 * scale),
          Math.round((band * 300 + 150) * scale),
          1,
          1,
        ).data;
        return [r, g, b];
      });
    }, shot.id);
    expect(colours).toEqual([
      [200, 0, 0],
      [0, 150, 0],
      [0, 0, 200],
      [200, 150, 0],
      [150, 0, 150],
      [0, 150, 150],
      [90, 90, 90],
      [20, 20, 20],
    ]);
  });

  it('documents the last right-clicked post with the keyboard shortcut, or else the page', async () => {
    const shortcut = (url: string) =>
      session.worker.evaluate(async (url) => {
        const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        return globalThis.dokaz.captureShortcut(tab);
      }, url);
    const page = await open('/generic/feed.html');
    const untouched = (await getCapture(session.worker, await shortcut(page.url())))!;
    expect(untouched.trigger.source).toBe('shortcut');
    expect(untouched.post.container).toBeNull();
    expect(untouched.warnings).toEqual([]);

    await page.click('#name-1', { button: 'right' });
    const record = (await getCapture(session.worker, await shortcut(page.url())))!;
    expect(record.trigger.source).toBe('shortcut');
    expect(record.post.container?.path).toBe('#post-1');
  });

  it('shows the captures in the dashboard, with an intact chain', async () => {
    const { count, chain } = await storeState(session.worker);
    expect(count).toBe(8);
    expect(chain).toMatchObject({ intact: true, length: 8 });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await expect.poll(() => page.locator('[data-testid="capture-row"]').count()).toBe(8);
    await expect.poll(() => page.locator('[data-testid="capture-count"]').textContent()).toContain('8');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'dashboard.png'), fullPage: true });
    await page.locator('[data-testid="capture-row"]').first().click();
    await expect.poll(() => page.locator('[data-testid="artifact-row"]').count()).toBeGreaterThan(2);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'dashboard-detail.png'), fullPage: true });
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.locator('[data-testid="popup-count"]').textContent()).toBe('8');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'popup.png') });
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#/custody`);
    await expect.poll(() => page.locator('[data-testid="chain-status"]').textContent()).toMatch(/intact \(8 events\)/i);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'custody.png'), fullPage: true });
  });

  it("shows where the chain breaks when someone edits the log behind Dokaz's back", async () => {
    await session.worker.evaluate(async () => {
      // Raw IndexedDB, as another program with access to the profile could do it.
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('dokaz');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = db.transaction('custody', 'readwrite').objectStore('custody');
      await new Promise<void>((resolve, reject) => {
        const get = store.get(3);
        get.onsuccess = () => {
          const put = store.put({ ...get.result, at: '2020-01-01T00:00:00.000Z' });
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
      });
      db.close();
    });
    expect(await storeState(session.worker)).toMatchObject({ chain: { intact: false, brokenAt: 3 } });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/dashboard.html#/custody`);
    await expect.poll(() => page.locator('[data-testid="chain-status"]').textContent()).toMatch(/broken at #3/i);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'custody-broken.png'), fullPage: true });
  });
});
