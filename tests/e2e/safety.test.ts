import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { formatMessage } from '../../utils/i18n/translate';
import { NEUTRAL_URL } from '../../utils/safety/neutral-site';
import { existsSync } from 'node:fs';
import { countOf, textOf, type ExtensionDriver, type ExtensionPage } from './driver';
import { BROWSERS } from './launch';
import { SERVED_HOSTS, startServer, startTelegramServer, type TestServer } from './server';

/**
 * Victim safety in the real extension, in real Chromium and real Firefox from the same code: the quick exit (the
 * shortcut's function; the button is in tests/e2e/browsers.test.ts) leaves no Dokaz page open and locks, discreet
 * mode shows nothing after a capture, and "Delete everything", confirmed twice in Settings, empties the store, after
 * which a capture starts a new custody chain.
 *
 * The neutral site is answered by the HTTPS test server under its real host name (tests/e2e/server.ts): the browser
 * never reaches the network.
 */
const en = CATALOGS.en.ui;

/**
 * A page the browser keeps from extensions, where Dokaz refuses to capture (as in tests/e2e/bad-input.test.ts):
 * Firefox's test driver may open no privileged about: page, and about:blank is kept from extensions too.
 */
const RESTRICTED = { chromium: 'chrome://version', firefox: 'about:blank' } as const;

/** In an extension context: the promise-based API is `browser` in Firefox, `chrome` in Chromium. */
type WithBrowser = typeof globalThis & { browser?: typeof chrome };
/** The probing page's own API (tests/fixtures/hostile/probe.html). */
type Probed = typeof globalThis & {
  probe?: {
    ready(): boolean;
    again(): void;
    result(): { heard: string[]; domChanged: boolean; namesChanged: boolean };
  };
};
/** What the tests leave in the extension context they run in. */
type Marked = typeof globalThis & { beforeQuickExit?: boolean; closedNotifications?: string[] };

let server: TestServer;
let neutralServer: TestServer & { port: number };

beforeAll(async () => {
  [server, neutralServer] = await Promise.all([startServer(), startTelegramServer()]);
});

afterAll(async () => {
  await server?.close();
  await neutralServer?.close();
});

describe.each(BROWSERS)('victim safety in real %s', (name, launch) => {
  let driver: ExtensionDriver;
  const article = () => `${server.origin}/generic/article.html`;

  // A browser of its own for each test: a quick exit sends every Dokaz page away, and in Firefox the driver's own
  // page with them; no test depends on that page coming back for the next.
  beforeEach(async () => {
    await driver?.close();
    driver = await launch({ hosts: { names: SERVED_HOSTS, port: neutralServer.port } });
  }, 60_000);

  afterAll(async () => {
    await driver?.close();
  });

  it('is invisible to a page outside a capture: no frame is answered, nothing on the page changes', async () => {
    // A hostile page (tests/fixtures/hostile/probe.html) asks what the marker answers, from srcdoc, about:blank and
    // nested frames, in messages of every shape, before and after a person's right-click; without Dokaz nothing
    // answers and nothing changes, and so it must be with it.
    await driver.open(`${server.origin}/hostile/probe.html`);
    await expect.poll(() => driver.evaluate(() => (globalThis as Probed).probe?.ready() ?? false)).toBe(true);
    await driver.rightClick('#bait');
    await driver.evaluate(() => (globalThis as Probed).probe!.again());
    // Long enough for any answer: the marker answered within a few milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await driver.evaluate(() => (globalThis as Probed).probe!.result())).toEqual({
      heard: [],
      domChanged: false,
      namesChanged: false,
    });
  });

  it('keeps no photo a post from elsewhere names on her own network, and says why', async () => {
    // The page is t.me's name; its "photo" is the test server on 127.0.0.1, with no CORS header: the page may not
    // hand it over, and the extension does not ask her network for a page from elsewhere.
    const photo = `${server.origin}/photo.png`;
    await driver.open(`https://t.me/hostile/local-photo.html?photo=${encodeURIComponent(photo)}`);
    await expect.poll(() => driver.evaluate(() => document.querySelector('img')!.complete)).toBe(true);
    const click = await driver.rightClick('#photo');
    const { id, error } = await driver.capture(click);
    expect(error).toBeUndefined();
    const record = (await driver.callApi('getCapture', id!))!;
    expect(record.artifacts.filter((artifact) => artifact.kind === 'media')).toEqual([]);
    expect(record.skipped).toEqual([
      {
        kind: 'media',
        url: photo,
        reason:
          'the page could not hand it over, and it is on a local network (127.0.0.1), which Dokaz does not ask for a page from elsewhere',
        note: { key: 'skippedLocalNetwork', values: { host: '127.0.0.1' } },
      },
    ]);
  });

  async function openTab(path: string): Promise<ExtensionPage> {
    const tab = await driver.openPage(path);
    await expect.poll(() => countOf(tab, '#app > *')).toBeGreaterThan(0);
    return tab;
  }

  /** Whether `text` is shown on the page (as Playwright's getByText finds it: a part of the text on screen). */
  const shows = (page: ExtensionPage, text: string) =>
    page.evaluate((text) => document.body.innerText.replace(/\s+/g, ' ').includes(text), text);

  /**
   * `dokaz.quickExit()`, the function the keyboard shortcut calls. In Firefox the driver makes the call from its own
   * test page, a Dokaz page, which the quick exit sends away with every other (the test build's background then opens
   * it again): the call may fail for want of its page, so what is checked there is that the page did go. Until its
   * successor answers, the driver could still reach the old page, on its way out.
   */
  async function quickExit(): Promise<void> {
    if (name !== 'firefox') return void (await driver.callApi('quickExit'));
    await driver.inExtension(() => void ((globalThis as Marked).beforeQuickExit = true));
    const failed = await driver.callApi('quickExit').then(
      () => null,
      (error: unknown) => error,
    );
    const driverPageIsNew = () =>
      driver.inExtension(() => 'dokazE2e' in globalThis && !('beforeQuickExit' in globalThis));
    await expect
      .poll(driverPageIsNew, {
        timeout: 20_000,
        message: `the quick exit left the driver's page open (the call ${failed ? `failed: ${String(failed)}` : 'answered'})`,
      })
      .toBe(true);
  }

  /** Runs in the extension: the badge text of the tab at `url`. */
  const badgeText = (url: string) =>
    driver.inExtension(async (url) => {
      const api = (globalThis as WithBrowser).browser ?? chrome;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      // Firefox's MV2 build has a browserAction, Chrome's MV3 an action.
      const action = api.action ?? (api as unknown as { browserAction: typeof chrome.action }).browserAction;
      return action.getBadgeText({ tabId: tab!.id! });
    }, url);

  /** Runs in the extension: the notifications on screen (notifications.getAll). */
  const notificationsOnScreen = () =>
    driver.inExtension(() => ((globalThis as WithBrowser).browser ?? chrome).notifications.getAll());

  /** Runs in the extension: from now on, the ids of the notifications the browser closes are kept (see below). */
  const keepClosedNotifications = () =>
    driver.inExtension(() => {
      const api = (globalThis as WithBrowser).browser ?? chrome;
      const closed: string[] = ((globalThis as Marked).closedNotifications = []);
      api.notifications.onClosed.addListener((id) => void closed.push(id));
    });

  /** Runs in the extension: every notification Dokaz showed since keepClosedNotifications, on screen or closed. */
  const notificationsShown = () =>
    driver.inExtension(async () => [
      ...Object.keys(await ((globalThis as WithBrowser).browser ?? chrome).notifications.getAll()),
      ...((globalThis as Marked).closedNotifications ?? []),
    ]);

  /** Runs in the extension: Dokaz's own entries in the browser's download list (by its maker, not its name). */
  const ourDownloads = () =>
    driver.inExtension(async () => {
      const api = (globalThis as WithBrowser).browser ?? chrome;
      const items = await api.downloads.search({});
      return items.filter((d) => d.byExtensionId === api.runtime.id).map((d) => ({ file: d.filename, state: d.state }));
    });

  /** Exports everything from the dashboard's button: the file name the page says the pack was saved under. */
  async function exportFromDashboard(): Promise<string> {
    const dashboard = await openTab('dashboard.html');
    await dashboard.click('[data-testid="export-button"]');
    const saved = () => textOf(dashboard, '[data-testid="export-saved"]');
    await expect.poll(saved, { timeout: 30_000 }).toMatch(/\.zip/);
    return /[^\s"“”„]+\.zip/.exec((await saved()) ?? '')![0];
  }

  describe('quick exit', () => {
    it("from the shortcut's function: Dokaz pages and the tab on screen leave", async () => {
      await driver.open(article());
      const dashboard = await openTab('dashboard.html');
      // The person goes back to the web page: that tab is on screen when the quick exit comes.
      await driver.inExtension(async (url) => {
        const api = (globalThis as WithBrowser).browser ?? chrome;
        const tab = (await api.tabs.query({})).find((t) => t.url === url)!;
        await api.windows.update(tab.windowId, { focused: true });
        await api.tabs.update(tab.id!, { active: true });
      }, article());

      await quickExit();

      await expect.poll(() => driver.dokazPagesOpen(), { timeout: 10_000 }).toBe(0);
      await expect.poll(() => dashboard.location()).toBe(NEUTRAL_URL);
      await expect.poll(() => driver.evaluate(() => location.href)).toBe(NEUTRAL_URL);
    });

    it('locks a Dokaz that has a passphrase', async () => {
      const passphrase = 'figs and olives in the rain';
      await driver.callApi('setPassphrase', passphrase);
      expect(await driver.callApi('isLocked')).toBe(false);
      // From a page's button, as a person locks with it (the shortcut's function is the test above).
      const dashboard = await openTab('dashboard.html');
      await dashboard.click('[data-testid="quick-exit"]');
      await expect.poll(() => driver.callApi('isLocked'), { timeout: 20_000 }).toBe(true);
      // As it was, for the tests below.
      await driver.callApi('unlock', passphrase);
      await driver.callApi('removePassphrase');
    });

    it('is a shortcut of its own, next to Alt+Shift+D', async () => {
      const commands = await driver.inExtension(() =>
        ((globalThis as WithBrowser).browser ?? chrome).commands.getAll(),
      );
      const exit = commands.find((command) => command.name === 'quick-exit');
      expect(exit?.description).toBe(en['shortcut.quickExit']);
      expect(commands.find((command) => command.name === 'document-this')?.shortcut).not.toBe(exit?.shortcut);
    });
  });

  describe('discreet mode', () => {
    it('shows no badge, title or notification after a capture, kept or not', async () => {
      const settings = await openTab('dashboard.html#/settings');
      await settings.check('[data-testid="discreet-setting"]');
      await expect
        .poll(() =>
          driver.inExtension(() => ((globalThis as WithBrowser).browser ?? chrome).storage.local.get('discreetMode')),
        )
        .toEqual({ discreetMode: true });

      await driver.open(article());
      const titleBefore = await driver.badgeTitle();
      const before = await driver.callApi('countCaptures');
      const { error } = await driver.capture(await driver.rightClick('#first-text'));
      expect(error).toBeUndefined();
      expect(await driver.callApi('countCaptures')).toBe(before + 1);
      expect(await driver.badgeTitle()).toBe(titleBefore);
      expect(await badgeText(article())).toBe('');

      // No menu item is offered on a page the browser keeps from extensions; the keyboard shortcut reaches Dokaz.
      await keepClosedNotifications();
      await driver.open(RESTRICTED[name]);
      expect((await driver.shortcut()).error).toBeDefined();
      expect(await notificationsOnScreen()).toEqual({});
      expect(await notificationsShown()).toEqual([]);

      // Off again: a refusal is announced as before.
      await driver.inExtension(() =>
        ((globalThis as WithBrowser).browser ?? chrome).storage.local.set({ discreetMode: false }),
      );
      await driver.open(RESTRICTED[name]);
      expect((await driver.shortcut()).error).toBeDefined();
      await expect.poll(async () => (await notificationsShown()).length).toBe(1);
      // Firefox hands a notification to the system's notification service (libnotify, over D-Bus); where there is
      // none, as on the test machine, it closes the notification at once (notifications.onClosed), and getAll() no
      // longer lists it. Chromium keeps it on screen.
      if (name === 'chromium') expect(Object.keys(await notificationsOnScreen())).toHaveLength(1);
    });
    it('saves files under neutral names, and a quick exit takes them off the download list, not off the disk', async () => {
      await driver.open(article());
      expect((await driver.capture(await driver.rightClick('#first-text'))).error).toBeUndefined();
      const complete = async () => (await ourDownloads()).filter((d) => d.state === 'complete').length;

      // Not discreet: the pack's name says what it is, and a quick exit leaves the list as it was.
      expect(await exportFromDashboard()).toMatch(/^dokaz-all-\d{4}-\d\d-\d\d\.zip$/);
      await expect.poll(complete, { timeout: 20_000 }).toBe(1);
      await quickExit();
      expect(await ourDownloads()).toHaveLength(1);

      // Discreet: a name with neither Dokaz nor the case in it, and the quick exit erases Dokaz's entries.
      await driver.inExtension(() =>
        ((globalThis as WithBrowser).browser ?? chrome).storage.local.set({ discreetMode: true }),
      );
      const neutral = await exportFromDashboard();
      expect(neutral).toMatch(/^export-\d{4}-\d\d-\d\d-\d{4}\.zip$/);
      expect(neutral).not.toMatch(/dokaz/i);
      await expect.poll(complete, { timeout: 20_000 }).toBe(2);
      const files = (await ourDownloads()).map((d) => d.file);
      await quickExit();
      await expect.poll(ourDownloads, { timeout: 10_000 }).toEqual([]);
      for (const file of files) expect(existsSync(file), file).toBe(true);
    });
  });

  describe('delete everything', () => {
    it('needs both confirmations, empties the store, and Dokaz starts afresh', async () => {
      await driver.open(article());
      expect((await driver.capture(await driver.rightClick('#first-text'))).error).toBeUndefined();
      const oldLog = await driver.callApi('custodyLog');
      expect(oldLog.length).toBeGreaterThan(0);
      const oldActor = oldLog[0]!.actor;
      const count = await driver.callApi('countCaptures');
      // A file Dokaz saved: its entry leaves the download list with the rest (the file stays).
      await driver.inExtension(
        (url) =>
          ((globalThis as WithBrowser).browser ?? chrome).downloads.download({
            url,
            filename: 'dokaz-captures-wipe.html',
            saveAs: false,
          }),
        article(),
      );
      await expect.poll(async () => (await ourDownloads()).length).toBe(1);

      const settings = await openTab('dashboard.html#/settings');
      await settings.click({ button: en['wipe.open'] });
      await expect.poll(() => shows(settings, en['wipe.irreversible'])).toBe(true);
      // The offer to export everything first.
      expect(await countOf(settings, '.wipe-export [data-testid="export-panel"]')).toBe(1);
      await settings.click({ button: en['wipe.continue'] });

      const word = { label: formatMessage('en', en['wipe.wordLabel'], { word: en['wipe.word'] }) };
      await settings.fill(word, 'DELET');
      await settings.click({ button: en['wipe.confirm'] });
      await expect.poll(() => countOf(settings, '#wipe-word-wrong')).toBe(1);
      expect(await driver.callApi('countCaptures')).toBe(count);

      await settings.fill(word, en['wipe.word']);
      await settings.click({ button: en['wipe.confirm'] });

      // The dashboard, afresh and empty.
      const dashboard = await driver.inExtension(() =>
        ((globalThis as WithBrowser).browser ?? chrome).runtime.getURL('dashboard.html'),
      );
      await expect.poll(() => settings.location(), { timeout: 10_000 }).toBe(dashboard);
      await expect.poll(() => shows(settings, en['captures.emptyHeading'])).toBe(true);
      expect(await driver.callApi('countCaptures')).toBe(0);
      expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: 0 });
      expect(await driver.callApi('custodyLog')).toEqual([]);
      expect(await ourDownloads()).toEqual([]);
      expect(
        await driver.inExtension(() => ((globalThis as WithBrowser).browser ?? chrome).storage.local.get()),
      ).toEqual({});

      // A new capture works, first of a new chain, by a new install.
      await driver.open(article());
      const { id, error } = await driver.capture(await driver.rightClick('#first-text'));
      expect(error).toBeUndefined();
      const log = await driver.callApi('custodyLog');
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ seq: 1, type: 'captured', captureId: id, prevHash: '0'.repeat(64) });
      expect(log[0]!.actor).not.toBe(oldActor);
      expect(await driver.callApi('countCaptures')).toBe(1);
      expect(await driver.callApi('verifyCustody')).toMatchObject({ intact: true, length: 1 });
    });
  });
});
