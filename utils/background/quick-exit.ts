import { browser } from 'wxt/browser';
import { clearFeedback } from '../capture/feedback';
import { NEUTRAL_URL } from '../safety/neutral-site';
import { leaveViews, type QuickExitNotice } from '../safety/quick-exit';

/** How long a Dokaz page has to say it is leaving before the background navigates its tab itself. */
const ANSWER_MS = 500;

/**
 * The quick exit from the background (the shortcut, a page's button, and
 * `dokaz.quickExit()`): every Dokaz page leaves for the neutral site, the tab
 * on screen too, Dokaz locks, and the badges and notifications go.
 *
 * Finding Dokaz's pages without the `tabs` permission (which would show the
 * URL of every tab the person has open): a message reaches every page at
 * once, and each replaces itself (`location.replace`, no history entry to go
 * back to). Where the background can see the pages (Firefox's background page:
 * `extension.getViews`) it replaces them directly. Where it can list them
 * (`runtime.getContexts`, Chrome 116 and Firefox 128) it asks each tab in turn
 * and navigates any tab whose page does not answer (still loading, or hung).
 */
export async function quickExit(onScreen?: { id?: number }): Promise<void> {
  const everyPage: QuickExitNotice = { type: 'quick-exit' };
  browser.runtime.sendMessage(everyPage).catch(() => undefined); // no page open: nobody to tell
  leaveViews();
  await Promise.all([
    lockDokaz().catch(() => undefined),
    leaveTabs(onScreen?.id),
    clearFeedback().catch(() => undefined),
  ]);
}

/**
 * Locks the store, once the lock exists (the victim-safety issue's passphrase):
 * `dokaz.lock()`. The one place a quick exit locks.
 */
async function lockDokaz(): Promise<void> {
  const api = (globalThis as { dokaz?: { lock?: unknown } }).dokaz;
  if (typeof api?.lock === 'function') await (api.lock as () => Promise<unknown>)();
}

async function leaveTabs(onScreenId: number | undefined): Promise<void> {
  const dokazTabs = await dokazTabIds();
  const screenId = onScreenId ?? (await activeTabId());
  await Promise.all([
    ...dokazTabs.map(async (tabId) => {
      if ((await answer(tabId)) !== true) await navigate(tabId);
    }),
    // The page on screen may be the abuse being documented: it goes as well.
    screenId === undefined || dokazTabs.includes(screenId) ? undefined : navigate(screenId),
  ]);
}

/** Tabs showing a Dokaz page, as far as the browser tells without the `tabs` permission. */
async function dokazTabIds(): Promise<number[]> {
  try {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
    return [...new Set(contexts.map((context) => context.tabId).filter((id) => id >= 0))];
  } catch {
    // A browser without getContexts: the message and getViews are all there is.
    return [];
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  return tab?.id;
}

function answer(tabId: number): Promise<unknown> {
  const oneTab: QuickExitNotice = { type: 'quick-exit', tabId };
  return Promise.race([
    browser.runtime.sendMessage(oneTab).catch(() => false),
    new Promise((resolve) => setTimeout(() => resolve(false), ANSWER_MS)),
  ]);
}

async function navigate(tabId: number): Promise<void> {
  await browser.tabs.update(tabId, { url: NEUTRAL_URL }).catch(() => undefined); // closed meanwhile
}
