import { useI18n } from './i18n';

interface DiscreetChoiceProps {
  discreet: boolean;
  onChange: (discreet: boolean) => void;
}

/** Discreet mode: no badge and no notification after a capture, and why someone would want that. */
export function DiscreetChoice({ discreet, onChange }: DiscreetChoiceProps) {
  const { t } = useI18n();
  return (
    <div class="discreet-choice">
      <label class="checkbox">
        <input
          type="checkbox"
          data-testid="discreet-setting"
          checked={discreet}
          aria-describedby="discreet-why"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        {t('settings.discreetLabel')}
      </label>
      <p id="discreet-why" class="hint">
        {t('settings.discreetWhy')}
      </p>
    </div>
  );
}

interface NeutralNamesChoiceProps {
  neutral: boolean;
  onChange: (neutral: boolean) => void;
}

/** Neutral file names for saved packs and tables, and what the download list shows otherwise. */
export function NeutralNamesChoice({ neutral, onChange }: NeutralNamesChoiceProps) {
  const { t } = useI18n();
  return (
    <div class="discreet-choice">
      <label class="checkbox">
        <input
          type="checkbox"
          data-testid="neutral-names-setting"
          checked={neutral}
          aria-describedby="neutral-names-why"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />{' '}
        {t('settings.neutralNamesLabel')}
      </label>
      <p id="neutral-names-why" class="hint">
        {t('settings.neutralNamesWhy')}
      </p>
    </div>
  );
}
