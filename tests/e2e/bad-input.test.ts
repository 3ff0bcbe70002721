import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { actionTitle, captureVia, getCapture, launchChromium, storeState, type ChromiumSession } from './chromium';
import { startServer, type TestServer } from './server';

let session: ChromiumSession;
let server: TestServer;

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), startServer()]);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

function open(url: string): Promise<Page> {
  return session.open(url.startsWith('/') ? `${server.origin}${url}` : url);
}

/** After each bad input: the store still holds what it held, and the chain is intact. */
async function expectConsistentStore(count: number) {
  expect(await storeState(session.worker)).toMatchObject({ count, chain: { intact: true, length: count } });
}

async function badgeTitle(page: Page): Promise<string> {
  return actionTitle(session.worker, page.url());
}

describe('bad input in real Chromium', () => {
  it('refuses a chrome:// page in plain words and stores nothing', async () => {
    const page = await open('chrome://version');
    const { id, error } = await captureVia(session.worker, page);
    expect(id).toBeUndefined();
    expect(error).toBe('Chrome does not let extensions read this page (chrome:…).');
    expect(await badgeTitle(page)).toContain('Chrome does not let extensions read this page');
    await expectConsistentStore(0);
  });

  it('documents the whole page, and says why, when the page saw no right-click', async () => {
    // What the extractor sees in a tab opened before Dokaz was installed: no marker record.
    const page = await open('/generic/article.html');
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    const record = (await getCapture(session.worker, id!))!;
    expect(record.post.container).toBeNull();
    expect(record.post.text).toContain('Second article');
    expect(record.warnings.join(' ')).toMatch(/did not see the right-click/);
    expect(record.artifacts.map((a) => a.kind)).toContain('post-screenshot');
    await expect.poll(() => badgeTitle(page)).toMatch(/Documented, with 1 note/); // the badge follows the capture
    await expectConsistentStore(1);
  });

  it('documents a post on a page of 100,000 nodes', async () => {
    const page = await open('/huge.html');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(100_000);
    await page.click('#p10 span', { button: 'right' });
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    const record = (await getCapture(session.worker, id!))!;
    expect(record.post.container?.path).toBe('#p10');
    expect(record.post.text).toContain('message number 10');
    const mhtml = record.artifacts.find((a) => a.kind === 'page-mhtml')!;
    expect(mhtml.size).toBeGreaterThan(2_000_000);
    await expectConsistentStore(2);
  });

  it('records broken photos as skipped or as the bytes served, with the reason', async () => {
    const page = await open('/generic/broken-image.html');
    await page.click('#post-text', { button: 'right' });
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    const record = (await getCapture(session.worker, id!))!;
    expect(record.skipped).toEqual([
      { kind: 'media', url: `${server.origin}/missing.png`, reason: 'the server answered 404 Not Found' },
    ]);
    // Bytes that are not an image are still what the server served: kept and hashed as they are.
    expect(record.artifacts.filter((a) => a.kind === 'media')).toEqual([
      expect.objectContaining({ sourceUrl: `${server.origin}/garbage.png`, size: 24 }),
    ]);
    await expectConsistentStore(3);
  });

  it('skips a 50 MB photo over the size limit, says so, and keeps the rest', async () => {
    const page = await open('/generic/big-image.html');
    await page.click('#post-text', { button: 'right' });
    const { id, error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    const record = (await getCapture(session.worker, id!))!;
    expect(record.skipped).toEqual([
      { kind: 'media', url: `${server.origin}/big.png`, reason: 'it is 50 MB, over the limit of 32 MB for one item' },
    ]);
    expect(record.artifacts.map((a) => a.kind).sort()).toEqual([
      'page-mhtml',
      'post-screenshot',
      'viewport-screenshot',
    ]);
    await expect.poll(() => badgeTitle(page)).toMatch(/Documented, with 1 note/); // the badge follows the capture
    await expectConsistentStore(4);
  });

  it('stores nothing when the tab is closed in the middle of a capture', async () => {
    const page = await open('/generic/article.html');
    await page.click('#first-text', { button: 'right' });
    const error = await session.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      const capturing = globalThis.dokaz.capture({ menuItemId: 'document-this', frameId: 0, pageUrl: url }, tab);
      await chrome.tabs.remove(tab!.id!);
      return capturing.then(
        () => 'stored',
        (e: unknown) => (e instanceof Error ? e.message : String(e)),
      );
    }, page.url());
    expect(error).toMatch(/closed|left the page/);
    await expectConsistentStore(4);
  });
});
