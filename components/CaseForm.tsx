import { useState } from 'preact/hooks';
import { CASE_STATUSES, type Case, type CaseInput, type CaseStatus } from '../utils/case-work/types';
import { useI18n } from './i18n';

interface CaseFormProps {
  /** The case to edit; without it, the form makes a new case (and has no status). */
  initial?: Case;
  busy: boolean;
  /** Why the last attempt failed, in words for the person. */
  error: string | null;
  /** Called with a non-empty, trimmed name. */
  onSubmit: (input: CaseInput & { name: string }) => void;
  onCancel?: () => void;
}

/** A case's name, description, the alias of the person harmed and, when editing, its status. */
export function CaseForm({ initial, busy, error, onSubmit, onCancel }: CaseFormProps) {
  const { t } = useI18n();
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [personAlias, setPersonAlias] = useState(initial?.personAlias ?? '');
  const [status, setStatus] = useState<CaseStatus>(initial?.status ?? 'open');
  const [blank, setBlank] = useState(false);
  // Several forms may be on the page at once (the new one and one being edited).
  const id = (field: string) => `${initial ? `case-${initial.id}` : 'new-case'}-${field}`;

  return (
    <form
      class="case-form"
      aria-label={initial ? t('caseForm.editLabel', { name: initial.name }) : t('cases.newHeading')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        setBlank(trimmed === '');
        if (trimmed === '') return;
        onSubmit({
          name: trimmed,
          description: description.trim(),
          personAlias: personAlias.trim(),
          ...(initial ? { status } : {}),
        });
      }}
    >
      <label for={id('name')}>{t('caseForm.name')}</label>
      <input
        id={id('name')}
        name="name"
        type="text"
        required
        autoComplete="off"
        value={name}
        aria-invalid={blank}
        aria-describedby={blank ? id('name-blank') : undefined}
        onInput={(event) => setName(event.currentTarget.value)}
      />
      {blank ? (
        <p id={id('name-blank')} class="field-error">
          {t('caseForm.nameBlank')}
        </p>
      ) : null}

      <label for={id('description')}>{t('caseForm.description')}</label>
      <textarea
        id={id('description')}
        name="description"
        rows={2}
        value={description}
        onInput={(event) => setDescription(event.currentTarget.value)}
      />

      <label for={id('alias')}>{t('caseForm.alias')}</label>
      <input
        id={id('alias')}
        name="personAlias"
        type="text"
        autoComplete="off"
        value={personAlias}
        aria-describedby={id('alias-hint')}
        onInput={(event) => setPersonAlias(event.currentTarget.value)}
      />
      <p id={id('alias-hint')} class="hint">
        {t('caseForm.aliasHint')}
      </p>

      {initial ? (
        <>
          <label for={id('status')}>{t('cases.status')}</label>
          <select
            id={id('status')}
            name="status"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as CaseStatus)}
          >
            {CASE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`cases.status.${value}`)}
              </option>
            ))}
          </select>
        </>
      ) : null}

      {error ? (
        <p class="error" role="alert">
          {t('caseForm.failed', { reason: error })}
        </p>
      ) : null}
      <div class="form-buttons">
        <button type="submit" class="primary-button" disabled={busy}>
          {busy ? t('caseForm.busy') : initial ? t('caseForm.save') : t('caseForm.create')}
        </button>
        {onCancel ? (
          <button type="button" disabled={busy} onClick={onCancel}>
            {t('caseForm.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
