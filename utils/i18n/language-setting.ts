import { browser } from 'wxt/browser';
import { defineSetting } from '../settings';
import { isLocale, matchLocale, type Locale } from './locales';

/**
 * Which language Dokaz speaks: the person's choice in Settings, kept in
 * storage.local, or "auto", the browser's, kept as no value at all.
 * `browser.i18n` alone cannot do this: its language is the browser's and
 * cannot change at run time.
 */
export type LanguageSetting = Locale | 'auto';
export const LANGUAGE = defineSetting<LanguageSetting>({
  key: 'language',
  parse: (stored) => (isLocale(stored) ? stored : undefined),
  fallback: 'auto',
  store: (value) => (value === 'auto' ? undefined : value),
});

/**
 * The browser's language among Dokaz's: the languages the person put first
 * (navigator.languages) before the browser's own interface language, which
 * may not exist in Macedonian, Bosnian or Albanian at all.
 */
export function browserLocale(): Locale {
  return matchLocale([...(globalThis.navigator?.languages ?? []), browser.i18n.getUILanguage()]);
}

/** The language to speak now: the setting, else the browser's. */
export async function currentLocale(): Promise<Locale> {
  const setting = await LANGUAGE.read();
  return setting === 'auto' ? browserLocale() : setting;
}

/** A page's `?lang=<code>`, which forces its language (for tests, screenshots, and a link to send). */
export function forcedLocale(search: string): Locale | null {
  const lang = new URLSearchParams(search).get('lang');
  return isLocale(lang) ? lang : null;
}
