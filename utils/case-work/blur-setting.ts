import { browser } from 'wxt/browser';

/**
 * Whether photos and screenshots are blurred until clicked, in the dashboard
 * and the popup. On by default: the evidence is often intimate images, and
 * the person documenting is often the person in them.
 */
export const BLUR_KEY = 'blurMedia';

export async function readBlurSetting(): Promise<boolean> {
  const stored = (await browser.storage.local.get(BLUR_KEY))[BLUR_KEY];
  return stored !== false;
}

export async function writeBlurSetting(blur: boolean): Promise<void> {
  await browser.storage.local.set({ [BLUR_KEY]: blur });
}

export function watchBlurSetting(onChange: (blur: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && BLUR_KEY in changes) onChange(changes[BLUR_KEY]?.newValue !== false);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
