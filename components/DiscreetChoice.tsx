import { useI18n } from './i18n';
import { SettingChoice } from './SettingChoice';

/** Discreet mode: no badge and no notification after a capture, and why someone would want that. */
export function DiscreetChoice({ discreet, onChange }: { discreet: boolean; onChange: (discreet: boolean) => void }) {
  const { t } = useI18n();
  const [label, why] = [t('settings.discreetLabel'), t('settings.discreetWhy')];
  return <SettingChoice name="discreet" class="discreet-choice" checked={discreet} {...{ label, why, onChange }} />;
}

/** Neutral file names for saved packs and tables, and what the download list shows otherwise. */
export function NeutralNamesChoice({ neutral, onChange }: { neutral: boolean; onChange: (neutral: boolean) => void }) {
  const { t } = useI18n();
  const [label, why] = [t('settings.neutralNamesLabel'), t('settings.neutralNamesWhy')];
  return <SettingChoice name="neutral-names" class="discreet-choice" checked={neutral} {...{ label, why, onChange }} />;
}
