import { browser } from 'wxt/browser';
import type { KeySession } from './lock';

/**
 * The unlocked data key in the browser's session storage: memory only, gone
 * when the browser closes, shared by the background and Dokaz's own pages
 * (content scripts cannot read it). Auto-lock: the key is forgotten when
 * nothing of Dokaz was used for the idle time the person chose (setting
 * `autoLockMinutes`, 0 = never); every use of the key counts as activity.
 */
const KEY = 'dokazDataKey';
export const AUTO_LOCK_KEY = 'autoLockMinutes';
export const DEFAULT_AUTO_LOCK_MINUTES = 15;

interface Held {
  raw: string;
  /** Last use, epoch milliseconds. */
  at: number;
}

async function idleLimitMs(): Promise<number> {
  const stored = (await browser.storage.local.get(AUTO_LOCK_KEY))[AUTO_LOCK_KEY];
  const minutes = typeof stored === 'number' && stored >= 0 ? stored : DEFAULT_AUTO_LOCK_MINUTES;
  return minutes * 60_000;
}

export function browserSession(now: () => number = Date.now): KeySession {
  const area = browser.storage.session;
  let lastTouch = 0;
  return {
    async get() {
      const held = (await area.get(KEY))[KEY] as Held | undefined;
      if (!held) return null;
      const limit = await idleLimitMs();
      if (limit > 0 && now() - held.at > limit) {
        await area.remove(KEY);
        return null;
      }
      // Counting a use costs a write: once a minute is enough for an idle limit in minutes.
      if (now() - lastTouch > 60_000) {
        lastTouch = now();
        await area.set({ [KEY]: { raw: held.raw, at: now() } satisfies Held });
      }
      return held.raw;
    },
    async set(raw) {
      if (raw === null) await area.remove(KEY);
      else await area.set({ [KEY]: { raw, at: now() } satisfies Held });
    },
    watch(onChange) {
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName === 'session' && KEY in changes) onChange();
      });
    },
  };
}
