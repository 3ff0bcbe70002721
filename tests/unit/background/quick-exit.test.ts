import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { quickExit } from '@/utils/background/quick-exit';
import { NEUTRAL_URL } from '@/utils/safety/neutral-site';
import type { QuickExitNotice } from '@/utils/safety/quick-exit';

/**
 * The background's quick exit (the shortcut): every Dokaz page is told, each
 * Dokaz tab is asked whether it is leaving and, if it does not say so, gives
 * way to a new tab on the neutral site in its place (Chrome's tabs.update
 * would leave a history entry back to Dokaz), the tab on screen goes too,
 * and Dokaz locks.
 */
const DOKAZ_TABS = [3, 5];
const WEB_TAB = 9;

let sent: QuickExitNotice[];
let navigated: number[];
let opened: unknown[];
let closed: number[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  navigated = [];
  opened = [];
  closed = [];
  const contexts = DOKAZ_TABS.map((tabId) => ({ contextType: 'TAB', tabId }));
  vi.spyOn(browser.runtime, 'getContexts').mockImplementation((async () => contexts) as never);
  // Tab 3's page answers that it leaves; tab 5's page is still loading and says nothing.
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message as QuickExitNotice);
    return (message as QuickExitNotice).tabId === 3 ? true : undefined;
  });
  vi.spyOn(browser.tabs, 'query').mockImplementation(async (query) =>
    query.active ? [{ id: WEB_TAB } as never] : [...DOKAZ_TABS, WEB_TAB].map((id) => ({ id }) as never),
  );
  vi.spyOn(browser.tabs, 'update').mockImplementation(async (tabId, properties) => {
    expect(properties).toEqual({ url: NEUTRAL_URL });
    navigated.push(tabId as number);
    return {} as never;
  });
  vi.spyOn(browser.tabs, 'get').mockImplementation(
    async (tabId) => ({ id: tabId, windowId: 2, index: 4, active: false }) as never,
  );
  vi.spyOn(browser.tabs, 'create').mockImplementation(async (properties) => {
    opened.push(properties);
    return {} as never;
  });
  vi.spyOn(browser.tabs, 'remove').mockImplementation(async (tabId) => {
    closed.push(...[tabId].flat());
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { dokaz?: unknown }).dokaz;
});

describe('quickExit', () => {
  it('tells every page, asks each Dokaz tab, replaces the silent one and navigates the tab on screen', async () => {
    await quickExit();
    expect(sent[0]).toEqual({ type: 'quick-exit' });
    expect(sent.slice(1)).toEqual(DOKAZ_TABS.map((tabId) => ({ type: 'quick-exit', tabId })));
    // The silent Dokaz tab: a new one where it was, on the neutral site, and no history leading back.
    expect(opened).toEqual([{ url: NEUTRAL_URL, windowId: 2, index: 4, active: false }]);
    expect(closed).toEqual([5]);
    expect(navigated).toEqual([WEB_TAB]);
  });

  it('takes the tab the shortcut was pressed in as the one on screen', async () => {
    await quickExit({ id: 3 });
    // Tab 3 is a Dokaz page that left by itself: nothing else goes but the silent tab.
    expect(navigated).toEqual([]);
    expect(closed).toEqual([5]);
  });

  it("leaves the asking page's tab to the page itself, even when the browser no longer lists it", async () => {
    // Tab 5's button was clicked: it is on screen, and it is already leaving by itself.
    vi.mocked(browser.tabs.query).mockImplementation(async () => [{ id: 5 } as never]);
    await quickExit(undefined, { leavingTab: 5 });
    expect(sent.slice(1)).toEqual([{ type: 'quick-exit', tabId: 3 }]);
    expect({ navigated, closed }).toEqual({ navigated: [], closed: [] });

    // Half gone already, it is no longer among Dokaz's pages: still, no navigation (it would leave a history entry).
    sent = [];
    vi.mocked(browser.runtime.getContexts).mockImplementation((async () => [
      { contextType: 'TAB', tabId: 3 },
    ]) as never);
    await quickExit(undefined, { leavingTab: 5 });
    expect({ navigated, closed }).toEqual({ navigated: [], closed: [] });
  });

  it('locks Dokaz when the lock exists', async () => {
    const lock = vi.fn(async () => undefined);
    (globalThis as { dokaz?: unknown }).dokaz = { lock };
    await quickExit();
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('takes back the badges and notifications', async () => {
    await browser.action.setBadgeText({ tabId: WEB_TAB, text: '✓' });
    await browser.notifications.create('failed', { type: 'basic', iconUrl: '', title: 't', message: 'm' });
    await quickExit();
    expect(await browser.action.getBadgeText({ tabId: WEB_TAB })).toBe('');
    expect(await browser.notifications.getAll()).toEqual({});
  });

  it('still leaves where the browser cannot list its pages', async () => {
    vi.mocked(browser.runtime.getContexts).mockImplementation((async () => {
      throw new Error('not supported');
    }) as never);
    await quickExit();
    expect(sent).toEqual([{ type: 'quick-exit' }]);
    expect(navigated).toEqual([WEB_TAB]);
  });
});
