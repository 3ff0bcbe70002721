import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredCaptureView } from '@/utils/evidence/record';
import { MAX_POST_MEDIA, mediaLeftOutNote } from '../../utils/extract/generic';
import { noteInEnglish } from '../../utils/notes/note';
import { ARTIFACTS_DIR } from './chromium';
import { countOf, SNAPSHOT_KIND, textOf, type ExtensionDriver } from './driver';
import { BROWSERS } from './launch';
import { FIXTURES, startServer, type TestServer } from './server';

/**
 * The generic pages, documented with a real right-click (or the shortcut) in real Chromium and real Firefox from
 * the same test code: an article, a photo, a selection, a blob: photo, a post in a cross-origin iframe, a post taller
 * than the window; then the dashboard, popup and custody pages showing them, and a log edited behind Dokaz's back.
 */
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let server: TestServer;
let otherOrigin: TestServer;
let photo: Buffer;

beforeAll(async () => {
  [server, otherOrigin, photo] = await Promise.all([
    startServer(),
    startServer(),
    readFile(join(FIXTURES, 'photo.png')),
  ]);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await server?.close();
  await otherOrigin?.close();
});

describe.each(BROWSERS)('capture in real %s', (name, launch) => {
  let driver: ExtensionDriver;

  beforeAll(async () => {
    driver = await launch({});
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
  });

  /** test-results/<file>, with the browser's name in it for Firefox (Chromium's keep their old names). */
  const resultFile = (file: string) => join(ARTIFACTS_DIR, name === 'chromium' ? file : `${name}-${file}`);

  /** Right-click `selector` on the generic page `path` and document it; the stored record. */
  async function documentPost(path: string, selector: string, options: { frame?: string } = {}) {
    await driver.open(`${server.origin}${path}`);
    const click = await driver.rightClick(selector, options);
    const { id, error } = await driver.capture(click);
    expect(error).toBeUndefined();
    return { click, record: (await driver.callApi('getCapture', id!))! };
  }

  /** Every artifact's stored bytes hash to the SHA-256 in the record. */
  async function expectArtifactsRehash(record: StoredCaptureView): Promise<Map<string, Buffer>> {
    const bytes = new Map<string, Buffer>();
    for (const artifact of record.artifacts) {
      const data = await driver.artifactBytes(artifact.id);
      expect(data.length, artifact.name).toBe(artifact.size);
      expect(sha256(data), artifact.name).toBe(artifact.sha256);
      bytes.set(artifact.kind === 'media' ? artifact.sourceUrl! : artifact.kind, data);
    }
    return bytes;
  }

  /** The element's box in device pixels, as the cropped screenshot must have it. */
  const devicePixelSize = (selector: string, frame?: string) =>
    driver.evaluate(
      (selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return { width: Math.round(r.width * devicePixelRatio), height: Math.round(r.height * devicePixelRatio) };
      },
      selector,
      { frame },
    );

  const artifact = (record: StoredCaptureView, kind: string) => record.artifacts.find((a) => a.kind === kind);

  it('documents an article: the post, the page, screenshots and a snapshot, all hashed', async () => {
    const { record } = await documentPost('/generic/article.html', '#first-text');
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
    expect(record.environment.browser.name).toMatch(name === 'chromium' ? /Chrom/ : /Firefox/);
    expect(record.environment.extensionVersion).toBe('0.1.0');
    expect(record.recordSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.artifacts.map((a) => a.kind).sort()).toEqual(
      ['post-screenshot', SNAPSHOT_KIND[name], 'viewport-screenshot'].sort(),
    );

    const snapshot = (await expectArtifactsRehash(record)).get(SNAPSHOT_KIND[name])!.toString('utf8');
    if (name === 'chromium') expect(snapshot).toContain('Content-Type: multipart/related');
    else expect(snapshot).toMatch(/^<!DOCTYPE html>[\s\S]*Собранието ги усвои/);
    expect(artifact(record, 'post-screenshot')).toMatchObject(await devicePixelSize('#first'));
    // Documenting reads the page; it does not stop the page's own scripts.
    expect(await driver.evaluate(() => (window as { __articleScriptRan?: boolean }).__articleScriptRan)).toBe(true);
  });

  it("documents a post with a photo, keeping the photo's own bytes", async () => {
    const srcUrl = `${server.origin}/photo.png`;
    const { click, record } = await documentPost('/generic/feed.html', '#photo-2');
    expect(click).toMatchObject({ srcUrl, mediaType: 'image' });
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
    expect(artifact(record, 'post-screenshot')).toMatchObject(await devicePixelSize('#post-2'));
  });

  it('keeps the selected text', async () => {
    await driver.open(`${server.origin}/generic/article.html`);
    const selected = await driver.evaluate(() => {
      const text = document.querySelector('#first-text')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 40);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    // On the selected words: a right-click elsewhere takes the selection away in Chromium.
    const click = await driver.rightClick('#first-text', { at: { x: 5, y: 5 } });
    expect(click.selectionText).toBe(selected);
    const { id } = await driver.capture(click);
    const record = (await driver.callApi('getCapture', id!))!;
    expect(selected).toHaveLength(40);
    expect(record.post.selection).toBe(selected);
    expect(record.trigger.selectionText).toBe(selected);
    expect(record.post.container?.path).toBe('#first');
  });

  it('keeps a photo the page shows only through a blob: URL', async () => {
    await driver.open(`${server.origin}/generic/blob-image.html`);
    const blobUrl = await driver.evaluate(async () => {
      while (document.body.dataset.ready !== '1') await new Promise((resolve) => setTimeout(resolve, 20));
      return document.querySelector<HTMLImageElement>('#blob-photo')!.src;
    });
    expect(blobUrl).toMatch(/^blob:/);
    const click = await driver.rightClick('#blob-photo');
    expect(click).toMatchObject({ srcUrl: blobUrl, mediaType: 'image' });
    const { id } = await driver.capture(click);
    const record = (await driver.callApi('getCapture', id!))!;
    const bytes = await expectArtifactsRehash(record);
    expect(sha256(bytes.get(blobUrl)!)).toBe(sha256(photo));
    expect(artifact(record, 'media')).toMatchObject({ fetchedVia: 'page', mime: 'image/png' });
  });

  it('keeps what the page showed and the largest size of the source the browser chose', async () => {
    // Her cookie for the site: what the page never showed is asked for without it.
    await driver.open(`${server.origin}/generic/srcset.html`);
    await driver.evaluate(() => void (document.cookie = 'session=hers; path=/'));
    const { record } = await documentPost('/generic/srcset.html', '#caption');
    const shown = await driver.evaluate(() =>
      ['#photo', '#art', '#gone', '#page'].map((s) => (document.querySelector(s) as HTMLImageElement).currentSrc),
    );
    const at = (path: string) => `${server.origin}${path}`;
    const largest = [
      at('/photo.png?size=3x'),
      at('/photo.png?size=a-1600'),
      at('/missing-large.png'),
      at('/generic/feed.html'),
    ];
    expect(shown[0]).toBe(at('/photo.png?size=1x'));
    expect(shown[2]).toBe(at('/photo.png?size=g-1x'));
    expect(record.post.media).toEqual(
      largest.map((src, i) => ({
        kind: 'image',
        src,
        ...(shown[i] === src ? {} : { shownSrc: shown[i] }),
        width: expect.any(Number),
        height: expect.any(Number),
      })),
    );
    // Kept: each photo as shown, and beside it its largest size (the <picture>'s only when the browser showed another).
    const media = record.artifacts.filter((a) => a.kind === 'media');
    const kept = [shown[0], largest[0], shown[1], ...(shown[1] === largest[1] ? [] : [largest[1]]), shown[2], shown[3]];
    expect(media.map((a) => a.sourceUrl)).toEqual(kept);
    expect(media.every((a) => a.fetchedVia === 'page')).toBe(true);
    // Width and height are those of what was shown: a larger size has none stated.
    expect(media.filter((a) => a.width !== undefined).map((a) => a.sourceUrl)).toEqual(shown);
    // A larger size that is not there, or is not a picture, is not kept, and the record says why.
    expect(record.skipped).toEqual([
      {
        kind: 'media',
        url: largest[2],
        reason: expect.stringMatching(/^the server answered 404/),
        note: expect.objectContaining({ key: 'skippedServer' }),
      },
      {
        kind: 'media',
        url: largest[3],
        reason: expect.stringMatching(/^it is not a picture \(text\/html.*\), and the page never showed it$/),
        note: { key: 'skippedNotPicture', values: { mime: expect.stringMatching(/^text\/html/) } },
      },
    ]);
    expect(server.cookies.get('/photo.png?size=3x')).toBeUndefined();
    expect(server.cookies.get('/photo.png?size=a-1600')).toBeUndefined();
    expect(server.requests).toContain('/photo.png?size=3x');
    // A source the browser passed over, and the image's own candidates beside a chosen <source>, are never asked for.
    expect(server.requests).not.toContain('/photo.png?size=never');
    expect(server.requests).not.toContain('/photo.png?size=fallback-2000');
    await expectArtifactsRehash(record);
  });

  it('documents a post inside a cross-origin iframe, cropped where the frame shows it', async () => {
    const embedUrl = `${otherOrigin.origin}/generic/embedded-post.html`;
    const pageUrl = `${server.origin}/generic/iframe.html?embed=${encodeURIComponent(embedUrl)}`;
    const { click, record } = await documentPost(
      `/generic/iframe.html?embed=${encodeURIComponent(embedUrl)}`,
      '#embedded-text',
      { frame: '#embed' },
    );
    expect(click.frameId).not.toBe(0);
    expect(click.frameUrl).toBe(embedUrl);

    expect(record.page.url).toBe(pageUrl);
    expect(record.page.title).toBe('Page with an embedded post');
    expect(record.post.frameUrl).toBe(embedUrl);
    expect(record.post.container?.path).toBe('#embedded-post');
    expect(record.post.text).toContain('Objava unutar okvira');
    expect(artifact(record, 'post-screenshot')).toMatchObject(await devicePixelSize('#embedded-post', '#embed'));
    // The crop sits where the frame shows the post: iframe offset + border + the post's offset inside.
    const expected = await driver.evaluate(() => {
      const f = document.querySelector('#embed')!.getBoundingClientRect();
      return { x: f.left + 3, y: f.top + 3 };
    });
    const inner = await driver.evaluate(
      () => document.querySelector('#embedded-post')!.getBoundingClientRect().toJSON() as DOMRect,
      undefined,
      { frame: '#embed' },
    );
    expect(record.post.rect!.x).toBeCloseTo(expected.x + inner.x, 0);
    expect(record.post.rect!.y).toBeCloseTo(expected.y + inner.y, 0);
    await expectArtifactsRehash(record);
  });

  it('stitches the screenshot of a post taller than the window from several', async () => {
    const { record } = await documentPost('/generic/tall-post.html', '#last-band');
    expect(record.post.tall).toBe(true);
    expect(record.warnings).toEqual([]);
    const shot = artifact(record, 'post-screenshot')!;
    const dpr = await driver.evaluate(() => devicePixelRatio);
    expect(shot).toMatchObject({ width: 600 * dpr, height: 2400 * dpr });
    // The middle of each 300 px band has that band's colour: every slice sits where it belongs.
    const png = (await driver.artifactBytes(shot.id)).toString('base64');
    const colours = await driver.inExtension(async (png) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
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
    }, png);
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
    await driver.open(`${server.origin}/generic/feed.html`);
    const untouched = (await driver.callApi('getCapture', (await driver.shortcut()).id!))!;
    expect(untouched.trigger.source).toBe('shortcut');
    expect(untouched.post.container).toBeNull();
    expect(untouched.warnings).toEqual([]);

    await driver.rightClick('#name-1');
    const record = (await driver.callApi('getCapture', (await driver.shortcut()).id!))!;
    expect(record.trigger.source).toBe('shortcut');
    expect(record.post.container?.path).toBe('#post-1');
  });

  it('shows the captures in the dashboard and the popup, with an intact chain', async () => {
    // One for each capture the tests above made.
    const made = 9;
    expect(await driver.callApi('countCaptures')).toBe(made);
    expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: made });
    const dashboard = await driver.openPage('dashboard.html');
    await expect.poll(() => countOf(dashboard, '[data-testid="capture-row"]')).toBe(made);
    await expect.poll(() => textOf(dashboard, '[data-testid="capture-count"]')).toContain(String(made));
    await dashboard.screenshot(resultFile('dashboard.png'), { fullPage: true });
    await dashboard.click('[data-testid="capture-row"]');
    await expect.poll(() => countOf(dashboard, '[data-testid="artifact-row"]')).toBeGreaterThan(2);
    await dashboard.screenshot(resultFile('dashboard-detail.png'), { fullPage: true });
    await dashboard.close();

    const popup = await driver.openPage('popup.html');
    await expect.poll(() => textOf(popup, '[data-testid="popup-count"]')).toBe(String(made));
    await popup.screenshot(resultFile('popup.png'));
    await popup.close();

    const custody = await driver.openPage('dashboard.html#/custody');
    await expect
      .poll(() => textOf(custody, '[data-testid="chain-status"]'))
      .toMatch(new RegExp(`intact \\(${made} events\\)`, 'i'));
    await custody.screenshot(resultFile('custody.png'), { fullPage: true });
    await custody.close();
  });

  it("shows where the chain breaks when someone edits the log behind Dokaz's back", async () => {
    await driver.inExtension(async () => {
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
          // The event's time, where the store keeps it: in the row's body (plain here: no passphrase is set).
          const row = get.result as { body?: Record<string, unknown> };
          const at = '2020-01-01T00:00:00.000Z';
          const put = store.put(row.body ? { ...row, body: { ...row.body, at } } : { ...row, at });
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
      });
      db.close();
    });
    expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: false, brokenAt: 3 });
    const custody = await driver.openPage('dashboard.html#/custody');
    await expect.poll(() => textOf(custody, '[data-testid="chain-status"]')).toMatch(/broken at #3/i);
    await custody.screenshot(resultFile('custody-broken.png'), { fullPage: true });
  });

  // Last: it adds a capture the dashboard test above does not count.
  it(`keeps the first ${MAX_POST_MEDIA} photos of a gallery, and says how many were left out`, async () => {
    const { record } = await documentPost('/generic/gallery.html', '#caption');
    expect(record.post.media).toHaveLength(MAX_POST_MEDIA);
    expect(record.artifacts.filter((a) => a.kind === 'media')).toHaveLength(MAX_POST_MEDIA);
    const leftOut = mediaLeftOutNote(130, 130 - MAX_POST_MEDIA);
    expect(record.warnings).toContain(noteInEnglish(leftOut));
    expect(record.notes).toContainEqual(leftOut);
  });
});
