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
  // Read at most once a second: every record and file opened asks for the key, and each read is a message to the
  // browser (measured: a third more time on an export). A lock in another context clears it at once (watch).
  let cached: { held: Held | null; limit: number; readAt: number } | null = null;
  // A read begun before a lock or unlock must not put back what it read: each change starts a new generation.
  let generation = 0;
  const invalidate = () => {
    cached = null;
    generation++;
  };
  browser.storage.onChanged.addListener((changes, areaName) => {
    if ((areaName === 'session' && KEY in changes) || (areaName === 'local' && AUTO_LOCK_KEY in changes)) invalidate();
  });

  async function read(): Promise<{ held: Held | null; limit: number }> {
    if (cached && now() - cached.readAt < 1000) return cached;
    const started = generation;
    const [held, limit] = await Promise.all([
      area.get(KEY).then((items) => (items[KEY] as Held | undefined) ?? null),
      idleLimitMs(),
    ]);
    const read = { held, limit, readAt: now() };
    if (started === generation) cached = read;
    return read;
  }

  return {
    async get() {
      const { held, limit } = await read();
      if (!held) return null;
      if (limit > 0 && now() - Math.max(held.at, lastTouch) > limit) {
        invalidate();
        await area.remove(KEY);
        return null;
      }
      // Counting a use costs a write: once a minute is enough for an idle limit in minutes.
      if (now() - lastTouch > 60_000) {
        lastTouch = now();
        await area.set({ [KEY]: { raw: held.raw, at: lastTouch } satisfies Held });
      }
      return held.raw;
    },
    async set(raw) {
      invalidate();
      if (raw === null) await area.remove(KEY);
      else await area.set({ [KEY]: { raw, at: now() } satisfies Held });
      invalidate(); // and what was read while the write was on its way
    },
    watch(onChange) {
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName === 'session' && KEY in changes) onChange();
      });
    },
  };
}
