import type { Case } from '../utils/case-work/types';
import { useI18n } from './i18n';

interface ActiveCaseChoiceProps {
  cases: readonly Case[];
  /** The case new captures go into, if any. */
  activeId: string | null;
  busy: boolean;
  /** Why the last change failed, in words for the person. */
  error: string | null;
  onChange: (id: string | null) => void;
}

/** The popup's choice of the case new captures go into: one line, for a narrow window. */
export function ActiveCaseChoice({ cases, activeId, busy, error, onChange }: ActiveCaseChoiceProps) {
  const { t } = useI18n();
  return (
    <div class="popup-case">
      <label for="active-case">{t('popup.case')}</label>
      <select
        id="active-case"
        data-testid="popup-case"
        value={activeId ?? ''}
        disabled={busy}
        onChange={(event) => onChange(event.currentTarget.value || null)}
      >
        <option value="">{t('popup.noCase')}</option>
        {cases.map((item) => (
          <option key={item.id} value={item.id}>
            {item.status === 'closed' ? t('cases.closedOption', { name: item.name }) : item.name}
          </option>
        ))}
      </select>
      {error ? (
        <p class="error" role="alert">
          {t('popup.caseFailed', { reason: error })}
        </p>
      ) : null}
    </div>
  );
}
