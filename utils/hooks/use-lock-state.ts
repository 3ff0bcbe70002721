import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Store } from '../store';

export type LockState = 'loading' | 'locked' | 'unlocked';

/**
 * Whether Dokaz is locked, followed live: a lock or unlock in any context
 * (the session's key changes), and the auto-lock's idle limit (checked every
 * 30 seconds, which is also when an idle key is found expired and dropped).
 */
export function useLockState(store: Store): LockState {
  const [state, setState] = useState<LockState>('loading');
  useEffect(() => {
    let active = true;
    const check = () =>
      void store.isLocked().then(
        (locked) => active && setState(locked ? 'locked' : 'unlocked'),
        () => active && setState('locked'),
      );
    check();
    const onChange = (_changes: unknown, area: string) => {
      if (area === 'session' || area === 'local') check();
    };
    browser.storage.onChanged.addListener(onChange);
    const timer = setInterval(check, 30_000);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(onChange);
      clearInterval(timer);
    };
  }, [store]);
  return state;
}
