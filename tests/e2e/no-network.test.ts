import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureVia, getCapture, launchChromium, type ChromiumSession } from './chromium';
import { startServer, type TestServer } from './server';

/**
 * Dokaz sends nothing anywhere (README, "Permissions"): every request its
 * service worker and its pages make, through a capture, every page, an
 * export and a verification, goes to the page being documented (here
 * 127.0.0.1) or stays inside the browser (chrome-extension:, blob:, data:).
 *
 * How requests are told apart: Playwright reports a request to
 * `context.on('request')` only when a renderer or a worker makes it, and
 * names its maker. A service worker's request (Playwright attaches to service
 * workers in Chromium and reports their network, 1.65 here) has
 * `request.serviceWorker()`; any other has the frame of the document that made
 * it, and that frame's page says whose it is: one of the extension's pages
 * (chrome-extension://) or a web page (where the extension's content scripts'
 * requests are counted too: they run in the page's frame). What Chromium asks
 * for itself (Safe Browsing, component updates, which launchChromium switches
 * off anyway) is made by the browser process, has no frame and no worker, and
 * never reaches this listener. What the browser fetches for the extension
 * through an API is seen where it lands: a tab the extension navigates makes
 * its request as that tab's page; a download is the exception, checked in
 * `chrome.downloads` instead. The first test proves that the listener sees the
 * service worker and an extension page, by making requests on purpose.
 */
interface Seen {
  context: string;
  url: string;
}

const PROBE_HOST = 'recorder-probe.test';
let session: ChromiumSession;
let server: TestServer;
let otherOrigin: TestServer;
let dir: string;
const seen: Seen[] = [];

function contextOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  let url: string;
  try {
    // A navigation's frame still holds the document it leaves: the document it loads is the request's own.
    url = request.isNavigationRequest() ? request.url() : request.frame().page().url();
  } catch {
    return 'no frame, no worker';
  }
  const document = url.split(/[?#]/)[0];
  return url.startsWith('chrome-extension:') ? `extension page ${document}` : `web page ${document}`;
}

/** Inside the browser, or to the test server on 127.0.0.1. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'chrome-extension:' || protocol === 'blob:' || protocol === 'data:') return true;
  return (protocol === 'http:' || protocol === 'https:') && hostname === '127.0.0.1';
}

/** Every request seen, by context, with the ones that left marked. */
function listing(requests: Seen[]): string {
  const byContext = new Map<string, Map<string, number>>();
  for (const { context, url } of requests) {
    const urls = byContext.get(context) ?? new Map<string, number>();
    urls.set(url, (urls.get(url) ?? 0) + 1);
    byContext.set(context, urls);
  }
  return [...byContext]
    .map(([context, urls]) => {
      const lines = [...urls].map(([url, n]) => `  ${isLocal(url) ? ' ' : '✗'} ${url}${n > 1 ? ` (×${n})` : ''}`);
      return `${context}\n${lines.join('\n')}`;
    })
    .join('\n');
}

function expectOnlyLocal(): void {
  const outside = seen.filter((request) => !isLocal(request.url));
  expect(outside, `requests that left the machine (✗), among all:\n${listing(seen)}`).toEqual([]);
}

beforeAll(async () => {
  [server, otherOrigin] = await Promise.all([startServer(), startServer()]);
  // The probe host resolves to the test server: a name that is not 127.0.0.1, without a real lookup.
  session = await launchChromium([`--host-resolver-rules=MAP ${PROBE_HOST} 127.0.0.1`]);
  session.context.on('request', (request) => seen.push({ context: contextOf(request), url: request.url() }));
  dir = await mkdtemp(join(tmpdir(), 'dokaz-no-network-'));
}, 60_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  await otherOrigin?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openExtensionPage(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  await page.locator('#app > *').first().waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

describe('no request leaves the machine', () => {
  it('is watched: the recorder sees what the service worker and a page ask for, and flags another host', async () => {
    const port = new URL(server.origin).port;
    const probe = `http://${PROBE_HOST}:${port}/probe?from=worker`;
    expect(await session.worker.evaluate((url) => fetch(url).then((r) => r.status), probe)).toBe(404);
    const page = await openExtensionPage('dashboard.html');
    await page.evaluate((url) => fetch(url), `${server.origin}/probe?from=page`);
    await page.close();

    const workerUrl = session.worker.url();
    expect(seen).toContainEqual({ context: `service worker ${workerUrl}`, url: probe });
    expect(seen).toContainEqual({
      context: `extension page chrome-extension://${session.extensionId}/dashboard.html`,
      url: `${server.origin}/probe?from=page`,
    });
    expect(server.requests).toContain('/probe?from=worker'); // it did reach the server under the other name
    expect(seen.filter((request) => !isLocal(request.url)).map((request) => request.url)).toEqual([probe]);
    seen.length = 0;
  });

  it('while a post with photos is captured, its own photo and one from another origin', async () => {
    const page = await session.open(`${server.origin}/generic/feed.html`);
    await page.click('#photo-2', { button: 'right' });
    expect((await captureVia(session.worker, page)).error).toBeUndefined();
    // A photo the page may not read (no CORS): the service worker fetches it itself, with the host permission.
    const foreign = `${otherOrigin.origin}/photo.png`;
    await page.locator('#photo-2').evaluate((img: HTMLImageElement, src) => {
      img.src = src;
      return img.decode();
    }, foreign);
    await page.click('#photo-2', { button: 'right' });
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    const media = (await getCapture(session.worker, id!))!.artifacts.find((a) => a.kind === 'media');
    expect(media).toMatchObject({ sourceUrl: foreign, fetchedVia: 'extension' });
    expect(seen).toContainEqual({ context: `service worker ${session.worker.url()}`, url: foreign });
    expectOnlyLocal();
  });

  it("while every one of the extension's pages is open", async () => {
    const [id] = await session.worker.evaluate(async () =>
      (await globalThis.dokaz.listCaptures({ limit: 1 })).map((c) => c.id),
    );
    const pages = ['popup.html', 'dashboard.html', `dashboard.html#/capture/${id}`, 'dashboard.html#/custody'];
    pages.push('dashboard.html#/settings', 'dashboard.html#/cases', 'dashboard.html#/groups');
    pages.push('dashboard.html#/accounts', 'verify.html');
    for (const path of pages) {
      const page = await openExtensionPage(path);
      if (path.includes('/capture/')) {
        for (const row of await page.locator('[data-testid="artifact-row"]').all()) {
          const view = row.getByRole('button', { name: 'View' });
          if ((await view.count()) === 0) continue;
          await view.click();
          await page.locator('.preview-row img').waitFor();
        }
      }
      await page.close();
    }
    expectOnlyLocal();
  });

  it('while a pack is exported, saved from the dashboard, and checked on the verify page', async () => {
    const base64 = await session.worker.evaluate(() => globalThis.dokaz.exportPack({ all: true }));
    const zip = join(dir, 'pack.zip');
    await writeFile(zip, Buffer.from(base64, 'base64'));

    const dashboard = await openExtensionPage('dashboard.html');
    await dashboard.getByRole('button', { name: 'Export all as a signed evidence pack' }).click();
    await expect
      .poll(() => dashboard.locator('[data-testid="export-saved"]').textContent(), { timeout: 30_000 })
      .toMatch(/Saved as /);
    await dashboard.close();
    // The downloads API fetches in the browser process, out of the recorder's sight: its sources are checked here.
    const downloads = await session.worker.evaluate(async () =>
      (await chrome.downloads.search({})).map((item) => item.finalUrl || item.url),
    );
    expect(downloads.length).toBeGreaterThan(0);
    expect(downloads.filter((url) => !isLocalSource(url))).toEqual([]);

    const verify = await openExtensionPage('verify.html');
    await verify.locator('[data-testid="pack-file"]').setInputFiles(zip);
    await expect.poll(() => verify.locator('[data-testid="pack-verdict"]').getAttribute('data-ok')).toBe('true');
    await verify.waitForLoadState('networkidle');
    await verify.close();
    expectOnlyLocal();
  });
});

/** A download's source: a blob: URL the extension made, or a data: URL. */
function isLocalSource(url: string): boolean {
  return url.startsWith('blob:chrome-extension:') || url.startsWith('data:');
}
