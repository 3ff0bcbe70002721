import { browser } from 'wxt/browser';

/**
 * The person's settings, each kept under its key in `storage.local` (shared by
 * every context of the extension, and cleared with it), each defined once with
 * `defineSetting`: its stored form, its value when none is stored, and how it
 * is followed live. The language is defined with the languages
 * (utils/i18n/language-setting.ts).
 */
export interface Setting<T> {
  readonly key: string;
  read(): Promise<T>;
  write(value: T): Promise<void>;
  /** Calls `onChange` with the value whenever it changes, in any context; returns the unsubscribe. */
  watch(onChange: (value: T) => void): () => void;
}

interface Definition<T> {
  key: string;
  /** The value a stored one stands for; undefined when it stands for none (never set, or not of the setting's kind). */
  parse: (stored: unknown) => T | undefined;
  /** The value while none is stored: a constant, or another setting it follows until it is set. */
  fallback: T | Setting<T>;
  /** The stored form of a value; undefined removes the stored one, back to the fallback. */
  store?: (value: T) => unknown;
}

export function defineSetting<T>({ key, parse, fallback, store = (value) => value }: Definition<T>): Setting<T> {
  const followed = isSetting<T>(fallback) ? fallback : null;
  const setting: Setting<T> = {
    key,
    async read() {
      const value = parse((await browser.storage.local.get(key))[key]);
      if (value !== undefined) return value;
      return followed ? followed.read() : (fallback as T);
    },
    async write(value) {
      const stored = store(value);
      if (stored === undefined) await browser.storage.local.remove(key);
      else await browser.storage.local.set({ [key]: stored });
    },
    watch(onChange) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && (key in changes || (followed !== null && followed.key in changes))) {
          void setting.read().then(onChange);
        }
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
  return setting;
}

function isSetting<T>(value: T | Setting<T>): value is Setting<T> {
  return typeof value === 'object' && value !== null && 'read' in value && 'watch' in value;
}

const bool = (stored: unknown) => (typeof stored === 'boolean' ? stored : undefined);

/**
 * Whether photos and screenshots are blurred until clicked, in the dashboard
 * and the popup. On by default: the evidence is often intimate images, and
 * the person documenting is often the person in them.
 */
export const BLUR_MEDIA = defineSetting({ key: 'blurMedia', parse: bool, fallback: true });

/**
 * Discreet mode (the victim-safety issue): no mark on the Dokaz button and no
 * notification after a capture, for a computer shared with the person the
 * evidence is about. Off by default: the badge is how most people learn that
 * a capture was kept, or why it was not.
 */
export const DISCREET_MODE = defineSetting({ key: 'discreetMode', parse: bool, fallback: false });

/**
 * Whether the files Dokaz saves get neutral names (`export-<date>-<time>`,
 * utils/safety/file-names.ts): discreet mode's choice until made in Settings.
 */
export const NEUTRAL_FILE_NAMES = defineSetting({ key: 'neutralFileNames', parse: bool, fallback: DISCREET_MODE });
