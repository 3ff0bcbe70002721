import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

interface DeleteCaptureFormProps {
  /** Called with the trimmed, non-empty reason once the person confirms. */
  onDelete: (reason: string) => void;
  busy: boolean;
  /** Why the last attempt failed, in words for the person. */
  error: string | null;
}

export function DeleteCaptureForm({ onDelete, busy, error }: DeleteCaptureFormProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [blank, setBlank] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { t } = useI18n();
  // `autofocus` only works on page load, not on a form that appears later.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" class="danger-outline" onClick={() => setOpen(true)}>
        {t('delete.open')}
      </button>
    );
  }

  return (
    <form
      class="delete-form"
      aria-label={t('delete.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = reason.trim();
        setBlank(trimmed === '');
        if (trimmed !== '') onDelete(trimmed);
      }}
    >
      <p>
        <strong>{t('delete.question')}</strong> {t('delete.explain')}
      </p>
      <label for="delete-reason">{t('delete.reasonLabel')}</label>
      <input
        id="delete-reason"
        name="reason"
        type="text"
        required
        autoComplete="off"
        ref={input}
        value={reason}
        aria-invalid={blank}
        aria-describedby={blank ? 'delete-reason-blank' : undefined}
        onInput={(event) => setReason(event.currentTarget.value)}
      />
      {blank ? (
        <p id="delete-reason-blank" class="field-error">
          {t('delete.reasonBlank')}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {t('delete.failed', { reason: error })}
        </p>
      ) : null}
      <div class="form-buttons">
        <button type="submit" class="danger" disabled={busy}>
          {busy ? t('delete.busy') : t('delete.confirm')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setOpen(false);
            setReason('');
            setBlank(false);
          }}
        >
          {t('delete.cancel')}
        </button>
      </div>
    </form>
  );
}
