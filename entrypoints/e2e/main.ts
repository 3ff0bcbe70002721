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
  /** `dokaz.capture(click, tab)` with the tab at `click.pageUrl`, as the menu click does: the id, or the error's message. */
  capture(click: CaptureInfo): Promise<{ id?: string; error?: string }>;
  /** A stored artifact's bytes, base64. */
  artifactBase64(artifactId: string): Promise<string>;
  /** What Firefox said of the last context menu it showed (menus.onShown), numbered, to tell one right-click from the next. */
  lastMenu: { seq: number; info: ShownMenu } | null;
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

globalThis.dokazE2e = {
  call: async (name, ...args) => {
    const { dokaz, adopt } = await background();
    return (dokaz[name] as (...a: unknown[]) => Promise<unknown>)(...adopt(args));
  },
  capture: async (click) => {
    const tab = (await browser.tabs.query({})).find((t) => t.url === click.pageUrl);
    try {
      const { dokaz, adopt } = await background();
      return { id: await dokaz.capture(adopt(click), adopt(tab)) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
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
