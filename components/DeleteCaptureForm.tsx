import { useEffect, useRef, useState } from 'preact/hooks';

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
  // `autofocus` only works on page load, not on a form that appears later.
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <button type="button" class="danger-outline" onClick={() => setOpen(true)}>
        Delete this capture…
      </button>
    );
  }

  return (
    <form
      class="delete-form"
      aria-label="Delete this capture"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = reason.trim();
        setBlank(trimmed === '');
        if (trimmed !== '') onDelete(trimmed);
      }}
    >
      <p>
        <strong>Delete this capture?</strong> It and all its files will be removed from this computer. This cannot be
        undone. The custody log keeps a record of the deletion: the reason you give and the fingerprints (hashes) of the
        deleted files.
      </p>
      <label for="delete-reason">Reason for deleting (required)</label>
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
          Please write a reason.
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          Not deleted: {error}
        </p>
      ) : null}
      <div class="form-buttons">
        <button type="submit" class="danger" disabled={busy}>
          {busy ? 'Deleting…' : 'Delete permanently'}
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
          Cancel
        </button>
      </div>
    </form>
  );
}
