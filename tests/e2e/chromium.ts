/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { recordCspViolations } from './canary';
import {
  frameContentOffset,
  menuContextAt,
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

/** The built extension in Debian's Chromium, driven as a person would, with the service worker at hand. */
export const EXTENSION_DIR = join(process.cwd(), '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = join(process.cwd(), 'test-results');

export interface ChromiumSession {
  context: BrowserContext;
  /** The browser profile's folder (IndexedDB's files are in it). */
  profile: string;
  worker: Worker;
  extensionId: string;
  /** Closes every tab and opens `url` in a new one, on screen (captureVisibleTab shows the active tab). */
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(
  extraArgs: string[] = [],
  options: {
    timezoneId?: string;
    /** A profile to start again (a browser restart); by default a new one. */
    profile?: string;
    /** Keep the profile when the browser closes, to start it again. */
    keepProfile?: boolean;
  } = {},
): Promise<ChromiumSession> {
  const { profile: given, keepProfile, ...contextOptions } = options;
  const profile = given ?? (await mkdtemp(join(tmpdir(), 'dokaz-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    ...contextOptions,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      // No network beyond 127.0.0.1: keep Chromium from calling home.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    // The background registers globalThis.dokaz synchronously at start; wait for it anyway.
    for (let i = 0; i < 100 && !('dokaz' in globalThis); i++) await new Promise((r) => setTimeout(r, 20));
  });
  return {
    context,
    profile,
    worker,
    extensionId: new URL(worker.url()).host,
    open: async (url) => {
      for (const old of context.pages()) await old.close();
      const page = await context.newPage();
      await page.goto(url);
      await page.bringToFront();
      return page;
    },
    close: async () => {
      await context.close();
      if (!keepProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The frame id the browser gives the frame at `frameUrl` in the tab at `pageUrl`. */
export async function frameIdOf(worker: Worker, pageUrl: string, frameUrl: string): Promise<number> {
  return worker.evaluate(
    async ({ pageUrl, frameUrl }) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const frames = await chrome.scripting.executeScript({
        target: { tabId: tab!.id!, allFrames: true },
        func: () => location.href,
      });
      const frame = frames.find((f) => f.result === frameUrl);
      if (!frame) throw new Error(`no frame ${frameUrl}`);
      return frame.frameId;
    },
    { pageUrl, frameUrl },
  );
}

/** Calls dokaz.capture in the service worker exactly as the menu click does; resolves to the id or to the error's message. */
export async function captureVia(
  worker: Worker,
  page: Page,
  info: Partial<MenuClick> = {},
): Promise<{ id?: string; error?: string }> {
  const pageUrl = page.url();
  const click: MenuClick = { menuItemId: 'document-this', frameId: 0, pageUrl, ...info };
  await defineFindTab(worker);
  return worker.evaluate(
    async ({ click }) => {
      const tab = await findTab(click.pageUrl);
      try {
        return { id: await globalThis.dokaz.capture(click, tab) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
    { click },
  );
}

/** The stored record, as dokaz.getCapture returns it. */
export function getCapture(worker: Worker, id: string) {
  return worker.evaluate((id) => globalThis.dokaz.getCapture(id), id);
}

/** An artifact's stored bytes, base64, through the dashboard's own reader. */
export async function artifactBytes(worker: Worker, artifactId: string): Promise<Buffer> {
  const base64 = await worker.evaluate(async (id) => {
    const blob = await globalThis.dokaz.getArtifactData(id);
    if (!blob) throw new Error(`no artifact ${id}`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, artifactId);
  return Buffer.from(base64, 'base64');
}

export function storeState(worker: Worker) {
  return worker.evaluate(async () => ({
    count: await globalThis.dokaz.countCaptures(),
    chain: await globalThis.dokaz.verifyCustody(),
  }));
}

declare global {
  var findTab: (url: string) => Promise<chrome.tabs.Tab | undefined>;
}

/** A tab by its URL; the extension cannot read the URL of a chrome:// tab, so that one is the active tab. */
async function defineFindTab(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    globalThis.findTab = async (url: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === url) ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    };
  });
}

/** The action's title on the tab: where Dokaz tells the user what became of a capture. */
export async function actionTitle(worker: Worker, pageUrl: string): Promise<string> {
  await defineFindTab(worker);
  return worker.evaluate(async (url) => chrome.action.getTitle({ tabId: (await findTab(url))!.id! }), pageUrl);
}

/**
 * A real right-click on the target itself: at a point where the target is the
 * topmost element (the centre of a container may show a child, or another post).
 */
export async function rightClickOn(page: Page, selector: string): Promise<void> {
  const point = await page.locator(selector).evaluate(rightClickPoint);
  if (!point) throw new Error(`${selector} cannot be right-clicked: it is not on screen`);
  await page.mouse.click(point.x, point.y, { button: 'right' });
}

/** A tab as the shared suites use it (tests/e2e/driver.ts ExtensionPage). */
function wrapPage(page: Page): ExtensionPage {
  const find = (target: Target) => selectorOf(target, (t) => page.evaluate(markTarget, t));
  return {
    evaluate: (script, arg) => page.evaluate(script as (arg: unknown) => unknown, arg) as never,
    click: async (target) =>
      page
        .locator(await find(target))
        .first()
        .click(),
    clickToOpen: async (target) => {
      const selector = await find(target);
      const [opened] = await Promise.all([page.context().waitForEvent('page'), page.locator(selector).first().click()]);
      await opened.waitForLoadState('load');
      return wrapPage(opened);
    },
    fill: async (target, value) => page.locator(await find(target)).fill(value),
    select: async (target, value) => void (await page.locator(await find(target)).selectOption(value)),
    check: async (target, checked = true) => page.locator(await find(target)).setChecked(checked),
    value: async (target) => page.locator(await find(target)).inputValue(),
    upload: (selector, path) => page.locator(selector).setInputFiles(path),
    location: async () => page.url(),
    goBack: async () => void (await page.goBack().catch(() => null)),
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path, options) => void (await page.screenshot({ path, ...options })),
    close: () => page.close(),
  };
}

/**
 * A Chromium session as the shared driver (tests/e2e/driver.ts). Chromium tells an extension nothing about a menu
 * before it is clicked, so the click handed over is the one Chrome's menu would give for the clicked point: the frame
 * (its id as the browser numbers it), the selection, the image under the pointer, the link around it.
 */
export async function launchChromiumDriver(options: DriverOptions = {}): Promise<ExtensionDriver> {
  const { hosts, timeZone, recordCsp, profile } = options;
  const rules = hosts?.names.map((host) => `MAP ${host}:443 127.0.0.1:${hosts.port}`).join(',');
  const args = rules ? [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'] : [];
  const session = await launchChromium(args, {
    ...(timeZone ? { timezoneId: timeZone } : {}),
    ...(profile ? { profile, keepProfile: true } : {}),
  });
  if (recordCsp) await recordCspViolations(session.context);
  return chromiumDriver(session);
}

function chromiumDriver(session: ChromiumSession): ExtensionDriver {
  const { worker } = session;
  let tab: Page | null = null;
  const current = () => {
    if (!tab) throw new Error('no tab is open: call open(url) first');
    return tab;
  };
  const inExtension = <T, A>(script: (arg: A) => T, arg?: A) =>
    worker.evaluate(script as (arg: unknown) => T, arg) as Promise<Awaited<T>>;
  return {
    name: 'chromium',
    open: async (url) => {
      tab = await session.open(url);
    },
    rightClick: async (selector, { frame, at } = {}) => {
      const page = current();
      let target: Frame = page.mainFrame();
      let offset = { x: 0, y: 0 };
      if (frame) {
        const element = (await page.waitForSelector(frame))!;
        target = (await element.contentFrame())!;
        offset = await element.evaluate(frameContentOffset);
      }
      const element = target.locator(selector);
      let point = await element.evaluate(rightClickPoint, at);
      if (!point) {
        await element.evaluate(scrollIntoView);
        point = await element.evaluate(rightClickPoint, at);
      }
      if (!point) throw new Error(`${selector} cannot be right-clicked: it is not on screen`);
      await page.mouse.click(offset.x + point.x, offset.y + point.y, { button: 'right' });
      const click: MenuClick = { menuItemId: 'document-this', frameId: 0, pageUrl: page.url() };
      if (frame)
        Object.assign(click, { frameId: await frameIdOf(worker, page.url(), target.url()), frameUrl: target.url() });
      return { ...click, ...(await target.evaluate(menuContextAt, point)) };
    },
    evaluate: async (script, arg, { frame } = {}) => {
      const target = frame ? (await (await current().waitForSelector(frame)).contentFrame())! : current().mainFrame();
      return target.evaluate(script as (arg: unknown) => unknown, arg) as never;
    },
    screenshot: async (path, options) => void (await current().screenshot({ path, ...options })),
    openPage: async (path) => {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      await page.bringToFront();
      return wrapPage(page);
    },
    dokazPagesOpen: async () => {
      // As Playwright sees the tabs, and as the extension itself sees its pages (runtime.getContexts): both count.
      const origin = `chrome-extension://${session.extensionId}/`;
      const tabs = session.context.pages().filter((page) => page.url().startsWith(origin)).length;
      const contexts = await worker.evaluate(
        async () => (await chrome.runtime.getContexts({ contextTypes: ['TAB', 'POPUP'] })).length,
      );
      return tabs + contexts;
    },
    capture: async (click, { closeTab } = {}) => {
      if (!closeTab) return captureVia(worker, current(), click);
      await defineFindTab(worker);
      return worker.evaluate(async (click) => {
        const tab = await findTab(click.pageUrl);
        const capturing = globalThis.dokaz.capture(click, tab);
        await chrome.tabs.remove(tab!.id!);
        return capturing.then(
          (id) => ({ id }),
          (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
        );
      }, click);
    },
    shortcut: async () => {
      await defineFindTab(worker);
      return worker.evaluate(async (url) => {
        try {
          return { id: await globalThis.dokaz.captureShortcut(await findTab(url)) };
        } catch (error) {
          return { error: error instanceof Error ? error.message : String(error) };
        }
      }, current().url());
    },
    badgeTitle: () => actionTitle(worker, current().url()),
    inExtension,
    callApi: (name, ...args) =>
      worker.evaluate(({ name, args }) => (globalThis.dokaz[name] as (...a: unknown[]) => Promise<unknown>)(...args), {
        name,
        args: args as unknown[],
      }) as never,
    artifactBytes: (artifactId) => artifactBytes(worker, artifactId),
    close: () => session.close(),
  };
}
