import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTO_LOCK_KEY, browserSession } from '@/utils/store/browser-session';

/**
 * The idle lock with a clock the test moves: the data key is forgotten once
 * nothing used it for the chosen number of minutes, whatever the date is.
 */
const MINUTE = 60_000;
let clock: number;
const now = () => clock;

beforeEach(() => {
  fakeBrowser.reset();
  // Any moment will do: the limit is counted from the last use, never from a time of day.
  clock = Date.parse('2031-02-28T23:59:30.000Z');
});

describe('the idle lock', () => {
  it('forgets the key after 15 idle minutes by default, and not a second before', async () => {
    const session = browserSession(now);
    await session.set('raw-key');
    clock += 15 * MINUTE;
    expect(await session.get()).toBe('raw-key');
    const other = browserSession(now); // a page's view, with nothing cached
    clock += 15 * MINUTE + 1;
    expect(await other.get()).toBeNull();
    expect(await session.get()).toBeNull();
  });

  it('counts every use as activity', async () => {
    const session = browserSession(now);
    await session.set('raw-key');
    for (let i = 0; i < 6; i++) {
      clock += 10 * MINUTE;
      expect(await session.get(), `after ${(i + 1) * 10} minutes of use`).toBe('raw-key');
    }
    clock += 15 * MINUTE + 1;
    expect(await browserSession(now).get()).toBeNull();
  });

  it('follows the setting, and never locks when it is 0', async () => {
    await browser.storage.local.set({ [AUTO_LOCK_KEY]: 5 });
    const session = browserSession(now);
    await session.set('raw-key');
    clock += 5 * MINUTE + 1;
    expect(await session.get()).toBeNull();

    await browser.storage.local.set({ [AUTO_LOCK_KEY]: 0 });
    await session.set('raw-key');
    clock += 365 * 24 * 60 * MINUTE;
    expect(await browserSession(now).get()).toBe('raw-key');
  });
});
