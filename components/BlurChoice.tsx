import { useI18n } from './i18n';
import { SettingChoice } from './SettingChoice';

/** Whether photos and screenshots stay blurred until clicked, and why that is the default. */
export function BlurChoice({ blur, onChange }: { blur: boolean; onChange: (blur: boolean) => void }) {
  const { t } = useI18n();
  const [label, why] = [t('settings.blurLabel'), t('settings.blurWhy')];
  return <SettingChoice name="blur" class="blur-choice" checked={blur} {...{ label, why, onChange }} />;
}
