import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { formatMessage } from '../../utils/i18n/translate';
import { NEUTRAL_URL } from '../../utils/safety/neutral-site';
import { actionTitle, captureVia, launchChromium, storeState, type ChromiumSession } from './chromium';
import { startServer, type TestServer } from './server';

/**
 * Victim safety in the real extension: the quick exit (the shortcut's
 * function; the button, in both browsers, is in tests/e2e/browsers.test.ts)
 * leaves no Dokaz page open, discreet mode shows nothing
 * after a capture, and "Delete everything", confirmed twice in Settings,
 * empties the store, after which a capture starts a new custody chain.
 *
 * The neutral site is answered by the test itself (Playwright's routing): the
 * browser never reaches the network.
 */
const en = CATALOGS.en.ui;
const NEUTRAL_PAGE = '<!doctype html><title>Weather</title><p>Sunny, 21 °C</p>';

let session: ChromiumSession;
let server: TestServer;

const extensionOrigin = () => `chrome-extension://${session.extensionId}/`;
const extensionPage = (path: string) => `${extensionOrigin()}${path}`;

beforeAll(async () => {
  [session, server] = await Promise.all([launchChromium(), startServer()]);
  await session.context.route(
    (url) => url.href.startsWith(NEUTRAL_URL),
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: NEUTRAL_PAGE }),
  );
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openTab(path: string): Promise<Page> {
  const tab = await session.context.newPage();
  await tab.goto(extensionPage(path));
  await tab.locator('#app > *').first().waitFor();
  return tab;
}

/** Tabs still showing a Dokaz page, as Playwright and as the extension itself see them. */
async function dokazPagesLeft(): Promise<number> {
  const tabs = session.context.pages().filter((tab) => tab.url().startsWith(extensionOrigin()));
  const contexts = await session.worker.evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['TAB', 'POPUP'] })).length,
  );
  return tabs.length + contexts;
}

function badgeText(url: string): Promise<string> {
  return session.worker.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, url);
}

describe('quick exit', () => {
  it("from the shortcut's function: Dokaz pages and the tab on screen leave", async () => {
    const web = await session.open(`${server.origin}/generic/article.html`);
    const dashboard = await openTab('dashboard.html');
    await web.bringToFront();

    await session.worker.evaluate(() => globalThis.dokaz.quickExit());

    await expect.poll(dokazPagesLeft, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => dashboard.url()).toBe(NEUTRAL_URL);
    await expect.poll(() => web.url()).toBe(NEUTRAL_URL);
  });

  it('locks a Dokaz that has a passphrase', async () => {
    const passphrase = 'figs and olives in the rain';
    await session.worker.evaluate((passphrase) => globalThis.dokaz.setPassphrase(passphrase), passphrase);
    expect(await session.worker.evaluate(() => globalThis.dokaz.isLocked())).toBe(false);
    await session.worker.evaluate(() => globalThis.dokaz.quickExit());
    expect(await session.worker.evaluate(() => globalThis.dokaz.isLocked())).toBe(true);
    // As it was, for the tests below.
    await session.worker.evaluate(async (passphrase) => {
      await globalThis.dokaz.unlock(passphrase);
      await globalThis.dokaz.removePassphrase();
    }, passphrase);
  });

  it('is a shortcut of its own, next to Alt+Shift+D', async () => {
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    const quickExit = commands.find((command) => command.name === 'quick-exit');
    expect(quickExit?.description).toBe(en['shortcut.quickExit']);
    expect(commands.find((command) => command.name === 'document-this')?.shortcut).not.toBe(quickExit?.shortcut);
  });
});

describe('discreet mode', () => {
  it('shows no badge, title or notification after a capture, kept or not', async () => {
    const settings = await openTab('dashboard.html#/settings');
    await settings.getByTestId('discreet-setting').check();
    await expect
      .poll(() => session.worker.evaluate(() => chrome.storage.local.get('discreetMode')))
      .toEqual({ discreetMode: true });

    const page = await session.open(`${server.origin}/generic/article.html`);
    const titleBefore = await actionTitle(session.worker, page.url());
    const before = (await storeState(session.worker)).count;
    const { error } = await captureVia(session.worker, page);
    expect(error).toBeUndefined();
    expect((await storeState(session.worker)).count).toBe(before + 1);
    expect(await actionTitle(session.worker, page.url())).toBe(titleBefore);
    expect(await badgeText(page.url())).toBe('');

    const refused = await session.open('chrome://version');
    expect((await captureVia(session.worker, refused)).error).toBeDefined();
    expect(await session.worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

    // Off again: a refusal is announced as before.
    await session.worker.evaluate(() => chrome.storage.local.set({ discreetMode: false }));
    const again = await session.open('chrome://version');
    expect((await captureVia(session.worker, again)).error).toBeDefined();
    await expect
      .poll(async () => Object.keys(await session.worker.evaluate(() => chrome.notifications.getAll())).length)
      .toBe(1);
  });
});

describe('delete everything', () => {
  it('needs both confirmations, empties the store, and Dokaz starts afresh', async () => {
    const page = await session.open(`${server.origin}/generic/article.html`);
    expect((await captureVia(session.worker, page)).error).toBeUndefined();
    const oldLog = await session.worker.evaluate(() => globalThis.dokaz.custodyLog());
    expect(oldLog.length).toBeGreaterThan(0);
    const oldActor = oldLog[0]!.actor;
    const count = (await storeState(session.worker)).count;

    const settings = await openTab('dashboard.html#/settings');
    await settings.getByRole('button', { name: en['wipe.open'] }).click();
    await settings.getByText(en['wipe.irreversible']).waitFor();
    // The offer to export everything first.
    expect(await settings.locator('.wipe-export [data-testid="export-panel"]').count()).toBe(1);
    await settings.getByRole('button', { name: en['wipe.continue'] }).click();

    const word = settings.getByLabel(formatMessage('en', en['wipe.wordLabel'], { word: en['wipe.word'] }));
    await word.fill('DELET');
    await settings.getByRole('button', { name: en['wipe.confirm'] }).click();
    await settings.locator('#wipe-word-wrong').waitFor();
    expect((await storeState(session.worker)).count).toBe(count);

    await word.fill(en['wipe.word']);
    await settings.getByRole('button', { name: en['wipe.confirm'] }).click();

    // The dashboard, afresh and empty.
    await expect.poll(() => settings.url(), { timeout: 10_000 }).toBe(extensionPage('dashboard.html'));
    await settings.getByText(en['captures.emptyHeading']).waitFor();
    expect(await storeState(session.worker)).toMatchObject({ count: 0, chain: { intact: true, length: 0 } });
    expect(await session.worker.evaluate(() => globalThis.dokaz.custodyLog())).toEqual([]);
    expect(await session.worker.evaluate(() => chrome.storage.local.get())).toEqual({});

    // A new capture works, first of a new chain, by a new install.
    const next = await session.open(`${server.origin}/generic/article.html`);
    const { id, error } = await captureVia(session.worker, next);
    expect(error).toBeUndefined();
    const log = await session.worker.evaluate(() => globalThis.dokaz.custodyLog());
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ seq: 1, type: 'captured', captureId: id, prevHash: '0'.repeat(64) });
    expect(log[0]!.actor).not.toBe(oldActor);
    expect(await storeState(session.worker)).toMatchObject({ count: 1, chain: { intact: true, length: 1 } });
  });
});
