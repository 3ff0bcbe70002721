import { browser } from 'wxt/browser';
import { clearFeedback } from '../capture/feedback';
import { DISCREET_MODE } from '../settings';
import { NEUTRAL_URL } from '../safety/neutral-site';
import { eraseDokazDownloads } from './downloads';
import { leaveViews, type QuickExitNotice } from '../safety/quick-exit';

/** How long a Dokaz page has to say it is leaving before the background navigates its tab itself. */
const ANSWER_MS = 500;

/**
 * The quick exit from the background (the shortcut, a page's button, and
 * `dokaz.quickExit()`): every Dokaz page leaves for the neutral site, the tab
 * on screen too, Dokaz locks, and the badges and notifications go; in
 * discreet mode, Dokaz's entries in the download list as well.
 *
 * Finding Dokaz's pages without the `tabs` permission (which would show the
 * URL of every tab the person has open): a message reaches every page at
 * once, and each replaces itself (`location.replace`, no history entry to go
 * back to). Where the background can see the pages (Firefox's background page:
 * `extension.getViews`) it replaces them directly. Where it can list them
 * (`runtime.getContexts`, Chrome 116 and Firefox 128) it asks each tab in turn
 * and puts the neutral site in any tab whose page does not answer (still
 * loading, hung, or caught mid-way), without a history entry back to Dokaz.
 */
export async function quickExit(onScreen?: { id?: number }, options: QuickExitOptions = {}): Promise<void> {
  const everyPage: QuickExitNotice = { type: 'quick-exit' };
  browser.runtime.sendMessage(everyPage).catch(() => undefined); // no page open: nobody to tell
  leaveViews();
  await Promise.all([
    lockDokaz().catch(() => undefined),
    leaveTabs(onScreen?.id, options.leavingTab),
    clearFeedback().catch(() => undefined),
    eraseIfDiscreet().catch(() => undefined),
  ]);
}

/** In discreet mode, Dokaz's entries leave the browser's download list too (the files stay). */
async function eraseIfDiscreet(): Promise<void> {
  if (await DISCREET_MODE.read()) await eraseDokazDownloads();
}

/**
 * Locks the store, once the lock exists (the victim-safety issue's passphrase):
 * `dokaz.lock()`. The one place a quick exit locks.
 */
async function lockDokaz(): Promise<void> {
  const api = (globalThis as { dokaz?: { lock?: unknown } }).dokaz;
  if (typeof api?.lock === 'function') await (api.lock as () => Promise<unknown>)();
}

export interface QuickExitOptions {
  /**
   * The tab of the Dokaz page whose button asked for the quick exit: that page leaves by itself, at once, without a
   * history entry. The background neither asks nor navigates it: by the time it would, the page may be half gone and
   * no longer listed as Dokaz's, and a navigation then would leave an entry that Back returns to Dokaz by.
   */
  leavingTab?: number;
}

async function leaveTabs(onScreenId: number | undefined, leavingTab: number | undefined): Promise<void> {
  const dokazTabs = (await dokazTabIds()).filter((tabId) => tabId !== leavingTab);
  const screenId = onScreenId ?? (await activeTabId());
  // The page on screen may be the abuse being documented: it goes as well (a Dokaz page there leaves as one).
  const screenGoes = screenId !== undefined && screenId !== leavingTab && !dokazTabs.includes(screenId);
  await Promise.all([...dokazTabs.map(leaveDokazTab), screenGoes ? navigate(screenId) : undefined]);
}

/** Asks the Dokaz page in the tab to leave, and puts the neutral site in its place if it does not say it did. */
async function leaveDokazTab(tabId: number): Promise<void> {
  if ((await answer(tabId)) !== true) await replaceDokazTab(tabId);
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

/**
 * Firefox can navigate a tab in place of its current history entry (`loadReplace`); Chrome's `tabs.update` always
 * adds one, after which Back shows the page that was there.
 */
const CAN_LOAD_REPLACE = import.meta.env.FIREFOX;

async function navigate(tabId: number): Promise<void> {
  const replace = CAN_LOAD_REPLACE ? { loadReplace: true } : {};
  await browser.tabs.update(tabId, { url: NEUTRAL_URL, ...replace }).catch(() => undefined); // closed meanwhile
}

/**
 * A Dokaz tab whose page did not say it left (hung, still loading, or caught in the middle of leaving): the neutral
 * site takes its place with no history entry that leads back to Dokaz. Where the browser cannot navigate in place,
 * a new tab opens where it was, as it was (window, position, on screen or not), and the old one closes.
 */
async function replaceDokazTab(tabId: number): Promise<void> {
  if (CAN_LOAD_REPLACE) return navigate(tabId);
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return; // closed meanwhile
  await browser.tabs
    .create({ url: NEUTRAL_URL, windowId: tab.windowId, index: tab.index, active: tab.active })
    .catch(() => undefined);
  await browser.tabs.remove(tabId).catch(() => undefined);
}
