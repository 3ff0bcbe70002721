import { browser } from 'wxt/browser';
import { localIsoString } from '../capture/environment';
import { DISCREET_KEY, readDiscreetSetting } from './discreet-setting';

/**
 * The names of the files Dokaz saves (packs, CSV tables): by default they say
 * what they are (`dokaz-<case>-<date>.zip`), which the browser's download
 * list then shows to whoever opens it. Neutral names (`export-<date>-<time>`)
 * say neither Dokaz nor the case: the default in discreet mode, a choice of
 * its own in Settings. The pack's own instructions (VERIFY.txt) use the name
 * it is saved under, whichever it is.
 */
export const NEUTRAL_NAMES_KEY = 'neutralFileNames';

/** Whether files get neutral names: the setting if made, else discreet mode's. */
export async function readNeutralNames(): Promise<boolean> {
  const stored = (await browser.storage.local.get(NEUTRAL_NAMES_KEY))[NEUTRAL_NAMES_KEY];
  return typeof stored === 'boolean' ? stored : readDiscreetSetting();
}

export async function writeNeutralNames(neutral: boolean): Promise<void> {
  await browser.storage.local.set({ [NEUTRAL_NAMES_KEY]: neutral });
}

/** Calls `onChange` with the setting whenever it, or discreet mode which it follows until made, changes. */
export function watchNeutralNames(onChange: (neutral: boolean) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (NEUTRAL_NAMES_KEY in changes || DISCREET_KEY in changes)) {
      void readNeutralNames().then(onChange);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * A saved file's name: `dokaz-<label>-<date>.<extension>`, or neutrally
 * `export-<date>-<hhmm>.<extension>`, in the computer's local time.
 */
export function fileNameFor(label: string, extension: string, at: Date, neutral: boolean): string {
  const local = localIsoString(at);
  const date = local.slice(0, 10);
  return neutral
    ? `export-${date}-${local.slice(11, 13)}${local.slice(14, 16)}.${extension}`
    : `dokaz-${label}-${date}.${extension}`;
}
