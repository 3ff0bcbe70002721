import { browser } from 'wxt/browser';

/**
 * Discreet mode (the victim-safety issue): no mark on the Dokaz button and no
 * notification after a capture, for a computer shared with the person the
 * evidence is about. Off by default: the badge is how most people learn that
 * a capture was kept, or why it was not.
 */
export const DISCREET_KEY = 'discreetMode';

export async function readDiscreetSetting(): Promise<boolean> {
  return (await browser.storage.local.get(DISCREET_KEY))[DISCREET_KEY] === true;
}

export async function writeDiscreetSetting(discreet: boolean): Promise<void> {
  await browser.storage.local.set({ [DISCREET_KEY]: discreet });
}

export function watchDiscreetSetting(onChange: (discreet: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && DISCREET_KEY in changes) onChange(changes[DISCREET_KEY]?.newValue === true);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
