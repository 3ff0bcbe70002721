import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_KIND, type ExtensionDriver } from './driver';
import { BROWSERS } from './launch';
import { startServer, type TestServer } from './server';

/**
 * Bad input in real Chromium and real Firefox, from the same test code: a page the browser keeps from extensions, a
 * page that saw no right-click, a page of 100,000 nodes, broken and huge photos, a tab closed in the middle of a
 * capture. Each gets a plain answer, and the store is left whole, its chain intact.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

/**
 * A page no extension may read, and what Dokaz says of it. (Neither browser shows an extension even the address of
 * such a tab without the `tabs` permission, which Dokaz does not ask for. Firefox's test driver may open no
 * privileged about: page; about:blank is kept from extensions too.)
 */
const RESTRICTED = {
  chromium: { url: 'chrome://version', says: 'Chrome does not let extensions read this page.' },
  firefox: { url: 'about:blank', says: 'Firefox does not let extensions read this page.' },
} as const;

describe.each(BROWSERS)('bad input in real %s', (name, launch) => {
  let driver: ExtensionDriver;

  beforeAll(async () => {
    driver = await launch({});
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
  });

  const open = (path: string) => driver.open(`${server.origin}${path}`);

  /** Right-click `selector` on the open page and document it; the stored record. */
  async function documentPost(selector: string) {
    const { id, error } = await driver.capture(await driver.rightClick(selector));
    expect(error).toBeUndefined();
    return (await driver.callApi('getCapture', id!))!;
  }

  /** After each bad input: the store still holds what it held, and the chain is intact. */
  async function expectConsistentStore(count: number) {
    expect(await driver.callApi('countCaptures')).toBe(count);
    expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: count });
  }

  it('refuses a page the browser keeps from extensions, in plain words, and stores nothing', async () => {
    const { url, says } = RESTRICTED[name];
    await driver.open(url);
    // No menu item is offered there; the keyboard shortcut still reaches Dokaz.
    const { id, error } = await driver.shortcut();
    expect(id).toBeUndefined();
    expect(error).toBe(says);
    await expect.poll(() => driver.badgeTitle()).toContain(says);
    await expectConsistentStore(0);
  });

  it('documents the whole page, and says why, when the page saw no right-click', async () => {
    // What the extractor sees in a tab opened before Dokaz was installed: no marker record.
    await open('/generic/article.html');
    const url = `${server.origin}/generic/article.html`;
    const { id, error } = await driver.capture({ menuItemId: 'document-this', frameId: 0, pageUrl: url });
    expect(error).toBeUndefined();
    const record = (await driver.callApi('getCapture', id!))!;
    expect(record.post.container).toBeNull();
    expect(record.post.text).toContain('Second article');
    expect(record.warnings.join(' ')).toMatch(/did not see the right-click/);
    expect(record.artifacts.map((a) => a.kind)).toContain('post-screenshot');
    await expect.poll(() => driver.badgeTitle()).toMatch(/Documented, with 1 note/); // the badge follows the capture
    await expectConsistentStore(1);
  });

  it('documents a post on a page of 100,000 nodes', async () => {
    await open('/huge.html');
    expect(await driver.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(100_000);
    const record = await documentPost('#p10 span');
    expect(record.post.container?.path).toBe('#p10');
    expect(record.post.text).toContain('message number 10');
    const snapshot = record.artifacts.find((a) => a.kind === SNAPSHOT_KIND[name])!;
    expect(snapshot.size).toBeGreaterThan(2_000_000);
    await expectConsistentStore(2);
  });

  it('records broken photos as skipped or as the bytes served, with the reason', async () => {
    await open('/generic/broken-image.html');
    const record = await documentPost('#post-text');
    expect(record.skipped).toEqual([
      {
        kind: 'media',
        url: `${server.origin}/missing.png`,
        reason: 'the server answered 404 Not Found',
        note: { key: 'skippedServer', values: { status: '404', statusText: 'Not Found' } },
      },
    ]);
    // Bytes that are not an image are still what the server served: kept and hashed as they are.
    expect(record.artifacts.filter((a) => a.kind === 'media')).toEqual([
      expect.objectContaining({ sourceUrl: `${server.origin}/garbage.png`, size: 24 }),
    ]);
    await expectConsistentStore(3);
  });

  it('skips a 50 MB photo over the size limit, says so, and keeps the rest', async () => {
    await open('/generic/big-image.html');
    const record = await documentPost('#post-text');
    expect(record.skipped).toEqual([
      {
        kind: 'media',
        url: `${server.origin}/big.png`,
        reason: 'it is 50 MB, over the limit of 32 MB for one item',
        note: { key: 'skippedTooLarge', values: { size: '50', limit: '32' } },
      },
    ]);
    expect(record.artifacts.map((a) => a.kind).sort()).toEqual(
      ['post-screenshot', SNAPSHOT_KIND[name], 'viewport-screenshot'].sort(),
    );
    await expect.poll(() => driver.badgeTitle()).toMatch(/Documented, with 1 note/); // the badge follows the capture
    await expectConsistentStore(4);
  });

  it('stores nothing when the tab is closed in the middle of a capture', async () => {
    await open('/generic/article.html');
    const click = await driver.rightClick('#first-text');
    const { id, error } = await driver.capture(click, { closeTab: true });
    expect(id).toBeUndefined();
    expect(error).toMatch(/closed|left the page/);
    await expectConsistentStore(4);
  });
});
