import { CATALOGS } from './catalogs';
import { LOCALES, type Locale } from './locales';

/**
 * The `_locales/<dir>/messages.json` files of the build, made from the same
 * catalogs as everything else: the extension's name and description in the
 * browsers' extension pages and stores, and the shortcuts' descriptions.
 *
 * Folder names: Chrome ignores a `_locales` folder whose name is not one of
 * its own locales; Firefox takes any. Serbian in Cyrillic is plain "sr" (the
 * browsers' "sr"), Latin is "sr_Latn". Which folders each browser really uses
 * is measured in tests/e2e/manifest-locales.test.ts and told in the README.
 */
export const MANIFEST_LOCALE_DIRS: Record<Locale, string> = {
  en: 'en',
  mk: 'mk',
  'sr-Cyrl': 'sr',
  'sr-Latn': 'sr_Latn',
  hr: 'hr',
  bs: 'bs',
  sq: 'sq',
};

export interface ManifestMessages {
  extName: { message: string };
  extDescription: { message: string };
  commandDescription: { message: string };
  quickExitDescription: { message: string };
}

export function manifestMessages(locale: Locale): ManifestMessages {
  const { ui } = CATALOGS[locale];
  return {
    extName: { message: ui['app.name'] },
    // Chrome refuses a description longer than 132 characters.
    extDescription: { message: ui['app.description'].slice(0, 132) },
    commandDescription: { message: ui['shortcut.description'] },
    quickExitDescription: { message: ui['shortcut.quickExit'] },
  };
}

export function manifestLocaleFiles(): { relativeDest: string; contents: string }[] {
  return LOCALES.map((locale) => ({
    relativeDest: `_locales/${MANIFEST_LOCALE_DIRS[locale]}/messages.json`,
    contents: `${JSON.stringify(manifestMessages(locale), null, 2)}\n`,
  }));
}
