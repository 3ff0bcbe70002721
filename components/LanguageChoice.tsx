import { LOCALES, LOCALE_NAMES, type Locale } from '../utils/i18n/locales';
import type { LanguageSetting } from '../utils/i18n/language-setting';
import { useI18n } from './i18n';

interface LanguageChoiceProps {
  value: LanguageSetting;
  /** The language "as the browser" stands for, named in that choice. */
  browserLocale: Locale;
  onChange: (setting: LanguageSetting) => void;
}

/** The interface language: the browser's, or one chosen. Each language is named in itself, so anyone finds theirs. */
export function LanguageChoice({ value, browserLocale, onChange }: LanguageChoiceProps) {
  const { t } = useI18n();
  return (
    <div class="language-choice">
      <label for="language">{t('settings.languageLabel')}</label>
      <select
        id="language"
        data-testid="language"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as LanguageSetting)}
      >
        <option value="auto">{t('settings.languageAuto', { language: LOCALE_NAMES[browserLocale] })}</option>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <p class="hint">{t('settings.languageNote')}</p>
    </div>
  );
}
