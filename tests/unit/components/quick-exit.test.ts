import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppHeader } from '@/components/AppHeader';
import { QuickExitButton } from '@/components/QuickExitButton';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { isRequest } from '@/utils/messages';
import { NEUTRAL_URL } from '@/utils/safety/neutral-site';
import { isQuickExitNotice, quickExitFromPage } from '@/utils/safety/quick-exit';
import { click, renderIn } from './render-in';

/**
 * The quick exit from a page: the button calls its handler; the handler tells
 * the background, then replaces every Dokaz page it can reach, itself last,
 * with the neutral site (fake windows here: happy-dom would really navigate).
 */
const en = CATALOGS.en.ui;

function fakeWindow() {
  return { location: { replace: vi.fn() }, close: vi.fn() };
}
const asWindow = (fake: ReturnType<typeof fakeWindow>) => fake as unknown as Window;

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('QuickExitButton', () => {
  it('says what it does and calls its handler', async () => {
    const onExit = vi.fn();
    const root = await renderIn('en', h(QuickExitButton, { onExit }));
    const button = root.querySelector<HTMLButtonElement>('[data-testid="quick-exit"]')!;
    expect(button.textContent).toBe(en['quickExit.label']);
    expect(button.title).toBe(en['quickExit.title']);
    await click(button);
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('is in the dashboard header, in the page language', async () => {
    const onQuickExit = vi.fn();
    const root = await renderIn('sq', h(AppHeader, { current: 'captures', iconUrl: 'icon.png', onQuickExit }));
    const button = root.querySelector('header [data-testid="quick-exit"]')!;
    expect(button.textContent).toBe(CATALOGS.sq.ui['quickExit.label']);
    await click(button);
    expect(onQuickExit).toHaveBeenCalledTimes(1);
  });
});

describe('quickExitFromPage', () => {
  it('tells the background, then leaves for the neutral site without a history entry', () => {
    const order: string[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      order.push(`message ${JSON.stringify(message)}`);
    });
    const self = fakeWindow();
    self.location.replace.mockImplementation((url: string) => order.push(`replace ${url}`));
    quickExitFromPage(asWindow(self));
    expect(order).toEqual([`message {"type":"quickExit","args":{}}`, `replace ${NEUTRAL_URL}`]);
    expect(self.close).not.toHaveBeenCalled();
  });

  it('replaces every other Dokaz page it can reach and closes the popup', () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const self = fakeWindow();
    const otherTab = fakeWindow();
    const popup = fakeWindow();
    vi.spyOn(browser.extension, 'getViews').mockImplementation(
      (options) => (options?.type === 'popup' ? [asWindow(popup)] : [asWindow(self), asWindow(otherTab)]) as never,
    );
    quickExitFromPage(asWindow(self));
    expect(otherTab.location.replace).toHaveBeenCalledWith(NEUTRAL_URL);
    expect(popup.close).toHaveBeenCalled();
    expect(self.location.replace).toHaveBeenCalledTimes(1);
    expect(self.close).not.toHaveBeenCalled();
  });

  it('still leaves when the background cannot be reached', () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('no background'));
    const self = fakeWindow();
    quickExitFromPage(asWindow(self));
    expect(self.location.replace).toHaveBeenCalledWith(NEUTRAL_URL);
  });

  it('goes to a harmless https page, not to anything of Dokaz', () => {
    const url = new URL(NEUTRAL_URL);
    expect(url.protocol).toBe('https:');
    expect(NEUTRAL_URL.toLowerCase()).not.toContain('dokaz');
  });
});

describe('the messages', () => {
  it('are told apart from requests, and requests checked', () => {
    expect(isQuickExitNotice({ type: 'quick-exit' })).toBe(true);
    expect(isQuickExitNotice({ type: 'quick-exit', tabId: 4 })).toBe(true);
    expect(isQuickExitNotice({ type: 'quick-exit', tabId: '4' })).toBe(false);
    expect(isQuickExitNotice({ type: 'quickExit', args: {} })).toBe(false);
    expect(isRequest({ type: 'quickExit', args: {} })).toBe(true);
    expect(isRequest({ type: 'wipe', args: {} })).toBe(true);
    expect(isRequest({ type: 'wipe' })).toBe(false);
    expect(isRequest({ type: 'wipe', args: { everything: true } })).toBe(false);
  });
});
