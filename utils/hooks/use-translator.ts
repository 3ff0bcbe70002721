import { useEffect, useState } from 'preact/hooks';
import { currentLocale, forcedLocale, LANGUAGE } from '../i18n/language-setting';
import type { Locale } from '../i18n/locales';
import { createTranslator, type Translator } from '../i18n/translate';

/**
 * The language of an extension page: `?lang=` if the URL forces one, else the
 * setting, followed live when it changes in Settings. Null until known, so a
 * page never flashes in the wrong language.
 */
export function useTranslator(): Translator | null {
  const [translator, setTranslator] = useState<Translator | null>(null);
  useEffect(() => {
    const forced = forcedLocale(location.search);
    let active = true;
    const apply = (locale: Locale) => {
      if (!active) return;
      document.documentElement.lang = createTranslator(locale).intl;
      setTranslator((current) => (current?.locale === locale ? current : createTranslator(locale)));
    };
    const refresh = () => void currentLocale().then(apply, () => apply('en'));
    if (forced) {
      apply(forced);
      return () => void (active = false);
    }
    refresh();
    const stop = LANGUAGE.watch(refresh);
    return () => {
      active = false;
      stop();
    };
  }, []);
  return translator;
}
