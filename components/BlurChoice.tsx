import { useI18n } from './i18n';

interface BlurChoiceProps {
  blur: boolean;
  onChange: (blur: boolean) => void;
}

/** Whether photos and screenshots stay blurred until clicked, and why that is the default. */
export function BlurChoice({ blur, onChange }: BlurChoiceProps) {
  const { t } = useI18n();
  return (
    <div class="blur-choice">
      <label class="checkbox">
        <input
          type="checkbox"
          data-testid="blur-setting"
          checked={blur}
          aria-describedby="blur-why"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        {t('settings.blurLabel')}
      </label>
      <p id="blur-why" class="hint">
        {t('settings.blurWhy')}
      </p>
    </div>
  );
}
