import { browser } from 'wxt/browser';
import { isLocale, matchLocale, type Locale } from './locales';

/**
 * Which language Dokaz speaks: the person's choice in Settings, kept in
 * storage.local, or "auto", the browser's. `browser.i18n` alone cannot do
 * this: its language is the browser's and cannot change at run time.
 */
export const LANGUAGE_KEY = 'language';
export type LanguageSetting = Locale | 'auto';

/**
 * The browser's language among Dokaz's: the languages the person put first
 * (navigator.languages) before the browser's own interface language, which
 * may not exist in Macedonian, Bosnian or Albanian at all.
 */
export function browserLocale(): Locale {
  return matchLocale([...(globalThis.navigator?.languages ?? []), browser.i18n.getUILanguage()]);
}

export async function readLanguageSetting(): Promise<LanguageSetting> {
  const stored = (await browser.storage.local.get(LANGUAGE_KEY))[LANGUAGE_KEY];
  return isLocale(stored) ? stored : 'auto';
}

export async function writeLanguageSetting(setting: LanguageSetting): Promise<void> {
  if (setting === 'auto') await browser.storage.local.remove(LANGUAGE_KEY);
  else await browser.storage.local.set({ [LANGUAGE_KEY]: setting });
}

/** The language to speak now: the setting, else the browser's. */
export async function currentLocale(): Promise<Locale> {
  const setting = await readLanguageSetting();
  return setting === 'auto' ? browserLocale() : setting;
}

/** Calls `onChange` whenever the setting changes, in any context of the extension; returns the unsubscribe. */
export function watchLanguageSetting(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LANGUAGE_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A page's `?lang=<code>`, which forces its language (for tests, screenshots, and a link to send). */
export function forcedLocale(search: string): Locale | null {
  const lang = new URLSearchParams(search).get('lang');
  return isLocale(lang) ? lang : null;
}
