import { browser } from 'wxt/browser';
import { bytesToBase64 } from '@/utils/base64';
import type { DokazApi } from '@/utils/background/api';
import type { CaptureInfo } from '@/utils/capture/capture';

/**
 * Test builds only (see wxt.config.ts). The Firefox end-to-end driver may neither navigate to an extension page nor
 * evaluate in the MV2 background page, but it can evaluate in this page, which the background opens at start and
 * which reaches the background's globalThis.dokaz (tests/e2e/firefox.ts).
 */
export interface DokazE2e {
  /** `globalThis.dokaz[name](...args)` in the background. */
  call(name: keyof DokazApi, ...args: unknown[]): Promise<unknown>;
  /**
   * `dokaz.capture(click, tab)` with the tab at `click.pageUrl`, as the menu click does: the id, or the error's
   * message. With `closeTab`, the tab is closed as soon as the capture has started.
   */
  capture(click: CaptureInfo, options?: { closeTab?: boolean }): Promise<Outcome>;
  /** `dokaz.captureShortcut(tab)` with the tab at `pageUrl`, as the keyboard shortcut does. */
  shortcut(pageUrl: string): Promise<Outcome>;
  /** The toolbar button's title on the tab at `pageUrl`. */
  badgeTitle(pageUrl: string): Promise<string>;
  /** Opens `url` (one of Dokaz's pages) in a window of its own, on screen: the driver may not. */
  openTab(url: string): Promise<void>;
  /** A stored artifact's bytes, base64. */
  artifactBase64(artifactId: string): Promise<string>;
  /** What Firefox said of the last context menu it showed (menus.onShown), numbered, to tell one right-click from the next. */
  lastMenu: { seq: number; info: ShownMenu } | null;
}

export interface Outcome {
  id?: string;
  error?: string;
  /** How long dokaz.capture took, measured here (the background page runs in this process): for the benchmark. */
  ms?: number;
}

/** menus.OnShownData, as far as a capture needs it: the item ids shown, and what a click would carry. */
export interface ShownMenu extends Omit<CaptureInfo, 'menuItemId'> {
  menuIds: (string | number)[];
  contexts: string[];
}

declare global {
  var dokazE2e: DokazE2e;
}

type MenusEvents = { onShown: { addListener(listener: (info: ShownMenu) => void): void } };

type Background = Pick<typeof globalThis, 'structuredClone'> & { dokaz?: DokazApi };

/**
 * The background's test API, and its arguments copied into the background's realm: an object made here has this
 * page's Object.prototype, which the background's checks (canonical JSON, for one) rightly refuse as not plain.
 */
async function background(): Promise<{ dokaz: DokazApi; adopt<T>(value: T): T }> {
  const page = (await browser.runtime.getBackgroundPage()) as unknown as Background | null;
  if (!page?.dokaz) throw new Error('the background has no globalThis.dokaz');
  return { dokaz: page.dokaz, adopt: (value) => page.structuredClone(value) };
}

/**
 * A tab by its URL. Firefox hides the URL of a page no extension may read (about:…): that one is the tab on screen,
 * which the driver has just opened.
 */
async function findTab(url: string) {
  const tabs = await browser.tabs.query({});
  return tabs.find((t) => t.url === url) ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
}

async function outcome(run: () => Promise<string>): Promise<Outcome> {
  const start = performance.now();
  try {
    const id = await run();
    return { id, ms: performance.now() - start };
  } catch (error) {
    // The background's errors are of its realm, not instances of this page's Error.
    const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
    return { error: String(message) };
  }
}

globalThis.dokazE2e = {
  call: async (name, ...args) => {
    const { dokaz, adopt } = await background();
    return (dokaz[name] as (...a: unknown[]) => Promise<unknown>)(...adopt(args));
  },
  capture: async (click, { closeTab } = {}) => {
    const tab = await findTab(click.pageUrl ?? '');
    return outcome(async () => {
      const { dokaz, adopt } = await background();
      const capturing = dokaz.capture(adopt(click), adopt(tab));
      if (closeTab) await browser.tabs.remove(tab!.id!);
      return capturing;
    });
  },
  shortcut: async (pageUrl) => {
    const tab = await findTab(pageUrl);
    return outcome(async () => {
      const { dokaz, adopt } = await background();
      return dokaz.captureShortcut(adopt(tab));
    });
  },
  badgeTitle: async (pageUrl) => {
    const action = browser.action ?? browser.browserAction;
    return action.getTitle({ tabId: (await findTab(pageUrl))!.id! });
  },
  openTab: async (url) => {
    await browser.windows.create({ url, focused: true, width: 1280, height: 800 });
  },
  artifactBase64: async (artifactId) => {
    const blob = await (await background()).dokaz.getArtifactData(artifactId);
    if (!blob) throw new Error(`no artifact ${artifactId}`);
    return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
  },
  lastMenu: null,
};

(browser as unknown as { menus: MenusEvents }).menus.onShown.addListener((info) => {
  globalThis.dokazE2e.lastMenu = { seq: (globalThis.dokazE2e.lastMenu?.seq ?? 0) + 1, info };
});
