/**
 * The languages of Dokaz. Codes are BCP 47: Serbian is written in two scripts,
 * so it has two locales; Intl formats dates and numbers for each of them.
 */
export const LOCALES = ['en', 'mk', 'sr-Cyrl', 'sr-Latn', 'hr', 'bs', 'sq'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language by its own name, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  mk: 'Македонски',
  'sr-Cyrl': 'Српски (ћирилица)',
  'sr-Latn': 'Srpski (latinica)',
  hr: 'Hrvatski',
  bs: 'Bosanski',
  sq: 'Shqip',
};

/** The tag Intl formats with: British English writes the day before the month, as the region does. */
export const INTL_LOCALES: Record<Locale, string> = {
  en: 'en-GB',
  mk: 'mk',
  'sr-Cyrl': 'sr-Cyrl',
  'sr-Latn': 'sr-Latn',
  hr: 'hr',
  bs: 'bs',
  sq: 'sq',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of a person's languages (navigator.languages, the browser's UI
 * language, a POSIX LANG such as "mk_MK.UTF-8") that Dokaz speaks; English
 * otherwise. Plain "sr" and "sr-RS" are Cyrillic, Serbia's official script;
 * Montenegrin and Serbo-Croatian tags are Latin.
 */
export function matchLocale(tags: readonly (string | null | undefined)[]): Locale {
  for (const raw of tags) {
    // POSIX's codeset goes, its @modifier stays: "sr_RS.UTF-8@latin" is Serbian in Latin script.
    const tag = (raw ?? '')
      .replace(/\.[^@]*/, '')
      .replace(/_/g, '-')
      .toLowerCase();
    const [language, ...rest] = tag.split(/[-@]/);
    switch (language) {
      case 'en':
      case 'mk':
      case 'hr':
      case 'bs':
      case 'sq':
        return language;
      case 'sr':
        // "sr-Latn", "sr-Latn-RS", POSIX "sr_RS@latin", Montenegro's "sr-ME".
        return /latn|latin/.test(tag) || rest[0] === 'me' ? 'sr-Latn' : 'sr-Cyrl';
      case 'sh':
      case 'cnr':
        return 'sr-Latn';
    }
  }
  return 'en';
}
