import { useEffect, useState } from 'preact/hooks';
import type { ChatEntry } from '../utils/case-work/types';
import { useI18n } from './i18n';

export type CatalogueStatus = ChatEntry['status'];
export interface CataloguePatch {
  status: CatalogueStatus;
  note: string;
}

const STATUSES: readonly CatalogueStatus[] = ['unknown', 'active', 'gone'];

interface CatalogueEditFormProps {
  /** Tells the fields apart when a page has two forms; also the form's test id. */
  id: string;
  status: CatalogueStatus;
  note: string;
  /** Saves the patch; resolves to the error to show, or null once saved. */
  onSave: (patch: CataloguePatch) => Promise<string | null>;
}

/**
 * What a person sets by hand on a group or an account: whether it is still
 * there, and a note. The fields follow the stored values until edited.
 */
export function CatalogueEditForm({ id, status, note, onSave }: CatalogueEditFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<CataloguePatch | null>(null);
  const [state, setState] = useState<{ busy: boolean; error: string | null; saved: boolean }>({
    busy: false,
    error: null,
    saved: false,
  });
  const value = draft ?? { status, note };
  // Once the store holds what was typed (saved here, or elsewhere), the fields follow the store again.
  useEffect(() => {
    if (draft && !state.busy && draft.status === status && draft.note === note) setDraft(null);
  }, [status, note, draft, state.busy]);
  const edit = (patch: Partial<CataloguePatch>) => {
    setDraft((current) => ({ ...(current ?? { status, note }), ...patch }));
    setState((s) => ({ ...s, saved: false }));
  };

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    setState({ busy: true, error: null, saved: false });
    // The draft stays until the store's new values arrive, so the fields do not flash back to the old ones.
    const error = await onSave(value);
    setState({ busy: false, error, saved: error === null });
  }

  return (
    <form class="catalogue-form" data-testid={id} onSubmit={(event) => void submit(event)}>
      <label for={`${id}-status`}>{t('catalogue.statusLabel')}</label>
      <select
        id={`${id}-status`}
        data-testid="catalogue-status"
        value={value.status}
        onChange={(event) => edit({ status: event.currentTarget.value as CatalogueStatus })}
      >
        {STATUSES.map((option) => (
          <option key={option} value={option}>
            {t(`catalogue.status.${option}`)}
          </option>
        ))}
      </select>
      <label for={`${id}-note`}>{t('catalogue.noteLabel')}</label>
      <textarea
        id={`${id}-note`}
        data-testid="catalogue-note"
        rows={4}
        maxLength={20_000}
        value={value.note}
        onInput={(event) => edit({ note: event.currentTarget.value })}
      />
      <div class="form-buttons">
        <button type="submit" data-testid="catalogue-save" disabled={state.busy}>
          {state.busy ? t('catalogue.saving') : t('catalogue.save')}
        </button>
        {state.saved ? (
          <span class="ok" role="status">
            {t('catalogue.saved')}
          </span>
        ) : null}
      </div>
      {state.error ? (
        <p class="field-error" role="alert">
          {t('catalogue.saveFailed', { reason: state.error })}
        </p>
      ) : null}
    </form>
  );
}
