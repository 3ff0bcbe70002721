import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  frameContentOffset,
  rightClickPoint,
  scrollIntoView,
  markTarget,
  selectorOf,
  type DriverOptions,
  type ExtensionDriver,
  type ExtensionPage,
  type MenuClick,
  type Target,
} from './driver';

/**
 * The built extension in Debian's Firefox ESR, driven through WebDriver BiDi (puppeteer-core). The build is the
 * Firefox one plus the test page entrypoints/e2e (npm run build:e2e), which the background opens at start: the
 * driver may neither open an extension page nor evaluate in the MV2 background page, but it can evaluate in that
 * page, which reaches the background's globalThis.dokaz.
 */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(process.cwd(), '.output/firefox-mv2-e2e');
/** The extension's moz-extension:// host, fixed by the `extensions.webextensions.uuids` pref (the id is in wxt.config.ts). */
export const FIREFOX_EXTENSION_UUID = '5d0f7a3e-6b1c-4c2a-9e4f-d0ca2d0ca2d0';
const EXTENSION_ID = 'dokaz@dokaz';
const MENU_ITEM_ID = 'document-this';

export interface FirefoxSession extends ExtensionDriver {
  browser: Browser;
  /** The tab `open` opened last. */
  tab(): Page;
}

export async function launchFirefox(options: DriverOptions = {}): Promise<FirefoxSession> {
  const { hosts, timeZone, profile, firefox } = options;
  if (profile) await mkdir(profile, { recursive: true });
  const downloads = await mkdtemp(join(tmpdir(), 'dokaz-firefox-downloads-'));
  const browser = await launchWithExtension(() =>
    puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      // The window's own size (see open), as a person's window has, rather than an emulated viewport.
      defaultViewport: null,
      env: { ...process.env, ...(timeZone ? { TZ: timeZone } : {}), ...firefox?.env },
      acceptInsecureCerts: hosts !== undefined,
      ...(profile ? { userDataDir: profile } : {}),
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
        // Saved files (downloads.download with saveAs: false) go to a folder of the test's, without asking.
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        // The test build is a temporary add-on, removed when Firefox closes: its data (and its origin) stay for the
        // next launch on the same profile, as an installed add-on's do.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        ...(hosts
          ? {
              // Chromium's --host-resolver-rules, in Firefox: the names resolve to the loopback address, and port 443
              // becomes the test server's (acceptInsecureCerts above takes its certificate).
              'network.dns.localDomains': hosts.names.join(','),
              'network.socket.forcePort': `443=${hosts.port}`,
            }
          : {}),
        ...firefox?.prefs,
      },
    }),
  );
  try {
    let driverPage = await findDriverPage(browser);
    /** The test page, found again when a quick exit has sent it away (the background brings it back, in the same tab while that tab is there). */
    const driver = async () => {
      const there = await driverPage
        .evaluate(() => location.pathname === '/e2e.html' && 'dokazE2e' in globalThis)
        .catch(() => false);
      if (!there) driverPage = await findDriverPage(browser);
      return driverPage;
    };
    let tab: Page | null = null;
    let rightClicked = false;
    const session: FirefoxSession = {
      name: 'firefox',
      browser,
      tab: () => {
        if (!tab) throw new Error('no tab is open: call open(url) first');
        return tab;
      },
      open: async (url) => {
        const own = await driver();
        const old = (await browser.pages()).filter((page) => page !== own);
        // A window of its own: headless Firefox keeps a context menu open until its window closes (BiDi's key and
        // mouse events reach the page, not the menu), and while one is open it shows no other in that window.
        tab = await browser.newPage({ type: 'window', windowBounds: { width: 1280, height: 800 } });
        rightClicked = false;
        // The old windows close while the new one loads.
        await Promise.all([tab.goto(url), ...old.map((page) => page.close())]);
        await tab.bringToFront();
      },
      rightClick: async (selector, { frame, at } = {}) => {
        const page = session.tab();
        if (rightClicked) throw new Error('one right-click per open(): the first menu is still open in that window');
        rightClicked = true;
        let offset = { x: 0, y: 0 };
        let inFrame = page.mainFrame();
        if (frame) {
          const element = (await page.waitForSelector(frame))!;
          offset = await element.evaluate(frameContentOffset);
          inFrame = (await element.contentFrame())!;
        }
        const target = (await inFrame.waitForSelector(selector))!;
        let inner = await target.evaluate(rightClickPoint, at);
        if (!inner) {
          await target.evaluate(scrollIntoView);
          inner = await target.evaluate(rightClickPoint, at);
        }
        if (!inner) throw new Error(`${selector} cannot be right-clicked: it is not on screen`);
        const point = { x: offset.x + inner.x, y: offset.y + inner.y };
        const own = await driver();
        const before = await own.evaluate(() => globalThis.dokazE2e.lastMenu?.seq ?? 0);
        await page.mouse.click(point.x, point.y, { button: 'right' });
        const shown = await waitFor(() =>
          own.evaluate((seq) => {
            const last = globalThis.dokazE2e.lastMenu;
            return last && last.seq > seq ? last.info : null;
          }, before),
        );
        if (!shown) throw new Error(`no context menu was shown for ${selector}`);
        if (!shown.menuIds.includes(MENU_ITEM_ID)) throw new Error(`the menu for ${selector} has no "Document this"`);
        // onShown's own fields go; the rest is what the click on the item carries (menus.OnClickData).
        const { menuIds: _, contexts: __, ...click } = shown;
        return {
          ...click,
          menuItemId: MENU_ITEM_ID,
          frameId: click.frameId ?? 0,
          pageUrl: click.pageUrl ?? page.url(),
        };
      },
      evaluate: async (script, arg, { frame } = {}) => {
        const page = session.tab();
        const target = frame ? await (await page.waitForSelector(frame))!.contentFrame() : page.mainFrame();
        return target!.evaluate(script as (arg: unknown) => unknown, arg) as never;
      },
      screenshot: async (path, options) => void (await session.tab().screenshot({ path, ...options })),
      openPage: async (path) => {
        const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
        const known = new Set(await browser.pages());
        // The driver may not open an extension page itself: the test page asks the browser to.
        await (await driver()).evaluate((url) => globalThis.dokazE2e.openTab(url), url);
        const page = await waitFor(async () => {
          for (const page of await browser.pages()) {
            if (known.has(page)) continue;
            const there = await page.evaluate(() => location.href).catch(() => null);
            if (there === url) return page;
          }
          return null;
        });
        if (!page) throw new Error(`${path} did not open`);
        await page.bringToFront();
        return wrapPage(browser, page);
      },
      capture: async (click: MenuClick, options = {}) =>
        (await driver()).evaluate((click, options) => globalThis.dokazE2e.capture(click, options), click, options),
      shortcut: async () => (await driver()).evaluate((url) => globalThis.dokazE2e.shortcut(url), session.tab().url()),
      badgeTitle: async () =>
        (await driver()).evaluate((url) => globalThis.dokazE2e.badgeTitle(url), session.tab().url()),
      inExtension: async (script, arg) => (await driver()).evaluate(script as (arg: unknown) => unknown, arg) as never,
      callApi: async (name, ...args) =>
        (await driver()).evaluate((name, args) => globalThis.dokazE2e.call(name, ...args), name, args) as never,
      artifactBytes: async (artifactId) =>
        Buffer.from(
          await (await driver()).evaluate((id) => globalThis.dokazE2e.artifactBase64(id), artifactId),
          'base64',
        ),
      dokazPagesOpen: async () => {
        let count = 0;
        for (const page of await browser.pages()) {
          const url = await page.evaluate(() => location.href).catch(() => '');
          if (url.startsWith(`moz-extension://${FIREFOX_EXTENSION_UUID}/`) && !url.endsWith('/e2e.html')) count++;
        }
        return count;
      },
      close: async () => {
        await browser.close();
        await rm(downloads, { recursive: true, force: true });
      },
    };
    return session;
  } catch (error) {
    await browser.close();
    await rm(downloads, { recursive: true, force: true });
    throw error;
  }
}

/** A tab as the shared suites use it (tests/e2e/driver.ts ExtensionPage). */
function wrapPage(browser: Browser, page: Page): ExtensionPage {
  const find = (target: Target) => selectorOf(target, (t) => page.evaluate(markTarget, t));
  return {
    evaluate: (script, arg) => page.evaluate(script as (arg: unknown) => unknown, arg) as never,
    click: async (target) => clickWhenReady(page, await find(target)),
    clickToOpen: async (target) => {
      const known = new Set(await browser.pages());
      await clickWhenReady(page, await find(target));
      const opened = await waitFor(async () => {
        for (const other of await browser.pages()) {
          if (known.has(other)) continue;
          const ready = await other.evaluate(() => document.readyState === 'complete').catch(() => false);
          if (ready) return other;
        }
        return null;
      });
      if (!opened) throw new Error(`clicking ${JSON.stringify(target)} opened no page`);
      return wrapPage(browser, opened);
    },
    fill: async (target, value) => {
      const selector = await find(target);
      if (value) return fillWhenReady(page, selector, value);
      // Puppeteer empties a field without an input event (only the keys it types make one): as a person empties
      // it, all of it chosen and Backspace.
      await page.$eval(selector, (field) => {
        (field as HTMLInputElement).focus();
        (field as HTMLInputElement).select();
      });
      await page.keyboard.press('Backspace');
    },
    select: async (target, value) => void (await page.select(await find(target), value)),
    check: async (target, checked = true) => {
      const selector = await find(target);
      const now = await page.$eval(selector, (box) => (box as HTMLInputElement).checked);
      if (now !== checked) await clickWhenReady(page, selector);
    },
    value: async (target) => page.$eval(await find(target), (field) => (field as HTMLInputElement).value),
    upload: async (selector, path) => {
      const input = await elementWhenReady(page, selector);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    location: () => page.evaluate(() => location.href),
    goBack: async () => void (await page.goBack().catch(() => null)),
    resize: async (width, height) => {
      // Puppeteer sends the viewport and a screen orientation together; Firefox ESR 140.12 knows no
      // emulation.setScreenOrientationOverride and refuses that one only: the viewport is set all the same.
      await page.setViewport({ width, height }).catch((error: unknown) => {
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
      const resized = await waitFor(() => page.evaluate((w) => (innerWidth === w ? true : null), width));
      if (!resized) throw new Error(`the page did not take the width ${width}`);
    },
    screenshot: async (path, options) => void (await page.screenshot({ path, ...options })),
    close: () => page.close(),
  };
}

/**
 * Firefox with the test build installed. Under datefudge (bin/test's runs at other dates) Firefox ESR now and then
 * never answers webExtension.install: measured with a one-line extension, 16 launches in 70 a year on, none in 35
 * without datefudge; the add-on's background page never starts loading while every process waits idle in its event
 * loop. There, and only there, a launch whose install has not answered within 8 s (it takes well under 1 s) is
 * closed and made again, five tries in all: a hang of the extension's own would hang every try and still fail.
 */
async function launchWithExtension(launch: () => Promise<Browser>): Promise<Browser> {
  const tries = process.env.DATEFUDGE ? 5 : 1;
  for (let tried = 1; ; tried++) {
    const browser = await launch();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const install = browser.installExtension(FIREFOX_EXTENSION_DIR).then(() => true);
      const installed =
        tries === 1
          ? await install
          : await Promise.race([install, new Promise<false>((resolve) => (timer = setTimeout(resolve, 8_000, false)))]);
      if (installed) return browser;
    } catch (error) {
      await browser.close();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    await browser.close();
    if (tried === tries) throw new Error(`Firefox did not install the test build in ${tries} launches`);
    console.warn(`Firefox did not answer webExtension.install within 8 s under datefudge: launching it again`);
  }
}

/**
 * Clicks and typing wait, as a person does, until the element is there, shown and enabled. Not with Puppeteer's
 * locators or waitForSelector: they check from an isolated world of the page, which Firefox ESR 140.12 no longer
 * answers in an extension's pages (a locator's click there waits forever, while page.click and evaluate work).
 */
async function elementWhenReady(page: Page, selector: string, timeoutMs = 30_000) {
  const ready = await waitFor(
    () =>
      page
        .$eval(selector, (element) => {
          const shown = (element as HTMLElement).checkVisibility?.() ?? true;
          const enabled = !(element as HTMLInputElement).disabled;
          if (!element.isConnected || !shown || !enabled) return null;
          element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
          return true;
        })
        .catch(() => null),
    timeoutMs,
  );
  if (!ready) throw new Error(`${selector} is not there, shown and enabled after ${timeoutMs} ms`);
  return (await page.$(selector))!;
}

async function clickWhenReady(page: Page, selector: string): Promise<void> {
  await elementWhenReady(page, selector);
  await page.click(selector);
}

/**
 * As Puppeteer's locator fills a field: a field one types in gets its text chosen and the value typed over it (an
 * input event per key, as a person makes); a date, a colour or a list gets its value and an input and a change event.
 */
async function fillWhenReady(page: Page, selector: string, value: string): Promise<void> {
  await elementWhenReady(page, selector);
  const typed = await page.$eval(
    selector,
    (element, value) => {
      const field = element as HTMLInputElement;
      const untyped = ['date', 'datetime-local', 'month', 'week', 'time', 'color', 'range'];
      if (element.tagName === 'SELECT' || (element.tagName === 'INPUT' && untyped.includes(field.type))) {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        field.dispatchEvent(new Event('change', { bubbles: true }));
        return false;
      }
      field.focus();
      field.select?.();
      return true;
    },
    value,
  );
  if (typed) await page.keyboard.type(value);
}

/** The test page the background opened; Puppeteer does not see its navigation, so each tab is asked where it is. */
async function findDriverPage(browser: Browser): Promise<Page> {
  const found = await waitFor(async () => {
    for (const page of await browser.pages()) {
      const ready = await page
        .evaluate(() => location.protocol === 'moz-extension:' && 'dokazE2e' in globalThis)
        .catch(() => false);
      if (ready) return page;
    }
    return null;
  });
  if (found) return found;
  // What the driver sees instead, to tell a page never opened from one opened but not seen, or not running.
  const seen = await Promise.all(
    (await browser.pages()).map((page) =>
      page
        .evaluate(() => `${location.href}${'dokazE2e' in globalThis ? ' (driver ready)' : ''}`)
        .catch((error: unknown) => `${page.url()} (${String(error).split('\n')[0]})`),
    ),
  );
  throw new Error(
    `the test build's driver page did not open: is ${FIREFOX_EXTENSION_DIR} a --mode e2e build? ` +
      `Pages: ${seen.join('; ') || 'none'}`,
  );
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
