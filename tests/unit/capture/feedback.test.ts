import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearFeedback, showDocumented, showFailed } from '@/utils/capture/feedback';
import { DokazError } from '@/utils/errors';
import { CATALOGS } from '@/utils/i18n/catalogs';
import { text } from '@/utils/i18n/translate';
import { DISCREET_MODE } from '@/utils/settings';

/** What a capture shows on the Dokaz button and in notifications, and that discreet mode shows nothing. */
const TAB = 7;
const en = CATALOGS.en.ui;
const failure = () => new DokazError(text('error.noTab'));

beforeEach(async () => {
  fakeBrowser.reset();
  await browser.storage.local.set({ language: 'en' });
});
afterEach(() => vi.restoreAllMocks());

describe('feedback after a capture', () => {
  it('marks the button and, on failure, notifies', async () => {
    await showDocumented(TAB, 0);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('✓');
    expect(await browser.action.getTitle({ tabId: TAB })).toBe(en['badge.documented']);
    await showFailed(TAB, failure());
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('!');
    expect(Object.keys(await browser.notifications.getAll())).toHaveLength(1);
  });

  it('shows nothing at all in discreet mode', async () => {
    await DISCREET_MODE.write(true);
    const action = browser.action;
    const calls = [
      vi.spyOn(action, 'setBadgeText'),
      vi.spyOn(action, 'setBadgeBackgroundColor'),
      vi.spyOn(action, 'setTitle'),
      vi.spyOn(browser.notifications, 'create'),
    ];
    await showDocumented(TAB, 2);
    await showFailed(TAB, failure());
    await showFailed(undefined, failure());
    for (const call of calls) expect(call).not.toHaveBeenCalled();
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect(await browser.notifications.getAll()).toEqual({});
  });

  it('shows again once discreet mode is off', async () => {
    await DISCREET_MODE.write(true);
    await DISCREET_MODE.write(false);
    await showDocumented(TAB, 0);
    expect(await browser.action.getBadgeText({ tabId: TAB })).toBe('✓');
  });

  it('takes back every badge, title and notification', async () => {
    const [tab] = await browser.tabs.query({});
    await showFailed(tab!.id, failure());
    await clearFeedback();
    expect(await browser.action.getBadgeText({ tabId: tab!.id })).toBe('');
    expect(await browser.action.getTitle({ tabId: tab!.id })).toBe('');
    expect(await browser.notifications.getAll()).toEqual({});
  });
});
